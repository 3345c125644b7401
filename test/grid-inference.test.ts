/**
 * Grid inference (src/tables/grid): unit tests that say what a linearised
 * table should and should not become, and a property test: a random amount
 * table (columns, rows, group lines, row codes), written one cell per line,
 * is read back to the same grid.
 */
import fc from 'fast-check';
import { seed } from './helpers/seed.js';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/blocks/model.js';
import { inferGrid } from '../src/tables/grid/infer-grid.js';
import { parse } from '../src/index.js';
import { checkNothingLost } from './helpers/coverage.js';

/** Cells as a converter writes them: one per line, blank lines between. */
function cellsOf(texts: string[]): Cell[] {
  let at = 0;
  return texts.map((text) => {
    const cell = { text, span: { start: at, end: at + text.length } };
    at += text.length + 2;
    return cell;
  });
}

function grid(texts: string[]): string[][] | null {
  const g = inferGrid(cellsOf(texts), false);
  return g === null ? null : g.rows.map((r) => r.map((c) => c.text));
}

function budgetRows(text: string): Array<{ label: string; values: Array<number | null>; group?: string; code?: string }> {
  const report = parse(text) as unknown as Record<string, unknown>;
  const out: Array<{ label: string; values: Array<number | null>; group?: string; code?: string }> = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o['type'] === 'budgetTable') for (const r of o['rows'] as Array<Record<string, unknown>>) {
        out.push({ label: r['label'] as string, values: r['values'] as Array<number | null>, ...(r['group'] ? { group: r['group'] as string } : {}), ...(r['code'] ? { code: r['code'] as string } : {}) });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(report);
  return out;
}

