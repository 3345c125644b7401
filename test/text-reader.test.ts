import { describe, expect, it } from 'vitest';
import { readText } from '../src/blocks/text.js';
import { splitAmountLine, splitAmountRow, splitHeaderLine, splitLoneAmountRow } from '../src/blocks/amount-row.js';
import { closesOpenBracket } from '../src/blocks/closing-bracket.js';
import { isPipeFiller, isPipeRow, isPipeSeparator, splitPipeRow, trimPadding } from '../src/blocks/pipe-row.js';

const span = (a: number, b: number) => ({ start: a, end: b });

describe('pipe rows', () => {
  it.each([
    ['| a | b |', true],
    ['a | b |', true],
    ['a | b | c', true],
    ['Lasten | 2.762', false],
    ['geen tabel hier', false],
  ])('isPipeRow(%j) is %s', (line, expected) => expect(isPipeRow(line)).toBe(expected));
  it.each([
    ['---|---|', true],
    ['|:---|---:|', true],
    ['| --- |', true],
    ['- item', false],
    ['Lasten | 2.762 |', false],
  ])('isPipeSeparator(%j) is %s', (line, expected) => expect(isPipeSeparator(line)).toBe(expected));
  it('treats a line of only pipes as filler, and a row with text as no filler', () => {
    expect(isPipeFiller('| |||||||')).toBe(true);
    expect(isPipeFiller('| a ||')).toBe(false);
  });
  it('splits cells, dropping the outer pipes and keeping empty cells between pipes', () => {
    const cells = splitPipeRow('| Lasten | 2.762 |  | 303 | |||', span);
    expect(cells.map((c) => c.text)).toEqual(['Lasten', '2.762', '', '303', '', '', '']);
    expect({ start: cells[1]!.span.start, end: cells[1]!.span.end }).toEqual({ start: 11, end: 16 });
    expect(splitPipeRow('| Baten | 412 | |', span).map((c) => c.text)).toEqual(['Baten', '412', '']);
    expect(splitPipeRow('Baten | 412 |', span).map((c) => c.text)).toEqual(['Baten', '412']);
  });
  it('drops padding beyond the last filled column of the table, not an empty last column', () => {
    const row = (...texts: string[]) => texts.map((text) => ({ text, span: span(0, 0) }));
    const texts = (rows: ReturnType<typeof row>[]) => trimPadding(rows).map((r) => r.map((c) => c.text));
    expect(texts([row('Omschrijving', 'Begroting', 'Verschil'), row('Lasten', '2.298', '', '', '')])).toEqual([['Omschrijving', 'Begroting', 'Verschil'], ['Lasten', '2.298', '']]);
    expect(texts([row('Lasten', '2.762', '', ''), row('Baten', '303', '')])).toEqual([['Lasten', '2.762'], ['Baten', '303']]);
  });
  it('keeps an empty first cell and does not drop inner empty cells', () => {
    expect(splitPipeRow('| | begroting | wijziging |', span).map((c) => c.text)).toEqual(['', 'begroting', 'wijziging']);
  });
});

