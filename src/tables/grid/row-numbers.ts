/**
 * Row numbers written as plain numbers before each row's label, one cell
 * per line: they count 1, 2, 3 … down the table, which no column of
 * amounts does. Read alone, "2" ⏎ "Banen (21)" may be the last amount of
 * the row above as well as the number of the next; the count decides.
 *
 *   Streefwaarde ⏎ 1 ⏎ Jongeren met delict (22) ⏎ n.n.b. ⏎ … ⏎ 2 ⏎ Banen (21) ⏎ 667,3 ⏎ … ⏎ 3 ⏎ …
 *   → 1, 2, 3 number the rows; "667,3" … are the amounts
 */
import type { Cell } from '../../blocks/model.js';
import type { CellClass } from './cell-class.js';

/** Numbers in a count that make it the table's row numbers: two could be chance, three are a count. */
export const MIN_COUNTED_ROWS = 3;

const PLAIN_NUMBER = /^\d{1,3}$/;

/**
 * The indices of the cells that number the rows: plain numbers right before
 * a label cell that count up by one from 1. A number before a label that
 * breaks the count is no row number (an amount, or a note after the table).
 * Empty when fewer than `MIN_COUNTED_ROWS` count.
 */
export function countedRowNumbers(cells: readonly Cell[], classes: readonly CellClass[]): ReadonlySet<number> {
  const counted = new Set<number>();
  let expect = 1;
  for (let k = 0; k + 1 < cells.length; k++) {
    if (classes[k] !== 'value' || classes[k + 1] !== 'text') continue;
    const t = cells[k]!.text.trim();
    if (!PLAIN_NUMBER.test(t) || Number(t) !== expect) continue;
    counted.add(k);
    expect++;
  }
  return counted.size >= MIN_COUNTED_ROWS ? counted : NONE;
}
const NONE: ReadonlySet<number> = new Set();

/**
 * Whether a column's cells count the rows: 1, 2, 3 … (at least
 * `MIN_COUNTED_ROWS`), empty cells left out. Such a column without a
 * header holds row numbers, not values.
 * @example countsRows(['1', '2', '3']) // true
 * @example countsRows(['12', '14', '15']) // false
 */
export function countsRows(cells: readonly string[]): boolean {
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < MIN_COUNTED_ROWS) return false;
  return filled.every((t, k) => PLAIN_NUMBER.test(t) && Number(t) === k + 1);
}
