/**
 * PDF input, generated at test time: tables from the page geometry, headings
 * from font size, page furniture kept out of the structure, positions with
 * page and box, and clear refusals for encrypted, damaged and image-only files.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { JaarparseError, parse, parseBytes, type BudgetTableNode, type Node, type Report } from '../src/index.js';
import { gutter } from '../src/blocks/pdf.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { isUnreadable, measurePage, pageRanges, refusalIsCertain } from '../src/blocks/pdf-readability.js';
import { makePdf, row, text } from './helpers/make-pdf.js';

function find<T extends Node['type']>(report: Report, type: T): Array<Extract<Node, { type: T }>> {
  const out: Node[] = [];
  const stack: Node[] = [...report.children];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.type === type) out.push(n);
    if ('children' in n) stack.unshift(...n.children);
  }
  return out as Array<Extract<Node, { type: T }>>;
}

const budgetRows = (r: Report) => find(r, 'budgetTable').flatMap((t: BudgetTableNode) => t.rows.map((row) => [row.label, ...row.values]));

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await parseBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(JaarparseError);
    return (error as JaarparseError).code;
  }
  return 'none';
}

describe('PDF input', () => {
  it('reads a budget table with right-aligned amounts, a heading and a caption', async () => {
    const pdf = await makePdf([[
      text('Programma 4 Economie', 18),
      text('Wat heeft het gekost?', 13),
      text('Bedragen x € 1.000'),
      { cells: [{ text: 'Rekening 2022', x: 330, right: true }, { text: 'Begroting 2023', x: 440, right: true }, { text: 'Begroting 2024', x: 550, right: true }] },
      row('Lasten', '4.512', '4.730', '4.981'),
      row('Baten', '1.204', '1.150', '1.175'),
      row('Saldo', '-3.308', '-3.580', '-3.806'),
    ]]);
    const report = await parseBytes(pdf, { name: 'begroting.pdf' });
    expect(report.source).toMatchObject({ format: 'pdf', pages: 1 });
    expect(find(report, 'programme').map((p) => p.title)).toEqual(['Economie']);
    const [table] = find(report, 'budgetTable');
    expect(table?.multiplier).toBe(1000);
    expect(table?.columns.map((c) => c.label)).toEqual(['Rekening 2022', 'Begroting 2023', 'Begroting 2024']);
    expect(budgetRows(report)).toEqual([
      ['Lasten', 4512, 4730, 4981],
      ['Baten', 1204, 1150, 1175],
      ['Saldo', -3308, -3580, -3806],
    ]);
    expect(table?.rows[0]?.position.page).toBe(1);
    expect(table?.rows[0]?.position.bbox).toMatchObject({ page: 1, x: 50 });
  });

  it('gives the same budget rows as the text form of the document', async () => {
    const txt = 'Programma 4 Economie\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\n| | Rekening 2022 | Begroting 2023 |\n|---|---|---|\n| Lasten | 4.512 | 4.730 |\n| Baten | 1.204 | 1.150 |\n| Saldo | -3.308 | -3.580 |\n';
    const pdf = await makePdf([[
      text('Programma 4 Economie', 18),
      text('Wat heeft het gekost?', 13),
      text('Bedragen x € 1.000'),
      { cells: [{ text: 'Rekening 2022', x: 330, right: true }, { text: 'Begroting 2023', x: 440, right: true }] },
      row('Lasten', '4.512', '4.730'),
      row('Baten', '1.204', '1.150'),
      row('Saldo', '-3.308', '-3.580'),
    ]]);
    const fromPdf = await parseBytes(pdf);
    const fromText = parse(txt);
    expect(budgetRows(fromPdf)).toEqual(budgetRows(fromText));
    expect(find(fromPdf, 'budgetTable')[0]?.columns).toEqual(find(fromText, 'budgetTable')[0]?.columns);
    expect(fromPdf.meta).toEqual(fromText.meta);
  });

  it('keeps page numbers and running headers out of a table that runs over two pages', async () => {
    const header = { cells: [{ text: 'Jaarstukken 2023', x: 50 }, { text: 'Gemeente Deventer', x: 400 }] };
    const pdf = await makePdf([
      [header, text('Wat heeft het gekost?', 13), row('Lasten', '1.200', '1.300'), row('Baten', '200', '250'), text('14')],
      [header, row('Saldo', '-1.000', '-1.050'), row('Resultaat', '-1.000', '-1.050'), text('15')],
    ]);
    const report = await parseBytes(pdf);
    expect(report.source.pages).toBe(2);
    expect(budgetRows(report).map((r) => r[0])).toEqual(['Lasten', 'Baten', 'Saldo', 'Resultaat']);
    expect(find(report, 'budgetTable')).toHaveLength(1);
    const paragraphs = find(report, 'paragraph').map((p) => p.text);
    expect(paragraphs).toContain('14');
    expect(budgetRows(report).flat()).not.toContain(14);
    expect(report.meta).toMatchObject({ documentType: 'jaarstukken', year: 2023, municipality: 'Deventer' });
  });

  it('refuses an encrypted PDF, a damaged one and one without text, each with its own code', async () => {
    const empty = await (await PDFDocument.create()).save({ useObjectStreams: false });
    const doc = await PDFDocument.create();
    doc.addPage();
    const plain = Buffer.from(await doc.save({ useObjectStreams: false })).toString('latin1');
    const encrypted = Buffer.from(
      plain.replace('trailer\n<<', `trailer\n<<\n/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <${'a'.repeat(64)}> /U <${'b'.repeat(64)}> >>\n/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`),
      'latin1',
    );
    expect(await refusal(encrypted)).toBe('E_PDF_ENCRYPTED');
    expect(await refusal(Buffer.from('%PDF-1.7\n' + 'garbage '.repeat(200)))).toBe('E_PDF_DAMAGED');
    expect(await refusal(Buffer.from(plain, 'latin1'))).toBe('E_NO_TEXT_LAYER');
    expect(await refusal(empty)).not.toBe('none');
    expect(new JaarparseError('E_NO_TEXT_LAYER', 'x').exitCode).toBe(6);
  });
});

describe('PDF reading order', () => {
  it('reads a two-column page left column first, and a table with its amounts as one', async () => {
    const left = ['Wat willen we bereiken?', 'In de linker kolom staat de eerste', 'alinea van het programma over de', 'veiligheid in de wijken van de stad', 'en de aanpak van overlast door jongeren.', 'Dat is een vast onderdeel van het', 'beleid van de gemeente in deze periode.'];
    const right = ['Wat gaan we daarvoor doen?', 'In de rechter kolom staat wat we', 'daarvoor gaan doen in de komende', 'jaren, met extra inzet van boa\'s', 'en cameratoezicht in het centrum.', 'Ook werken we samen met de politie', 'en met het jongerenwerk in de wijk.'];
    const lines = left.map((t, k) => ({ cells: [{ text: t, x: 50 }, { text: right[k]!, x: 310 }] }));
    const report = await parseBytes(await makePdf([lines]));
    const sections = find(report, 'section').map((s) => s.heading);
    expect(sections).toEqual(['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?']);
    const prose = find(report, 'paragraph').map((p) => p.text).join(' ');
    expect(prose).toContain('In de linker kolom staat de eerste alinea');
    expect(prose).toContain('In de rechter kolom staat wat we daarvoor');
    const table = await parseBytes(await makePdf([[text('Wat heeft het gekost?'), row('Lasten', '1.200', '1.300'), row('Baten', '200', '250'), row('Saldo', '-1.000', '-1.050')]]));
    expect(budgetRows(table)).toHaveLength(3);
  });
});

describe('PDF headers', () => {
  it('places a group header centred over three year columns on each of them', async () => {
    const years = { cells: [330, 440, 550].map((x, k) => ({ text: String(2021 + k), x, right: true })) };
    const pdf = await makePdf([[
      text('Wat heeft het gekost?', 13),
      { cells: [{ text: 'Bedragen x € 1.000', x: 50 }, { text: 'Realisatie', x: 390 }] },
      years,
      row('Lasten', '1.200', '1.300', '1.250'),
      row('Baten', '200', '210', '190'),
      row('Saldo', '-1.000', '-1.090', '-1.060'),
    ]]);
    const [table] = find(await parseBytes(pdf), 'budgetTable');
    expect(table?.multiplier).toBe(1000);
    expect(table?.columns.map((c) => [c.label, c.year])).toEqual([
      ['Realisatie 2021', 2021],
      ['Realisatie 2022', 2022],
      ['Realisatie 2023', 2023],
    ]);
  });
});

describe('PDF text layers that are garbage', () => {
  // Two pages of a published jaarrekening whose fonts have no usable ToUnicode map: page 7 comes out as
  // control characters, page 25 (running text) as letters that spell nothing.
  const excerpt = () => readFile(join(import.meta.dirname, 'pdf', 'wassenaar_jaarrekening_2019-p007-p025.pdf'));

  it('refuses a PDF whose text layer is unreadable, naming the pages, with the exit code of an image-only PDF', async () => {
    let caught: unknown;
    await parseBytes(await excerpt()).catch((error: unknown) => (caught = error));
    expect(caught).toBeInstanceOf(JaarparseError);
    expect((caught as JaarparseError).code).toBe('E_NO_TEXT_LAYER');
    expect((caught as JaarparseError).exitCode).toBe(6);
    // Page 1 decides it: with one unreadable page of at most two with text, page 2 cannot change the verdict.
    expect((caught as JaarparseError).message).toBe('the text layer of page 1 is unreadable, at least half of the pages with text (page 2 not read): OCR the PDF first');
  });

  /** A PDF of the excerpt's garbled pages (`g`) and readable budget pages (`r`) in the order given, e.g. 'gggrr'. */
  const mixed = async (order: string) => {
    const good = (n: number) => [text(`Programma ${n} Veiligheid`, 18), text('De gemeente werkt aan een veilige leefomgeving voor de inwoners van de stad.'), text('Wat heeft het gekost?', 13), row('Lasten', '1.200', '1.300'), row('Baten', '200', '250')];
    const doc = await PDFDocument.load(await makePdf([...order].map((_, k) => good(k + 1))));
    const source = await PDFDocument.load(await excerpt());
    for (let k = 0; k < order.length; k++) {
      if (order[k] !== 'g') continue;
      const [garbled] = await doc.copyPages(source, [k % 2]);
      doc.removePage(k);
      doc.insertPage(k, garbled!);
    }
    return doc.save();
  };
  const refusalMessage = async (bytes: Uint8Array) => {
    const caught = await parseBytes(bytes).then(() => null, (error: unknown) => error);
    expect(caught).toBeInstanceOf(JaarparseError);
    expect((caught as JaarparseError).code).toBe('E_NO_TEXT_LAYER');
    return (caught as JaarparseError).message;
  };

  it('stops reading once the unreadable pages decide the refusal, and says which pages it did not read', async () => {
    // After page 3, three of at most five pages with text are unreadable: whatever pages 4 and 5 hold, it is refused.
    expect(await refusalMessage(await mixed('gggrr'))).toBe('the text layer of pages 1–3 is unreadable, at least half of the pages with text (pages 4–5 not read): OCR the PDF first');
    expect(await refusalMessage(await mixed('ggrgr'))).toBe('the text layer of pages 1–2, 4 is unreadable, at least half of the pages with text (page 5 not read): OCR the PDF first');
  });

  it('reads every page when the refusal is decided only by the last ones', async () => {
    expect(await refusalMessage(await mixed('rrgg'))).toBe('the text layer of pages 3–4 is unreadable: OCR them first');
  });

  it('stops early only where reading on would have refused the PDF too', () => {
    // Pages as they come: unreadable (u), readable with text (t), without text (e).
    let earlyStops = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom('u', 't', 'e'), { maxLength: 40 }), (pages) => {
        let unreadable = 0;
        let withText = 0;
        let stoppedAt: number | null = null;
        pages.forEach((kind, k) => {
          if (kind !== 'e') withText++;
          if (kind === 'u') unreadable++;
          if (stoppedAt === null && kind === 'u' && refusalIsCertain(unreadable, withText, pages.length - k - 1)) stoppedAt = k;
        });
        if (stoppedAt !== null) expect(refusalIsCertain(unreadable, withText, 0)).toBe(true);
        if (stoppedAt !== null && stoppedAt < pages.length - 1) earlyStops++;
      }),
      { numRuns: 500 },
    );
    // The property above says nothing unless some generated PDFs were stopped before their last page.
    expect(earlyStops).toBeGreaterThan(0);
  });

  it('reads the readable pages of a mostly readable PDF and names the unreadable one in a warning', async () => {
    const good = (n: number) => [text(`Programma ${n} Veiligheid`, 18), text('De gemeente werkt aan een veilige leefomgeving voor de inwoners van de stad.'), text('Wat heeft het gekost?', 13), row('Lasten', '1.200', '1.300'), row('Baten', '200', '250')];
    const doc = await PDFDocument.load(await makePdf([good(1), good(2)]));
    const [garbled] = await doc.copyPages(await PDFDocument.load(await excerpt()), [1]);
    doc.insertPage(1, garbled!);
    const report = await parseBytes(await doc.save());
    expect(report.source.pages).toBe(3);
    expect(report.diagnostics.filter((d) => d.code === 'pdf.unreadable-text-layer').map((d) => d.message)).toEqual([
      'the text layer of page 2 is unreadable (its fonts map glyphs to no letters) and left out: OCR it first',
    ]);
    expect(find(report, 'programme').map((p) => p.title)).toEqual(['Veiligheid', 'Veiligheid']);
  });

  it('judges a page by its unmapped characters and by its common Dutch words, and leaves short pages alone', () => {
    const prose = 'De gemeente heeft in het afgelopen jaar veel bereikt op het gebied van wonen en zorg voor de inwoners. '.repeat(3);
    expect(isUnreadable(measurePage(prose))).toBe(false);
    const table = 'Veiligheid Openbare orde Brandweer Rampenbestrijding Handhaving Toezicht Vergunningen Leges Omgevingsvergunning Bestemmingsplannen Wegen Straten Pleinen Verkeersmaatregelen Parkeren Openbaar vervoer Riolering Afval Milieubeheer Begraafplaatsen Totaal lasten 1.200 1.300 Totaal baten 200 250 Saldo van baten en lasten';
    expect(isUnreadable(measurePage(table))).toBe(false);
    expect(isUnreadable(measurePage('\u0001 \u0002 \u0003 ,-./ \u0004 \u0005 \u0006 '.repeat(10)))).toBe(true);
    expect(isUnreadable(measurePage('Lkw vqbbyhu ehvwrwhq kdqj vwuhn ydq rqv prgho '.repeat(6)))).toBe(true);
    expect(isUnreadable(measurePage('\u0001\u0002 12'))).toBe(false);
    expect(pageRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
  });
});

