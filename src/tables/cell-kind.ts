/**
 * `isValueLike` for table cells, memoised: reading a table's columns asks the
 * same question of the same cells many times (role of each column, shifted
 * headers, period columns, budget evidence). The cache is a bounded map of a
 * pure function's results, cleared when it grows large, so it changes no
 * behaviour, only the cost.
 */
import { isValueLike } from '../values/index.js';

const cache = new Map<string, boolean>();
const LIMIT = 50_000;

/** Whether a cell reads as a value (number, percentage, amount, marker). */
export function valueLike(text: string): boolean {
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = text.length > 200 ? false : isValueLike(text);
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, hit);
  }
  return hit;
}
