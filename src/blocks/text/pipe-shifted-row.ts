/**
 * A pipe row without a label whose converter dropped the empty label cells:
 * its amounts stand one cell to the left for each (a code and a name: two)
 * and empty cells close it. The table's other rows open with their labels,
 * so the row is put back to the right by as many cells as they open with and
 * it has empty cells at its end (empty label cells first, the empty closing
 * cells gone). Such rows are mostly the subtotals under a group of rows.
 *
 *   Lasten | | | |
 *   6.3 Inkomens | 147,6 | 169,8 | N |
 *   6.4 Werk     | 23,4  | 26,1  | V |
 *   171,0 | 195,9 | N | |          ← no label cell, an empty cell at the end
 *   → | 171,0 | 195,9 | N
 */
import type { Cell } from '../model.js';
import { isAmountText, valueLike } from '../../values/value-like.js';
import { yearsIn } from '../../values/index.js';
import { isHeaderWord } from '../../vocabulary/header-words.js';
import { emptyCellAt, emptyCellsAtEnd } from '../cell.js';

/** A cell that is an amount or a V/N marker, not a year or a label. */
function amountOrMarker(text: string): boolean {
  return text === 'V' || text === 'N' || isAmountText(text);
}

/** A row of amounts only that opens with an amount and ends in an empty cell. */
function isShifted(row: Cell[]): boolean {
  if (row.length < 3 || row[row.length - 1]!.text !== '' || !amountOrMarker(row[0]!.text)) return false;
  return row.every((c) => c.text === '' || amountOrMarker(c.text));
}

/**
 * How many label cells a row opens with: up to its first amount after a text
 * label ("6.3 Inkomens | 147,6": 1; "0.1 | Bestuur | 2.220", a code cell
 * and a name: 2), or 0 when it opens with no text label.
 */
function labelCells(row: Cell[]): number {
  let c = 0;
  // A code cell before the name ("0.1", "7.2") reads as a number: it counts when a text label follows it.
  if (row.length > 2 && valueLike(row[0]!.text) && isText(row[1]!.text)) c = 1;
  if (!isText(row[c]?.text ?? '')) return 0;
  while (c < row.length && isText(row[c]!.text)) c++;
  // Only a row with an amount after its labels (empty cells between) shows how many label cells the rows have: a
  // group line does not.
  let next = c;
  while (next < row.length && row[next]!.text === '') next++;
  return next < row.length && amountOrMarker(row[next]!.text) ? c : 0;
}

function isText(text: string): boolean {
  return text !== '' && !valueLike(text);
}

/**
 * Puts shifted rows of a pipe table's body back under their columns (see the
 * module comment); when most other body rows open with a label and they outnumber the rows without one. A row moves
 * right by as many cells as the labelled rows open with (a code and a name: two), when it has as many empty cells at
 * its end. Rows are changed in place; returns them.
 */
export function unshiftLabelCells(rows: Cell[][], headerRows: number): Cell[][] {
  const body = rows.slice(headerRows);
  const shifted = body.filter(isShifted);
  if (shifted.length === 0) return rows;
  const others = body.filter((r) => !isShifted(r));
  // Labelled rows (a text first cell, or a code and a name) are the table's rule and rows without a label its
  // exception (subtotals), not the other way round; group lines count as labelled.
  const labelled = others.filter((r) => isText(r[0]?.text ?? '') || labelCells(r) > 0).length;
  if (labelled * 2 <= others.length || shifted.length >= labelled) return rows;
  const labels = others.map(labelCells).filter((n) => n > 0);
  const width = labels.length > 0 ? commonest(labels) : 1;
  for (const row of shifted) {
    // Under rows of a code and a name, "0.4 | | 50 | 60" is a code whose name is empty, not a row that lost its labels.
    if (width >= 2 && row[1]!.text === '') continue;
    shiftRight(row, Math.min(width, emptyCellsAtEnd(row)));
  }
  return rows;
}

/** The most frequent of some counts (ties: the smaller). */
function commonest(counts: number[]): number {
  const seen = new Map<number, number>();
  let best = counts[0]!;
  for (const n of counts) {
    const c = (seen.get(n) ?? 0) + 1;
    seen.set(n, c);
    if (c > seen.get(best)! || (c === seen.get(best)! && n < best)) best = n;
  }
  return best;
}

function shiftRight(row: Cell[], by = 1): void {
  const at = row[0]!.span.start;
  for (let k = 0; k < by; k++) {
    row.pop();
    row.unshift(emptyCellAt(at));
  }
}

/**
 * The same for the header row on top: column words only, the first naming
 * a year ("Rekening 2016 | Begroting 2017 | … | V/N | |"), an empty cell at
 * the end, over rows that open with labels: the top-left cell was dropped.
 */
export function unshiftHeaderRow(rows: Cell[][]): Cell[][] {
  const top = rows[0];
  if (!top || top.length < 3 || top[top.length - 1]!.text !== '' || yearsIn(top[0]!.text).length === 0) return rows;
  if (!top.every((c) => c.text === '' || isHeaderWord(c.text) || VN_HEADER.test(c.text))) return rows;
  const body = rows.slice(1);
  if (body.length === 0 || body.filter((r) => isText(r[0]?.text ?? '')).length * 2 <= body.length) return rows;
  shiftRight(top);
  return rows;
}

/** The header of a V/N marker column. */
const VN_HEADER = /^V\s*\/\s*N$/i;