describe('space-separated amount rows', () => {
  it.each([
    ['Lasten 2.298.266 1.997.057 2.038.407', ['Lasten', '2.298.266', '1.997.057', '2.038.407']],
    ['Lasten ........ 2.762   303', ['Lasten', '2.762', '303']],
    ['Saldo -2.730 (199) 4.977-', ['Saldo', '-2.730', '(199)', '4.977-']],
    ['Resultaat N 31.393 V 1.200', ['Resultaat', 'N 31.393', 'V 1.200']],
    ['Onttrekking 2.762 V 303 N', ['Onttrekking', '2.762 V', '303 N']],
    // "in €" before an amount that is no caption number (1.000, 1 mln) is part of the row.
    ['Netto lasten per inwoner in € 812 845 877', ['Netto lasten per inwoner in', '€ 812', '845', '877']],
    ['Tevredenheid bezoekers 8,1 8,3 ≥ 8,0', ['Tevredenheid bezoekers', '8,1', '8,3', '≥ 8,0']],
    ['Wachttijd in weken 9 7 <6', ['Wachttijd in weken', '9', '7', '<6']],
    // A value with its measuring year in brackets is one cell, spaced out or not; a bracketed amount stays an amount.
    ['Verwijzingen jongeren   7,4 (2024)   6,9 (2023)', ['Verwijzingen jongeren', '7,4 (2024)', '6,9 (2023)']],
    ['Inwoners met schulden 44,2% (2022) 46,4% (2022)', ['Inwoners met schulden', '44,2% (2022)', '46,4% (2022)']],
    ['Saldo reserves 1.200 (2024) 900', ['Saldo reserves', '1.200 (2024)', '900']],
    ['Saldo reserves 1.200 (199) 900', ['Saldo reserves', '1.200', '(199)', '900']],
    // A name wrapped over four lines of its cell, joined: longer than a label of running text, but set apart from its amounts.
    [`Aantal woningen (plus nieuw toegevoegde woningen o.b.v. Woonvisie 2030, gesaldeerd met gesloopte woningen)     12.367     12.460`, ['Aantal woningen (plus nieuw toegevoegde woningen o.b.v. Woonvisie 2030, gesaldeerd met gesloopte woningen)', '12.367', '12.460']],
    // The padding between a label's own columns does not count towards its length.
    [`2   24.   Netto arbeidsparticipatie${' '.repeat(30)}% van de werkzame beroepsbevolking ten opzichte van de totale${' '.repeat(20)}CBS   69% (2022)   72,2% (2022)`, [`2   24.   Netto arbeidsparticipatie${' '.repeat(30)}% van de werkzame beroepsbevolking ten opzichte van de totale${' '.repeat(20)}CBS`, '69% (2022)', '72,2% (2022)']],
  ])('splits %j', (line, expected) => {
    const parts = splitAmountRow(line)!;
    expect(parts.map(([a, b]) => line.slice(a, b))).toEqual(expected);
  });
  it.each([
    ['Het aantal steeg van 1.200 naar 1.350'],
    ['In 2019 en 2020'],
    ['Realisatie 2019 2020 2021'],
    ['Dit kost 2.500 euro.'],
    ['Zie de tabel 3 4.'],
    // A unit caption before a row of years is a header, not a first amount.
    ['Investeringen (x € 1.000) 2025 2026 2027'],
    ['Kredieten x 1.000,- 2026 2027'],
    ['De score steeg naar ≥ 8,0'],
    // Running text over 100 characters with two numbers at its end is no row, without wide gaps.
    ['Het aantal woningen in de gemeente groeide de afgelopen jaren door nieuwbouw in de kernen en het buitengebied met 12.367 12.460'],
  ])('does not read %j as amounts', (line) => expect(splitAmountRow(line)).toBeNull());
  it('splits a header on wide gaps, per word, or after each year', () => {
    const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
    expect(cut('Rekening 2022   Begroting 2023', 2)).toEqual(['Rekening 2022', 'Begroting 2023']);
    expect(cut('Realisatie Realisatie Begroot', 3)).toEqual(['Realisatie', 'Realisatie', 'Begroot']);
    expect(cut('Begroting 2024 Raming 2025 Raming 2026', 3)).toEqual(['Begroting 2024', 'Raming 2025', 'Raming 2026']);
    expect(cut('Primitieve begroting na wijziging', 2)).toEqual(['Primitieve begroting na wijziging']);
  });
  it('splits capitalised column words over more columns, keeping their lower-case continuations', () => {
    const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
    expect(cut('Realisatie Begroting', 5)).toEqual(['Realisatie', 'Begroting']);
    expect(cut('Laatste meting Streefwaarde', 2)).toEqual(['Laatste meting', 'Streefwaarde']);
    expect(cut('Nulmeting Begroting na wijziging', 4)).toEqual(['Nulmeting', 'Begroting na wijziging']);
    // Not every piece a column word, or nothing capitalised: one cell, as before.
    expect(cut('Cijfers Gemeente Zutphen', 4)).toEqual(['Cijfers Gemeente Zutphen']);
    expect(cut('realisatie begroting', 5)).toEqual(['realisatie begroting']);
  });
  it('gives a leading descriptor word its own header cell, and nothing else', () => {
    const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
    expect(cut('Indicator Realisatie 2022 Realisatie 2023 Begroting 2024', 3)).toEqual(['Indicator', 'Realisatie 2022', 'Realisatie 2023', 'Begroting 2024']);
    expect(cut('Omschrijving Rekening 2022 Begroting 2024', 2)).toEqual(['Omschrijving', 'Rekening 2022', 'Begroting 2024']);
    expect(cut('Primitieve begroting 2024 Raming 2025', 2)).toEqual(['Primitieve begroting 2024', 'Raming 2025']);
  });
  it('ends a header column at a date that ends in a year ("Realisatie 31-12-2023")', () => {
    const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
    expect(cut('Prestatie-indicator Doel begroting 2023 Realisatie 31-12-2023', 2)).toEqual(['Prestatie-indicator', 'Doel begroting 2023', 'Realisatie 31-12-2023']);
    // A date that does not end in a year, or a bare day-month, ends no column.
    expect(cut('Stand per 31-12 Realisatie', 2)).toEqual(['Stand per 31-12 Realisatie']);
  });
  it('reads a long indicator name (a clause of over 100 characters) before its values as a row label', () => {
    const line = 'Aantal rioolgemalen dat volgens het onderhoudsplan is geïnspecteerd en waar nodig hersteld in het verslagjaar (%) 95% 97%';
    expect(splitAmountRow(line)!.map(([a, b]) => line.slice(a, b))).toEqual([line.slice(0, -8), '95%', '97%']);
    // A sentence stays a sentence, however long.
    expect(splitAmountRow('In het verslagjaar hebben wij alle rioolgemalen en persleidingen van het hele beheergebied geïnspecteerd, zoals gepland. 95 97')).toBeNull();
  });
  it('keeps a unit caption at the start of a header line as the cell over the labels', () => {
    const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
    expect(cut('Investeringen (x € 1.000) 2025 2026 2027', 3)).toEqual(['Investeringen (x € 1.000)', '2025', '2026', '2027']);
    expect(cut('Bedragen x € 1.000 Rekening 2023 Begroting 2024', 2)).toEqual(['Bedragen x € 1.000', 'Rekening 2023', 'Begroting 2024']);
    expect(cut('Bedragen x € 1 mln Realisatie Begroting', 2)).toEqual(['Bedragen x € 1 mln', 'Realisatie', 'Begroting']);
    // A number that is no caption stays where it was.
    expect(cut('Aantal x 12 Realisatie Begroting', 2)).toEqual(['Aantal x 12 Realisatie Begroting']);
  });
});

/** The cell texts of the first table read from `text`, or null. */
const rows = (text: string) => {
  const table = readText(text).blocks.find((b) => b.kind === 'table');
  return table?.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : null;
};

describe('a header line over a single amount row', () => {
  it('is taken when a piece of it is a column word or a year', () => {
    expect(rows('Realisatie 2023 Begroting 2024\n812 905\n')).toEqual([['Realisatie 2023', 'Begroting 2024'], ['', '812', '905']]);
  });
  it('is not taken when it is running text that ends in a year (a contents line over its page numbers)', () => {
    expect(rows('Inhoud Samenvatting Hoofdstuk 1 Begroting 2024 1.1 Algemeen Hoofdstuk 2 Taken in 2024 2.1 Inleiding\n3 11 14 16\n')).toBeNull();
  });
});

