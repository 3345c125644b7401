/**
 * `isValueLike` for table cells, memoised: reading a table's columns asks the
 * same question of the same cells many times (role of each column, shifted
 * headers, period columns, budget evidence).
 */
import { isValueLike } from './index.js';
import { memo } from '../vocabulary/memo.js';

/** Whether a cell reads as a value (number, percentage, amount, marker); long text never does. */
export const valueLike: (text: string) => boolean = memo((text) => text.length <= 200 && isValueLike(text), 50_000);
