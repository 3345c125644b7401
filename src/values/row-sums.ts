/**
 * Whether the last row of a run of amounts is the sum or difference of rows
 * above it: a table's own arithmetic, the best evidence that its rows are
 * amounts of one table (see `recognise/rows-compute.ts` for tables whose
 * rows compute each other, and `blocks/text/label-amount-rows.ts` for
 * one-amount lines that only their total makes a table).
 *
 *   Renterisiconorm (20% van 1)    24.549
 *   Renterisico op de vaste schuld  6.741
 *   Ruimte onder de renterisiconorm 17.808   ← 24.549 − 6.741
 */

/** Rows above the last one that a sum is looked for in: 3^8 sign choices stay cheap. */
const MAX_TERMS = 8;
/** Rows with a non-zero amount a sum needs: one row equal to another is a repeat, not a sum. */
const MIN_TERMS = 2;

/** Each row's numbers (null where a cell holds none), all rows as wide as the table's value columns. */
export type NumberRows = ReadonlyArray<ReadonlyArray<number | null>>;

/** Whether the last full row is the sum or difference of other full rows above it, in every column. */
export function lastRowIsSum(rows: NumberRows): boolean {
  const full = rows.filter((r) => r.length > 0 && r.every((v) => v !== null)) as number[][];
  if (full.length < MIN_TERMS + 1) return false;
  const target = full[full.length - 1]!;
  if (target.every((v) => v === 0)) return false;
  const terms = full.slice(Math.max(0, full.length - 1 - MAX_TERMS), -1).filter((r) => r.length === target.length && r.some((v) => v !== 0));
  if (terms.length < MIN_TERMS) return false;
  const signs = new Array<number>(terms.length).fill(0);
  const search = (k: number, used: number): boolean => {
    if (k === terms.length) return used >= MIN_TERMS && target.every((t, c) => Math.abs(terms.reduce((s, r, i) => s + signs[i]! * r[c]!, 0) - t) <= roundingOf(t));
    for (const sign of [0, 1, -1]) {
      signs[k] = sign;
      if (search(k + 1, used + (sign === 0 ? 0 : 1))) return true;
    }
    signs[k] = 0;
    return false;
  };
  return search(0, 0);
}

/** Whole amounts round to 1; decimals to their last digit (a table of tenths to 0,1). */
function roundingOf(value: number): number {
  return Number.isInteger(value) ? 1 : 0.1;
}