describe('tab-separated rows', () => {
  it('are a table whose double tabs leave empty cells, with spans on the source', () => {
    const text = 'Taakveld\tRekening 2023\tBegroting 2024\tBegroting 2025\n3.1 Economie\t812\t905\t918\n3.3 Bedrijvenloket\t144\t\t150\n';
    expect(rows(text)).toEqual([
      ['Taakveld', 'Rekening 2023', 'Begroting 2024', 'Begroting 2025'],
      ['3.1 Economie', '812', '905', '918'],
      ['3.3 Bedrijvenloket', '144', '', '150'],
    ]);
    const table = readText(text).blocks[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    const cell = table.rows[2]![3]!;
    expect(text.slice(cell.span.start, cell.span.end)).toBe('150');
  });
  it.each([
    ['one line with tabs', 'Zie\tbijlage 3 voor de cijfers.\n'],
    ['bullets after a tab', '•\tWe openen een loket.\n•\tWe sluiten een akkoord.\n'],
    ['two cells a line and no values', 'Aan\tde gemeenteraad\nVan\thet college\n'],
  ])('leave %s as they were', (_, text) => expect(readText(text).blocks.some((b) => b.kind === 'table')).toBe(false));
});

describe('numbered and lettered sentences', () => {
  const kinds = (text: string) => readText(text).blocks.map((b) => (b.kind === 'list' ? `list:${b.items.map((it) => it.marker).join(',')}` : b.kind));
  it.each([
    ['1. We stellen de Woonvisie vast.\n2. We openen een energieloket.\n', ['list:1.,2.']],
    ['1) Eerste besluit;\n\n2) tweede besluit, dat over\n   twee regels loopt.\n', ['list:1),2)']],
    ['a. extra middelen voor flexwonen;\nb. snellere procedures.\n', ['list:a.,b.']],
  ])('are a list: %j', (text, expected) => expect(kinds(text)).toEqual(expected));
  it.each([
    // Titles without a final stop head what follows them.
    ['1. Voldoende woningen\n\nTekst.\n\n2. Duurzame woningen\n\nTekst.\n'],
    // One item is no list, nor are items out of order.
    ['1. We stellen de Woonvisie vast.\n\nTekst.\n'],
    ['2. We stellen de Woonvisie vast.\n4. We openen een loket.\n'],
  ])('are no list: %j', (text) => expect(kinds(text).some((k) => k.startsWith('list'))).toBe(false));
});

describe('a list across a page break', () => {
  const header = 'Begroting 2025            Gemeente Oss\n';
  it('goes on after the running header and page number, which follow it as clutter', () => {
    const { blocks } = readText(`• Eerste actie voor de\n${header}pagina 7\n  jeugd.\n\n${header}pagina 8\n• Tweede actie.\n`);
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'clutter', 'clutter', 'clutter', 'clutter']);
    const list = blocks[0]!;
    if (list.kind !== 'list') throw new Error('list expected');
    expect(list.items.map((it) => it.text)).toEqual(['Eerste actie voor de jeugd.', 'Tweede actie.']);
  });
  it('does not take a title after the page break for the rest of a finished item', () => {
    const { blocks } = readText(`• Eerste actie.\n\n${header}pagina 7\n\n  Wat mag het kosten?\n`);
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((it) => it.text)).toEqual(['Eerste actie.']);
  });
  it('ends before page furniture that nothing of the list follows', () => {
    const { blocks } = readText(`${header}\n• Eerste actie.\n${header}pagina 7\nNieuwe alinea die geen item is.\n`);
    expect(blocks.map((b) => b.kind)).toEqual(['clutter', 'list', 'clutter', 'clutter', 'paragraph']);
  });
});

