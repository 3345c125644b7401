/**
 * Rows that compute each other: a table whose rows are sums, differences
 * or shares of its other rows holds amounts (a financial norm such as the
 * renterisiconorm or kasgeldlimiet, a reconciliation), not indicators. A
 * table's own arithmetic is the evidence, not its words.
 *
 *   Renterisiconorm                 2020     2021
 *   in bedrag                     31.514   30.910
 *   Renteherziening                    0        0
 *   Aflossingen                   10.760   10.656
 *   Ruimte (+) overschrijding (-) 20.754   20.254   ← 31.514 − 0 − 10.760 in each column
 *
 *   Omvang begrotingstotaal      157.569
 *   in procenten van de grondslag  8,50%
 *   in bedrag                     13.393            ← 8,50% of 157.569
 */

/** Rows above the last one that a sum is looked for in: 3^8 sign choices stay cheap. */
const MAX_TERMS = 8;
/** Rows with a non-zero amount a sum needs: one row equal to another is a repeat, not a sum. */
const MIN_TERMS = 2;
/** Amounts below this are no base of a share: "8,5% of 12" is chance. */
const MIN_BASE = 1000;

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

/** Whether a row is a share of another row, the share being a row of percentages ("8,50%" of 157.569 = 13.393). */
export function rowIsShare(rows: NumberRows, percentRows: ReadonlySet<number>): boolean {
  for (const p of percentRows) {
    const share = rows[p];
    if (!share || share.some((v) => v === null)) continue;
    for (let b = 0; b < rows.length; b++) {
      const base = rows[b]!;
      if (b === p || percentRows.has(b) || base.length !== share.length || base.some((v) => v === null || Math.abs(v) < MIN_BASE)) continue;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        if (r === p || r === b || percentRows.has(r) || row.length !== share.length) continue;
        if (row.every((v, c) => v !== null && Math.abs((base[c]! * share[c]!) / 100 - v) <= 1)) return true;
      }
    }
  }
  return false;
}

/** Whole amounts round to 1; decimals to their last digit (a table of tenths to 0,1). */
function roundingOf(value: number): number {
  return Number.isInteger(value) ? 1 : 0.1;
}
