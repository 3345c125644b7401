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
/**
 * How much more than the rows still to come a running sum must miss its
 * target by before the search gives it up, as a share of the amounts' size:
 * far above the rounding of a few doubles added up (about 1e-15 of their
 * size), so a branch given up could never have passed the exact test.
 */
const BOUND_MARGIN = 1e-9;

/** Each row's numbers (null where a cell holds none), all rows as wide as the table's value columns. */
export type NumberRows = ReadonlyArray<ReadonlyArray<number | null>>;

/**
 * Whether the last full row is the sum or difference of other full rows above it, in every column.
 * @example lastRowIsSum([[24_549], [6_741], [17_808]]) // true: 24.549 − 6.741 = 17.808
 */
export function lastRowIsSum(rows: NumberRows): boolean {
  const full = rows.filter((r) => r.length > 0 && r.every((v) => v !== null)) as number[][];
  if (full.length < MIN_TERMS + 1) return false;
  const target = full[full.length - 1]!;
  if (target.every((v) => v === 0)) return false;
  const terms = full.slice(Math.max(0, full.length - 1 - MAX_TERMS), -1).filter((r) => r.length === target.length && r.some((v) => v !== 0));
  if (terms.length < MIN_TERMS) return false;
  // A NaN or infinite amount makes every sum miss (0 × ∞ is NaN), so no sign choice can match.
  if (!target.every(Number.isFinite) || !terms.every((r) => r.every(Number.isFinite))) return false;
  return reaches(signSearch(terms, target), 0, 0);
}

/**
 * The state of one search for signs (0, +1 or −1 per term) whose signed sum
 * of the terms meets the target in every column. The running sums of each
 * depth live in one typed array, so a step allocates nothing.
 */
interface SignSearch {
  readonly terms: readonly number[][];
  readonly target: readonly number[];
  readonly width: number;
  /** At [k × width + c]: column c's signed sum of terms 0..k−1, added in row order as the exact test adds them. */
  readonly sums: Float64Array;
  /** At [k × width + c]: how far column c's sum after k terms may still be from the target: what terms k.. can add, plus rounding. */
  readonly reach: Float64Array;
}

function signSearch(terms: readonly number[][], target: readonly number[]): SignSearch {
  const width = target.length;
  const n = terms.length;
  const reach = new Float64Array((n + 1) * width);
  for (let c = 0; c < width; c++) {
    let rest = 0;
    let size = Math.abs(target[c]!);
    for (const r of terms) size += Math.abs(r[c]!);
    const slack = roundingOf(target[c]!) + BOUND_MARGIN * size;
    for (let k = n; k >= 0; k--) {
      reach[k * width + c] = rest + slack;
      if (k > 0) rest += Math.abs(terms[k - 1]![c]!);
    }
  }
  return { terms, target, width, sums: new Float64Array((n + 1) * width), reach };
}

/** Whether signs for terms k.. bring the sums after k terms (`used` of them non-zero) to the target. */
function reaches(s: SignSearch, k: number, used: number): boolean {
  const n = s.terms.length;
  const at = k * s.width;
  if (k === n) {
    if (used < MIN_TERMS) return false;
    for (let c = 0; c < s.width; c++) if (!(Math.abs(s.sums[at + c]! - s.target[c]!) <= roundingOf(s.target[c]!))) return false;
    return true;
  }
  if (used + n - k < MIN_TERMS) return false;
  // Rows still to come can move a sum by at most their own size: a sum further off than that cannot come back.
  for (let c = 0; c < s.width; c++) if (Math.abs(s.sums[at + c]! - s.target[c]!) > s.reach[at + c]!) return false;
  return step(s, k, used, 0) || step(s, k, used, 1) || step(s, k, used, -1);
}

/** Gives term k the sign `sign` and searches on. */
function step(s: SignSearch, k: number, used: number, sign: number): boolean {
  const row = s.terms[k]!;
  const from = k * s.width;
  const to = from + s.width;
  for (let c = 0; c < s.width; c++) s.sums[to + c] = s.sums[from + c]! + sign * row[c]!;
  return reaches(s, k + 1, sign === 0 ? used : used + 1);
}

/** Whole amounts round to 1; decimals to their last digit (a table of tenths to 0,1). */
function roundingOf(value: number): number {
  return Number.isInteger(value) ? 1 : 0.1;
}
