/**
 * A connected party written as lines: its name on a line of its own, then
 * "Veld: waarde" lines, field labels with text under them, values wrapped
 * onto lines of their own:
 *
 *   Regionale Belastinggroep
 *   Vestigingsplaats: Tilburg
 *   Deelnemers: gemeente Tiel, gemeente Culemborg en Waterschap
 *   Rivierenland
 *   Ontwikkelingen
 *   In 2024 treedt een nieuwe gemeente toe.
 *
 * What the party rules (`rules/party-*.ts`) share: the party being read and
 * the tests on its lines.
 */
import type { Block, ParagraphBlock } from '../blocks/model.js';
import type { ConnectedPartyNode } from '../schema/report.js';
import { joinLines } from '../blocks/join-lines.js';
import { isPartyField, partyFieldLine } from '../vocabulary/party-fields.js';
import type { OpenParty, TreeContext } from './rules/rule.js';

/** Starts a party named `name` whose first block is `block`. */
export function startParty(ctx: TreeContext, name: string, block: ParagraphBlock): void {
  // A party named on its own line ends an overview in aligned columns above it; under a table
  // written one cell per line it is the row's first cell, and the lines after it fill the other columns.
  const cellTable = ctx.partyOverview?.cellLines ? ctx.partyOverview : null;
  ctx.partyOverview = null;
  if (cellTable) {
    cellTable.cellLines!.collecting = false;
    ctx.partyOverview = cellTable;
  }
  ctx.partyLists.described(name);
  const node: ConnectedPartyNode = { type: 'connectedParty', name, fields: {}, text: block.text, position: ctx.pos(block.span) };
  ctx.emit(node);
  ctx.openParty = { node, spans: [block.span], label: null, lastKey: null, lastLine: null };
  if (cellTable) ctx.openParty.cells = { columns: cellTable.columns.slice(1), filled: 0 };
}

/** Adds a block's text to the party's and widens its position. */
export function addPartyText(ctx: TreeContext, party: OpenParty, block: { text: string; span: ParagraphBlock['span'] }): void {
  party.node.text = `${party.node.text ?? ''}\n${block.text}`;
  party.spans.push(block.span);
  party.node.position = ctx.pos({ start: party.spans[0]!.start, end: block.span.end });
}

/** The block's "Veld: waarde" lines as fields; a line that is no field goes on with the value above it. */
export function addPartyFields(ctx: TreeContext, party: OpenParty, block: ParagraphBlock): void {
  party.label = null;
  let key: string | null = null;
  let value: string[] = [];
  const put = (): void => {
    if (key !== null) party.node.fields[key] = joinLines(value);
  };
  for (const line of block.lines) {
    const kv = partyFieldLine(line.text);
    if (kv) {
      put();
      [key, value] = [kv[0], [kv[1]]];
    } else value.push(line.text);
  }
  put();
  party.lastKey = key;
  const lines = block.lines;
  party.lastLine = lines[lines.length - 1]!;
  addPartyText(ctx, party, block);
}

/** A field line at least this wide ran into the margin: the line under it may go on with its value. */
const WRAPPED_FIELD_LINE = 60;

/**
 * "Deelnemers: gemeente Tiel, gemeente Culemborg en Waterschap" (as wide
 * as the text, no stop) right above "Rivierenland": the value wrapped
 * onto a line the reader kept apart, no new party's name.
 */
export function wrapsValue(ctx: TreeContext, party: OpenParty, block: ParagraphBlock): boolean {
  const last = party.lastLine;
  if (party.lastKey === null || last === null || last.text.length < WRAPPED_FIELD_LINE || /[.!?]$/.test(last.text)) return false;
  // "Resultaat        € 410.000": a key and value set apart by spaces is a row of its own.
  if (block.text.includes('  ')) return false;
  return ctx.pos(last.span).end.line + 1 === ctx.pos(block.span).start.line;
}

/** "Ontwikkelingen", "Risico's:": a party field's label alone, not "Resultaat        € 410.000" with its value. */
export function isFieldLabel(text: string): boolean {
  return isPartyField(text) && !text.includes('  ') && !text.includes('€');
}

/** Any "Key: value" line. */
export const PARTY_KV = /^([^:]{2,60}):\s*(\S.{0,500})$/;

/**
 * A party's name on a line of its own, right above its first field line
 * ("Regionale Belastinggroep" over "Vestigingsplaats: Tilburg"): short,
 * no sentence, no field itself.
 */
export function isPartyName(text: string, next: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || text.length > 100 || /[.,;:]$/.test(text) || PARTY_KV.test(text)) return false;
  return partyFieldLine(next.lines[0]!.text) !== null;
}
