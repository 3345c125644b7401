/**
 * Connected-party tables: a party written downwards (its name alone or after
 * a Naam label in the first row) against an overview with one party per row.
 */
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/blocks/model.js';
import { recogniseConnectedParty } from '../src/recognise/connected-parties.js';
import type { RecogniseContext } from '../src/recognise/context.js';

function table(rows: string[][]): TableBlock {
  const span = { start: 0, end: 0 };
  return { kind: 'table', rows: rows.map((r) => r.map((text) => ({ text, span }))), headerRows: 1, caption: null, span };
}

const point = { line: 1, column: 1, offset: 0 };
const ctx = { pos: () => ({ start: point, end: point }), report: () => {} } as unknown as RecogniseContext;
const parties = (rows: string[][]) => recogniseConnectedParty(table(rows), ctx)?.map((p) => [p.name, p.fields]);

describe('recogniseConnectedParty', () => {
  it('reads a party written downwards under its name, with or without a Naam label', () => {
    const fields = { Vestigingsplaats: 'Alkmaar', 'Openbaar belang': 'Publieke gezondheid' };
    expect(parties([['GGD Hollands Noorden'], ['Vestigingsplaats', 'Alkmaar'], ['Openbaar belang', 'Publieke gezondheid']])).toEqual([['GGD Hollands Noorden', fields]]);
    expect(parties([['Naam', 'GGD Hollands Noorden'], ['Vestigingsplaats', 'Alkmaar'], ['Openbaar belang', 'Publieke gezondheid']])).toEqual([['GGD Hollands Noorden', fields]]);
  });
  it('reads an overview with a Naam column as one party per row', () => {
    expect(parties([['Naam', 'Vestigingsplaats'], ['HVC N.V.', 'Alkmaar'], ['Alliander N.V.', 'Arnhem']])).toEqual([
      ['HVC N.V.', { Vestigingsplaats: 'Alkmaar' }],
      ['Alliander N.V.', { Vestigingsplaats: 'Arnhem' }],
    ]);
  });
  it('takes no party name from a first row of two ordinary cells', () => {
    expect(parties([['Programma', 'Bijdrage'], ['Vestigingsplaats', 'Alkmaar']])).toBeUndefined();
  });
});