describe('grid inference', () => {
  it('should take an unknown column word as a column when the rows have that many amounts', () => {
    expect(grid(['Omschrijving', 'Ontwerpraming 2026', 'Actueel', 'Sportpark', '1.210', '1.305', 'Zwembad', '880', '910'])).toEqual([
      ['Omschrijving', 'Ontwerpraming 2026', 'Actueel'],
      ['Sportpark', '1.210', '1.305'],
      ['Zwembad', '880', '910'],
    ]);
  });

  it('should make a line without amounts a group row, not a column', () => {
    const rows = grid(['Taakveld', 'Begroting 2026', 'Rekening 2026', '6 Sociaal domein', '6.1  Samenkracht', '410', '398', '6.3  Inkomensregelingen', '9.120', '9.305']);
    expect(rows?.[1]).toEqual(['6 Sociaal domein']);
    expect(rows?.[0]).toEqual(['Taakveld', 'Begroting 2026', 'Rekening 2026']);
  });

  it('should read a code cell before each label as a code column', () => {
    expect(grid(['Product', 'Raming 2026', 'Raming 2027', '21-1-1', 'Parkeren', '310', '320', '21-1-2', 'Fietsenstalling', '45', '47'])?.slice(1)).toEqual([
      ['21-1-1', 'Parkeren', '310', '320'],
      ['21-1-2', 'Fietsenstalling', '45', '47'],
    ]);
  });

  it('should spread years over repeated lasten and baten', () => {
    const rows = grid(['2027', '2028', 'Taak', 'lasten', 'baten', 'lasten', 'baten', 'Haven', '1.100', '240', '1.130', '250', 'Markt', '90', '70', '95', '72']);
    // A header row whose first amount column is headed starts there; the recogniser aligns it right.
    expect(rows?.[0]).toEqual(['2027', '2027', '2028', '2028']);
    expect(rows?.[1]).toEqual(['Taak', 'lasten', 'baten', 'lasten', 'baten']);
  });

  it('should read a dash in the V/N slot as the marker, not as an amount', () => {
    const rows = grid(['Raming', 'Rekening', 'Verschil', 'Vorig jaar', 'Lasten', '800', '760', '40', 'V', '700', 'Dotaties', '90', '90', '0', '-', '85', 'Baten', '50', '65', '15', 'V', '40']);
    expect(rows?.[2]).toEqual(['Dotaties', '90', '90', '0', '85']);
  });

  it('should keep a row the text cut off as it is and say so, never padded', () => {
    const g = inferGrid(cellsOf(['Raming 2026', 'Rekening 2026', 'Lasten', '410', '402', 'Baten', '120']), true);
    expect(g?.rows[g.rows.length - 1]!.map((c) => c.text)).toEqual(['Baten', '120']);
    expect(g?.diagnostics.map((d) => d.code)).toEqual(['table.partial-row']);
  });

  it('should not make a table of prose lines with one number', () => {
    expect(grid(['Inleiding', 'Het college stelt voor', '2026', 'Verder geen wijzigingen'])).toBeNull();
  });

  it('should take a title with a year above the top-left word as the title, not as a column', () => {
    const g = inferGrid(cellsOf(['Meerjarenraming na de najaarsnota 2026', 'Onderdeel', '2027', '2028', 'Saldo primitieve begroting', '84.300', '-611.000', 'Nieuw saldo', '256.300', '-1.216.900']), false);
    expect(g?.leading).toBe(1);
    const header = (g?.rows.slice(0, g.headerRows) ?? []).flat().map((c) => c.text);
    expect(header).toContain('2027');
    expect(header.some((t) => t.includes('najaarsnota'))).toBe(false);
  });

  const headed = (years: number, third: string[], stubs = ['Naam Indicator:', 'Eenheid:', 'Bron:']): string[] => [
    ...stubs, ...Array.from({ length: years }, (_, k) => String(2019 + k)),
    'Inbraken', 'per 1.000 woningen', 'CBS', 'Lochem', '3,1', '2,8', '2,6', '2,4', 'Landelijk', '4,0', '3,7', '3,5', '3,3',
    'Sportdeelname', '% inwoners', 'Sportmonitor', 'Lochem', '51', '53', '55', 'Landelijk', '48', '49', '50',
    'Laaggeletterdheid', '% volwassenen', 'Stichting Lezen', ...third,
  ];

  it('should lay a head of several label cells over the label columns as one row, its sub-rows under it', () => {
    const rows = grid(headed(4, ['Lochem', '9,0%', 'n.b.', '8,6%', '8,1%', 'Landelijk', '11,5%', '11,2%', 'n.b.', '10,8%']));
    expect(rows?.slice(2, 5)).toEqual([
      ['Inbraken', 'per 1.000 woningen', 'CBS'],
      ['Lochem', '', '', '3,1', '2,8', '2,6', '2,4'],
      ['Landelijk', '', '', '4,0', '3,7', '3,5', '3,3'],
    ]);
    expect(rows?.[0]?.slice(0, 3)).toEqual(['Naam Indicator:', 'Eenheid:', 'Bron:']);
  });

  it('should not take label cells for a head when no sub-row label repeats', () => {
    // Every row closes with a label of its own: the cells above it stay group lines, one per line.
    const rows = grid(headed(4, ['Lochem', '9,0%', 'n.b.', '8,6%', '8,1%', 'Landelijk', '11,5%', '11,2%', 'n.b.', '10,8%'], ['Onderwerp'])
      .map((t, k) => (t === 'Lochem' || t === 'Landelijk' ? `${t} ${k}` : t)));
    expect(rows).not.toContainEqual(['Inbraken', 'per 1.000 woningen', 'CBS']);
    expect(rows).toContainEqual(['Inbraken']);
  });

  it('should take the column count from the header\'s years when a row has that many amounts', () => {
    // Two rows of four amounts under five years, four rows of three: five columns, the short rows stay short.
    const rows = grid(headed(5, ['Lochem', '9,0%', 'n.b.', '8,6%', '8,1%', '7,9%', 'Landelijk', '11,5%', '11,2%', 'n.b.', '10,8%', '10,1%']));
    expect(rows).toContainEqual(['Lochem', '', '', '9,0%', 'n.b.', '8,6%', '8,1%', '7,9%']);
    expect(rows).toContainEqual(['Lochem', '', '', '3,1', '2,8', '2,6', '2,4']);
  });

  it('should not when no row has as many amounts as the header has years', () => {
    const rows = grid(['Omschrijving', '2025', '2026', '2027', 'Wegen', '310', '320', 'Groen', '45', '47', 'Water', '12', '14']);
    expect(rows?.slice(-3)).toEqual([['Wegen', '310', '320'], ['Groen', '45', '47'], ['Water', '12', '14']]);
  });

  const noted = (last: string): string[] => [
    'Personeel', 'Rekening 2023', 'Begroting 2024', last,
    'Ziekteverzuim (%)', '4,8', '4,5', 'Aantal stagiairs', '15', '16', 'inclusief werkervaringsplaatsen',
    'Inhuur derden (x € 1 mln.)', '2,9', '2,0', 'Klanttevredenheid', '7,3', '7,5',
  ];

  it('should read the text after a row\'s amounts as its note when the header ends in a note column', () => {
    const rows = grid(noted('Toelichting'));
    expect(rows?.[0]).toEqual(['Rekening 2023', 'Begroting 2024', 'Toelichting']);
    expect(rows).toContainEqual(['Aantal stagiairs', '15', '16', 'inclusief werkervaringsplaatsen']);
    expect(rows).toContainEqual(['Ziekteverzuim (%)', '4,8', '4,5', '']);
    // A label that states its unit is a row label inside the body, not a caption.
    expect(rows).toContainEqual(['Inhuur derden (x € 1 mln.)', '2,9', '2,0', '']);
  });

  it('should not without a note column: the text is a group line over the next row', () => {
    const rows = grid(noted('Rekening 2024'));
    expect(rows).not.toContainEqual(['Aantal stagiairs', '15', '16', 'inclusief werkervaringsplaatsen']);
    expect(rows).toContainEqual(['inclusief werkervaringsplaatsen']);
  });

  it('should read a single row as a table when a unit caption and a header of as many columns head it', () => {
    expect(grid(['(x € 1 mln)', 'Raming 2026', 'Raming 2027', 'EMU-saldo', '-12,8', '-3,1'])).not.toBeNull();
  });

  it('should not read a single row under a caption whose header names fewer columns than it has amounts', () => {
    expect(grid(['(x € 1 mln)', 'Raming 2026', 'EMU-saldo', '-12,8', '-3,1', '2,0'])).toBeNull();
  });

  it('should read a lone "-" after a label as the row\'s operator when a "+" stands in the same place', () => {
    const rows = grid(['2026', '2027', 'Saldo baten en lasten', '+', '-1.250', '310', 'Investeringen', '-', '4.100', '2.200', 'Berekend EMU-saldo', '-5.230', '-1.970']);
    expect(rows?.slice(-3)).toEqual([
      ['Saldo baten en lasten', '+', '-1.250', '310'],
      ['Investeringen', '-', '4.100', '2.200'],
      ['Berekend EMU-saldo', '', '-5.230', '-1.970'],
    ]);
  });

  it('should keep a lone "-" after a label as a nil amount when no "+" proves an operator column', () => {
    const rows = grid(['2026', '2027', 'Lasten', '-', '4.100', 'Baten', '120', '80', 'Saldo', '300', '310']);
    expect(rows?.[1]).toEqual(['Lasten', '-', '4.100']);
  });

  it('should leave a single row with amounts alone', () => {
    expect(grid(['Begroting 2026', 'Rekening 2026', 'Lasten', '410', '402'])).toBeNull();
  });
});

