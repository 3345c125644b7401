/**
 * Connected-party tables: a party written downwards (its name alone or after
 * a Naam label in the first row) against an overview with one party per row.
 */
import { describe, expect, it } from 'vitest';
import { tableBlock } from './helpers/table-block.js';
import { recogniseConnectedParty } from '../src/recognise/connected-parties.js';
import type { RecogniseContext } from '../src/recognise/context.js';

const table = (rows: string[][]) => tableBlock(rows, 1);

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
