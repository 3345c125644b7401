/**
 * A total row short of amounts (src/recognise/total-placement.ts): its
 * amounts go under the columns they total, when exactly one placement adds
 * up and the cells as written do not; a property test writes random tables
 * with a total row packed to the left and reads the totals back in place.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { BudgetTableNode } from '../src/schema/report.js';
import { seed } from './helpers/seed.js';

const budgetTables = (text: string): BudgetTableNode[] => {
  const out: BudgetTableNode[] = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      if ((n as { type?: string }).type === 'budgetTable') out.push(n as BudgetTableNode);
      Object.values(n).forEach(walk);
    }
  };
  walk(parse(text));
  return out;
};
const doc = (rows: string[]) => ['Wat mag het kosten?', '', 'Bedragen x € 1.000', '', '| Voorziening | 2024 | 2025 | 2026 |', '|---|---|---|---|', ...rows].join('\n') + '\n';
const totalRow = (rows: string[]) => budgetTables(doc(rows))[0]!.rows.find((r) => r.label === 'Totaal')!;
const codes = (rows: string[]) => parse(doc(rows)).diagnostics.map((d) => d.code);

describe('total placement', () => {
  const body = ['| Sporthal | 100 | 120 | 140 |', '| Zwembad | 50 | 60 | 70 |'];
  it('should place a short total row\'s amounts under the columns they total, and say so', () => {
    expect(totalRow([...body, '| Totaal | 180 | 210 |']).values).toEqual([null, 180, 210]);
    expect(codes([...body, '| Totaal | 180 | 210 |'])).toContain('budget.total-placed');
  });
  it('should allow rounding of half a unit per row summed', () => {
    expect(totalRow([...body, '| Totaal | 181 | 210 |']).values).toEqual([null, 181, 210]);
  });
  it('should not move amounts that add up where they stand', () => {
    expect(totalRow([...body, '| Totaal | 150 | 180 |']).values).toEqual([150, 180, null]);
    expect(codes([...body, '| Totaal | 150 | 180 |'])).not.toContain('budget.total-placed');
  });
  it('should not move amounts when two placements add up, or none does', () => {
    const even = ['| Sporthal | 100 | 120 | 120 |', '| Zwembad | 50 | 60 | 60 |'];
    expect(totalRow([...even, '| Totaal | 180 |']).values).toEqual([180, null, null]);
    expect(totalRow([...body, '| Totaal | 999 | 210 |']).values).toEqual([999, 210, null]);
  });
  it('should not move the amounts of a row that is no total', () => {
    const rows = budgetTables(doc([...body, '| Afgerond | 180 | 210 |']))[0]!.rows;
    expect(rows[2]!.values).toEqual([180, 210, null]);
  });

  it('reads back random totals written packed to the left under the columns they total', () => {
    const table = fc
      .record({
        columns: fc.integer({ min: 2, max: 5 }),
        rows: fc.integer({ min: 2, max: 6 }),
        seedValues: fc.array(fc.integer({ min: 1, max: 9_999 }), { minLength: 30, maxLength: 30 }),
        kept: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
      })
      .map(({ columns, rows, seedValues, kept }) => {
        const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => seedValues[(r * columns + c) % seedValues.length]! + r * 7 + c * 13));
        const sums = Array.from({ length: columns }, (_, c) => cells.reduce((a, row) => a + row[c]!, 0));
        const shown = sums.map((s, c) => (kept[c] ? s : null));
        return { columns, cells, sums, shown };
      })
      .filter(({ shown, sums, cells }) => {
        const n = shown.filter((s) => s !== null).length;
        // Short but not empty, and every column's sum apart from the others' by more than rounding.
        const slack = Math.max(1, Math.ceil(cells.length / 2));
        return n > 0 && n < shown.length && sums.every((a, i) => sums.every((b, j) => i === j || Math.abs(a - b) > 2 * slack));
      });
    fc.assert(
      fc.property(table, ({ columns, cells, shown }) => {
        const nl = (n: number) => n.toLocaleString('nl-NL');
        const header = `| Voorziening | ${Array.from({ length: columns }, (_, c) => String(2024 + c)).join(' | ')} |`;
        const lines = [header, `|${'---|'.repeat(columns + 1)}`, ...cells.map((row, r) => `| Post ${r + 1} | ${row.map(nl).join(' | ')} |`), `| Totaal | ${shown.filter((s) => s !== null).map((s) => nl(s!)).join(' | ')} |`];
        const text = ['Wat mag het kosten?', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n';
        const total = budgetTables(text)[0]!.rows.find((r) => r.label === 'Totaal')!;
        expect(total.values).toEqual(shown);
      }),
      { seed, numRuns: 60 },
    );
  });
});
