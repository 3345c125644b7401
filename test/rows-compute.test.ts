/** Rows that compute each other make a table of amounts, not of indicators. */
import { describe, expect, it } from 'vitest';
import { lastRowIsSum, rowIsShare, rowsCompute } from '../src/recognise/rows-compute.js';
import { parse, type Node } from '../src/index.js';

describe('lastRowIsSum', () => {
  it('finds a last row that is a sum or difference of rows above it in every column', () => {
    expect(lastRowIsSum([[24_100, 23_800], [0, 0], [8_200, 9_050], [15_900, 14_750]])).toBe(true);
    expect(lastRowIsSum([[1_200, 1_300], [450, 500], [1_650, 1_800]])).toBe(true);
  });
  it('finds none in rows of indicators that do not add up', () => {
    expect(lastRowIsSum([[54, 56], [7.1, 7.3], [212, 200]])).toBe(false);
    // One row equal to another is a repeat, not a sum.
    expect(lastRowIsSum([[12, 14], [3, 4], [12, 14]])).toBe(false);
  });
});

describe('rowIsShare', () => {
  it('finds a row that is a stated percentage of another', () => {
    expect(rowIsShare([[120_400], [null], [8.5], [10_234]], new Set([2]))).toBe(true);
  });
  it('finds none when the percentage does not give the row', () => {
    expect(rowIsShare([[120_400], [8.5], [9_000]], new Set([1]))).toBe(false);
  });
});

describe('a table of a financial norm under years only', () => {
  const text = [
    'Renterisiconorm', '', '2025', '', '2026', '', 'in bedrag', '', '24.100', '', '23.800', '',
    'Renteherziening op vaste schuld', '', '0', '', '0', '', 'Aflossingen', '', '8.200', '', '9.050', '',
    'Ruimte onder de renterisiconorm', '', '15.900', '', '14.750', '',
  ].join('\n') + '\n';
  it('gives no indicators', () => {
    const kinds: string[] = [];
    const walk = (n: Node): void => {
      kinds.push(n.type);
      if ('children' in n && Array.isArray(n.children)) n.children.forEach(walk);
    };
    parse(text).children.forEach(walk);
    expect(kinds).not.toContain('indicator');
  });
});

describe('rowsCompute', () => {
  const body = (...rows: string[][]) => rows.map((r) => r.map((text) => ({ text, span: { start: 0, end: 0 } })));
  it('should find a last row that is a difference of amounts, or a row that is a share of another', () => {
    expect(rowsCompute(body(['in bedrag', '24.100'], ['Aflossingen', '8.200'], ['Renteherziening', '0'], ['Ruimte', '15.900']))).toBe(true);
    expect(rowsCompute(body(['Omvang begroting', '96.400'], ['in procenten', '8,50%'], ['in bedrag', '8.194']))).toBe(true);
  });
  it('should not take small numbers that add up by chance for amounts', () => {
    expect(rowsCompute(body(['Verwijzingen', '3'], ['Winkeldiefstallen', '5'], ['Vernielingen', '8']))).toBe(false);
  });
});
