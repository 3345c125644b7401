/**
 * Links to the national standards: BBV beleidsindicatoren and taakvelden,
 * never on a weak match, each link saying how it was made.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/index.js';
import { bbvLink, taakveldLink } from '../src/link/standards.js';
import { measuresAgree } from '../src/link/unit-agreement.js';
import type { BudgetRow, Node } from '../src/schema/report.js';

function budgetRows(nodes: Node[]): BudgetRow[] {
  return nodes.flatMap((n) => (n.type === 'budgetTable' ? n.rows : 'children' in n ? budgetRows(n.children) : []));
}
// @ts-expect-error: a plain script without types
import { standardsModule } from '../scripts/standards.js';

describe('BBV beleidsindicatoren', () => {
  it.each([
    ['Banen', '21', 'name'],
    ['Banen: aantal per 1.000 inwoners 15-64 jaar', '21', 'normalised-name'],
    ['Aantal banen per 1.000 inwoners (BBV)¹', '21', 'normalised-name'],
    ['Jongeren tot 18 jaar met jeugdbescherming', '30', 'normalised-name'],
    ['Jongeren van 12 t/m 21 jaar met een delict voor de rechter', '22', 'normalised-name'],
    ['Voortijdige schoolverlaters zonder startkwalificatie (vsv-ers), % deelnemers', '19', 'normalised-name'],
    ['Gemiddelde WOZ waarde', '35', 'normalised-name'],
    ['Vernielingen en beschadigingen*', '11', 'name'],
    ['formatie (in FTE per 1.000 inwoners)', '1', 'normalised-name'],
    ['12. Hernieuwbare elektriciteit       %        RWS', '34', 'name'],
    ['30.          CBS jeugdbescherming     18 jaar', '30', 'code'],
  ])('links %j to %s by %s', (name, id, match) => {
    expect(bbvLink(name)).toMatchObject({ scheme: 'bbv-beleidsindicator', id, match });
  });
  it.each([
    ['Bezetting zwembad'],
    ['Banen in de zorg voor jongeren'],
    ['Gemeentelijke woonlasten'],
    ['Tevredenheid over de dienstverlening'],
    ['3. Aantal bezoekers bibliotheek'],
    ['Overheadkosten projecten'],
  ])('links nothing for %j', (name) => {
    expect(bbvLink(name)).toBeNull();
  });
});

describe('taakvelden', () => {
  it.each([
    ['0.10 Mutaties reserves', null, '0.10', 'code'],
    ['Mutaties reserves', '0.10', '0.10', 'code'],
    ['0.1 Bestuur', null, '0.1', 'code'],
    ['6.71a Hulp bij het huishouden (WMO)', null, '6.71a', 'code'],
    ['Grondexploitatie (niet-bedrijventerreinen)', null, '8.2', 'name'],
    ['Begraafplaatsen en crematoria', null, '7.5', 'name'],
  ])('links %j (code %j) to %s by %s', (label, code, id, match) => {
    expect(taakveldLink(label, code)).toMatchObject({ scheme: 'iv3-taakveld', id, match });
  });
  it.each([
    ['1.1 Veiligheid en handhaving', null],
    ['Riolering', null],
    ['Bestuur', null],
    ['Lasten', '0.1'],
  ])('links nothing for %j (code %j)', (label, code) => {
    expect(taakveldLink(label, code)).toBeNull();
  });
  it('keeps 0.10 apart from 0.1', () => {
    expect(taakveldLink('0.10 Mutaties reserves', null)?.id).toBe('0.10');
    expect(taakveldLink('0.1 Mutaties reserves', null)).toBeNull();
  });
});

describe('the post-pass in a report', () => {
  const table = '| Taakveld | Lasten 2024 | Baten 2024 |\n|---|---|---|\n| 0.10 Mutaties reserves | 1.200 | 800 |\n| 7.2 Riolering | 4.100 | 4.300 |\n';
  it('links budget rows of a gemeente and indicators', () => {
    const report = parse(`Begroting 2024 Gemeente Oss\n\nBedragen x € 1.000\n\n${table}`);
    expect(budgetRows(report.children).map((r) => r.standard?.id)).toEqual(['0.10', '7.2']);
  });
  it('links no gemeente taakveld in a provincie\'s table', () => {
    const report = parse(`Begroting 2024 Provincie Utrecht\n\nBedragen x € 1.000\n\n${table}`);
    const rows = budgetRows(report.children);
    expect(rows.length).toBe(2);
    expect(rows.map((r) => r.standard)).toEqual([undefined, undefined]);
  });
  it('ships the standards as generated from data/standards', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'src', 'vocabulary', 'standards-data.ts'), 'utf8')).toBe(standardsModule());
  });
});

describe('a count beside the standard\'s rate', () => {
  it('should agree when the name states the standard\'s base, or no measure at all', () => {
    expect(measuresAgree('Formatie in fte per 1000 inwoners', 'Fte per 1.000 inwoners')).toBe(true);
    expect(measuresAgree('Apparaatskosten (in € per inwoner)', 'Kosten per inwoner')).toBe(true);
    expect(measuresAgree('Omvang huishoudelijk restafval (kg/inwoner)', 'Kg per inwoner')).toBe(true);
    expect(measuresAgree('Banen', 'Aantal per 1.000 inwoners 15-64 jaar')).toBe(true);
  });
  it('should not when the name counts the standard\'s measure without a base, or on another base', () => {
    expect(measuresAgree('Formatie: aantal FTE', 'Fte per 1.000 inwoners')).toBe(false);
    expect(measuresAgree('Bezetting (in fte\'s)', 'Fte per 1.000 inwoners')).toBe(false);
    expect(measuresAgree('Personen met een bijstandsuitkering per 1.000 inwoners', 'Aantal per 10.000 inwoners')).toBe(false);
  });
  it('should link the rate and not the count in a report that gives both', () => {
    const text = ['Bedrijfsvoering', '', '| Indicator | Rekening 2023 | Begroting 2024 |', '|---|---|---|', '| Formatie: aantal FTE | 512,3 | 520,0 |', '| Formatie: aantal FTE per 1.000 inwoners | 3,9 | 4,0 |', ''].join('\n');
    const found: Array<[string, string | undefined]> = [];
    const walk = (nodes: Node[]): void => nodes.forEach((n) => { if (n.type === 'indicator') found.push([n.name, n.standard?.id]); if ('children' in n) walk(n.children as Node[]); });
    walk(parse(text).children);
    expect(found).toEqual([['Formatie: aantal FTE', undefined], ['Formatie: aantal FTE per 1.000 inwoners', '1']]);
  });
});
