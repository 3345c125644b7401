import { describe, expect, it } from 'vitest';
import { readColumns, spreadGroups, joinHeaderWords } from '../src/tables/columns.js';
import { rebuildCellRuns, isIdLike } from '../src/tables/cell-runs.js';
import { readText } from '../src/blocks/text.js';

describe('spreadGroups', () => {
  it('spreads Realisatie over three years, then Raming and Realisatie of the last year', () => {
    const { fits, columns } = spreadGroups(['Realisatie', 'Raming', 'Realisatie'], [2015, 2016, 2017, 2018], 5);
    expect(fits).toBe(true);
    expect(columns).toEqual([
      { word: 'Realisatie', year: 2015 },
      { word: 'Realisatie', year: 2016 },
      { word: 'Realisatie', year: 2017 },
      { word: 'Raming', year: 2018 },
      { word: 'Realisatie', year: 2018 },
    ]);
  });
  it('gives each group its own years when the years are all different', () => {
    const { columns } = spreadGroups(['Rekening', 'Begroting'], [2021, 2022, 2023, 2024], 4);
    expect(columns.map((c) => `${c.word} ${c.year}`)).toEqual(['Rekening 2021', 'Rekening 2022', 'Rekening 2023', 'Begroting 2024']);
  });
  it('reports a misfit instead of guessing silently', () => {
    expect(spreadGroups(['Realisatie', 'Raming'], [2015, 2016, 2017, 2018, 2019, 2020], 3).fits).toBe(false);
  });
});

describe('readColumns', () => {
  it('joins broken header words over two rows', () => {
    expect(joinHeaderWords(['Begrotings-', 'wijziging'])).toBe('Begrotingswijziging');
    expect(joinHeaderWords(['Primitieve', 'begroting'])).toBe('Primitieve begroting');
  });
  it('reads descriptor columns, a grouped header and a year row', () => {
    const { columns, problems } = readColumns(
      [['Doel', 'Omschrijving', 'Bron', 'Realisatie', 'Raming', 'Realisatie'], ['2015', '2016', '2017', '2018']],
      [['3.1', 'Jongeren', 'WSJG', '0,78%', 'X', 'nnb', '0,75%', 'nnb']],
      8,
    );
    expect(problems).toEqual([]);
    expect(columns.map((c) => c.role)).toEqual(['id', 'name', 'source', 'value', 'value', 'value', 'value', 'value']);
    expect(columns.slice(3).map((c) => `${c.label} ${c.year}`)).toEqual([
      'realisatie 2015', 'realisatie 2016', 'realisatie 2017', 'raming 2018', 'realisatie 2018',
    ]);
  });
  it('restores a name column whose header cell the converter dropped', () => {
    const { columns } = readColumns([['Nul-', 'Reali-', 'Doel-', 'Details']], [['Bereik jongerenwerk', '2.180', '2.190', '2.200']], 4);
    expect(columns.map((c) => c.role)).toEqual(['name', 'value', 'value', 'value']);
    expect(columns[1]!.label).toBe('nulmeting');
  });
  it('spreads a group word over two year columns when the header starts with the name word', () => {
    const { columns } = readColumns(
      [['Indicator', 'Realisatie', 'Begroting'], ['2022', '2023', '2024']],
      [['Scholen met een gezonde schoolkantine', '9', '11', '12']],
      4,
    );
    expect(columns.map((c) => `${c.role} ${c.label} ${c.year}`)).toEqual([
      'name null null', 'value realisatie 2022', 'value realisatie 2023', 'value begroting 2024',
    ]);
  });
  it('still restores the lost top-left cell over a header of value words one short', () => {
    const { columns } = readColumns([['Realisatie 2022', 'Begroting 2024']], [['Leerlingen met leerlingenvervoer', '229', '225']], 3);
    expect(columns.map((c) => `${c.role} ${c.label} ${c.year}`)).toEqual(['name null null', 'value realisatie 2022', 'value begroting 2024']);
  });
  it('carries a flattened colspan group word over the empty cells above years', () => {
    const { columns } = readColumns(
      [['Indicator', 'Realisatie', '', '', 'Streefwaarde'], ['', '2021', '2022', '2023', '2025']],
      [['Verenigingen met een sportakkoord', '18', '22', '25', '30']],
      5,
    );
    expect(columns.slice(1).map((c) => `${c.label} ${c.year}`)).toEqual(['realisatie 2021', 'realisatie 2022', 'realisatie 2023', 'streefwaarde 2025']);
  });
  it('gives a flattened colspan row back the empty cells the reader dropped at its end', () => {
    const { columns } = readColumns(
      [['Indicator', 'Nulmeting', 'Realisatie', '', 'Begroting'], ['', '2019', '2022', '2023', '2025', '2026']],
      [['Inwoners die wekelijks sporten', '49%', '51%', '53%', '55%', '56%']],
      6,
    );
    expect(columns.slice(1).map((c) => `${c.label} ${c.year}`)).toEqual([
      'nulmeting 2019', 'realisatie 2022', 'realisatie 2023', 'begroting 2025', 'begroting 2026',
    ]);
  });
  it('does not carry a word over an empty cell without a year under it', () => {
    const { columns } = readColumns([['Indicator', 'Realisatie', '']], [['Bezoekers', '12', '14']], 3);
    expect(columns[2]!.label).toBeNull();
  });
  it('spreads group words over the years of a card whose value row has an empty label cell', () => {
    const { columns, problems } = readColumns([['Realisatie', 'Begroting'], ['', '2020', '2021', '2022', '2023', '2024']], [['', '3,9', '3,7', '3,6', '3,5', '3,4']], 6);
    expect(problems).toEqual([]);
    expect(columns[0]!.role).toBe('name');
    expect(columns.slice(1).map((c) => `${c.label} ${c.year}`)).toEqual(['realisatie 2020', 'realisatie 2021', 'realisatie 2022', 'realisatie 2023', 'begroting 2024']);
  });
  it('reads columns named after the municipality and Nederland as series, not as column words or fields', () => {
    const { columns } = readColumns([['Nr', 'Indicator', 'Periode', 'Tynaarlo', 'Nederland', 'Bron']], [['17', 'Banen', '2023', '612,4', '819,4', 'LISA']], 6);
    expect(columns.map((c) => `${c.role} ${c.label} ${c.series}`)).toEqual(['id null null', 'name null null', 'period null null', 'value null gemeente', 'value null nederland', 'source null null']);
    const words = readColumns([['Indicator', 'Realisatie', 'Begroting']], [['Banen', '612', '620']], 3).columns;
    expect(words.map((c) => c.series)).toEqual([null, null, null]);
  });
  it('reads "Doel 2026" as a target column even over small whole numbers, and a bare "Doel" over them as ids', () => {
    const body = [['Speelplekken', '3', '4'], ['Klachten', '27', '15']];
    expect(readColumns([['Indicator', 'Realisatie 2023', 'Doel 2026']], body, 3).columns[2]!.role).toBe('value');
    expect(readColumns([['Doel', 'Indicator', 'Realisatie 2023']], [['3', 'Speelplekken', '4'], ['4', 'Klachten', '15']], 3).columns[0]!.role).toBe('id');
  });
  it('turns a column of years under a value word into a period column', () => {
    const { columns } = readColumns([['Indicator', 'Laatste meting', 'Jaar']], [['A', '41', '2023'], ['B', '6,8', '2022']], 3);
    expect(columns.map((c) => c.role)).toEqual(['name', 'value', 'period']);
  });
});

