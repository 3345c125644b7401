/**
 * The evidence measure (src/eval/silent-tables.ts): totals that do not add
 * up count as accounted for only with a diagnostic at their row; a table
 * that does not fit (a short row where the source does not name its empty
 * cells, or a total that does not add up) is silent without a warning in
 * its lines.
 */
import { describe, expect, it } from 'vitest';
import { evidence } from '../src/eval/silent-tables.js';

const at = (line: number) => ({ start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } });
const row = (label: string, raw: string[], line: number) => ({ label, raw, values: raw.map((c) => (c === '' ? null : Number(c.replace(/\./g, '')))), position: at(line) });
const report = (rows: ReturnType<typeof row>[], diagnostics: unknown[] = [], columns = 2) => ({
  children: [{ type: 'budgetTable', title: 'Lasten', columns: Array.from({ length: columns }, (_, k) => ({ label: String(2024 + k), year: 2024 + k })), rows, position: { start: at(1).start, end: at(9).end } }],
  diagnostics,
});
const warning = (line: number) => ({ severity: 'warning', code: 'budget.total-mismatch', message: '…', position: at(line) });
const info = (line: number) => ({ severity: 'info', code: 'budget.total-rounding', message: '…', position: at(line) });

describe('evidence', () => {
  const adds = [row('Onderwijs', ['10', '20'], 2), row('Sport', ['5', '5'], 3), row('Totaal', ['15', '25'], 4)];
  const broken = [row('Onderwijs', ['10', '20'], 2), row('Sport', ['5', '5'], 3), row('Totaal', ['99', '25'], 4)];
  it('should count a total that adds up as accounted for, and its table as fitting', () => {
    expect(evidence(report(adds), null)).toMatchObject({ checked: 1, held: 1, diagnosed: 0, undiagnosed: [], tables: 1, silent: [] });
  });
  it('should count a total that does not add up as accounted for only with a diagnostic at its row', () => {
    expect(evidence(report(broken), null)).toMatchObject({ checked: 1, held: 0, diagnosed: 0, undiagnosed: [{ label: 'Totaal', lines: { start: 4, end: 4 } }] });
    expect(evidence(report(broken, [info(4)]), null)).toMatchObject({ diagnosed: 1, undiagnosed: [] });
    expect(evidence(report(broken, [warning(2)]), null)).toMatchObject({ diagnosed: 0 });
  });
  it('should list a table whose total does not add up as silent unless a warning stands in its lines', () => {
    expect(evidence(report(broken), null).silent).toEqual([{ table: 'Lasten', line: 1, reasons: ['"Totaal" does not add up'] }]);
    expect(evidence(report(broken, [warning(2)]), null).silent).toEqual([]);
    expect(evidence(report(broken, [info(4)]), null).silent).toHaveLength(1);
  });
  it('should list a table with a row short of amounts, unless its source names the empty cells', () => {
    const short = [row('Onderwijs', ['10', ''], 2), row('Sport', ['5', '5'], 3)];
    expect(evidence(report(short), 'Lasten 2024 2025\nOnderwijs 10\nSport 5 5').silent).toEqual([{ table: 'Lasten', line: 1, reasons: ['1 row(s) with fewer amounts than columns, first "Onderwijs"'] }]);
    expect(evidence(report(short), null).silent).toHaveLength(1);
    expect(evidence(report(short), '| Lasten | 2024 | 2025 |\n| Onderwijs | 10 | |\n| Sport | 5 | 5 |').silent).toEqual([]);
  });
});
