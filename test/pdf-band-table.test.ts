/**
 * Tables of tall rows read from the page geometry (src/blocks/pdf-band-table.ts):
 * a landscape party table whose cells run over several lines, no rule lines.
 * A budget table of short rows under a title is left to the line-wise reader:
 * test/pdf.test.ts "takes a caption on its own line above a title …" fails
 * when it is not.
 */
import { describe, expect, it } from 'vitest';
import { parseBytes, type Node, type Report } from '../src/index.js';
import { readPdf } from '../src/blocks/pdf.js';
import { makePdf, type PdfLine } from './helpers/make-pdf.js';

const COLUMNS = [40, 150, 250, 420];

/** A line with a piece of text in some of the four columns; null leaves a column empty. */
const line = (cells: Array<string | null>, lead = 12): PdfLine => ({
  cells: cells.flatMap((t, k) => (t === null ? [] : [{ text: t, x: COLUMNS[k]! }])),
  size: 9,
  lead,
});

const header = [line(['Gemeen-', 'Financieel', 'Bestuurlijk belang', 'Omvang risico\'s']), line(['schappelijke', 'belang', null, null]), line(['regeling', null, null, null])];

/** A row of `tall` lines: the name over two lines, the amount beside it, text in the last two columns on every line. */
const tallRow = (name: [string, string], amount: string, tall: number): PdfLine[] =>
  Array.from({ length: tall }, (_, k) => line([k === 1 ? name[0] : k === 2 ? name[1] : null, k === 1 ? amount : null, `regel ${k + 1} van het bestuur`, `risico ${k + 1}`], k === 0 ? 30 : 12));

async function tablePdf(tall: number): Promise<Uint8Array> {
  return makePdf([
    [{ cells: [{ text: 'Verbonden partijen', x: 40 }], size: 16 }],
    [...header, ...tallRow(['Omgevingsdienst', 'Noordkust (ODN)'], '€ 412.000', tall), ...tallRow(['Recreatieschap', 'Duinrand'], '€ 88.500', tall)],
  ]);
}

function parties(report: Report): Array<{ name: string; fields: Record<string, string> }> {
  const out: Array<{ name: string; fields: Record<string, string> }> = [];
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.type === 'connectedParty') out.push({ name: n.name, fields: n.fields });
      if ('children' in n && Array.isArray(n.children)) walk(n.children as Node[]);
    }
  };
  walk(report.children);
  return out;
}

describe('PDF tables of tall rows', () => {
  it('should read each band of lines as one row and each column of it as one cell', async () => {
    const found = parties(await parseBytes(await tablePdf(5)));
    expect(found.map((p) => p.name)).toEqual(['Omgevingsdienst Noordkust (ODN)', 'Recreatieschap Duinrand']);
    expect(found[0]!.fields).toEqual({
      'Financieel belang': '€ 412.000',
      'Bestuurlijk belang': 'regel 1 van het bestuur regel 2 van het bestuur regel 3 van het bestuur regel 4 van het bestuur regel 5 van het bestuur',
      "Omvang risico's": 'risico 1 risico 2 risico 3 risico 4 risico 5',
    });
  });
  it('should not read rows of one or two lines so (they are the line-wise and geometric readers\')', async () => {
    const { blocks } = await readPdf(await tablePdf(2));
    // A band would make one cell of a row's two lines; the other readers keep each line's pieces apart.
    const cells = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat().map((c) => c.text) : []));
    expect(cells.some((t) => t.includes('regel 1') && t.includes('regel 2'))).toBe(false);
  });
});