describe('grid inference, property', () => {
  const word = fc.constantFrom('Sport', 'Cultuur', 'Wegen', 'Groen', 'Riolering', 'Afval', 'Jeugd', 'Wmo', 'Haven', 'Markt', 'Parkeren', 'Onderwijs');
  const amount = fc.integer({ min: -99_999, max: 99_999 }).map((n) => n.toLocaleString('nl-NL'));
  const table = fc.record({
    columns: fc.integer({ min: 1, max: 6 }),
    codes: fc.boolean(),
    // Two rows or more per group: a group line over every single row is a second label column, as a reader would say too.
    groups: fc.array(fc.record({ name: word, rows: fc.integer({ min: 2, max: 4 }) }), { minLength: 1, maxLength: 4 }),
    seed: fc.array(amount, { minLength: 100, maxLength: 100 }),
    labels: fc.array(word, { minLength: 20, maxLength: 20 }),
    grouped: fc.boolean(),
  }).filter((t) => t.groups.reduce((n, g) => n + g.rows, 0) >= 2 && (t.columns > 1 || t.groups.reduce((n, g) => n + g.rows, 0) >= 2));

  it('should read a random table written one cell per line back to the same grid', () => {
    fc.assert(fc.property(table, (t) => {
      const header = ['Omschrijving', ...Array.from({ length: t.columns }, (_, c) => `Raming ${2026 + c}`)];
      const cells: string[] = [...header];
      const expected: string[][] = [];
      let n = 0;
      t.groups.forEach((g, gi) => {
        if (t.grouped) {
          const line = `Groep ${gi + 1} ${g.name}`;
          cells.push(line);
          expected.push(t.codes ? ['', line] : [line]);
        }
        for (let r = 0; r < g.rows; r++) {
          const label = `${t.labels[n % 20]} ${n + 1}`;
          const code = `${gi + 1}.${r + 1}`;
          const values = Array.from({ length: t.columns }, (_, c) => t.seed[(n * 7 + c) % 100]!);
          if (t.codes) cells.push(code);
          cells.push(label, ...values);
          expected.push([...(t.codes ? [code] : []), label, ...values]);
          n++;
        }
      });
      const rows = grid(cells);
      expect(rows).not.toBeNull();
      const body = rows!.slice(1);
      expect(body).toEqual(expected);
      expect(rows![0]!.slice(-t.columns)).toEqual(header.slice(1));
    }), { numRuns: 200, seed });
  });
});

