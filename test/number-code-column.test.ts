/**
 * A programme-number column between the labels and the amounts
 * (recognise/number-code-column.ts); its header beside the bare years is
 * tested in grid-inference.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isNumberCodeColumn } from '../src/recognise/number-code-column.js';

describe('isNumberCodeColumn', () => {
  it('should take small repeating numbers under a header word for codes', () => {
    expect(isNumberCodeColumn(['2', '2', '5', '2', '1'], ['Progr.'], [])).toBe(true);
    expect(isNumberCodeColumn(['2', '2', '5'], ['Prog'], [''])).toBe(true);
  });
  it.each([
    ['under a year', ['2', '2', '5'], ['2026'], []],
    ['under an amount column word', ['2', '2', '5'], ['Begroting'], []],
    ['under no header word', ['2', '2', '5'], [''], []],
    ['that do not repeat', ['2', '4', '5'], ['Progr.'], []],
    ['of more than two digits', ['120', '120', '450'], ['Progr.'], []],
    ['too few to show the pattern', ['2', '2'], ['Progr.'], []],
    ['that the total row adds up', ['2', '2', '5'], ['Fte'], ['9']],
  ])('should not take numbers %s for codes', (_, cells, header, totals) => {
    expect(isNumberCodeColumn(cells, header, totals)).toBe(false);
  });
});