describe('column-aligned amount rows with empty cells', () => {
  it('puts each amount under its column and leaves the others empty', () => {
    const text = ['Herinrichting centrum        450       300      2.150', 'Vervanging verkeerslichten             120        80', 'Fietspad                     610                  95', 'Brug                                              2.150', ''].join('\n');
    expect(rows(text)).toEqual([
      ['Herinrichting centrum', '450', '300', '2.150'],
      ['Vervanging verkeerslichten', '', '120', '80'],
      ['Fietspad', '610', '', '95'],
      ['Brug', '', '', '2.150'],
    ]);
  });
  it('reads left-aligned amounts by their left edges', () => {
    expect(rows('Lasten      1.450     95\nBaten       12        3.100\nSaldo                 210\n')).toEqual([
      ['Lasten', '1.450', '95'],
      ['Baten', '12', '3.100'],
      ['Saldo', '', '210'],
    ]);
  });
  it('takes an amount one space after its label into the empty column under it', () => {
    // Right-aligned columns ending at characters 42, 56 and 70.
    const text = ['Openbaar basisonderwijs            312.455       298.000       305.120', 'Onderwijsbeleid en leerlingzaken 1.455.019     1.512.300     1.601.000', ''].join('\n');
    expect(rows(text)).toEqual([
      ['Openbaar basisonderwijs', '312.455', '298.000', '305.120'],
      ['Onderwijsbeleid en leerlingzaken', '1.455.019', '1.512.300', '1.601.000'],
    ]);
  });
  it('leaves rows alone when no row shows where all the columns are', () => {
    expect(rows('Herinrichting     450     300\nVerkeerslichten          120     80\n')).toEqual([
      ['Herinrichting', '450', '300'],
      ['Verkeerslichten', '120', '80'],
    ]);
  });
  it('leaves rows with single spaces as they are', () => {
    expect(rows('Lasten 4.812 5.104 5.233\nBaten 1.022 1.075\n')).toEqual([
      ['Lasten', '4.812', '5.104', '5.233'],
      ['Baten', '1.022', '1.075'],
    ]);
  });
  it('takes a line with one amount for a row only when that amount is under a column', () => {
    const text = ['Herinrichting centrum        450       300      2.150', 'Vervanging verkeerslichten             120        80', 'Jaarverslag 2025 - Ruimte           23', ''].join('\n');
    expect(rows(text)).toEqual([
      ['Herinrichting centrum', '450', '300', '2.150'],
      ['Vervanging verkeerslichten', '', '120', '80'],
    ]);
  });
  it('reads one amount after a wide gap as a row only inside a table', () => {
    const cut = (t: string) => splitLoneAmountRow(t)?.map(([a, b]) => t.slice(a, b)) ?? null;
    expect(cut('Aanleg fietsbrug        2.150')).toEqual(['Aanleg fietsbrug', '2.150']);
    expect(cut('Aanleg fietsbrug 2.150')).toBeNull();
    expect(cut('Zie pagina.        12')).toBeNull();
    expect(readText('Aanleg fietsbrug        2.150\n').blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });
});

describe('a year at the end of a row label', () => {
  it('goes back into the label when the row has one cell more than the others', () => {
    expect(rows('Lasten 4.812 5.104 5.233\nReserve Mobiliteitsplan 2030 0 150 150\nSaldo -3.789 -4.029 -4.143\n')).toEqual([
      ['Lasten', '4.812', '5.104', '5.233'],
      ['Reserve Mobiliteitsplan 2030', '0', '150', '150'],
      ['Saldo', '-3.789', '-4.029', '-4.143'],
    ]);
  });
  it('stays an amount when the rows agree on the width or a wide gap parts it from the label', () => {
    expect(rows('Lasten 2019 2.100 2.200\nBaten 2020 300 310\n')).toEqual([
      ['Lasten', '2019', '2.100', '2.200'],
      ['Baten', '2020', '300', '310'],
    ]);
    expect(rows('Lasten     4.812   5.104   5.233\nReserve     2030   0   150   150\nSaldo     -3.789   -4.029   -4.143\n')?.[1]).toEqual(['Reserve', '2030', '0', '150', '150']);
  });
});

describe('a small number at the end of a row label', () => {
  it('goes back into the label when the row has one cell more than the others', () => {
    expect(rows('Tractie 135 35 100\nRenovatie sportpark fase 2 950 400 550\nTotaal 1.085 435 650\n')?.[1]).toEqual(['Renovatie sportpark fase 2', '950', '400', '550']);
  });
  it('stays an amount when the rows agree on their width', () => {
    expect(rows('Tractie 5 35 100\nRenovatie 2 400 550\n')?.[1]).toEqual(['Renovatie', '2', '400', '550']);
  });
});

describe('an operator column after the row labels (EMU-saldo)', () => {
  it('puts a lone "-" back into the label when a "+" in the same place proves the column', () => {
    expect(rows('Saldo baten en lasten + 1.250- 310 845\nInvesteringen - 4.100 2.200 1.900\nBoekwinst - - - -\n')).toEqual([
      ['Saldo baten en lasten +', '1.250-', '310', '845'],
      ['Investeringen -', '4.100', '2.200', '1.900'],
      ['Boekwinst -', '-', '-', '-'],
    ]);
  });
  it('keeps a lone "-" as a nil amount when no row has a "+" after its label', () => {
    expect(rows('Lasten - 4.100 2.200\nBaten 120 80\nSaldo 300 310\n')?.[0]).toEqual(['Lasten', '-', '4.100', '2.200']);
  });
});

describe('a bracket the label opened, closed after it', () => {
  const cut = (t: string) => splitAmountLine(t);
  const texts = (t: string, cells: Array<[number, number]> | null) => cells?.map(([a, b]) => t.slice(a, b)) ?? null;
  it('keeps the closing piece in the label, where it read as a first amount', () => {
    const line = '2. Renterisiconorm (20 % van 1) 24.549';
    expect(texts(line, cut(line).labelAmounts)).toEqual(['2. Renterisiconorm (20 % van 1)', '24.549']);
    expect(cut(line).row).toBeNull();
    const row = 'Omvang begroting (x €1.000) 122.745 122.745';
    expect(texts(row, cut(row).row)).toEqual(['Omvang begroting (x €1.000)', '122.745', '122.745']);
  });
  it('leaves an amount in brackets of its own, and a piece after a label without an open bracket', () => {
    const own = 'Saldo (1.234) 24.549';
    expect(texts(own, cut(own).row)).toEqual(['Saldo', '(1.234)', '24.549']);
    const closed = 'Bijdrage (regio) 40 1)';
    expect(closesOpenBracket(closed, closed.length - 2, '1)')).toBe(false);
    expect(closesOpenBracket('Renterisiconorm (20 % van 1) 24.549', 26, '1)')).toBe(true);
  });
  it('reads numbered one-amount rows under a row whose year went into its label as one table', () => {
    const text = 'Renterisico\n1. Stand van het begrotingstotaal 2025 98.310\n2. Renterisiconorm (20 % van 1) 19.662\n3. Renterisico op de vaste schuld 5.120\n4. Ruimte onder de renterisiconorm 14.542\n';
    expect(rows(text)).toEqual([
      ['1. Stand van het begrotingstotaal 2025', '98.310'],
      ['2. Renterisiconorm (20 % van 1)', '19.662'],
      ['3. Renterisico op de vaste schuld', '5.120'],
      ['4. Ruimte onder de renterisiconorm', '14.542'],
    ]);
  });
});

describe('a header line of words and bare years', () => {
  const cut = (t: string, n: number) => splitHeaderLine(t, n).map(([a, b]) => t.slice(a, b));
  it('gives the first year a column of its own when every other cell is a bare year', () => {
    expect(cut('Nr. Maatregel 2025 2026 2027', 3)).toEqual(['Nr. Maatregel', '2025', '2026', '2027']);
    expect(cut('Onderwerp Indicator 2020 2021 2022 2023', 4)).toEqual(['Onderwerp Indicator', '2020', '2021', '2022', '2023']);
  });
  it('leaves the cells as they are when they already match the amount columns', () => {
    expect(cut('Financieel meerjarenbeeld 2024 2025 2026', 2)).toEqual(['Financieel meerjarenbeeld 2024', '2025', '2026']);
  });
  it('keeps a column word with the year it qualifies', () => {
    expect(cut('Primitieve begroting 2024 2025 2026', 3)).toEqual(['Primitieve begroting 2024', '2025', '2026']);
    expect(cut('Begroting 2024 Raming 2025 Raming 2026', 3)).toEqual(['Begroting 2024', 'Raming 2025', 'Raming 2026']);
  });
});

describe('the title above a space-separated table', () => {
  const read = (text: string) => readText(text).blocks.map((b) => (b.kind === 'table' ? `table ${b.headerRows}` : b.kind));
  it('stays a paragraph above a header row that heads every column', () => {
    expect(read('Demografische druk\nJaar 2021 2022 2023\nGemeente 74,3% 75,1% 76,0%\nNederland 69,8% 70,2% 70,5%\n')).toEqual(['paragraph', 'table 1']);
  });
  it('stays a paragraph, year and all, above a header row that gives every column its year', () => {
    expect(read('Financieel perspectief begroting 2024\nOmschrijving 2024 2025 2026\nSaldo primitieve begroting 4.111 5.561 3.722\nAutonome ontwikkelingen -596 -521 -521\n')).toEqual(['paragraph', 'table 1']);
  });
  it('stays a paragraph when its words stand one a column, whichever year it names', () => {
    expect(read('Financieel perspectief begroting 2027\nOmschrijving 2024 2025 2026 2027\nLasten 1.000 1.100 1.200 1.300\nBaten 900 1.000 1.100 1.200\n')).toEqual(['paragraph', 'table 1']);
  });
  it('joins the header when its group words stand over the years, a year of it over the same year', () => {
    expect(read('Begroting 2024     Meerjarenraming\nOmschrijving 2024 2025 2026 2027\nLasten 1.200 1.300 1.400 1.500\nBaten 400 500 600 700\n')).toEqual(['table 2']);
  });
  it('joins the header when it holds column words or years', () => {
    expect(read('Realisatie Realisatie Begroting\nJaar 2021 2022 2023\nGemeente 74,3% 75,1% 76,0%\nNederland 69,8% 70,2% 70,5%\n')).toEqual(['table 2']);
  });
});

describe('pipe tables after a blank line', () => {
  const tables = (text: string) => readText(text).blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.length : 0));
  it('starts a new table at a row of header words under rows of values', () => {
    expect(tables('Indicator | Begroting 2024 | Begroting 2025\nFietspaden | 3,2 | 4,5\n\nOmschrijving | Rekening 2023 | Begroting 2025\nMeldingen | 1.164 | 1.100\n')).toEqual([2, 2]);
  });
  it('goes on over blank lines between rows of values and under a header alone', () => {
    expect(tables('| Indicator | Realisatie 2023 |\n|---|---|\n| Bezoekers | 12 |\n\n| Leden | 40 |\n')).toEqual([3]);
    expect(tables('| Indicator | Realisatie | |\n\n| | 2022 | 2023 |\n| Bezoekers | 12 | 14 |\n')).toEqual([3]);
  });
});