describe('grid inference, property: heads over sub-rows', () => {
  const word = fc.constantFrom('Inbraken', 'Sportdeelname', 'Laaggeletterdheid', 'Mantelzorg', 'Eenzaamheid', 'Werkloosheid', 'Vuurwerkschade');
  const decimal = fc.integer({ min: 0, max: 9_999 }).map((n) => (n / 10).toLocaleString('nl-NL', { minimumFractionDigits: 1 }));
  const table = fc.record({
    columns: fc.integer({ min: 2, max: 5 }),
    head: fc.integer({ min: 2, max: 3 }),
    subRows: fc.integer({ min: 2, max: 3 }),
    items: fc.array(word, { minLength: 3, maxLength: 6 }),
    seed: fc.array(decimal, { minLength: 60, maxLength: 60 }),
  });

  it('should read random heads (name, unit, source) over repeated sub-rows, one cell per line, back to the same grid', () => {
    fc.assert(fc.property(table, (t) => {
      const stubs = ['Naam Indicator:', 'Eenheid:', 'Bron:'].slice(0, t.head);
      const places = ['Lochem', 'Landelijk', 'Gelderland'].slice(0, t.subRows);
      const cells: string[] = [...stubs, ...Array.from({ length: t.columns }, (_, c) => String(2019 + c))];
      const expected: string[][] = [];
      let n = 0;
      t.items.forEach((name, i) => {
        const head = [`${name} ${i + 1}`, `% inwoners groep ${i + 1}`, 'Gezondheidsmonitor'].slice(0, t.head);
        cells.push(...head);
        expected.push(head);
        for (const place of places) {
          const values = Array.from({ length: t.columns }, () => t.seed[n++ % 60]!);
          cells.push(place, ...values);
          expected.push([place, ...Array.from({ length: t.head - 1 }, () => ''), ...values]);
        }
      });
      const rows = grid(cells);
      expect(rows).not.toBeNull();
      expect(rows!.slice(-expected.length)).toEqual(expected);
    }), { numRuns: 200, seed });
  });
});

describe('grid inference, whole pipeline', () => {
  it('should give detail rows under a group line that group', () => {
    const text = ['Taakveld', 'Begroting 2026', 'Rekening 2026', '2 Verkeer', '2.1  Verkeer en vervoer', '1.410', '1.388', '2.2  Parkeren', '-310', '-295', 'Totaal', '1.100', '1.093', ''].join('\n\n');
    const rows = budgetRows(text);
    expect(rows.map((r) => [r.label, r.group ?? null])).toEqual([
      ['2.1  Verkeer en vervoer', '2 Verkeer'],
      ['2.2  Parkeren', '2 Verkeer'],
      ['Totaal', null],
    ]);
  });

  it('should read "- Uitkering gemeentefonds" as a row label, not as a bullet that ends the table', () => {
    const text = ['Onderdeel', 'Raming 2026', 'Rekening 2026', '- Toeristenbelasting', '510', '540', '- Uitkering gemeentefonds', '61.200', '61.950', ''].join('\n\n');
    expect(budgetRows(text).map((r) => r.label)).toEqual(['- Toeristenbelasting', '- Uitkering gemeentefonds']);
  });
});

