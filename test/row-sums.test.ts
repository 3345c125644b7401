/**
 * The row-sum search: unit tests that say should and should not, and a
 * property test that holds it to the plain search it replaced (every sign
 * choice tried, each sum added up afresh) on random small tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastRowIsSum, type NumberRows } from '../src/values/row-sums.js';

/** The search as it was before the running sums: the reference the faster one must agree with. */
function lastRowIsSumPlain(rows: NumberRows): boolean {
  const full = rows.filter((r) => r.length > 0 && r.every((v) => v !== null)) as number[][];
  if (full.length < 3) return false;
  const target = full[full.length - 1]!;
  if (target.every((v) => v === 0)) return false;
  const terms = full.slice(Math.max(0, full.length - 1 - 8), -1).filter((r) => r.length === target.length && r.some((v) => v !== 0));
  if (terms.length < 2) return false;
  const signs = new Array<number>(terms.length).fill(0);
  const rounding = (t: number): number => (Number.isInteger(t) ? 1 : 0.1);
  const search = (k: number, used: number): boolean => {
    if (k === terms.length) return used >= 2 && target.every((t, c) => Math.abs(terms.reduce((s, r, i) => s + signs[i]! * r[c]!, 0) - t) <= rounding(t));
    for (const sign of [0, 1, -1]) {
      signs[k] = sign;
      if (search(k + 1, used + (sign === 0 ? 0 : 1))) return true;
    }
    signs[k] = 0;
    return false;
  };
  return search(0, 0);
}

describe('lastRowIsSum', () => {
  it('should find a total of the rows above it, in every column', () => {
    expect(lastRowIsSum([[1_200, 1_300], [450, 500], [1_650, 1_800]])).toBe(true);
  });
  it('should find a difference (Renterisiconorm − renterisico = ruimte)', () => {
    expect(lastRowIsSum([[24_549], [6_741], [17_808]])).toBe(true);
  });
  it('should find a sum of some rows only, skipping others and rows of zeros', () => {
    expect(lastRowIsSum([[7], [100], [0], [33], [250], [383]])).toBe(true);
  });
  it('should allow the rounding of whole amounts (1) and of tenths (0,1)', () => {
    expect(lastRowIsSum([[1_001], [2_000], [3_002]])).toBe(true);
    expect(lastRowIsSum([[10.1], [2.3], [12.3]])).toBe(true);
  });
  it('should skip rows with an empty cell when it looks for the total and its terms', () => {
    expect(lastRowIsSum([[300, 310], [120, null], [200, 210], [500, 520], [null, 5]])).toBe(true);
  });
  it('should not find a sum beyond the rounding', () => {
    expect(lastRowIsSum([[1_000], [2_000], [3_002]])).toBe(false);
    expect(lastRowIsSum([[10.1], [2.3], [12.6]])).toBe(false);
  });
  it('should not find a sum that holds in one column only', () => {
    expect(lastRowIsSum([[1_200, 1_300], [450, 500], [1_650, 1_900]])).toBe(false);
  });
  it('should not count one row equal to another as a sum', () => {
    expect(lastRowIsSum([[12, 14], [3, 4], [12, 14]])).toBe(false);
  });
  it('should not look further up than eight rows above the total', () => {
    const far = [[5_000], [1], [2], [4], [8], [16], [32], [64], [128]];
    expect(lastRowIsSum([...far, [5_001]])).toBe(false);
    expect(lastRowIsSum([...far.slice(1), [5_000], [5_001]])).toBe(true);
  });
  it('should not find a sum in a total of zeros or in amounts that are not numbers', () => {
    expect(lastRowIsSum([[3], [-3], [0]])).toBe(false);
    expect(lastRowIsSum([[Number.NaN], [2], [2]])).toBe(false);
  });
});

/** Amounts as tables hold them: whole, tenths or hundredths, some zero, some negative. */
const amount = fc.oneof(
  fc.integer({ min: -3_000, max: 3_000 }),
  fc.integer({ min: -300, max: 300 }).map((n) => n / 10),
  fc.integer({ min: -300, max: 300 }).map((n) => n / 100),
  fc.constantFrom(0, -0, 1, 0.1),
);
const cell = fc.oneof({ weight: 60, arbitrary: amount }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) });

/** A table of up to 11 rows whose last row is, often, a signed sum of some rows above it, nudged by about its rounding. */
const table = fc
  .record({
    width: fc.integer({ min: 1, max: 3 }),
    rows: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 0, maxLength: 11 }),
    widths: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 11, maxLength: 11 }),
    signs: fc.array(fc.constantFrom(0, 0, 1, -1), { minLength: 11, maxLength: 11 }),
    nudge: fc.constantFrom(0, 0, 1, -1, 0.1, -0.1, 0.05, 1.5, 0.10000000000000002),
    summed: fc.boolean(),
  })
  .map(({ width, rows, widths, signs, nudge, summed }) => {
    // Most rows as wide as the table; some narrower or empty, as cells a table reader missed.
    const shaped: Array<Array<number | null>> = rows.map((r, i) => r.slice(0, widths[i]! === 0 || i % 3 !== 0 ? width : widths[i]!));
    if (summed && shaped.length > 0) {
      const total: number[] = new Array<number>(width).fill(0);
      for (let i = Math.max(0, shaped.length - 8); i < shaped.length; i++) for (let c = 0; c < width; c++) total[c]! += signs[i]! * (shaped[i]![c] ?? 0);
      shaped.push(total.map((t) => t + nudge));
    }
    return shaped;
  });

describe('lastRowIsSum (property)', () => {
  it('gives the same answer as trying every sign choice afresh', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(lastRowIsSum(rows)).toBe(lastRowIsSumPlain(rows));
      }),
      { numRuns: 3_000 },
    );
  });
  it('finds sums in the random tables often enough to be a test of both answers', () => {
    const samples = fc.sample(table, { numRuns: 1_000, seed: 19 });
    const found = samples.filter(lastRowIsSumPlain).length;
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThan(900);
  });
});