describe('rebuildCellRuns', () => {
  const cells = (lines: string[]) => readText(lines.join('\n\n') + '\n');
  it('rebuilds an id-led indicator table linearised one cell per line', () => {
    const read = cells(['Doel', 'Omschrijving', 'Bron', 'Realisatie', 'Begroting', '2021', '2022', '1.1', 'Aantal meldingen', 'Politie', '120', '110', '1.2', 'Aantal inbraken', 'CBS', '45', '40', 'Tekst na de tabel die geen cel is.']);
    const out = rebuildCellRuns(read.blocks, []);
    const table = out[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.headerRows).toBe(2);
    expect(table.rows.slice(2).map((r) => r.map((c) => c.text))).toEqual([
      ['1.1', 'Aantal meldingen', 'Politie', '120', '110'],
      ['1.2', 'Aantal inbraken', 'CBS', '45', '40'],
    ]);
    expect(out[1]!.kind).toBe('paragraph');
  });
  it('keeps an id-led row that lost a cell short, the rows after it in step, and stops at a W-question', () => {
    const read = cells(['Nr', 'Indicator', 'Realisatie', 'Begroting', '2023', '2024', '3.1', 'Deelnemers schuldhulp', '410', '450', '3.2', 'Wachttijd in weken', '6', '3.3', 'Meldingen Veilig Thuis', '212', '200', 'Wat gaan we daarvoor doen?', 'We breiden het team uit.']);
    const out = rebuildCellRuns(read.blocks, []);
    const table = out[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(table.headerRows).map((r) => r.map((c) => c.text))).toEqual([
      ['3.1', 'Deelnemers schuldhulp', '410', '450'],
      ['3.2', 'Wachttijd in weken', '6'],
      ['3.3', 'Meldingen Veilig Thuis', '212', '200'],
    ]);
    expect(out.slice(1).map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['Wat gaan we daarvoor doen?', 'We breiden het team uit.']);
  });
  it('keeps a card\'s value row with fewer values than the header has columns, short, and ends it at the text after it', () => {
    const read = cells(['Realisatie cijfers', 'Streefcijfers', '2020', '2021', '2022', '2023', '2023', '412', '430', '425', 'Bron:', 'Eigen registratie']);
    // (Under a header that dates each column, a short row is no table: see "builds no label-less row …" below.)
    const diagnostics: Parameters<typeof rebuildCellRuns>[1] = [];
    const out = rebuildCellRuns(read.blocks, diagnostics);
    const table = out[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(table.headerRows).map((r) => r.map((c) => c.text))).toEqual([['412', '430', '425']]);
    expect(diagnostics.map((d) => d.code)).toEqual(['table.partial-row']);
    // One number after the years is no value row (a page number, a footnote).
    const one = rebuildCellRuns(cells(['Realisatie cijfers', 'Streefcijfers', '2020', '2021', '2022', '2022', '14', 'Bron:', 'Eigen registratie']).blocks, []);
    expect(one[0]!.kind).not.toBe('table');
  });
  it('rebuilds label-led rows and pairs words with the years under them', () => {
    const read = cells(['Taakveld', 'Rekening', '2022', 'Begroting', '2023', '0.10 Mutaties reserves', '1.200', '800', '6.1 Samenkracht', '3.400', '3.510']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows[0]!.map((c) => c.text)).toEqual(['Taakveld', 'Rekening 2022', 'Begroting 2023']);
    expect(table.rows.length).toBe(3);
  });
  it('counts budget column words the observation vocabulary lacks as value columns', () => {
    const read = cells(['Primitieve begroting', 'Begroting na wijziging', 'Realisatie', 'Verschil', 'Lasten', '910', '960', '940', '20', 'Baten', '115', '120', '131', '11']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ['Lasten', '910', '960', '940', '20'],
      ['Baten', '115', '120', '131', '11'],
    ]);
  });
  it('joins a budget column word broken over two lines and a lone year with the word before it', () => {
    const read = cells(['Taakveld', 'Begroting', 'primitief', 'Begrotings-', 'wijziging', 'Realisatie', '2024', 'Verschil', '5.2 Sportaccommodaties', '1.410', '85', '1.502', '-7']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows[0]!.map((c) => c.text)).toEqual(['Taakveld', 'Begroting primitief', 'Begrotingswijziging', 'Realisatie 2024', 'Verschil']);
    expect(table.rows[1]!.length).toBe(5);
  });
  it('does not join a lower-case cell that is a column word of its own, nor a year after a descriptor', () => {
    const read = cells(['Omschrijving', '2023', 'Primitieve begroting', 'begroting na wijziging', 'Lasten', '410', '420', '450']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows[0]!.map((c) => c.text)).toEqual(['Omschrijving', '2023', 'Primitieve begroting', 'begroting na wijziging']);
  });
  it('rebuilds a voorzieningen table under balance and mutation column words', () => {
    const read = cells(['Voorziening', 'Saldo 1-1-2024', 'Vermeerdering', 'Vrijval', 'Saldo 31-12-2024', 'Voorziening wachtgelden', '410', '35', '12', '433']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.map((r) => r.length)).toEqual([5, 5]);
  });
  it('gives a row word right before an amount back to the rows', () => {
    const read = cells(['Omschrijving', 'Rekening 2023', 'Begroting 2024', 'Toevoegingen', '120', '80', 'Onttrekkingen', '300', '310']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['Omschrijving', 'Rekening 2023', 'Begroting 2024'], ['Toevoegingen', '120', '80'], ['Onttrekkingen', '300', '310']]);
  });
  it('keeps group lines above Lasten / Baten rows as rows of their own', () => {
    const read = cells(['Programma', 'Begroting 2025', 'Realisatie 2025', 'Veiligheid', 'Lasten', '900', '880', 'Baten', '40', '52', 'Cultuur', 'Lasten', '300', '310', 'Baten', '20', '18']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([
      ['Veiligheid'], ['Lasten', '900', '880'], ['Baten', '40', '52'], ['Cultuur'], ['Lasten', '300', '310'], ['Baten', '20', '18'],
    ]);
  });
  it('takes a kind cell after each label and lines up a total row without one', () => {
    const read = cells(['Programma', 'Begroting 2025', '1A Jeugd', 'lasten', '900', '1A Jeugd', 'baten', '40', 'Totaal lasten', '900']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(1).map((r) => r.map((c) => c.text))).toEqual([['1A Jeugd', 'lasten', '900'], ['1A Jeugd', 'baten', '40'], ['Totaal lasten', '', '900']]);
  });
  it('ends the table at a text line that no Lasten / Baten row follows', () => {
    const read = cells(['Programma', 'Begroting 2025', 'Lasten', '900', 'Baten', '40', 'Toelichting bij de cijfers', 'Een gewone alinea.']);
    const out = rebuildCellRuns(read.blocks, []);
    const table = out[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.length).toBe(3);
    expect(out.slice(1).map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
  it('joins a V or N on the line after an amount to that amount', () => {
    const read = cells(['Programma', '2025', '2026', 'Economie', '75', 'N', '20', 'V', 'Sport', '12', 'V', '3', 'N']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.slice(table.headerRows).map((r) => r.map((c) => c.text))).toEqual([['Economie', '75 N', '20 V'], ['Sport', '12 V', '3 N']]);
  });
  it('does not join a V or N that follows a percentage', () => {
    const read = cells(['Indicator', 'Realisatie 2024', 'Streefwaarde 2024', 'Bereik', '85%', 'N', 'Score', '7', '8']);
    const out = rebuildCellRuns(read.blocks, []);
    expect(out.some((b) => b.kind === 'table' && b.rows.some((r) => r.some((c) => c.text === '85% N')))).toBe(false);
  });
  it('puts out-of-order cells in their columns: description before explanation', () => {
    const long = 'Een lange toelichting die uitlegt hoe het staat met deze prestatie en wat er nog moet gebeuren in het komende jaar.';
    const read = cells(['Doel', 'Omschrijving prestatie', 'Voortgang', 'Toelichting', '2', '1', long, 'Korte prestatie.']);
    const table = rebuildCellRuns(read.blocks, [])[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows[1]!.map((c) => c.text)).toEqual(['2', 'Korte prestatie.', '1', long]);
  });
  it('warns about a cut last row and keeps it as it is', () => {
    const diagnostics: Parameters<typeof rebuildCellRuns>[1] = [];
    const read = cells(['Indicator', 'Realisatie 2021', 'Realisatie 2022', 'Begroting 2023', 'Aantal', '1', '2', '3', 'Bereik', '4']);
    const out = rebuildCellRuns(read.blocks, diagnostics);
    expect(out[0]!.kind).toBe('table');
    expect(diagnostics.map((d) => d.code)).toEqual(['table.partial-row']);
  });
  it('takes the one value row of a card, which has no label, under its column words and years', () => {
    const read = cells(['Realisatie', 'Realisatie', 'Streefwaarde', '2022', '2023', '2025', '2,4', 'nnb', '1,5', 'Wat wordt bedoeld met deze indicator', 'Het aantal kinderen dat niet naar school gaat.']);
    const out = rebuildCellRuns(read.blocks, []);
    const table = out[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['Realisatie', 'Realisatie', 'Streefwaarde'], ['2022', '2023', '2025'], ['2,4', 'nnb', '1,5']]);
    expect(out[1]!.kind).toBe('paragraph');
  });
  it('builds no label-less row with more or fewer values than columns', () => {
    for (const values of [['2,4', '1,9'], ['2,4', '1,9', '1,5', '1,2']]) {
      const read = cells(['Realisatie', 'Realisatie', 'Streefwaarde', '2022', '2023', '2025', ...values, 'Toelichting volgt.']);
      expect(rebuildCellRuns(read.blocks, []).some((b) => b.kind === 'table')).toBe(false);
    }
  });
  it('leaves ordinary paragraphs alone', () => {
    const read = cells(['Inleiding', 'Dit is gewone tekst.', 'Nog een alinea.']);
    expect(rebuildCellRuns(read.blocks, []).every((b) => b.kind === 'paragraph')).toBe(true);
  });
  it.each([['3.1', true], ['12', true], ['(38)', true], ['1A', true], ['12-1-1-1', true], ['Lasten', false], ['2.762,5', false]])(
    'isIdLike(%j) is %s',
    (text, expected) => expect(isIdLike(text)).toBe(expected),
  );
});

describe('readColumns: own figures against a comparison', () => {
  it('gives value columns set against a national column the series gemeente, and leaves them alone without one', () => {
    const body = [['Kinderen in uitkeringsgezin', '4%', '4%', '7%']];
    const compared = readColumns([['Beleidsindicator', 'Voorgaande realisatie', 'Laatst bekende realisatie', 'Landelijk']], body, 4).columns;
    expect(compared.map((c) => c.series)).toEqual([null, 'gemeente', 'gemeente', 'nederland']);
    const alone = readColumns([['Beleidsindicator', 'Realisatie 2022', 'Realisatie 2023', 'Begroting 2024']], body, 4).columns;
    expect(alone.map((c) => c.series)).toEqual([null, null, null, null]);
  });
});