describe('unit left open', () => {
  it('should say so when a table of small whole amounts has no unit caption', () => {
    const text = ['Omschrijving', 'Raming 2026', 'Rekening 2026', 'Lasten', '4.120', '4.305', 'Baten', '980', '1.015', ''].join('\n\n');
    const codes = (parse(text) as unknown as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(codes).toContain('budget.unit-unstated');
  });

  it('should not when the caption states the unit', () => {
    const text = ['Bedragen x € 1.000', 'Omschrijving', 'Raming 2026', 'Rekening 2026', 'Lasten', '4.120', '4.305', 'Baten', '980', '1.015', ''].join('\n\n');
    const codes = (parse(text) as unknown as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('budget.unit-unstated');
  });

  it('should not when the amounts are whole euros', () => {
    const text = ['Omschrijving', 'Raming 2026', 'Rekening 2026', 'Lasten', '2.298.266', '1.997.057', 'Baten', '310.400', '298.120', ''].join('\n\n');
    const codes = (parse(text) as unknown as { diagnostics: Array<{ code: string }> }).diagnostics.map((d) => d.code);
    expect(codes).not.toContain('budget.unit-unstated');
  });
});

describe('grid inference, a caption said twice above the table', () => {
  // The caption line repeated (a page header, a converter that wrote it twice): both lines stay above the table.
  const dup2 = ['Programma 5 Economie', 'Bedragen x € 1.000', 'Bedragen x € 1.000', 'Omschrijving', 'Voorlopige begroting 2026',
    'Actuele raming 2026', 'Bijstelling', 'Lasten', '3.440', '3.615', '175', 'Baten', '810', '795', '-15', 'Saldo', '-2.630', '-2.820', '-190'];
  const variant = ['Taakveld 4 Onderwijs', '(x € 1.000)', 'Bedragen x € 1.000', 'Onderdeel', 'Primitieve begroting 2025',
    'Gewijzigde begroting 2025', 'Verschil', 'Onderwijshuisvesting', '1.840', '1.912', '72', 'Leerlingenvervoer', '655', '610', '-45'];

  it('should leave every caption before the header words out of the table, as a leading cell', () => {
    const g = inferGrid(cellsOf(dup2), true);
    expect(g?.leading).toBe(3);
    expect(g?.rows[0]!.map((c) => c.text)).toEqual(['Omschrijving', 'Voorlopige begroting 2026', 'Actuele raming 2026', 'Bijstelling']);
  });

  for (const [name, lines] of [['dup2', dup2], ['other words and years', variant]] as const) {
    it(`should lose no line and still read the table (${name})`, () => {
      const text = lines.join('\n\n');
      const report = parse(text);
      expect(checkNothingLost(text, report)).toEqual([]);
      expect(budgetRows(text).map((r) => r.values.length)).toEqual(lines === dup2 ? [3, 3, 3] : [3, 3]);
    });
  }

  it('should not take a caption between the column words and their years above the table', () => {
    const g = inferGrid(cellsOf(['Omschrijving', 'Realisatie', 'Begroting', '(x € 1.000)', '2024', '2025', 'Lasten', '1.200', '1.300', 'Baten', '400', '450']), false);
    expect(g?.leading).toBe(0);
    expect(g?.rows.flat().some((c) => c.text === '(x € 1.000)')).toBe(true);
  });
});

describe('grid inference, a note column under no header row', () => {
  // Found by the property test (a fixture's lines moved): the year header stands above the table as headings,
  // and only "Toelichting", the note column's word, is left to head the table.
  const lines = ["", "Personeel", "", "Algemene indicatoren", "", "Rekening 2022", "", "Rekening 2023", "", "Begroting 2024", "", "Inhuur derden (x € 1 mln.)", "", "Toelichting", "", "Ziekteverzuim (%)", "", "5,1", "", "4,8", "", "4,5", "", "4,6", "", "Aantal stagiairs", "", "12", "", "15", "", "n.t.b.", "", "14", "", "inclusief werkervaringsplaatsen", "", "Rekening 2024", "Inhuur derden (x € 1 mln.)", "", "2,4", "", "2,9", "", "2,0", "", "3,1", "", "de inhuur steeg door langdurige vacatures bij de uitvoering van de jeugdwet, het klantcontactcentrum en de vergunningverlening; een deel is gedekt uit de vacatureruimte.", "", "Klanttevredenheid (rapportcijfer)", "", "7,1", "", "7,3", "", "7,5", "", "7,4", "", "Bron: eigen registratie", ""];
  it('should keep the note column\'s word in a header row of its own', () => {
    const text = lines.join('\n');
    const report = parse(text);
    expect(checkNothingLost(text, report)).toEqual([]);
    const table = JSON.stringify(report.children);
    expect(table).toContain('"header":[["","","","","","Toelichting"]]');
  });
});

describe('grid inference, a year in the row label', () => {
  const header = ['Jaar', 'Stand 1-1', 'Toevoeging', 'Stand 31-12'];
  const body = ['rekening', '2023', '1.410', '90', '1.500', 'rekening', '2024', '1.500', '35', '1.535', 'raming', '2025', '1.535', '40', '1.575'];

  it('should read "rekening" ⏎ "2024" as one label when every row opens that way', () => {
    expect(grid([...header, ...body])?.slice(1).map((r) => r[0])).toEqual(['rekening 2023', 'rekening 2024', 'raming 2025']);
    expect(grid([...header, ...body])?.[2]).toEqual(['rekening 2024', '1.500', '35', '1.535']);
  });

  it('should not when the year is the same in every row (a column printing its year)', () => {
    const same = ['rekening', '2024', '1.410', '90', 'rekening', '2024', '1.500', '35', 'raming', '2024', '1.535', '40'];
    expect((grid(['Post', 'Stand 1-1', 'Toevoeging', ...same]) ?? []).some((r) => r[0] === 'rekening 2024')).toBe(false);
  });

  it('should not with fewer rows of that shape than the rule asks', () => {
    expect(grid([...header, ...body.slice(0, 10)])?.some((r) => r[0] === 'rekening 2023') ?? false).toBe(false);
  });

  it('should warn about a year label without amounts and keep it before the next row', () => {
    const cells = [...header, ...body.slice(0, 10), 'rekening', '2025', ...body.slice(10)];
    const g = inferGrid(cellsOf(cells), false);
    expect(g?.rows.map((r) => r[0]!.text)).toContain('rekening 2025');
    expect(g?.diagnostics.map((d) => d.code)).toEqual(['table.row-without-amounts']);
    expect(g?.end).toBe(cells.length);
  });

  it('should join "Stand" ⏎ "1-1" in the header into one column word', () => {
    const rows = grid(['Jaar', 'Stand', '1-1', 'Toevoeging', 'Stand', '31-12', ...body]);
    expect(rows?.[0]).toEqual(['Jaar', 'Stand 1-1', 'Toevoeging', 'Stand 31-12']);
  });
});

describe('header words with periods of their own before bare years', () => {
  const row = (label: string, ...values: string[]) => [label, ...values];
  it('should head the columns beside the years, one header row', () => {
    const texts = ['Progr.', 'Rekening 2024', '2025 na 1e Berap', '2026', '2027',
      ...row('0.1 Bestuur', '2', '3.410', '3.520', '3.600', '3.650'),
      ...row('0.2 Burgerzaken', '2', '1.820', '1.790', '1.800', '1.810'),
      ...row('0.4 Overhead', '5', '18.240', '18.900', '19.100', '19.250')];
    const g = inferGrid(cellsOf(texts), false);
    expect(g?.rows[0]?.map((c) => c.text)).toEqual(['Progr.', 'Rekening 2024', '2025 na 1e Berap', '2026', '2027']);
  });
  it('should keep a group word without a year over the years', () => {
    const texts = ['Realisatie', '2024', '2025',
      ...row('Lasten', '3.410', '3.520'),
      ...row('Baten', '1.820', '1.790')];
    const g = inferGrid(cellsOf(texts), false);
    expect(g?.rows.slice(0, 2).map((r) => r.map((c) => c.text))).toEqual([['Realisatie', 'Realisatie'], ['2024', '2025']]);
  });
});
