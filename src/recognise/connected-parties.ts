/**
 * Verbonden partijen: per party a block with its name and fields
 * (Doelstelling, Ontwikkelingen, Openbaar belang, Vestigingsplaats …), as a
 * one-column table with the name as header, as "Naam: …" rows, or as one row
 * per party in an overview table with a Naam column.
 *
 * @example
 *   GGD Regio Twente |
 *   ---|
 *   Doelstelling |
 *   Het bevorderen van de publieke gezondheid. |
 *   → connectedParty "GGD Regio Twente" with fields { Doelstelling: "Het bevorderen …" }
 */
import type { Cell, TableBlock } from '../blocks/model.js';
import type { ConnectedPartyNode } from '../schema/report.js';
import type { RecogniseContext } from './context.js';
import { cover } from '../blocks/span.js';
import { isPartyField } from '../vocabulary/party-fields.js';
import { isPartyNameColumn, isTotalRow } from '../vocabulary/parties.js';

/** One-column (or label | value) party tables: the header cell is the name. */
export function recogniseConnectedParty(table: TableBlock, ctx: RecogniseContext): ConnectedPartyNode[] | null {
  const overview = overviewTable(table, ctx);
  if (overview) return overview;
  const rows = table.rows.filter((r) => r.some((c) => c.text !== ''));
  const nameCell = downwardsName(rows);
  if (!nameCell) return null;
  const body = rows.slice(1);
  const fields: Record<string, string> = {};
  const lines: string[] = [rowText(rows[0]!)];
  let key: string | null = null;
  for (const row of body) {
    const cells = row.map((c) => c.text).filter((t) => t !== '');
    lines.push(cells.join(' | '));
    const [first, ...rest] = cells;
    if (first === undefined) continue;
    if (isPartyField(first)) {
      key = first.replace(/:$/, '');
      if (rest.length > 0) fields[key] = rest.join(' ');
      continue;
    }
    if (key !== null) fields[key] = fields[key] ? `${fields[key]}\n${cells.join(' ')}` : cells.join(' ');
  }
  return [{ type: 'connectedParty', name: nameCell.text, fields, text: lines.join('\n'), position: ctx.pos(cover(rows.flat().map((c) => c.span))) }];
}

/**
 * Whether a table names its parties itself: an overview with a Naam column
 * and a filled row, or a party written downwards under its name. A line
 * right above such a table heads it; it names no party of its own.
 * @example namesParties(table('| Naam | Vestigingsplaats |\n| BNG Bank N.V. | Den Haag |')) // true
 */
export function namesParties(table: TableBlock): boolean {
  const nameCol = overviewColumn(table);
  if (nameCol >= 0) return table.rows.slice(Math.max(table.headerRows, 1)).some((r) => (r[nameCol]?.text ?? '') !== '');
  return downwardsName(table.rows.filter((r) => r.some((c) => c.text !== ''))) !== null;
}

/** The name cell of a party written downwards: its name in the first row, field labels in the first column below. */
function downwardsName(rows: Cell[][]): Cell | null {
  if (rows.length < 2) return null;
  const nameCell = partyName(rows[0]!);
  return nameCell && rows.slice(1).some((r) => isPartyField(r[0]?.text ?? '')) ? nameCell : null;
}

/** A row's filled cells as written, parted by pipes. */
function rowText(row: Cell[]): string {
  return row
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(' | ');
}

const NAME_LABEL = /^(?:naam(?: verbonden partij)?|verbonden partij|partij)\s*:?$/i;

/**
 * The cell naming the party in a party table's first row: the name alone
 * (`| GGD Hollands Noorden |`), or after a name label (`| Naam | GGD … |`).
 * A first row of other cells is no party's name.
 */
function partyName(row: Cell[]): Cell | null {
  const filled = row.filter((c) => c.text !== '');
  if (filled.length === 1) return filled[0]!;
  if (filled.length === 2 && NAME_LABEL.test(filled[0]!.text.trim())) return filled[1]!;
  return null;
}

/** The Naam column of an overview table, or -1 when the table is none. */
function overviewColumn(table: TableBlock): number {
  const head = table.rows[0]?.map((c) => c.text.trim().toLowerCase()) ?? [];
  // "Naam", or the kind of party over its names: "Gemeenschappelijke regelingen | Bijdrage 2023".
  const nameCol = head.findIndex((t) => t !== '' && isPartyNameColumn(t));
  if (nameCol < 0 || head.length < 2) return -1;
  // "| Naam | GGD … |" over "| Vestigingsplaats | Alkmaar |" rows: one party written downwards, not an overview.
  const body = table.rows.slice(1).filter((r) => r.some((c) => c.text !== ''));
  if (nameCol === 0 && body.length > 0 && body.filter((r) => isPartyField(r[0]?.text ?? '')).length * 3 >= body.length * 2) return -1;
  return nameCol;
}

/** An overview with a Naam column: one party per row. */
function overviewTable(table: TableBlock, ctx: RecogniseContext): ConnectedPartyNode[] | null {
  const nameCol = overviewColumn(table);
  if (nameCol < 0) return null;
  const out: ConnectedPartyNode[] = [];
  const headerRows = table.rows.slice(0, Math.max(table.headerRows, 1));
  /** Rows that name no party (totals, rows with an empty Naam cell), kept with the first party's text so that nothing is lost. */
  const tableLines: Cell[][] = [...headerRows];
  for (const row of table.rows.slice(headerRows.length)) {
    const name = row[nameCol]?.text ?? '';
    // A row with no name in the Naam column but words elsewhere names no party; its words are kept.
    if (name === '' || isTotalRow(name)) {
      if (row.some((c) => c.text !== '')) tableLines.push(row);
      continue;
    }
    const fields: Record<string, string> = {};
    row.forEach((c: Cell, k) => {
      if (k !== nameCol && c.text !== '') fields[table.rows[0]![k]?.text || `kolom ${k + 1}`] = c.text;
    });
    const node: ConnectedPartyNode = { type: 'connectedParty', name, fields, position: ctx.pos(cover(row.map((c) => c.span))) };
    out.push(node);
  }
  const first = out[0];
  if (!first) return null;
  // The header row and the totals are kept with the first party, so that nothing of the table is lost.
  const firstRow = table.rows.slice(headerRows.length).find((r) => (r[nameCol]?.text ?? '') !== '' && !isTotalRow(r[nameCol]!.text))!;
  const lines = [...headerRows, firstRow, ...tableLines.slice(headerRows.length)];
  first.text = lines.map(rowText).join('\n');
  first.position = ctx.pos(cover(lines.flat().map((c) => c.span)));
  return out;
}
