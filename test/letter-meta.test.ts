/**
 * Letterheads: key/value tables with and without colons, and the tables that
 * only look like one.
 */
import { describe, expect, it } from 'vitest';
import { tableBlock } from './helpers/table-block.js';
import { letterheadFields, paragraphField } from '../src/recognise/letter-meta.js';

const table = (rows: string[][]) => tableBlock(rows);

describe('letterheadFields', () => {
  it('reads keys with colons', () => {
    expect(letterheadFields(table([['Datum:', '19 maart 2019', 'Zaaknummer: 177287'], ['Aan:', 'de raad']]))).toEqual({
      Datum: '19 maart 2019',
      Zaaknummer: '177287',
      Aan: 'de raad',
    });
  });
  it('reads a two-column table without colons when it carries a key only letters have', () => {
    expect(letterheadFields(table([['Aan', 'De gemeenteraad'], ['Van', 'Het college'], ['Datum', '4 juni 2024'], ['Onderwerp', 'Zwembad']]))).toEqual({
      Aan: 'De gemeenteraad',
      Van: 'Het college',
      Datum: '4 juni 2024',
      Onderwerp: 'Zwembad',
    });
  });
  it('reads key, value, key, value rows without colons', () => {
    expect(letterheadFields(table([['Datum', '4 juni 2024', 'Kenmerk', 'Z-24-118'], ['Aan', 'De raad', '', ''], ['Onderwerp', 'Zwembad', '', '']]))).toEqual({
      Datum: '4 juni 2024',
      Kenmerk: 'Z-24-118',
      Aan: 'De raad',
      Onderwerp: 'Zwembad',
    });
  });
  it.each([
    ['words of other tables as first cells', [['Status', 'Aantal'], ['Team', '6'], ['Nummer', '12'], ['Besluit', 'ja']]],
    ['two key rows only', [['Datum', '4 juni 2024'], ['Onderwerp', 'Zwembad'], ['Lasten', '1.200'], ['Baten', '300']]],
    ['keys without values', [['Datum'], ['Aan'], ['Onderwerp']]],
    ['a budget table', [['Lasten', '1.200', '1.300'], ['Baten', '200', '250'], ['Saldo', '-1.000', '-1.050']]],
  ])('finds no letterhead in %s', (_, rows) => expect(letterheadFields(table(rows))).toBeNull());
});

describe('paragraphField', () => {
  it.each([
    [['Kenmerk:   RIB-2025-0117'], ['Kenmerk', 'RIB-2025-0117']],
    [['Onderwerp:          Stand van zaken Wet inburgering 2021 en', 'huisvesting statushouders'], ['Onderwerp', 'Stand van zaken Wet inburgering 2021 en huisvesting statushouders']],
  ])('reads %j', (lines, field) => expect(paragraphField(lines)).toEqual(field));
  it.each([
    ['a first line without a key', ['Met deze brief informeren wij u over', 'de huisvesting van statushouders.']],
    ['a second line with a key of its own', ['Datum: 4 februari 2025 en', 'Kenmerk: RIB-2025-0117']],
    ['running text that opens with a key', ['Besluit: de raad stemt in met het voorstel om de', 'regeling voor inburgering te verlengen tot en met', 'december 2026, onder voorwaarde dat het Rijk de', 'bijdrage voortzet.']],
  ])('reads no field from %s', (_, lines) => expect(paragraphField(lines)).toBeNull());
});