describe('PDF unit captions', () => {
  const years = (...labels: string[]) => ({ cells: labels.map((t, k) => ({ text: t, x: 330 + k * 110, right: true })) });
  const multipliers = async (pages: Parameters<typeof makePdf>[0]) => find(await parseBytes(await makePdf(pages)), 'budgetTable').map((t) => t.multiplier);

  it('takes a caption on its own line above a title and a two-line header', async () => {
    expect(await multipliers([[
      text('Wat gaat het kosten?', 13),
      text('bedragen x € 1.000'),
      text('Tabel 1.2 - Baten en lasten P1 Veiligheid'),
      years('Rekening', 'Begroting', 'Begroting'),
      years('2022', '2023', '2024'),
      row('Baten', '1.972', '2.601', '102'),
      row('Lasten', '-5.234', '-6.802', '-4.204'),
      row('Saldo van baten en lasten', '-3.262', '-4.201', '-4.102'),
    ]])).toEqual([1000]);
  });

  it('takes a caption in the first cell of the second header line, beside a sign legend', async () => {
    expect(await multipliers([[
      text('Tabel 5.3 - Baten en lasten P5 Natuur'),
      years('Rekening', 'Begroting', 'Begroting'),
      { cells: [{ text: '( "-"= nadeel / "+"= voordeel ) bedragen x € 1.000', x: 50 }, ...years('2023', '2024', '2025').cells] },
      row('Baten', '11.960', '12.022', '12.989'),
      row('Lasten', '-19.337', '-20.252', '-19.995'),
      row('Saldo van baten en lasten', '-7.377', '-8.230', '-7.006'),
    ]])).toEqual([1000]);
  });

  it('takes a caption right below the table', async () => {
    expect(await multipliers([[
      text('Wat heeft het gekost?', 13),
      years('Rekening 2022', 'Begroting 2023', 'Begroting 2024'),
      row('Lasten', '4.512', '4.730', '4.981'),
      row('Baten', '1.204', '1.150', '1.175'),
      row('Saldo', '-3.308', '-3.580', '-3.806'),
      text('Bedragen (x € 1.000)'),
      text('De lasten stijgen door hogere kosten van de jeugdzorg in de komende jaren.'),
    ]])).toEqual([1000]);
  });

  it('gives the caption over a table to the table set right under it that has none of its own', async () => {
    // "bedragen in €" over the contributions, the dividends right under them: nothing between the two tables.
    expect(await multipliers([[
      text('bedragen x € 1.000'),
      years('Rekening 2022', 'Begroting 2023', 'Begroting 2024'),
      row('Lasten', '4.512', '4.730', '4.981'),
      row('Baten', '1.204', '1.150', '1.175'),
      years('Rekening 2022', 'Begroting 2023', 'Begroting 2024'),
      row('Toevoegingen reserves', '54', '-', '12'),
      row('Onttrekkingen reserves', '120', '80', '-'),
    ]])).toEqual([1000, 1000]);
  });

  it('does not carry a caption past the table it governs to a table below it without one', async () => {
    expect(await multipliers([[
      text('bedragen x € 1.000'),
      years('Rekening 2022', 'Begroting 2023', 'Begroting 2024'),
      row('Lasten', '4.512', '4.730', '4.981'),
      row('Baten', '1.204', '1.150', '1.175'),
      row('Saldo', '-3.308', '-3.580', '-3.806'),
      text('Investeringen', 13),
      text('Tabel 1.1 - Investeringen P1 Veiligheid'),
      years('Krediet', 'Besteed', 'Restant'),
      row('Tractie', '54.500', '-', '54.500'),
      row('Totaal', '54.500', '-', '54.500'),
    ]])).toEqual([1000, 1]);
  });
});