describe('a pipe separator under a row of amounts', () => {
  const table = (text: string) => {
    const t = readText(text).blocks.find((b) => b.kind === 'table');
    return t?.kind === 'table' ? { headerRows: t.headerRows, rows: t.rows.map((r) => r.map((c) => c.text)) } : null;
  };
  it('should make no header of that row: the header is the rows above it without amounts', () => {
    const read = table('Renterisico | vaste schuld | 2025 | 2026 |\n1 | Renteherzieningen | 0 | 0 |\n---|---|---|---|\n2 | Aflossingen | 1.350 | 1.634 |\n');
    expect(read?.headerRows).toBe(1);
    expect(read?.rows[1]).toEqual(['1', 'Renteherzieningen', '0', '0']);
  });
  it('should leave a group line above that row to the body', () => {
    const read = table('Taakvelden | Lasten | Baten\n0.0 Bestuur | | |\n0.1 | Bestuur | 1.840 | 95 |\n---|---|---|---|\n0.2 | Burgerzaken | 640 | 310 |\n0.3 | Gronden | 969 | 211 |\n');
    expect(read?.headerRows).toBe(1);
  });
  it('should keep the header above a separator under a row without amounts', () => {
    expect(table('| Indicator | Realisatie 2023 |\n|---|---|\n| Bezoekers | 12 |\n')?.headerRows).toBe(1);
    expect(table('Omschrijving | Begroting |\nwoningbouw | 2025 |\n---|---|\nLasten | 12 |\n')?.headerRows).toBe(2);
  });
  it('should not take column numbers in brackets or a period for amounts above the separator', () => {
    expect(table('| Omschrijving | Begroting | Rekening |\n| | (1) | (2) |\n|---|---|---|\n| Lasten | 100 | 90 |\n')?.headerRows).toBe(2);
    expect(table('| Maatregel | 2025 | 2026 | 2025-2026 |\n|---|---|---|---|\n| Accres | -849 | 456 | -393 |\n')?.headerRows).toBe(1);
  });
  it('should not take a year with a footnote mark or columns numbered 1, 2, 3 for amounts', () => {
    expect(table('| Omschrijving | 2024 | 2025¹ | 2026 |\n|---|---|---|---|\n| Lasten | 1.200 | 1.300 | 1.400 |\n')?.headerRows).toBe(1);
    expect(table('| Omschrijving | Begroting | Rekening | Verschil |\n| | 1 | 2 | 3 |\n|---|---|---|---|\n| Lasten | 1.200 | 1.300 | 100 |\n')?.headerRows).toBe(2);
    const two = '| Omschrijving | 2024 | 2025 |\n|---|---|---|\n| Lasten | 100 | 200 |\n\n| Investering | 2024¹ | 2025 |\n|---|---|---|\n| Brug | 500 | 600 |\n';
    expect(readText(two).blocks.filter((b) => b.kind === 'table').length).toBe(2);
  });
  it('should read a second separator under a row of amounts as a stray line in the same table', () => {
    const read = readText('(x € 1.000) | 2026 | 2027 |\n|---|---|---|\nSaldo | -1.420 | -610 |\nWaarvan incidenteel | -850 | -400 |\n|---|---|---|\nStructureel | 1.460 | 705 |\n').blocks.filter((b) => b.kind === 'table');
    expect(read.length).toBe(1);
    // Under a header row (no amounts) a separator still starts the next table.
    expect(readText('A | 2026 |\n|---|---|\nSaldo | 10 |\nB | 2027 |\n|---|---|\nSaldo | 12 |\n').blocks.filter((b) => b.kind === 'table').length).toBe(2);
  });
});

