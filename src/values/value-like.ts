/**
 * `isValueLike` for table cells, memoised: reading a table's columns asks the
 * same question of the same cells many times (role of each column, shifted
 * headers, period columns, budget evidence).
 */
import { isPlainValue, isValueLike, mayBeValueLike } from './index.js';
import { memo } from '../vocabulary/memo.js';
import { isYear } from '../vocabulary/years.js';

const valueLikeCached: (text: string) => boolean = memo((text) => text.length <= 200 && isValueLike(text), 50_000);

/**
 * Whether a cell reads as a value (number, percentage, amount, marker); long text never does.
 * A plain number ("1.840", most cells of a table) is answered before the cache is asked: a
 * cell's text is a fresh string, and the lookup would hash it first, which costs more than the test.
 * So is a label that can be no value (`mayBeValueLike`).
 */
export const valueLike = (text: string): boolean => isPlainValue(text) || (mayBeValueLike(text) && valueLikeCached(text));

/** A cell that holds an amount: value-like and no year ("2.220", "-194"; not "2024", not ""). */
export function isAmountText(text: string): boolean {
  return text !== '' && isYear(text) === null && valueLike(text);
}
