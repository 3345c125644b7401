/**
 * Rules `party-cell-header` and `party-cell-line`: under "Verbonden
 * partijen", a table whose cells the text extraction set one per line. Its
 * header is a line that heads the party names ("GR", "Vennootschap /
 * corporatie") and the short lines after it, up to the first numbered
 * party; each numbered party is a row, and the lines after its name fill
 * the other columns in order, as its fields. The header lines name no party
 * and stay paragraphs.
 *
 * @example
 *   GR
 *   Aandeel in het bestuur
 *   Bevoegdheden
 *   1. Omgevingsdienst Noordkust
 *   Wethouder (algemeen bestuur)
 *   Bestuur, stemrecht
 *   → party "Omgevingsdienst Noordkust" { "Aandeel in het bestuur": "Wethouder (algemeen bestuur)", Bevoegdheden: "Bestuur, stemrecht" }
 */
import { joinLines } from '../../blocks/join-lines.js';
import { isPartyNameColumn } from '../../vocabulary/parties.js';
import { addPartyText, startParty } from '../party-lines.js';
import type { ParagraphBlock } from '../../blocks/model.js';
import type { OpenParty, ParagraphRule, TreeContext } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** "1. Waterleidingbedrijf Duinzicht N.V.": a row's numbered first cell, the party's name after its number. */
const NUMBERED_NAME = /^\d{1,2}[.)]\s+(\S.{0,100})$/;

/** A header cell is short: a longer line is text, and ends the header. */
const HEADER_CELL_MAX = 60;

export const partyCellHeader: ParagraphRule<'first' | 'more'> = {
  name: 'party-cell-header',
  claims(block, next, ctx) {
    if (ctx.role() !== 'connectedParties' || lineCount(block) !== 1 || block.text.length > HEADER_CELL_MAX) return null;
    if (ctx.look.heading?.kind === 'numbered' || NUMBERED_NAME.test(block.text)) return null;
    if (ctx.partyOverview?.cellLines?.collecting) return 'more';
    // "GR" alone, then a short line of its own ("Aandeel in het bestuur"): the first header cells.
    const nextShort = next?.kind === 'paragraph' && lineCount(next) === 1 && next.text.length <= HEADER_CELL_MAX;
    return isPartyNameColumn(block.text) && nextShort ? 'first' : null;
  },
  take(found, block, _next, ctx) {
    if (found === 'first') {
      ctx.openParty = null;
      ctx.partyOverview = { columns: [block.text], cellLines: { collecting: true } };
    } else ctx.partyOverview!.columns.push(block.text);
    ctx.emit({ type: 'paragraph', text: block.text, position: ctx.pos(block.span) });
  },
};

/**
 * Whether a block starts on the line right under the party's last block:
 * blank lines part the cells, so a line with none above it goes on with
 * the cell above ("Bestuur," over "Stemrecht", which the reader kept apart).
 */
function continuesCell(block: ParagraphBlock, party: OpenParty, ctx: TreeContext): boolean {
  const last = party.spans[party.spans.length - 1]!;
  return ctx.pos(last).end.line + 1 === ctx.pos(block.span).start.line;
}

export const partyCellLine: ParagraphRule<'row' | 'next' | 'same' | 'after'> = {
  name: 'party-cell-line',
  claims(block, _next, ctx) {
    if (!ctx.partyOverview?.cellLines || ctx.role() !== 'connectedParties') return null;
    // A numbered line starts the next row, whatever it ends with ("N.V.").
    if (lineCount(block) === 1 && NUMBERED_NAME.test(block.text)) return 'row';
    const party = ctx.openParty;
    const cells = party?.cells;
    if (!party || !cells) return null;
    if (cells.filled > 0 && continuesCell(block, party, ctx)) return 'same';
    // Past the row's last cell comes the next row or what follows the table ("B. Vennootschappen").
    return cells.filled < cells.columns.length ? 'next' : 'after';
  },
  take(found, block, _next, ctx) {
    if (found === 'row') {
      startParty(ctx, NUMBERED_NAME.exec(block.text)![1]!.trim(), block);
      ctx.openParty!.numbered = true;
      return;
    }
    if (found === 'after') {
      ctx.openParty = null;
      ctx.partyOverview = null;
      ctx.emit({ type: 'paragraph', text: block.text, position: ctx.pos(block.span) });
      return;
    }
    const party = ctx.openParty!;
    const cells = party.cells!;
    const text = joinLines(block.lines.map((l) => l.text));
    if (found === 'next') party.node.fields[cells.columns[cells.filled++]!] = text;
    else {
      const key = cells.columns[cells.filled - 1]!;
      party.node.fields[key] = joinLines([party.node.fields[key] ?? '', text]);
    }
    addPartyText(ctx, party, block);
  },
};
