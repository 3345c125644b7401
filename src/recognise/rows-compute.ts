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

import { lastRowIsSum, type NumberRows } from '../values/row-sums.js';
import { parseValue, plainAmount } from '../values/index.js';
import type { Cell } from '../blocks/model.js';

export { lastRowIsSum, type NumberRows };

/** The longest plain number parseValue reads (a longer one it reads as none): `plainAmount` is asked of no longer text. */
const PLAIN_MAX = 40;

/** Amounts below this are no base of a share: "8,5% of 12" is chance. */
const MIN_BASE = 1000;

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

/**
 * Whether the rows of a table body (label first, values after it) compute
 * each other: the last row a sum or difference of rows above it, or a row a
 * share of another by a row of percentages.
 * @example rowsCompute([[omvang, '157.569'], [procent, '8,50%'], [bedrag, '13.393']]) // true
 */
export function rowsCompute(body: ReadonlyArray<readonly Cell[]>): boolean {
  const percentRows = new Set<number>();
  const numbers = body.map((row, r) =>
    row.slice(1).map((cell) => {
      // A plain amount (most cells) is read without parseValue's match and result object; it has no unit.
      const plain = cell.text.length <= PLAIN_MAX ? plainAmount(cell.text) : null;
      if (plain !== null) return plain;
      const parsed = parseValue(cell.text);
      if (parsed.unit === '%') percentRows.add(r);
      return parsed.value;
    }),
  );
  // Small numbers add up by chance (counts, scores, codes in a value column): a sum of amounts runs to thousands.
  const full = numbers.filter((r) => r.length > 0 && r.every((v) => v !== null));
  const total = full[full.length - 1] ?? [];
  return (total.some((v) => Math.abs(v!) >= MIN_BASE) && lastRowIsSum(numbers)) || rowIsShare(numbers, percentRows);
}