describe('a pipe subtotal row that lost its label cells', () => {
  const rows = (text: string) => {
    const t = readText(text).blocks.find((b) => b.kind === 'table');
    return t?.kind === 'table' ? t.rows.map((r) => r.map((c) => c.text)) : null;
  };
  it('should move right by as many cells as the rows open with: a code and a name', () => {
    const read = rows('0.1 | Bestuur | 1.840 | 95 |\n0.2 | Burgerzaken | 640 | 310 |\n0.4 | Overhead | 8.120 | 64 |\n10.600 | 469 | | |\n');
    expect(read?.[3]).toEqual(['', '', '10.600', '469']);
  });
  it('should move back under a table of as many group lines as labelled rows', () => {
    const read = rows('| Programma | Begroting 2024 | Rekening 2024 |\n|---|---|---|\n| Programma 1 Bestuur | | |\n| Lasten | | |\n| Raad en college | 1.200 | 1.300 |\n| Baten | | |\n| Leges | 400 | 500 |\n| -800 | -800 | |\n');
    expect(read?.[6]).toEqual(['', '-800', '-800']);
  });
  it('should leave a code whose name is empty under rows of a code and a name', () => {
    const read = rows('Taakveld | Omschrijving | 2023 | 2024 | 2025 |\n---|---|---|---|---|\n0.1 | Bestuur | 100 | 200 | 300 |\n0.2 | Burgerzaken | 110 | 210 | 310 |\n0.3 | Beheer | 120 | 220 | 320 |\n0.4 | | 50 | 60 | |\n');
    expect(read?.[4]).toEqual(['0.4', '', '50', '60', '']);
  });
  it('should count the label cells of rows that leave a cell empty after their label as one', () => {
    const read = rows('Maatregel | 2024 | 2025 | 2026 | 2027 |\n---|---|---|---|---|\nA | | 100 | 100 | 100 |\nB | | 50 | 50 | 50 |\nC | 10 | 20 | 20 | 20 |\n10 | 170 | 170 | | |\n');
    expect(read?.[4]).toEqual(['', '10', '170', '170', '']);
  });
  it('should move by one under rows that open with one label, and not past its empty cells', () => {
    expect(rows('Verkeer | 12,4 | 13,0 |\nParkeren | 3,1 | 3,1 |\n15,5 | 16,1 | |\n')?.[2]).toEqual(['', '15,5', '16,1']);
    expect(rows('0.1 | Bestuur | 1.840 | 95 |\n0.2 | Burgerzaken | 640 | 310 |\n0.4 | Overhead | 8.120 | 64 |\n10.600 | 469 | 12 | |\n')?.[3]).toEqual(['', '10.600', '469', '12']);
  });
});

