/**
 * Indicator rows as real tables write them: group rows that name the kind
 * of the rows under them, footnote marks after names, and a measuring year
 * in brackets in the cell ("44,5 (2024)").
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

interface Found {
  type: string;
  name?: string;
  kind?: string;
  values?: Array<{ label: string | null; year: number | null; value: unknown }>;
  children?: Found[];
}

const indicators = (text: string): Found[] => {
  const out: Found[] = [];
  const walk = (nodes: Found[]): void => {
    for (const n of nodes) {
      if (n.type === 'indicator') out.push(n);
      walk(n.children ?? []);
    }
  };
  walk(parse(text, { name: 'x.txt' }).children as Found[]);
  return out;
};

const TABLE = [
  'Indicatoren',
  '',
  '| Indicator | Peilwaarde | Streefwaarde 2027 |',
  '|---|---|---|',
  '| Effectindicatoren | | |',
  '| Inwoners met overgewicht (%)* | 48,2 (2023) | 46 |',
  '| Prestatie-indicatoren | | |',
  '| Deelnemers beweegaanbod² | 310 | 400 |',
  '',
].join('\n');

describe('indicator tables', () => {
  it('should read a group row as the kind of the rows under it, not as an indicator', () => {
    const found = indicators(TABLE);
    expect(found.map((i) => [i.name, i.kind])).toEqual([
      ['Inwoners met overgewicht (%)', 'effect'],
      ['Deelnemers beweegaanbod', 'prestatie'],
    ]);
  });
  it('should date a value by the year in brackets in its cell', () => {
    const [first] = indicators(TABLE);
    expect(first!.values![0]).toMatchObject({ label: 'peilwaarde', year: 2023, value: 48.2 });
    expect(first!.values![1]).toMatchObject({ label: 'streefwaarde', year: 2027, value: 46 });
  });
  it('should keep a number in brackets that is part of the name', () => {
    const text = 'Indicatoren\n\n| Indicator | 2026 |\n|---|---|\n| Banen (21) | 690 |\n';
    expect(indicators(text).map((i) => i.name)).toEqual(['Banen (21)']);
  });
  it('should not take a row with values for a group row', () => {
    const text = 'Indicatoren\n\n| Indicator | 2026 |\n|---|---|\n| Effectindicatoren | 12 |\n';
    expect(indicators(text).map((i) => i.name)).toEqual(['Effectindicatoren']);
  });
});

describe('a label that still holds column gaps', () => {
  const names = (text: string): Array<[string | null, string, Record<string, string> | undefined]> => {
    const out: Array<[string | null, string, Record<string, string> | undefined]> = [];
    const walk = (nodes: Array<{ type: string; id?: string | null; name?: string; fields?: Record<string, string>; children?: unknown[] }>): void => {
      for (const n of nodes) {
        if (n.type === 'indicator') out.push([n.id ?? null, n.name!, n.fields]);
        walk((n.children ?? []) as typeof nodes);
      }
    };
    walk(parse(text).children as never);
    return out;
  };
  it('should name the row by its first piece of words, its number as the id, the other pieces as fields', () => {
    const text = 'Beleidsindicatoren\n\n| | Realisatie 2023 | Streefwaarde 2025 |\n|---|---|---|\n| 29.   Jongeren met jeugdhulp      % van alle jongeren   CBS | 12,1 | 11 |\n| 30.   Jongeren met jeugdbescherming      % van alle jongeren   CBS | 1,2 | 1,0 |\n';
    expect(names(text)[0]).toEqual(['29', 'Jongeren met jeugdhulp', { 'kolom 2': '% van alle jongeren', 'kolom 3': 'CBS' }]);
  });
  it('should not split a name with single spaces', () => {
    const text = 'Beleidsindicatoren\n\n| | Realisatie 2023 | Streefwaarde 2025 |\n|---|---|---|\n| Jongeren met jeugdhulp (%) | 12,1 | 11 |\n| Jongeren met jeugdbescherming (%) | 1,2 | 1,0 |\n';
    expect(names(text).map(([, n]) => n)).toEqual(['Jongeren met jeugdhulp (%)', 'Jongeren met jeugdbescherming (%)']);
  });
});
