/**
 * Rules `party-overview-header` and `party-overview-row`: under "Verbonden
 * partijen", an overview of the parties laid out in aligned columns (PDF
 * text), one line per party, under a header whose first cell heads the
 * names. Each row is one party with the other cells as its fields, under
 * their header words; the header line and a total row name no party and
 * stay paragraphs.
 *
 * @example
 *   Naam                                   Taakveld
 *   Regionale Uitvoeringsdienst Zeeland    7.4
 *   Waterbedrijf Oost N.V.                 Alle taakvelden
 *   → parties "Regionale Uitvoeringsdienst Zeeland" { Taakveld: "7.4" }
 *     and "Waterbedrijf Oost N.V." { Taakveld: "Alle taakvelden" }
 */
import type { ConnectedPartyNode } from '../../schema/report.js';
import { isPartyNameColumn, isTotalRow } from '../../vocabulary/parties.js';
import { valueLike } from '../../values/value-like.js';
import { isPartyField } from '../../vocabulary/party-fields.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** Aligned columns are set apart by a run of this many spaces or more; a sentence has single spaces. */
const COLUMN_GAP = /\s{3,}/;

/** A line's cells in aligned columns. */
function alignedCells(text: string): string[] {
  return text
    .trim()
    .split(COLUMN_GAP)
    .filter((c) => c !== '');
}

export const partyOverviewHeader: ParagraphRule<string[]> = {
  name: 'party-overview-header',
  claims(block, next, ctx) {
    if (ctx.role() !== 'connectedParties' || lineCount(block) !== 1) return null;
    const cells = alignedCells(block.text);
    if (cells.length < 2 || !isPartyNameColumn(cells[0]!)) return null;
    // "Naam   GGD Gelderland-Zuid" over "Vestigingsplaats   Nijmegen": one party written downwards, no overview.
    if (next?.kind === 'paragraph' && isPartyField(alignedCells(next.lines[0]!.text)[0] ?? '')) return null;
    return cells;
  },
  take(columns, block, _next, ctx) {
    ctx.openParty = null;
    ctx.partyOverview = { columns };
    ctx.emit({ type: 'paragraph', text: block.text, position: ctx.pos(block.span) });
  },
};

export const partyOverviewRow: ParagraphRule<string[]> = {
  name: 'party-overview-row',
  claims(block, _next, ctx) {
    const overview = ctx.partyOverview;
    if (overview === null || overview.cellLines || ctx.role() !== 'connectedParties' || lineCount(block) !== 1) return null;
    const cells = alignedCells(block.text);
    // A row has a cell per column (a cut-off row fewer), its first a name, not a number.
    if (cells.length < 2 || cells.length > overview.columns.length || valueLike(cells[0]!) || isPartyField(cells[0]!)) return null;
    return cells;
  },
  take(cells, block, _next, ctx) {
    const overview = ctx.partyOverview!;
    if (isTotalRow(cells[0]!)) {
      ctx.emit({ type: 'paragraph', text: block.text, position: ctx.pos(block.span) });
      return;
    }
    const fields: Record<string, string> = {};
    // A row with fewer cells than the header lost its last ones: its cells stand under the first columns.
    cells.slice(1).forEach((text, k) => {
      fields[overview.columns[k + 1]!] = text;
    });
    const node: ConnectedPartyNode = { type: 'connectedParty', name: cells[0]!, fields, text: block.text, position: ctx.pos(block.span) };
    ctx.partyLists.described(node.name);
    ctx.emit(node);
  },
};
