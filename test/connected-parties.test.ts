/**
 * Connected-party tables: a party written downwards (its name alone or after
 * a Naam label in the first row) against an overview with one party per row.
 */
import { describe, expect, it } from 'vitest';
import { tableBlock } from './helpers/table-block.js';
import { namesParties, recogniseConnectedParty } from '../src/recognise/connected-parties.js';
import { partyFieldLine } from '../src/vocabulary/party-fields.js';
import type { RecogniseContext } from '../src/recognise/context.js';
import { parse } from '../src/index.js';

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
  it('should keep the words of an overview row whose Naam cell is empty, and should not make it a party', () => {
    const read = recogniseConnectedParty(table([['Naam', 'Bijdrage 2023'], ['GGD West', '€ 1.184.000'], ['', 'incl. indexatie'], ['Veiligheidsregio', '€ 2.093.000']]), ctx)!;
    expect(read.map((p) => p.name)).toEqual(['GGD West', 'Veiligheidsregio']);
    expect(read[0]!.text).toContain('incl. indexatie');
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

describe('partyFieldLine', () => {
  it.each([
    ['Vestigingsplaats: Zwolle', ['Vestigingsplaats', 'Zwolle']],
    ['Eigen vermogen 31-12-2024: € 5.871.000', ['Eigen vermogen 31-12-2024', '€ 5.871.000']],
    ['Openbaar belang: Brandweerzorg en rampenbestrijding', ['Openbaar belang', 'Brandweerzorg en rampenbestrijding']],
    ['Vestigingsplaats           Apeldoorn', ['Vestigingsplaats', 'Apeldoorn']],
    ['Eigen vermogen             1-1-2024: € 2.310.000', ['Eigen vermogen', '1-1-2024: € 2.310.000']],
    ['Eigen vermogen 1-1-2024: € 2.310.000     31-12-2024: € 2.155.000', ['Eigen vermogen 1-1-2024', '€ 2.310.000     31-12-2024: € 2.155.000']],
  ])('reads %j as a field', (text, field) => expect(partyFieldLine(text)).toEqual(field));
  it.each([
    ['Aanleiding: de raad vroeg om een evaluatie'],
    ['Vestigingsplaats:'],
    ['De gemeente neemt deel in: GGD IJsselland'],
    ['Programma 1          Veiligheid'],
    ['Vestigingsplaats           '],
  ])('reads %j as no field', (text) =>
    expect(partyFieldLine(text)).toBeNull(),
  );
});

describe('namesParties', () => {
  it.each([
    ['an overview with a Verbonden partij column', [['Verbonden partij', 'Rechtsvorm'], ['Omgevingsdienst Achterhoek', 'Gemeenschappelijke regeling']]],
    ['a party written downwards under its name', [['GGD Noord- en Oost-Gelderland'], ['Vestigingsplaats', 'Warnsveld']]],
  ])('true for %s', (_, rows) => expect(namesParties(table(rows))).toBe(true));
  it.each([
    ['field rows without a name row', [['Vestigingsplaats', 'Warnsveld'], ['Rechtsvorm', 'Stichting']]],
    ['an overview header without rows', [['Naam', 'Bijdrage 2026'], ['', '']]],
    ['a budget table', [['Programma', 'Lasten', 'Baten'], ['Veiligheid', '1.200', '300']]],
  ])('false for %s', (_, rows) => expect(namesParties(table(rows))).toBe(false));
});

describe('a list of party names in the finished tree', () => {
  it('should keep the list when a heading closes its section before the next programme, and name each party once', () => {
    // The list is taken for party names while the parties are read, and given back as a list at the end of the build:
    // into the section's own children, which a copy made when the section closed would not see.
    const report = parse(
      'Paragraaf 6 Verbonden partijen\n\n- GGD Gelderland-Zuid\n- Veiligheidsregio\n\nGGD Gelderland-Zuid\nVestigingsplaats: Nijmegen\n' +
        'Openbaar belang: Gezondheidszorg\n\nWat willen we bereiken?\n\nDe gemeente voert een actief beleid.\n',
    );
    const section = report.children[0]!;
    expect(section.type).toBe('section');
    const children = 'children' in section ? section.children : [];
    expect(children[0]).toMatchObject({ type: 'list', items: ['GGD Gelderland-Zuid', 'Veiligheidsregio'] });
    const names = children.filter((c) => c.type === 'connectedParty').map((c) => ('name' in c ? c.name : null));
    expect(names.filter((n) => n === 'GGD Gelderland-Zuid')).toHaveLength(1);
  });
});