describe('a pipe header row that lost its top-left cell', () => {
  const header = (text: string) => {
    const t = readText(text).blocks.find((b) => b.kind === 'table');
    return t?.kind === 'table' ? t.rows.slice(0, t.headerRows).map((r) => r.map((c) => c.text)) : null;
  };
  const body = '0.1 | Bestuur | 1.840 | 95 | -1.745 |\n0.2 | Burgerzaken | 640 | 310 | -330 |\n0.4 | Overhead | 8.120 | 64 | -8.056 |\n';
  it('should move right by its empty end cells, its first cell heading the label columns it spans', () => {
    expect(header(`Taakvelden | Lasten | Baten | Saldo | |\n---|---|---|---|---|\n${body}`)).toEqual([['Taakvelden', 'Taakvelden', 'Lasten', 'Baten', 'Saldo']]);
  });
  it('should stay where it is when it heads every amount column already, or a move would not head them all', () => {
    expect(header(`Nr | Taakveld | Lasten | Baten | Saldo |\n---|---|---|---|---|\n${body}`)).toEqual([['Nr', 'Taakveld', 'Lasten', 'Baten', 'Saldo']]);
    expect(header(`Begroting 2024 | Rekening 2024 | | | |\n---|---|---|---|---|\n${body}`)).toEqual([['Begroting 2024', 'Rekening 2024', '', '', '']]);
  });
  it('should move a header whose first cell is a column word or a year all the same', () => {
    const code = '0.1 | Bestuur | 2.220 | 123 | -2.097 |\n0.2 | Burgerzaken | 1.000 | 500 | -500 |\n0.3 | Beheer | 300 | 100 | -200 |\n';
    expect(header(`Begroting 2025 | Lasten | Baten | Saldo | |\n---|---|---|---|---|\n${code}`)?.[0]?.slice(2)).toEqual(['Lasten', 'Baten', 'Saldo']);
  });
  it('should not move a header whose own label cells already head the label columns', () => {
    const code = '0.1 | Bestuur | 2.220 | 2.100 | 120 |\n0.2 | Burgerzaken | 640 | 600 | 40 |\n0.4 | Overhead | 8.120 | 8.000 | 120 |\n';
    expect(header(`Nr | Taakveld | Begroting | Rekening | |\n---|---|---|---|---|\n${code}`)).toEqual([['Nr', 'Taakveld', 'Begroting', 'Rekening', '']]);
    expect(header(`Nr | Omschrijving | 2023 | 2024 | |\n---|---|---|---|---|\n${code}`)).toEqual([['Nr', 'Omschrijving', '2023', '2024', '']]);
  });
  it('should not move its label word over a column of amounts', () => {
    expect(header('Omschrijving | 2023 | 2024 | |\n---|---|---|---|\nLasten | 100 | 200 | 300 |\nBaten | 50 | 60 | 70 |\nOverhead | 10 | 20 | 30 |\n')).toEqual([['Omschrijving', '2023', '2024', '']]);
  });
  it('should not move over fewer than three rows of amounts', () => {
    expect(header('Taakvelden | Lasten | Baten | Saldo | |\n---|---|---|---|---|\n0.1 | Bestuur | 1.840 | 95 | -1.745 |\n')).toEqual([['Taakvelden', 'Lasten', 'Baten', 'Saldo', '']]);
  });
});

describe('readText', () => {
  const tableTexts = (text: string) => {
    const table = readText(text).blocks.find((b) => b.kind === 'table');
    if (!table || table.kind !== 'table') throw new Error('table expected');
    return table.rows.map((r) => r.map((c) => c.text));
  };
  it('reads a leading pipe in a table without outer pipes as an empty first cell', () => {
    expect(tableTexts('Programma | | 2024\nZorg | Lasten | 900\n| Baten | 120\n')).toEqual([['Programma', '', '2024'], ['Zorg', 'Lasten', '900'], ['', 'Baten', '120']]);
  });
  it('keeps outer pipes outer, also under a header written without them', () => {
    expect(tableTexts('| Programma | | 2024 |\n| Zorg | Lasten | 900 |\n| | Baten | 120 |\n')).toEqual([['Programma', '', '2024'], ['Zorg', 'Lasten', '900'], ['', 'Baten', '120']]);
    expect(tableTexts('Omschrijving | 2024 |\n| Lasten | 900 |\n| Baten | 120 |\n')).toEqual([['Omschrijving', '2024'], ['Lasten', '900'], ['Baten', '120']]);
  });
  it('groups lines into paragraphs, lists and tables with source spans', () => {
    const text = 'Wat gaan we daarvoor doen?\n\n• Eerste actie\n• Tweede actie\n  met vervolg\n\nA | B |\n---|---|\n1 | 2 |\n';
    const { blocks } = readText(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'list', 'table']);
    const list = blocks[1]!;
    if (list.kind !== 'list') throw new Error('list expected');
    expect(list.items.map((i) => i.text)).toEqual(['Eerste actie', 'Tweede actie met vervolg']);
    const table = blocks[2]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.headerRows).toBe(1);
    expect(text.slice(table.rows[1]![1]!.span.start, table.rows[1]![1]!.span.end)).toBe('2');
  });
  it('joins wrapped lines keeping the hyphen of a broken word, but not across sentences', () => {
    const { blocks } = readText('De begrotings-\nwijziging is vastgesteld\nin de raad.\nEen nieuwe zin.\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'De begrotings-wijziging is vastgesteld in de raad.',
      'Een nieuwe zin.',
    ]);
  });
  const paragraphs = (text: string): string[] =>
    readText(text).blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind));
  it.each([
    ['a function word', 'Zo werken we in de regio samen met de\nGGD Hollands Noorden aan preventie.\n'],
    ['a broken name', 'De bewoners van Zuid-\nScharwoude zijn tevreden over de nieuwe brug.\n'],
    ['an earlier sentence', 'Het plan is klaar. Het college stuurt het\nVoorjaar 2026 naar de raad.\n'],
    [
      'a line as wide as the wrapped line under it',
      'In 2026 starten we de aanpak samen met de woningcorporaties in\nHeerhugowaard, Langedijk en Schagen, die de nieuwbouw verder\nversnellen in de komende jaren.\n',
    ],
    [
      'a line as wide as the paragraph above it',
      'We werken met vaste wijkteams in alle kernen en bereiken zo jaarlijks\nmeer dan 900 huishoudens in de gemeente Dijk en Waard, vooral in\nSint Pancras en in de kern Broek op Langedijk.\n',
    ],
    ['a long line going on into an amount', 'Het totaal van de gewaarborgde geldleningen bedroeg per 31 december 2025\n€ 41,3 miljoen (2024: € 43,9 miljoen). Het betreft vooral leningen.\n'],
  ])('joins a wrapped line starting with a capital after %s', (_, text) => {
    expect(paragraphs(text)).toHaveLength(1);
  });
  it.each([
    ['a short title', 'Minder eenzaamheid\nHet aantal eenzame ouderen daalt.\n'],
    [
      'a long title opening with a preposition but without a subject',
      'Samen werken aan een gezonde en veilige leefomgeving voor alle inwoners\nInwoners voelen zich veilig in hun eigen wijk en daarom investeren we\nin extra toezicht en een snelle aanpak van overlast.\n',
    ],
    ['a title ending in a verb particle', 'Jongeren groeien gezond op\nDe jeugdgezondheidszorg ziet alle kinderen twee keer per jaar.\n'],
    ['a numbered goal', 'Doelstelling 4.2: Meer woningen voor starters in de kernen van\nDe nieuwbouw loopt.\n'],
    ['a W-question under a sentence without a full stop', 'Het plan is klaar. We verwachten het in de\nWat mag het kosten?\n'],
    ['a long title above text of another width', 'Een stedelijk dekkend en goed functionerend netwerk van buurtteams\nDe samenwerking loopt goed.\n'],
    [
      'a title as wide as the text under it that starts a sentence',
      'In de wijken van Zaltbommel en Brakel zijn inwoners veilig\nDe politie en de gemeente werken samen aan veilige buurten\nin alle kernen van de gemeente Zaltbommel.\n',
    ],
    [
      'a title under a full line that lacks its full stop',
      'Het college heeft in 2024 de nota Sport en Bewegen vastgesteld en uitgevoerd\nsamen met de sportverenigingen en het onderwijs in alle kernen van Raalte\nToelichting\n',
    ],
    [
      'a long title as wide as the text under it',
      'Versterken van de samenwerking tussen het buurtteam en de huisartsen in de wijk\nHuisartsen en buurtteams houden iedere maand een gezamenlijk casusoverleg en\nbespreken daarin de vragen van gezinnen.\n',
    ],
  ])('keeps %s apart from the capitalised line under it', (_, text) => {
    expect(paragraphs(text)).toHaveLength(2);
  });
  it('marks one-line paragraphs between blank lines as standalone, others not', () => {
    const { blocks } = readText('Doel\n\nBron\n\nTekst\nmeer tekst.\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.standalone : null))).toEqual([true, true, false]);
  });
  it('keeps navigation clutter as clutter blocks', () => {
    const { blocks } = readText('Terug naar navigatie - Programma 2\n\nga terug\n');
    expect(blocks.map((b) => b.kind)).toEqual(['clutter', 'clutter']);
  });
  it('splits a second pipe table that starts with its own separator', () => {
    const { blocks } = readText('Partij A |\n---|\nDoelstelling |\nTekst |\nPartij B |\n---|\nDoelstelling |\n');
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });
  it('handles CRLF and lone CR line breaks with exact offsets', () => {
    const text = 'Lasten | 1 |\r\nBaten | 2 |\rSaldo | 3 |';
    const { blocks } = readText(text);
    const table = blocks[0]!;
    if (table.kind !== 'table') throw new Error('table expected');
    expect(table.rows.map((r) => text.slice(r[0]!.span.start, r[0]!.span.end))).toEqual(['Lasten', 'Baten', 'Saldo']);
  });
});

