/**
 * Tables read from the geometry of a generated PDF page (src/blocks/pdf-table.ts):
 * a sparse table under a two-line header, a table with a text column whose
 * cells wrap and its caption below it, and the same table as text and as PDF.
 */
import { describe, expect, it } from 'vitest';
import { parse, parseBytes, type BudgetTableNode, type Node, type Report } from '../src/index.js';
import { makePdf, row, text, type PdfLine } from './helpers/make-pdf.js';

function find<T extends Node['type']>(report: Report, type: T): Array<Extract<Node, { type: T }>> {
  const out: Node[] = [];
  const stack: Node[] = [...report.children];
  while (stack.length > 0) {
    const n = stack.shift()!;
    out.push(n);
    if ('children' in n && Array.isArray(n.children)) stack.push(...(n.children as Node[]));
  }
  return out.filter((n): n is Extract<Node, { type: T }> => n.type === type);
}

const tables = (r: Report): BudgetTableNode[] => find(r, 'budgetTable');
const rowsOf = (r: Report) => tables(r).flatMap((t) => t.rows.map((x) => [x.label, ...x.values]));
const at = (label: string, x: number): PdfLine['cells'][number] => ({ text: label, x });

describe('PDF tables from the page geometry', () => {
  it('should read a sparse table under a two-line header: each amount in the column it stands under', async () => {
    // Years centred over a lasten and a baten column each; a row fills one column only.
    const years = { cells: [2025, 2026].map((y, k) => ({ text: String(y), x: 330 + k * 160 })), size: 8 };
    const kinds = { cells: [0, 1].flatMap((k) => [at('lasten', 300 + k * 160), at('baten', 365 + k * 160)]), size: 8 };
    const line = (label: string, amounts: Array<[string, number]>): PdfLine => ({ cells: [at(label, 50), ...amounts.map(([a, x]) => ({ text: a, x, right: true }))], size: 8 });
    const pdf = await makePdf([[
      text('Stevige lokale teams'),
      { cells: [at('bedragen x € 1.000', 420)], size: 8 },
      years,
      kinds,
      { cells: [at('Exploitatie', 50)], size: 8 },
      line('Lokale teams jeugd en gezin', [['3.300', 493]]),
      { cells: [at('Reserve', 50)], size: 8 },
      line('Lokale teams jeugd en gezin', [['3.300', 552]]),
      line('Totaal', [['3.300', 493], ['3.300', 552]]),
    ]]);
    const report = await parseBytes(pdf);
    const [table] = tables(report);
    expect(table?.multiplier).toBe(1000);
    expect(table?.columns.map((c) => c.label)).toEqual(['2026 lasten', '2026 baten']);
    expect(rowsOf(report)).toEqual([
      ['Lokale teams jeugd en gezin', 3300, null],
      ['Lokale teams jeugd en gezin', null, 3300],
      ['Totaal', 3300, 3300],
    ]);
  });

  it('should read a table with a text column, cells wrapped over lines and its caption under it', async () => {
    const r = (label: string, amounts: string[], spec: string): PdfLine => ({ cells: [...row(label, ...amounts).cells.map((c, k) => (k === 0 ? c : { ...c, x: 180 + k * 60 })), at(spec, 440)], size: 9, lead: 15 });
    const wrap = (label: string | null, spec: string): PdfLine => ({ cells: [...(label ? [at(label, 50)] : []), at(spec, 440)], size: 9, lead: 15 });
    const pdf = await makePdf([[
      text('In de tabel staan de budgetten voor het onderhoud van de kapitaalgoederen van de gemeente.'),
      { cells: [at('Kapitaalgoed', 50), ...['2021', '2022', '2023'].map((y, k) => ({ text: y, x: 240 + k * 60, right: true })), at('Specificatie', 440)], size: 9, lead: 24 },
      r('Wegen', ['1.227', '1.274', '1.299'], 'Herstel asfalt,'),
      wrap(null, 'bestrating en inspecties'),
      r('Civieltechnische', ['92', '109', '109'], 'Reinigingen,'),
      wrap('kunstwerken', 'schilderen'),
      { cells: [at('Wegmeubilair', 50)], size: 9, lead: 15 },
      r('Riolering', ['1.452', '1.486', '1.450'], 'Reparaties'),
      { cells: [at('x € 1.000 (incl. dotatie voorziening en kapitaallasten)', 50)], size: 9, lead: 15 },
    ]]);
    const report = await parseBytes(pdf);
    expect(tables(report)).toHaveLength(1);
    expect(tables(report)[0]?.multiplier).toBe(1000);
    expect(rowsOf(report).map((x) => x.slice(0, 4))).toEqual([
      ['Wegen', 1227, 1274, 1299],
      ['Civieltechnische kunstwerken', 92, 109, 109],
      ['Riolering', 1452, 1486, 1450],
    ]);
  });

  it('should give the same rows and multiplier as the same table written as text', async () => {
    const txt = 'Bedragen x € 1.000\n\n| | 2022 | 2023 |\n|---|---|---|\n| Primitieve begroting | 326 | 300 |\n| Voorjaarsnota | -1.410 | 12 |\n| Najaarsnota | 506 | -4 |\n';
    const pdf = await makePdf([[
      text('Bedragen x € 1.000'),
      { cells: [{ text: '2022', x: 330, right: true }, { text: '2023', x: 440, right: true }] },
      row('Primitieve begroting', '326', '300'),
      row('Voorjaarsnota', '-1.410', '12'),
      row('Najaarsnota', '506', '-4'),
    ]]);
    const fromPdf = await parseBytes(pdf);
    const fromText = parse(txt);
    expect(rowsOf(fromPdf)).toEqual(rowsOf(fromText));
    expect(tables(fromPdf).map((t) => t.multiplier)).toEqual(tables(fromText).map((t) => t.multiplier));
  });

  it('should put a nil set at the left of its cell in the column right of it, and keep a column of nils', async () => {
    // "Dunea N.V.  -  -": the dashes stand at the cells' left edges, the amounts right-aligned; "-" in every row is a column.
    const line = (label: string, cells: Array<[string, number, boolean]>): PdfLine => ({ cells: [at(label, 50), ...cells.map(([t, x, right]) => ({ text: t, x, right }))] });
    const pdf = await makePdf([[
      text('bedragen in €'),
      { cells: [{ text: '2023', x: 330, right: true }, { text: '2022', x: 440, right: true }, { text: '2021', x: 520, right: true }] },
      line('Alliander N.V.', [['386.121', 330, true], ['265.980', 440, true], ['-', 520, true]]),
      line('Dunea N.V.', [['-', 270, false], ['-', 380, false], ['-', 520, true]]),
      line('BNG N.V.', [['265.980', 330, true], ['242.573', 440, true], ['-', 520, true]]),
    ]]);
    const report = await parseBytes(pdf);
    expect(tables(report)[0]?.multiplier).toBe(1);
    expect(tables(report)[0]?.columns.map((c) => c.label)).toEqual(['2023', '2022', '2021']);
    expect(rowsOf(report)).toEqual([
      ['Alliander N.V.', 386121, 265980, 0],
      ['Dunea N.V.', 0, 0, 0],
      ['BNG N.V.', 265980, 242573, 0],
    ]);
  });
});
