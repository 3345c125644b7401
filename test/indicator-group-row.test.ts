/** A bare group row of an indicator table: a name alone over rows of values. */
import { parse } from '../src/index.js';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/blocks/model.js';
import { isBareGroupRow } from '../src/recognise/indicator-group-row.js';

const span = { start: 0, end: 0 };
const row = (...texts: string[]): Cell[] => texts.map((text) => ({ text, span }));

describe('isBareGroupRow', () => {
  it('should read a name alone over a row of values as a group', () => {
    expect(isBareGroupRow(row('Verzuim', '', '', ''), row('Percentage verzuim', '5,4', '5,0', '4,8'), 3)).toBe(true);
  });
  it('should not read a figure alone as a group', () => {
    expect(isBareGroupRow(row('9,2%', '', '', ''), row('% eenzaamheid', '51,1%', '49%', '49%'), 3)).toBe(false);
  });
  it('should not read a name wrapped onto a row that opens with a figure as a group', () => {
    expect(isBareGroupRow(row('Aantal inwoners met bijstand per 1.000', '', ''), row('27,1 (2021) inwoners', '26', '13,9'), 3)).toBe(false);
  });
  it('should not read a name alone as a group in a table of one value column', () => {
    expect(isBareGroupRow(row('Verzuim', ''), row('Percentage verzuim', '5,4'), 1)).toBe(false);
  });
  it('should not read a name alone as a group when the row under it holds no values', () => {
    expect(isBareGroupRow(row('Verzuim', '', '', ''), row('Meldingen', '', '', ''), 3)).toBe(false);
  });
});

describe('a group row that heads no indicator row', () => {
  const notesOf = (text: string): string[] => {
    const out: string[] = [];
    const walk = (nodes: Array<{ type: string; notes?: string[]; children?: unknown[] }>): void => {
      for (const n of nodes) {
        if (n.type === 'indicatorTable') out.push(...(n.notes ?? []));
        walk((n.children ?? []) as typeof nodes);
      }
    };
    walk(parse(text).children as never);
    return out;
  };
  it('should keep its words as a note of the table when the next group row follows it', () => {
    const text = 'Indicatoren\n\n| Indicator | Peilwaarde | Streefwaarde 2027 |\n|---|---|---|\n| Effectindicatoren | | |\n| Welzijn | | |\n| Inwoners die zich gezond voelen (%) | 71 (2024) | 75 |\n';
    expect(notesOf(text)).toContain('Effectindicatoren');
  });
  it('should not when a row takes it as its group', () => {
    const text = 'Indicatoren\n\n| Indicator | Peilwaarde | Streefwaarde 2027 |\n|---|---|---|\n| Effectindicatoren | | |\n| Inwoners die zich gezond voelen (%) | 71 (2024) | 75 |\n';
    expect(notesOf(text)).not.toContain('Effectindicatoren');
  });
});
