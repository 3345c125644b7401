/**
 * Row numbers that count 1, 2, 3 … before each row's label, one cell per
 * line: the grid reads them as the rows' numbers, not as the last amount of
 * the row above; a header word broken over lines with its year and a
 * lower-case qualifier ("Lasten" ⏎ "2017 incidenteel") heads one column.
 */
import { describe, expect, it } from 'vitest';
import { countedRowNumbers, countsRows } from '../src/tables/grid/row-numbers.js';
import { classifyCell } from '../src/tables/grid/cell-class.js';
import { joinHeaderCells } from '../src/tables/cell-runs.js';
import { parse, type BudgetTableNode, type Node } from '../src/index.js';

const cells = (texts: string[]) => texts.map((text, k) => ({ text, span: { start: k, end: k + 1 } }));
const counted = (texts: string[]) => [...countedRowNumbers(cells(texts), texts.map(classifyCell))];

describe('countedRowNumbers', () => {
  it('finds numbers that count the rows before their labels', () => {
    expect(counted(['Streefwaarde', '1', 'Banen', '7,5', '8,0', '2', 'Bijstand', '3,1', '2,9', '3', 'Jeugdhulp', '9,0', '1', 'Bron: CBS'])).toEqual([1, 5, 9]);
  });
  it('finds none when the numbers before labels do not count (amounts of one-column rows)', () => {
    expect(counted(['Begroting', 'Zwembad', '12', 'Sporthal', '40', 'Bibliotheek', '7', 'Museum'])).toEqual([]);
    // Two numbers may count by chance.
    expect(counted(['Begroting', '1', 'Zwembad', '12', '2', 'Sporthal', '40'])).toEqual([]);
  });
});

describe('countsRows', () => {
  it.each([
    [['1', '2', '3'], true],
    [['1', '', '2', '3', '4'], true],
    [['1', '2'], false],
    [['12', '14', '15'], false],
    [['2', '3', '4'], false],
  ])('%j counts the rows: %s', (texts, expected) => expect(countsRows(texts)).toBe(expected));
});

describe('header words broken over lines with their years', () => {
  it('pairs a word with a year that a lower-case qualifier follows ("2017 incidenteel")', () => {
    const joined = joinHeaderCells(cells(['Lasten', '2017', 'Lasten', '2017 incidenteel', 'Baten', '2017', 'Baten', '2017 incidenteel']));
    expect(joined.map((c) => c.text)).toEqual(['Lasten 2017', 'Lasten 2017 incidenteel', 'Baten 2017', 'Baten 2017 incidenteel']);
  });
  it('does not pair a word with a year that a capitalised word follows', () => {
    const joined = joinHeaderCells(cells(['Lasten', '2017', 'Baten', '2017 Rekening']));
    expect(joined.map((c) => c.text)).not.toContain('Baten 2017 Rekening');
  });
});

describe('a numbered budget table one cell per line', () => {
  const text = [
    'Incidentele lasten per programma', '', '(bedragen x € 1.000)', '',
    'Lasten', '2024', '', 'Lasten', '2024', 'incidenteel', '',
    '1', '', 'Wonen en Ruimte', '', '4.120', '', '310', '',
    '2', '', 'Mobiliteit', '', '8.455', '', '1.020', '',
    '3', '', 'Economie', '', '2.300', '', '0', '',
    '-', '', 'Overhead', '', '6.010', '', '45', '',
  ].join('\n') + '\n';
  const tables: BudgetTableNode[] = [];
  const walk = (n: Node): void => {
    if (n.type === 'budgetTable') tables.push(n);
    if ('children' in n && Array.isArray(n.children)) n.children.forEach(walk);
  };
  it('reads the numbers as row codes (a "-" for a row without one) and the names as labels', () => {
    parse(text).children.forEach(walk);
    const rows = tables[0]!.rows;
    expect(rows.map((r) => [r.code ?? null, r.label, r.values])).toEqual([
      ['1', 'Wonen en Ruimte', [4120, 310]],
      ['2', 'Mobiliteit', [8455, 1020]],
      ['3', 'Economie', [2300, 0]],
      [null, '- Overhead', [6010, 45]],
    ]);
  });
});