describe('PDF wrapped first cells', () => {
  // As in a published begroting: names in a narrow first column over two or three lines 11 points apart,
  // rows 14 points apart, the values on the name's last line.
  const cell = (t: string, lead: number) => ({ cells: [{ text: t, x: 50 }], size: 9, lead });
  const valueRow = (t: string, lead: number, ...values: string[]) => ({ cells: [{ text: t, x: 50 }, ...values.map((v, k) => ({ text: v, x: 300 + k * 70, right: true }))], size: 9, lead });
  const header = { cells: [{ text: 'Effectindicator', x: 50 }, ...['Peilwaarde', '2025', '2026', '2027'].map((t, k) => ({ text: t, x: 300 + k * 70, right: true }))], size: 9 };

  it('reads a name wrapped over two and three lines as one name, whichever line holds the values', async () => {
    const pdf = await makePdf([[
      text('Effectindicatoren', 13),
      header,
      cell('% inwoners met', 29),
      valueRow('schuldenproblematiek', 11, '6,9', '5,9', '5,9', '5,9'),
      cell('Aantal inwoners met', 14),
      cell('bijstandsuitkering (per', 11),
      valueRow('1.000 inwoners)', 11, '13,9', '13,8', '13,7', '13,6'),
      valueRow('% eenzaamheid', 14, '51,1', '47', '46', '45'),
      text('De cijfers komen van het CBS en worden elk jaar in het voorjaar bijgewerkt door de gemeente.'),
    ]]);
    const names = find(await parseBytes(pdf), 'indicator').map((i) => i.name);
    expect(names).toEqual(['% inwoners met schuldenproblematiek', 'Aantal inwoners met bijstandsuitkering (per 1.000 inwoners)', '% eenzaamheid']);
  });

  it('keeps the columns of a joined row apart however close they stand (a name ending where the unit begins)', async () => {
    // The name column ends 3 points before the unit column: written out, one space would part them.
    const at = (t: string, x: number) => ({ text: t, x });
    const pdf = await makePdf([[
      text('Beleidsindicatoren', 13),
      { cells: [at('Nr.', 50), at('Indicator', 70), at('Eenheid', 153), at('Realisatie', 330), at('Landelijk', 420)], size: 8 },
      { cells: [at('23', 50), at('Kinderen in uitkering', 70), at('% kinderen tot 18', 153), at('4%', 330), at('7%', 420)], size: 8, lead: 20 },
      { cells: [at('(2018)', 330), at('(2018)', 420)], size: 8, lead: 12 },
      { cells: [at('27', 50), at('Jongeren met een', 70), at('% jongeren', 153), at('1,3%', 330), at('1,6%', 420)], size: 8, lead: 12 },
      { cells: [at('delict', 70), at('(2021)', 330), at('(2021)', 420)], size: 8, lead: 12 },
    ]]);
    const indicators = find(await parseBytes(pdf), 'indicator');
    expect(indicators.map((i) => [i.name, i.unit])).toEqual([['Kinderen in uitkering', '% kinderen tot 18'], ['Jongeren met een delict', '% jongeren']]);
    expect(indicators[0]!.values.map((v) => [v.label, v.year, v.value, v.series])).toEqual([['realisatie', 2018, 4, 'gemeente'], [null, 2018, 7, 'nederland']]);
  });

  it('leaves rows alone when the rows stand as close as the lines of a cell', async () => {
    const pdf = await makePdf([[
      text('Wat heeft het gekost?', 13),
      { cells: [{ text: 'Rekening 2022', x: 330, right: true }, { text: 'Begroting 2023', x: 440, right: true }] },
      cell('Bestuur', 16),
      row('Lasten', '1.200', '1.300'),
      row('Baten', '200', '250'),
      cell('Veiligheid', 16),
      row('Lasten', '900', '950'),
    ]]);
    expect(budgetRows(await parseBytes(pdf)).map((r) => r[0])).toEqual(['Lasten', 'Baten', 'Lasten']);
  });
});

