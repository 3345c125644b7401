/**
 * A pipe header row that lost its empty top-left cell and kept an empty
 * cell at its end instead: every column word stands one cell to the left of
 * its column, and the body's last amount column has no header.
 *
 *   Taakvelden | Lasten | Baten | Saldo | |
 *   0.1 | Bestuur | 2.220 | 123 | -2.097 |
 *   → Taakvelden | Taakvelden | Lasten | Baten | Saldo   (the first cell heads both label columns)
 *
 * The header row is moved right by its empty end cells when that heads every
 * column the body holds amounts in, which it did not: alignment and cell
 * kinds, not words. A row of group words over several columns each
 * ("Begroting 2023 | Jaarrekening 2023 | | | |") heads them only once
 * spread, and is left as it is.
 */
import type { Cell } from '../model.js';
import { isAmountText } from '../../values/value-like.js';
import { cellAt, emptyCellAt, emptyCellsAtEnd } from '../cell.js';
import { headsAColumn } from '../../vocabulary/column-words.js';

/** Moves each header row of a pipe table that lost its top-left cell back under its columns (see above); rows change in place. */
export function alignShiftedHeaderRows(rows: Cell[][], headerRows: number): Cell[][] {
  if (headerRows === 0 || rows.length <= headerRows) return rows;
  const amountColumns = columnsOfAmounts(rows.slice(headerRows));
  if (amountColumns.length === 0) return rows;
  for (let r = 0; r < headerRows; r++) {
    const row = rows[r]!;
    const shift = emptyCellsAtEnd(row);
    if (shift === 0 || shift === row.length || headsAll(row, amountColumns, 0)) continue;
    // The cells it moves over are label columns: a header that heads every amount column as it stands ("Omschrijving |
    // 2023 | 2024 | |" over three amounts) would put its label word over amounts.
    if (!headsAll(row, amountColumns, shift) || amountColumns.some((c) => c <= shift)) continue;
    // The header's own label cells ("Taakvelden"; "Nr | Taakveld") moved right by the shift must end where the amount
    // columns begin: "Nr | Taakveld | Begroting | Rekening | |" over a code, a name and three amounts heads the
    // first two, and only its last amount column has no header.
    if (Math.max(1, labelHeads(row)) + shift !== amountColumns[0]) continue;
    // The first cell heads the label columns it now stands over and the ones it left, as a spanning cell does
    // ("Taakvelden" over the code and the name): each left cell is that cell again, at its place in the source.
    const first = row[0]!;
    row.length -= shift;
    for (let k = 0; k < shift; k++) row.unshift(first.text === '' ? emptyCellAt(first.span.start) : cellAt(first.text, first.span));
  }
  return rows;
}

/**
 * How many cells a header row opens with before its first column word or year ("Taakvelden | Lasten": 1). Its first
 * cell heads the labels whatever it says ("Begroting 2025 | Lasten | …"): the caller counts it as one at least.
 */
function labelHeads(row: Cell[]): number {
  let k = 0;
  while (k < row.length && !headsAColumn(row[k]!.text)) k++;
  return k;
}

/** Body rows with amounts that the alignment is read from: fewer say too little to move a header by. */
const MIN_ROWS = 3;

/**
 * The columns after the first where most body rows that reach them hold an amount; none when fewer than MIN_ROWS rows
 * hold amounts. The first column is left out: a header moved right never heads it, and codes stand there ("0.1").
 */
function columnsOfAmounts(body: Cell[][]): number[] {
  if (body.filter((row) => row.some((c) => isAmountText(c.text))).length < MIN_ROWS) return [];
  let width = 0;
  for (const row of body) if (row.length > width) width = row.length;
  const out: number[] = [];
  for (let c = 1; c < width; c++) {
    let reaching = 0;
    let amounts = 0;
    for (const row of body) {
      const text = row[c]?.text ?? '';
      if (text === '') continue;
      reaching++;
      if (isAmountText(text)) amounts++;
    }
    if (reaching > 0 && amounts * 2 > reaching) out.push(c);
  }
  return out;
}

/** Whether the row, moved right by `shift` cells, has a filled cell over each of `columns`. */
function headsAll(row: Cell[], columns: number[], shift: number): boolean {
  return columns.every((c) => c - shift >= 0 && c - shift < row.length && row[c - shift]!.text !== '');
}
