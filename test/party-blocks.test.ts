/**
 * Connected parties written as text in a Verbonden partijen section: a name
 * line with "Veld: waarde" lines under it, label lines, and the lines that
 * head a party table rather than name a party.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

interface Found {
  type: string;
  name?: string;
  heading?: string;
  fields?: Record<string, string>;
  children?: Found[];
}

/** The parties of a text as [name, fields], and the section headings, in order. */
const read = (text: string): { parties: Array<[string, Record<string, string>]>; headings: string[] } => {
  const parties: Array<[string, Record<string, string>]> = [];
  const headings: string[] = [];
  const walk = (nodes: Found[]): void => {
    for (const n of nodes) {
      if (n.type === 'connectedParty') parties.push([n.name!, n.fields!]);
      if (n.type === 'section') headings.push(n.heading!);
      walk(n.children ?? []);
    }
  };
  walk(parse(`Verbonden partijen\n\n${text}`, { name: 'x.txt' }).children as Found[]);
  return { parties, headings: headings.slice(1) };
};

describe('connected parties written as text', () => {
  it('opens a party at a name line right above its field lines', () => {
    const { parties, headings } = read('Cocensus\nVestigingsplaats: Hoofddorp\nRechtsvorm: Gemeenschappelijke regeling\nResultaat 2024: € 96.000\n');
    expect(parties).toEqual([['Cocensus', { Vestigingsplaats: 'Hoofddorp', Rechtsvorm: 'Gemeenschappelijke regeling', 'Resultaat 2024': '€ 96.000' }]]);
    expect(headings).toEqual([]);
  });
  it('reads a label line as a field of the open party, and as a heading without one', () => {
    const text = 'Stichting Regionale Sociale Recherche\n\nVestigingsplaats: Goes\n\nOntwikkelingen\n\nIn 2025 sluit een gemeente aan bij de stichting.\n\nRisico\'s\nEr zijn geen bijzondere risico\'s.\n';
    expect(read(text).parties).toEqual([
      ['Stichting Regionale Sociale Recherche', { Vestigingsplaats: 'Goes', Ontwikkelingen: 'In 2025 sluit een gemeente aan bij de stichting.', "Risico's": "Er zijn geen bijzondere risico's." }],
    ]);
    expect(read("Risico's\n\nDe risico's staan in de paragraaf weerstandsvermogen.\n")).toEqual({ parties: [], headings: ["Risico's"] });
  });
  it('heads a table that names its parties with the line above it', () => {
    const { parties, headings } = read('Overzicht deelnemingen\n\n| Naam | Aandeel |\n|---|---|\n| BNG Bank N.V. | 0,1% |\n');
    expect(parties.map(([name]) => name)).toEqual(['BNG Bank N.V.']);
    expect(headings).toEqual(['Overzicht deelnemingen']);
  });
  it('still takes a name line above a table of its fields alone as the party', () => {
    const { parties } = read('Regio Achterhoek\n\n| Vestigingsplaats | Doetinchem |\n|---|---|\n| Rechtsvorm | Gemeenschappelijke regeling |\n');
    expect(parties.map(([name]) => name)).toEqual(['Regio Achterhoek']);
  });
  it('keeps one node per party when a list of names comes before their descriptions', () => {
    const text = 'Deelnemingen:\n- Regio Noord-Veluwe\n- Vitens N.V.\n- BNG Bank N.V.\n\nRegio Noord-Veluwe\nVestigingsplaats: Harderwijk\n\n| Vitens N.V. | |\n|---|---|\n| Vestigingsplaats | Zwolle |\n';
    expect(read(text).parties).toEqual([
      ['BNG Bank N.V.', {}],
      ['Regio Noord-Veluwe', { Vestigingsplaats: 'Harderwijk' }],
      ['Vitens N.V.', { Vestigingsplaats: 'Zwolle' }],
    ]);
  });
  it('keeps a list of names that nothing describes as its parties', () => {
    expect(read('Deelnemingen:\n- Regio Noord-Veluwe\n- Vitens N.V.\n\nDe bijdragen staan in de programma\'s.\n').parties).toEqual([
      ['Regio Noord-Veluwe', {}],
      ['Vitens N.V.', {}],
    ]);
  });
  it('goes on with a field value wrapped onto a capitalised line, and opens a party after a short or finished one', () => {
    const wrapped = 'Belastingsamenwerking Rivierenland\nVestigingsplaats: Tiel\nDeelnemers: gemeente Tiel, gemeente Culemborg, gemeente West Betuwe en Waterschap\nRivierenland\nBijdrage 2024: € 538.200\n';
    expect(read(wrapped).parties).toEqual([
      ['Belastingsamenwerking Rivierenland', { Vestigingsplaats: 'Tiel', Deelnemers: 'gemeente Tiel, gemeente Culemborg, gemeente West Betuwe en Waterschap Rivierenland', 'Bijdrage 2024': '€ 538.200' }],
    ]);
    const next = 'Avri\nVestigingsplaats: Tiel\nBijdrage 2024: € 4.215.600\nRegio Rivierenland\nVestigingsplaats: Tiel\n';
    expect(read(next).parties.map(([name]) => name)).toEqual(['Avri', 'Regio Rivierenland']);
  });
  it('reads an aligned "Key    value" line as a field of its own, not as a wrapped value', () => {
    const text = 'Avri\nVestigingsplaats: Tiel\nDeelnemers: Buren, Culemborg, Maasdriel, Neder-Betuwe, Tiel, West Betuwe, Zaltbommel\nResultaat         € 410.000\nGemeenschappelijke regeling voor afval\n';
    const [[, fields]] = read(text).parties as [[string, Record<string, string>]];
    expect(fields).toEqual({ Vestigingsplaats: 'Tiel', Deelnemers: 'Buren, Culemborg, Maasdriel, Neder-Betuwe, Tiel, West Betuwe, Zaltbommel', Resultaat: '€ 410.000' });
  });
});