describe('PDF page footers', () => {
  it('keeps a footer with "bladzijde N" out of the last row of a table', async () => {
    const pdf = await makePdf([[
      text('Wat heeft het gekost?', 13),
      { cells: [{ text: 'Begroting 2025', x: 330, right: true }, { text: 'Begroting 2026', x: 440, right: true }] },
      row('Lasten', '3.300', '3.300'),
      row('Baten', '1.200', '1.200'),
      row('Totaaltelling rapport', '2.100', '2.100'),
      { cells: [{ text: 'dinsdag 16 december 2025', x: 50 }, { text: 'bladzijde 1', x: 480 }] },
    ]]);
    const report = await parseBytes(pdf);
    expect(budgetRows(report).map((r) => r[0])).toEqual(['Lasten', 'Baten', 'Totaaltelling rapport']);
  });
});

describe('PDF two-column pages and tables', () => {
  it('should not read a table whose right half holds values with their year ("0,6 (2022)") as a second text column', () => {
    const it9 = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 4.5, size: 9 });
    const items = [];
    for (let k = 0; k < 12; k++) {
      const y = 700 - k * 30;
      items.push(it9(`${k + 1}. Indicator met een lange naam nummer ${k}`, 60, y), it9('Aantal per 1.000', 276, y + 8), it9('inwoners', 291, y - 8));
      items.push(it9('CBS', 377, y), it9(`${k},6 (2022)`, 425, y), it9(`${k},3 (2022)`, 510, y));
    }
    expect(gutter(items, 595)).toBeNull();
  });
});
