/**
 * Budget tables read from short pipe tables: which columns are labels, codes
 * and amounts, and what the checks say about them.
 */
import { describe, expect, it } from 'vitest';
import { parse, type BudgetTableNode, type Node, type Report } from '../src/index.js';
import { isBalanceColumnWord, isCodeColumnWord, isSignLegend } from '../src/vocabulary/column-words.js';
import fc from 'fast-check';
import { groupThousands, shownDecimals } from '../src/checks/budget-arithmetic.js';
import { seed } from './helpers/seed.js';
import { isYearHeaderRow, isYearHeaderRowAt } from '../src/recognise/year-header-row.js';
import { emptyInnerColumns } from '../src/recognise/empty-column.js';

function tables(report: Report): BudgetTableNode[] {
  const out: BudgetTableNode[] = [];
  const stack: Node[] = [...report.children];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.type === 'budgetTable') out.push(n);
    if ('children' in n) stack.unshift(...n.children);
  }
  return out;
}

const table = (lines: string[]): BudgetTableNode => tables(parse(['Afwijkingen', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n'))[0]!;
const rows = (t: BudgetTableNode) => t.rows.map((r) => [r.code ?? null, r.label, ...r.values]);

describe('code columns', () => {
  it.each([['Nr', true], ['Nr.', true], ['Taakveld', true], ['Productcode', true], ['Kostenplaats', true], ['Omschrijving', false], ['Realisatie 2023', false], ['Programma', false]])(
    'isCodeColumnWord(%j) is %s',
    (word, expected) => expect(isCodeColumnWord(word)).toBe(expected),
  );
  it('takes row numbers that do not start at 1 as codes under "Nr"', () => {
    const t = table(['| Nr | Omschrijving | 2024 | 2025 |', '|---|---|---|---|', '| 14 | Zwerfafval | N 20 | N 20 |', '| 15 | Leges | V 8 | - |']);
    expect(rows(t)).toEqual([['14', 'Zwerfafval', 20, 20], ['15', 'Leges', 8, 0]]);
    expect(t.columns.map((c) => c.label)).toEqual(['2024', '2025']);
  });
  it('takes a taakveld column after the label as codes, not as amounts', () => {
    const t = table(['| Investering | Taakveld | 2024 | 2025 |', '|---|---|---|---|', '| Aanleg fietspad | 2.1 | 300 | 120 |', '| Nieuwe tribune | 5.1 | 450 | 0 |']);
    expect(rows(t)).toEqual([['2.1', 'Aanleg fietspad', 300, 120], ['5.1', 'Nieuwe tribune', 450, 0]]);
  });
  it('keeps a column of small amounts under a year as amounts', () => {
    const t = table(['| Omschrijving | 2024 | 2025 |', '|---|---|---|', '| Zwerfafval | 14 | 20 |', '| Leges | 15 | 8 |']);
    expect(rows(t)).toEqual([[null, 'Zwerfafval', 14, 20], [null, 'Leges', 15, 8]]);
  });
  it('keeps a word in a code column as the label', () => {
    const t = table(['| Nr | Omschrijving | 2024 |', '|---|---|---|', '| 3 | Zwerfafval | 20 |', '| 4 | Leges | -8 |', '| Totaal | | 12 |']);
    expect(rows(t)).toEqual([['3', 'Zwerfafval', 20], ['4', 'Leges', -8], [null, 'Totaal', 12]]);
  });
});

describe('table titles', () => {
  const titled = (topLeft: string) => tables(parse(['Kredieten sportaccommodaties', '', 'Bedragen x € 1.000', '', `| ${topLeft} | Krediet | Besteed |`, '|---|---|---|', '| Kunstgrasveld | 480 | 310 |'].join('\n') + '\n'))[0]!.title;
  it.each([['Investering', 'Kredieten sportaccommodaties'], ['Reserves', 'Kredieten sportaccommodaties'], ['Voorzieningen', 'Kredieten sportaccommodaties'], ['Sportpark De Bongerd', 'Sportpark De Bongerd']])(
    'a table headed %j is titled %j',
    (topLeft, expected) => expect(titled(topLeft)).toBe(expected),
  );
  it('reads an amounts table with one kengetal word in a label as amounts', () => {
    const report = parse(['Wat mag het kosten?', '', '| Weerstandscapaciteit | 2025 | 2026 |', '|---|---|---|', '| Algemene reserve | 18.400 | 17.950 |', '| Onvoorzien | 250 | 250 |', '| Onbenutte belastingcapaciteit | 3.120 | 3.300 |'].join('\n') + '\n');
    expect(tables(report)).toHaveLength(1);
  });
  it('takes a caption above the table without its unit for the title', () => {
    const report = parse(['Tabel 3 Nieuwe wensen (x € 1.000)', '| Wens | 2026 | 2027 |', '|---|---|---|', '| Handhaving | 180 | 180 |', '| Totaal | 180 | 180 |'].join('\n') + '\n');
    expect(tables(report)[0]).toMatchObject({ title: 'Tabel 3 Nieuwe wensen', multiplier: 1000 });
  });
  // The shapes of real begrotingen in plain text (an EMU-saldo table, an investeringen overview).
  it('takes the unit from a header cell that is not the top-left one (header narrower than the body)', () => {
    const report = parse(['EMU-saldo', '', 'EMU-saldo (bedragen x € 1.000) 2025 2026 2027 2028', '1. Exploitatiesaldo + 4.291- 4.273- 4.186- 4.323-', '2. Mutatie activa - 219 1.863 4.108 4.776', '5. Verwachte boekwinsten - - - - -', 'Berekend EMU-saldo 4.845- 11.438- 9.841- 10.821-'].join('\n') + '\n');
    expect(tables(report)[0]).toMatchObject({ multiplier: 1000 });
  });
  it('takes the unit from header lines left as a paragraph right above the table, not its title', () => {
    const report = parse(['Investeringen', '', '    Totaal investeringen Totaal', 'bedragen x € 1.000 Totaal bruto investering 2021 2022 2023 2024 2021-2024', 'Frisse scholen fase 3 601 601 0 0 0 601', 'Tractie 135 35 65 35 0 135', 'Investering openbare verlichting  584 146 146 146 146 584', 'Totaal 1.320 782 211 181 146 1.320'].join('\n') + '\n');
    const t = tables(report)[0]!;
    expect(t.multiplier).toBe(1000);
    expect(t.title ?? '').not.toMatch(/bruto investering/);
  });
  it('takes no unit from a line of the unit alone under a line of column names (it may be one column\'s)', () => {
    const report = parse(['Afronding', '', '  Bedragen waarmee gerekend wordt Gepresenteerde bedragen', 'x € 1.000', '  1.400,00 1', '  1.400,00 1', 'Totaal  4.200,00 4'].join('\n') + '\n');
    expect(tables(report)[0]?.multiplier ?? 1).toBe(1);
  });
  it('takes no unit from header lines above the table that state two different ones', () => {
    const report = parse(['Investeringen', '', 'Krediet x € 1.000 Looptijd', 'Dekking x € 1 mln 2021 2022', 'Tractie 135 35 65', 'Investering openbare verlichting 584 146 146'].join('\n') + '\n');
    const t = tables(report)[0]!;
    expect(t.multiplier).toBe(1);
    expect(report.diagnostics.map((d) => d.code)).toContain('budget.unit-unstated');
  });
  it('takes "Investeringen" over the labels for the title when nothing above names the table', () => {
    const report = parse(['Wat mag het kosten?', '', 'Bedragen x € 1.000', '', '| Investeringen | Krediet | Besteed |', '|---|---|---|', '| Kunstgrasveld | 480 | 310 |', '| Tribune | 220 | 40 |'].join('\n') + '\n');
    expect(tables(report)[0]!.title).toBe('Investeringen');
  });
});

describe('row groups', () => {
  const groupsOf = (lines: string[]) => table(['| Omschrijving | Begroting 2026 |', '|---|---|', ...lines]).rows.map((r) => [r.label, r.group ?? null]);
  it('gives a saldo row after the last group its own level when that group had its saldo', () => {
    expect(groupsOf(['| Veiligheid | |', '| Lasten | 900 |', '| Baten | 100 |', '| Saldo | -800 |', '| Economie | |', '| Lasten | 400 |', '| Baten | 150 |', '| Saldo | -250 |', '| Saldo van baten en lasten | -1.050 |'])).toEqual([
      ['Lasten', 'Veiligheid'], ['Baten', 'Veiligheid'], ['Saldo', 'Veiligheid'],
      ['Lasten', 'Economie'], ['Baten', 'Economie'], ['Saldo', 'Economie'],
      ['Saldo van baten en lasten', null],
    ]);
  });
  it('keeps the first saldo of a group in that group', () => {
    expect(groupsOf(['| Economie | |', '| Lasten | 400 |', '| Baten | 150 |', '| Saldo van baten en lasten | -250 |'])).toEqual([
      ['Lasten', 'Economie'], ['Baten', 'Economie'], ['Saldo van baten en lasten', 'Economie'],
    ]);
  });
  it('puts a first-column row beside groups named in a kind column', () => {
    const t = table(['| Programma | | 2026 |', '|---|---|---|', '| Veiligheid | Lasten | 900 |', '| | Baten | 100 |', '| Saldo programma\'s | | -800 |']);
    expect(t.rows.map((r) => [r.label, r.group ?? null])).toEqual([['Lasten', 'Veiligheid'], ['Baten', 'Veiligheid'], ['Saldo programma\'s', null]]);
  });
});

describe('rounding tolerance', () => {
  it.each([['43,5', 43.5, 1], ['2.410', 2410, 0], ['-1.204,25', -1204.25, 2], ['N 31', 31, 0], ['(12,0)', -12, 1], ['7.25', 7.25, 2], ['-', 0, 0]])(
    'shownDecimals(%j, %s) is %i',
    (raw, value, expected) => expect(shownDecimals(raw, value)).toBe(expected),
  );
  it('groups a whole amount as nl-NL does (the shortcut past Intl.NumberFormat changes no message)', () => {
    const dutch = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
    for (const n of [0, 7, -7, 999, 1000, -1000, 12_345, -123_456, 1_234_567, Number.MAX_SAFE_INTEGER]) expect(groupThousands(n)).toBe(dutch.format(n));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.double({ min: -1, max: 1, noNaN: true }), (digits, f) => {
        const n = Math.round(f * 10 ** digits);
        if (!Object.is(n, -0)) expect(groupThousands(n)).toBe(dutch.format(n));
      }),
      { seed, numRuns: 2000 },
    );
  });
  const codes = (lines: string[]) => parse(['Wat mag het kosten?', '', 'x € 1 mln', '', '| Omschrijving | Begroting 2026 |', '|---|---|', ...lines].join('\n') + '\n').diagnostics.map((d) => `${d.severity} ${d.code}`);
  it('warns when a saldo in tenths is off by more than one tenth', () => {
    expect(codes(['| Lasten | 38,4 |', '| Baten | 2,1 |', '| Saldo | -37,1 |'])).toEqual(['warning budget.saldo-mismatch']);
  });
  it('calls a saldo off by one tenth rounding, and whole amounts off by one too', () => {
    expect(codes(['| Lasten | 38,4 |', '| Baten | 2,1 |', '| Saldo | -36,2 |'])).toEqual(['info budget.saldo-rounding']);
    expect(codes(['| Lasten | 384 |', '| Baten | 21 |', '| Saldo | -364 |'])).toEqual(['info budget.saldo-rounding']);
    expect(codes(['| Lasten | 38,4 |', '| Baten | 2,1 |', '| Saldo | -36,3 |'])).toEqual([]);
  });
});

describe('a total of V/N-marked amounts', () => {
  const found = (total: string) =>
    parse(['Wat heeft het gekost?', '', 'bedragen x € 1 mln | Begroting | Rekening | Verschil | |', '---|---|---|---|---|', 'Lasten | ||||',
      '6.3 Inkomens | 169,8 | 179,1 | -9,3 | N |', '6.4 WSW | 26,1 | 24,3 | 1,8 | V |', '195,9 | 203,4 | -7,5 | N | |', 'Baten | ||||',
      '6.3 Inkomens | 108,8 | 120,2 | -11,4 | V |', '6.4 WSW | 0,0 | 0,0 | 0,0 | V |', '108,8 | 120,2 | -11,4 | V | |', total].join('\n') + '\n')
      .diagnostics.filter((d) => d.code.startsWith('budget.total')).map((d) => `${d.severity} ${d.code}`);
  it('should add marked amounts as their markers sign them, whatever their row\'s kind', () => {
    // Lasten −7,5 N (a nadeel of 7,5) and baten −11,4 V (a voordeel of 11,4): the programme's verschil is 3,9 V.
    expect(found('Totaal per programma | 87,1 | 83,2 | 3,9 | V |')).toEqual([]);
  });
  it('should still warn where the marked amounts do not add up', () => {
    expect(found('Totaal per programma | 87,1 | 83,2 | 8,9 | V |')).toEqual(['warning budget.total-mismatch']);
  });
});

describe('a total that names its group by the group\'s first words', () => {
  const found = (total: string) =>
    parse(['Wat mag het kosten?', '', 'Meerjarige ontwikkeling | |||', '---|---|---|---|', 'algemene uitkering | 2025 | 2026 | 2025-2026 |', 'accres | -849 | 456 | -393 |', 'rijksbijdrage | 1.800 | 1.800 | 3.600 |',
      'specifieke stortingen met effect op saldo | 2025 | 2026 | 2025-2026 |', '0 | 0 | 0 | |', total].join('\n') + '\n')
      .diagnostics.filter((d) => d.code.startsWith('budget.total')).map((d) => `${d.severity} ${d.code}`);
  it('should be read as the total of that group, even of one row', () => {
    expect(found('totaal specifieke stortingen | 0 | 0 | 0 |')).toEqual([]);
  });
  it('should warn when it is not that group\'s total either', () => {
    expect(found('totaal specifieke stortingen | 5 | 0 | 5 |')).toEqual(['warning budget.total-mismatch', 'warning budget.total-mismatch']);
  });
});

describe('saldo columns', () => {
  const diagnostics = (rows: string[]) =>
    parse(['Wat mag het kosten?', '', 'x € 1.000', '', '| Taakveld | Lasten | Baten | Saldo | Lasten | Baten | Saldo |', '|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n').diagnostics.filter((d) => d.code.startsWith('budget.saldo'));
  it('should warn at a row whose saldo is not baten − lasten of the columns before it', () => {
    const found = diagnostics(['| Burgerzaken | 640 | 310 | -330 | 655 | 298 | -357 |', '| Overige baten en lasten | 120 | -120 | 95 | -95 | | |']);
    expect(found.map((d) => `${d.severity} ${d.code}`)).toEqual(['warning budget.saldo-mismatch']);
    expect(found[0]!.message).toContain('row "Overige baten en lasten"');
    expect(found[0]!.position?.start.line).toBe(8);
  });
  it('should not warn where each saldo follows, baten written as positive or as negative amounts', () => {
    expect(diagnostics(['| Burgerzaken | 640 | 310 | -330 | 655 | 298 | -357 |', '| Treasury | 402 | 615 | 213 | 388 | 640 | 252 |'])).toEqual([]);
    expect(diagnostics(['| Wonen | 14.250 | -3.410 | 10.840 | 14.000 | -3.000 | 11.000 |'])).toEqual([]);
  });
  it('should check a Saldo column only against the Lasten and Baten columns right before it', () => {
    const table = (header: string, row: string) => parse(['Wat mag het kosten?', '', 'x € 1.000', '', header, header.replace(/[^|]+/g, '---'), row].join('\n') + '\n').diagnostics.filter((d) => d.code.startsWith('budget.saldo'));
    expect(table('| Programma | Lasten 2023 | Lasten 2024 | Baten 2023 | Baten 2024 | Saldo 2023 | Saldo 2024 |', '| Bestuur | 500 | 600 | 100 | 150 | -400 | -450 |')).toEqual([]);
    expect(table('| Programma | Lasten | Baten | Toevoeging reserves | Onttrekking reserves | Saldo na bestemming |', '| Bestuur | 500 | 100 | 50 | 20 | -430 |')).toEqual([]);
  });
  it('should call a subtotal\'s saldo a few units off rounding: its amounts are sums of rounded ones', () => {
    const found = diagnostics(['| Burgerzaken | 640 | 310 | -330 | 655 | 298 | -357 |', '| Treasury | 402 | 615 | 213 | 388 | 640 | 252 |', '| Totaal | 1.042 | 925 | -115 | 1.043 | 938 | -103 |']);
    expect(found.map((d) => `${d.severity} ${d.code}`)).toEqual(['info budget.saldo-rounding', 'info budget.saldo-rounding']);
  });
  it('should call a saldo one unit off rounding', () => {
    expect(diagnostics(['| Treasury | 606 | 834 | 227 | 325 | 523 | 198 |']).map((d) => `${d.severity} ${d.code}`)).toEqual(['info budget.saldo-rounding']);
  });
});

describe('total rows', () => {
  const diags = (lines: string[]) => parse(['Wat heeft het gekost?', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n').diagnostics.map((d) => `${d.severity} ${d.code} ${d.position?.start.line}`);
  const head = ['| Taakveld | Begroting 2026 | Raming 2027 |', '|---|---|---|'];
  it('checks a total against the plain rows above it: equal, off by rounding, off by more', () => {
    expect(diags([...head, '| 2.1 Verkeer | 500 | 510 |', '| 2.2 Parkeren | 120 | 125 |', '| Totaal | 620 | 635 |'])).toEqual([]);
    expect(diags([...head, '| 2.1 Verkeer | 500 | 510 |', '| 2.2 Parkeren | 120 | 125 |', '| Totaal | 621 | 655 |'])).toEqual(['info budget.total-rounding 9', 'warning budget.total-mismatch 9']);
  });
  it('reads V/N markers as signs and leaves a column with an empty cell alone', () => {
    expect(diags(['| Nr | Omschrijving | 2026 | 2027 |', '|---|---|---|---|', '| 1 | Leges | V 40 | |', '| 2 | Inhuur | N 25 | N 10 |', '| | Totaal | V 15 | N 90 |'])).toEqual([]);
    expect(diags(['| Nr | Omschrijving | 2026 |', '|---|---|---|', '| 1 | Leges | V 40 |', '| 2 | Inhuur | N 25 |', '| | Totaal | V 65 |'])).toEqual(['warning budget.total-mismatch 9']);
  });
  it('does not sum Lasten, Baten and Saldo rows into a total', () => {
    expect(diags([...head, '| Lasten | 500 | 510 |', '| Baten | 120 | 125 |', '| Totaal saldo | -380 | -385 |'])).toEqual([]);
  });
  it('accepts a heading row that carries the sum of the rows under it', () => {
    expect(diags([...head, '| Programma Zorg | 620 | 635 |', '| 6.1 Wmo | 500 | 510 |', '| 6.2 Jeugd | 120 | 125 |', '| Totaal lasten | 620 | 635 |'])).toEqual([]);
  });
  it('leaves out the parts of a subtotal row when the total counts the subtotal', () => {
    expect(diags([...head, '| Immateriële activa | 412 | 530 |', '| Materiële activa | 184.230 | 176.915 |', '| Economisch nut | 98.120 | 94.002 |', '| Maatschappelijk nut | 86.110 | 82.913 |', '| Financiële activa | 12.455 | 13.020 |', '| Totaal vaste activa | 197.097 | 190.465 |'])).toEqual([]);
  });
  it('does not take a total of half the sum for right when no row carries a subtotal', () => {
    expect(diags([...head, '| 2.1 Verkeer | 400 | 380 |', '| 2.2 Parkeren | 400 | 420 |', '| Totaal | 400 | 800 |'])).toEqual(['warning budget.total-mismatch 9']);
  });
  it('checks a grand saldo against the saldo of each group', () => {
    const grouped = ['| Programma | | 2026 |', '|---|---|---|', '| Zorg | Lasten | 500 |', '| | Baten | 100 |', '| | Saldo | -400 |', '| Wonen | Lasten | 300 |', '| | Baten | 50 |', '| | Saldo | -250 |'];
    expect(diags([...grouped, '| Saldo van baten en lasten | | -650 |'])).toEqual([]);
    expect(diags([...grouped, '| Saldo van baten en lasten | | -600 |'])).toEqual(['warning budget.total-mismatch 13']);
  });
});

describe('total readings', () => {
  const diags = (lines: string[]) => parse(['Wat heeft het gekost?', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n').diagnostics.map((d) => `${d.severity} ${d.code} ${d.position?.start.line}`);
  const messages = (lines: string[]) => parse(['Wat heeft het gekost?', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n').diagnostics.map((d) => d.message);
  const head = ['| Investering | 2025 | 2026 |', '|---|---|---|'];
  const grouped = ['| Wegen | | |', '| Brug Noord | 400 | 100 |', '| Rotonde | 250 | 0 |', '| Groen | | |', '| Park Zuid | 120 | 80 |', '| Bomen | 30 | 20 |'];
  it('checks a total under groups against every row above it, and warns with the difference', () => {
    expect(diags([...head, ...grouped, '| Totaal | 800 | 200 |'])).toEqual([]);
    expect(diags([...head, ...grouped, '| Totaal | 800 | 210 |'])).toEqual(['warning budget.total-mismatch 13']);
    expect(messages([...head, ...grouped, '| Totaal | 800 | 210 |'])).toEqual(['Totaal 210 in "2026" differs from the sum of the 4 rows above it = 200, a difference of 10']);
  });
  it('keeps the reading that adds up: the group right above a total, not every row', () => {
    expect(diags([...head, ...grouped, '| Totaal | 150 | 100 |'])).toEqual([]);
  });
  it('reads a total under a group of lasten and a group of baten, each with its own sum row, as their difference', () => {
    const groups = ['| Taakveld | 2026 |', '|---|---|', '| Lasten | |', '| 6.3 Inkomen | 900 |', '| 6.4 Participatie | 150 |', '| | 1.050 |', '| Baten | |', '| 6.3 Inkomen | 700 |', '| 6.4 Participatie | 20 |', '| | 720 |'];
    expect(diags([...groups, '| Totaal per programma | 330 |'])).toEqual([]);
    expect(messages([...groups, '| Totaal per programma | 340 |'])).toEqual(['Totaal per programma 340 in "2026" differs from lasten − baten of the groups above it = 330, a difference of 10']);
  });
  it('should read the empty cells of a sparse table as nothing where every column of a total has one, and warn where that does not add up', () => {
    const sparse = ['| Brug Noord | 400 | |', '| Rotonde | | 250 |'];
    expect(diags([...head, ...sparse, '| Totaal | 400 | 250 |'])).toEqual([]);
    expect(diags([...head, ...sparse, '| Totaal | 400 | 260 |'])).toEqual(['warning budget.total-mismatch 9']);
  });
  it('should not read a cell with words ("p.m.") as nothing', () => {
    expect(diags([...head, '| Brug Noord | 400 | p.m. |', '| Rotonde | | 250 |', '| Totaal | 400 | 300 |'])).toEqual([]);
  });
  it('should take a total right under a group of one row as that row, and not warn that the rows above differ', () => {
    const oneRow = ['| Wegen | | |', '| Brug Noord | 400 | 100 |', '| Rotonde | 250 | 0 |', '| Groen | | |', '| Park Zuid | 120 | 80 |'];
    expect(diags([...head, ...oneRow, '| Totaal groen | 120 | 80 |'])).toEqual([]);
    expect(diags([...head, ...oneRow, '| Totaal groen | 120 | 90 |'])).toEqual(['warning budget.total-mismatch 12']);
  });
  it('sums the rows of its kind under a Totaal lasten, where every taakveld has a Lasten and a Baten row', () => {
    const rows = ['| Taakveld | | 2026 |', '|---|---|---|', '| 0.1 Bestuur | Lasten | 300 |', '| | Baten | 20 |', '| 0.2 Burgerzaken | Lasten | 150 |', '| | Baten | 90 |'];
    expect(diags([...rows, '| Totaal lasten | | 450 |', '| Totaal baten | | 110 |'])).toEqual([]);
    expect(diags([...rows, '| Totaal lasten | | 460 |', '| Totaal baten | | 110 |'])).toEqual(['warning budget.total-mismatch 11']);
  });
});

describe('a column no row fills', () => {
  const diags = (lines: string[]) => parse(['Afwijkingen', '', 'Bedragen x € 1.000', '', ...lines].join('\n') + '\n').diagnostics.map((d) => `${d.severity} ${d.code} ${d.position?.start.line}`);
  const head = ['| Programma 1 | Krediet | Krediet 2024 | 2025 | 2026 |', '|---|---|---|---|---|'];
  it('should warn at the first row when no row fills a column between columns the rows fill', () => {
    expect(diags([...head, '| Tractie | 54.500 | | 10 | 20 |', '| Gebouwen | 1.000 | | 5 | 5 |'])).toEqual(['warning budget.cell-count 7']);
    expect(emptyInnerColumns(table([...head, '| Tractie | 54.500 | | 10 | 20 |', '| Gebouwen | 1.000 | | 5 | 5 |']).rows)).toEqual([1]);
  });
  it('should not warn when one row fills the column, or when the empty columns are the last ones', () => {
    expect(diags([...head, '| Tractie | 54.500 | | 10 | 20 |', '| Gebouwen | 1.000 | 3 | 5 | 5 |'])).toEqual([]);
    expect(diags([...head, '| Tractie | 54.500 | 10 | | |', '| Gebouwen | 1.000 | 5 | | |'])).toEqual([]);
  });
});

describe('balance column words', () => {
  it.each([['Saldo 1-1-2024', true], ['Stand per 31 december 2023', true], ['Beginsaldo', true], ['Vrijval', true], ['Aanwendingen', true], ['Saldo', false], ['Toevoegingen aan reserves', false], ['Saldo van baten en lasten', false]])(
    'isBalanceColumnWord(%j) is %s',
    (word, expected) => expect(isBalanceColumnWord(word)).toBe(expected),
  );
});

describe('a sign legend in the header', () => {
  it('should read a table whose amount column states "+ is voordeel - is nadeel" as a budget table, without a caption', () => {
    const text = ['Verschillenverklaring', '', '| Verschil t.o.v. begroting | Bedrag + is voordeel - is nadeel |', '|---|---|', '| Energietoeslag | 133.000 |', '| Toeristenbelasting | -505.000 |', ''].join('\n');
    const [t] = tables(parse(text));
    expect(t?.rows.map((r) => [r.label, ...r.values])).toEqual([['Energietoeslag', 133000], ['Toeristenbelasting', -505000]]);
  });

  it.each([['Bedrag + is voordeel - is nadeel', true], ['+ = voordelig, - = nadelig', true], ['(- = nadeel)', true], ['Voordeel', false], ['Het nadeel is groter', false]])(
    'isSignLegend(%j) is %s',
    (text, legend) => expect(isSignLegend(text)).toBe(legend),
  );
});

describe('a repeated year header row inside the body', () => {
  const cells = (...t: string[]) => t.map((text, k) => ({ text, span: { start: k, end: k + 1 } }));
  it('should be read as a header row when its amount cells are all years', () => {
    expect(isYearHeaderRow(cells('2026', '2027', '2028', '2026-2028'))).toBe(true);
  });
  it('should not when a cell is an amount, or only one year stands there', () => {
    expect(isYearHeaderRow(cells('2026', '2027', '515'))).toBe(false);
    expect(isYearHeaderRow(cells('2026', '', ''))).toBe(false);
  });
  it('should answer the same when asked of a row\'s amount columns in place', () => {
    const row = cells('overige effecten', '2026', 'x', '2027', '2026-2028');
    expect(isYearHeaderRowAt(row, [1, 3, 4])).toBe(true);
    expect(isYearHeaderRowAt(row, [1, 2, 3])).toBe(false);
    expect(isYearHeaderRowAt(row, [1, 5, 6])).toBe(false);
  });
  it('should make no data row of it, and let its years name unnamed columns', () => {
    const text = ['Effecten (bedragen x € 1.000) | | |', '---|---|---|', 'algemene uitkering | 2026 | 2027 |', 'accres | 130 | 340 |', 'overige effecten | 2026 | 2027 |', 'herijking | -95 | -190 |'].join('\n');
    const json = JSON.stringify(parse(text, { name: 'x.txt' }));
    expect(json).not.toContain('"values":[2026,2027]');
    expect(json).toContain('"columns":[{"label":"2026","year":2026},{"label":"2027","year":2027}]');
  });
});

describe('a total that names its group of one row', () => {
  const table = (total: string) => ['Bedragen x € 1.000', '', '| Omschrijving | 2026 | 2027 |', '|---|---|---|', '| **Algemeen** | | |', '| accres | 130 | 340 |', '| correctie | 20 | 10 |', '| **Overige effecten** | | |', '| herijking | -95 | -190 |', `| ${total} | -95 | -190 |`, ''].join('\n');
  const mismatches = (text: string) => parse(text).diagnostics.filter((d) => d.code === 'budget.total-mismatch');
  it('should reconcile with that one row', () => {
    expect(mismatches(table('Totaal overige effecten'))).toEqual([]);
  });
  it('should not when the total names no group: it then totals every row above it', () => {
    expect(mismatches(table('Totaal')).length).toBeGreaterThan(0);
  });
});