describe('a pipe subtotal row without its label cell', () => {
  const tableRows = (text: string): string[][] => {
    const table = readText(text).blocks.find((b) => b.kind === 'table');
    return table && table.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : [];
  };
  const head = 'x € 1 mln | Raming | Realisatie | |\n---|---|---|---|\n';

  it('should put a row of amounts that ends in an empty cell back under its columns', () => {
    const rows = tableRows(`${head}Wegen | 12,4 | 12,1 | V |\nBruggen | 3,1 | 3,6 | N |\n15,5 | 15,7 | N | |\n`);
    expect(rows[3]).toEqual(['', '15,5', '15,7', 'N']);
  });

  it('should not move a row that has a label after its code', () => {
    const rows = tableRows(`${head}Wegen | 12,4 | 12,1 | V |\n4 | Bruggen | 3,1 | |\n`);
    expect(rows[2]).toEqual(['4', 'Bruggen', '3,1', '']);
  });

  it('should not move rows of a table whose rows open with amounts', () => {
    const rows = tableRows(`${head}12,4 | 12,1 | V | |\n3,1 | 3,6 | N | |\nWegen | 2,0 | 1,0 | V | |\n`);
    expect(rows[1]).toEqual(['12,4', '12,1', 'V', '']);
  });
});

describe('pipe rows broken over lines', () => {
  const tableRows = (text: string): string[][] => {
    const table = readText(text).blocks.find((b) => b.kind === 'table');
    return table && table.kind === 'table' ? table.rows.map((r) => r.map((c) => c.text)) : [];
  };
  const full = 'Baten | 812 | 790 | 861 | V |\nReserves | 120 | 95 | 95 | V |\n';

  it('should join pieces that add up to a full row into one row', () => {
    const rows = tableRows(`Lasten | 4.310 |\n4.125 |\n4.402 | N |\n${full}`);
    expect(rows[0]).toEqual(['Lasten', '4.310', '4.125', '4.402', 'N']);
    expect(rows).toHaveLength(3);
  });

  it('should not join pieces that do not add up to a full row', () => {
    const rows = tableRows(`Lasten | 4.310 |\n4.125 |\n${full}`);
    expect(rows.slice(0, 2)).toEqual([['Lasten', '4.310'], ['4.125']]);
  });

  it('should not join a short row with the labelled row after it', () => {
    const rows = tableRows(`Lasten | 4.310 | 4.125 |\nSaldo | 3 |\n${full}`);
    expect(rows[0]).toEqual(['Lasten', '4.310', '4.125']);
  });

  it('should give a header row that lost its top-left cell that cell back', () => {
    const rows = tableRows(`Realisatie 2023 |\nRaming 2024 | Realisatie 2024 | V/N | |\nLasten | 4.310 | 4.125 | 4.402 | N |\n${full}`);
    expect(rows[0]).toEqual(['', 'Realisatie 2023', 'Raming 2024', 'Realisatie 2024', 'V/N']);
  });
});
