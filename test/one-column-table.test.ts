/**
 * Rule `one-column-table`: a grid written one cell per line with a pipe
 * after each cell has no label column, so no indicator or budget row is read
 * from its cells; it is kept as a table with a warning.
 */
import { describe, expect, it } from 'vitest';
import { tableBlock } from './helpers/table-block.js';
import { isOneColumnTable } from '../src/recognise/rules/one-column-table.js';
import { parse } from '../src/index.js';

const CELLS_PER_LINE = ['Omschrijving |', '2026 |', '2027 |', 'Saldo vorige begroting |', '45.600 |', '-812.300 |', 'Nieuw saldo |', '355.600 |', '-606.800 |'].join('\n');
const NAMES_PER_LINE = ['Deelnemende gemeenten |', '|', 'Oosterveld |', 'Westerbroek |', 'Noordhaven |'].join('\n');

describe('one-column-table', () => {
  it('should claim a table whose every row holds one cell', () => {
    expect(isOneColumnTable(tableBlock([['Omschrijving'], ['2026'], ['Saldo'], ['45.600'], ['']]))).toBe(true);
  });

  it('should not claim a table with a label beside its values', () => {
    expect(isOneColumnTable(tableBlock([['Omschrijving', '2026'], ['Saldo', '45.600'], ['Nieuw saldo', '355.600']]))).toBe(false);
  });

  it('should not claim one or two stray cells under a pipe', () => {
    expect(isOneColumnTable(tableBlock([['Bedragen x € 1.000'], ['']]))).toBe(false);
  });

  it('should read no indicator and no budget row from cells that form no grid, and say why', () => {
    const report = parse(NAMES_PER_LINE, { name: 'x.txt' });
    const json = JSON.stringify(report);
    expect(json).not.toContain('"type":"indicator"');
    expect(json).not.toContain('"type":"budgetTable"');
    expect(report.diagnostics.some((d) => d.code === 'table.one-column')).toBe(true);
  });

  it('should read the grid when its cells form one (labels each followed by as many amounts as the header has years)', () => {
    const report = parse(CELLS_PER_LINE, { name: 'x.txt' });
    const json = JSON.stringify(report);
    expect(json).toContain('"type":"budgetTable"');
    expect(json).toContain('"values":[355600,-606800]');
    expect(report.diagnostics.some((d) => d.code === 'table.one-column')).toBe(false);
  });
});
