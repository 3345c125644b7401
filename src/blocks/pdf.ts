/**
 * The PDF reader: text items with their positions from pdf.js, grouped into
 * lines by baseline; the horizontal gaps between items become runs of spaces
 * (a gap as wide as several characters is a column boundary), so the lines
 * read like the column-aligned text that the text reader already turns into
 * tables. The lines form a synthetic text layer that positions are counted
 * in; every block also carries its page and bounding box. Lines set clearly
 * larger than the body text are headings; a bare page number at the top or
 * bottom of a page is page furniture.
 *
 * No OCR: a PDF without a text layer is refused, and so is one whose text
 * layer is garbage on most pages (fonts without a usable ToUnicode map);
 * a few such pages among readable ones are left out with a warning.
 */
import type { Block, BlockDiagnostic, ReadResult, Span, TableBlock } from './model.js';
import { tableWidth } from './table-width.js';
import { lineIndex } from './span.js';
import { JaarparseError } from '../errors.js';
import { normaliseLine } from '../normalise/line.js';
import { isUnreadable, measurePage, pageRanges, refusalIsCertain } from './pdf-readability.js';
import { captionAbove, captionBelow, governingCaption, ownCaption } from './pdf-caption.js';
import { isAnchor, isValue, joinWrappedFirstCells } from './pdf-wrapped-cells.js';
import { geometricTables, type GeoTable, type PlacedItem } from './pdf-table.js';
import { bandTables } from './pdf-band-table.js';
import { readLines, splitIntoLines } from './text.js';
import { OneLineParagraph } from './one-line-paragraph.js';

export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** The top edge when the item stands for several lines (a wrapped cell joined); else y + size. */
  top?: number;
  /** A column of a row whose cells were joined: it stands apart from the column before it, however close. */
  column?: boolean;
  /** The items of the page's lines a joined cell was made of. */
  parts?: Item[];
}

interface PdfLine {
  page: number;
  text: string;
  size: number;
  box: { x: number; y: number; width: number; height: number };
  first: boolean;
  last: boolean;
  /** The baseline (PDF coordinates) and the items with their places in `text`, for the table reader. */
  baseline: number;
  top: number;
  items: PlacedItem[];
  repeated?: boolean;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * A two-column page has a vertical gutter near the middle that (almost) no
 * text crosses, with plenty of text on both sides: returns its x, or null.
 */
export function gutter(items: Item[], pageWidth: number): number | null {
  const text = items.filter((it) => it.str.trim() !== '');
  if (text.length < 10) return null;
  for (const share of [0.5, 0.45, 0.55, 0.4, 0.6]) {
    const x = pageWidth * share;
    let crossing = 0;
    let left = 0;
    let right = 0;
    for (const it of text) {
      if (it.x < x && it.x + it.width > x) crossing++;
      else if (it.x + it.width <= x) left++;
      else right++;
    }
    if (crossing <= text.length * 0.02 && left >= text.length * 0.3 && right >= text.length * 0.3) {
      // Both columns must run down the page side by side, not be a table's label and amount columns:
      // most lines of the left column must hold prose that reaches close to the gutter.
      const reaching = text.filter((it) => it.x + it.width <= x && it.x + it.width > x - pageWidth * 0.12).length;
      // A right "column" of amounts or values ("0,6 (2022)": a value with its year) is a table's, not a second column of text.
      const rightItems = text.filter((it) => it.x + it.width > x);
      const numeric = rightItems.filter((it) => /^[-−(]?[\d.,]+[)%-]?(?:\s*\(\d{4}\))?$|^\S*\d{4}$/.test(it.str.trim())).length;
      if (reaching >= left * 0.3 && numeric < rightItems.length * 0.3) return x;
    }
  }
  return null;
}

/**
 * The raw lines of a page, one list per text column (a two-column page
 * left column first): items grouped by baseline, nothing joined yet.
 */
function readingColumns(items: Item[], pageWidth: number): Item[][][] {
  const x = gutter(items, pageWidth);
  if (x === null) return [groupLines(items)];
  return [groupLines(items.filter((it) => it.x + it.width / 2 < x)), groupLines(items.filter((it) => it.x + it.width / 2 >= x))];
}

/** Groups a page's items into lines, top to bottom, items left to right. */
function groupLines(items: Item[]): Item[][] {
  const sorted = items.filter((it) => it.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Item[][] = [];
  for (const it of sorted) {
    const group = groups[groups.length - 1];
    const ref = group?.[0];
    if (group && ref && Math.abs(ref.y - it.y) <= Math.max(ref.size, it.size) * 0.4) group.push(it);
    else groups.push([it]);
  }
  for (const group of groups) group.sort((a, b) => a.x - b.x);
  return groups;
}

/** A line's items written out as text: a wide gap (a column boundary) becomes a run of spaces. */
function toPdfLine(group: Item[], page: number, pageHeight: number): PdfLine {
  let text = '';
  let end = group[0]!.x;
  const placed: PlacedItem[] = [];
  for (const it of group) {
    const charWidth = it.str.length > 0 && it.width > 0 ? it.width / it.str.length : it.size * 0.5;
    const gap = it.x - end;
    if (text !== '') {
      // A gap of several characters is a column boundary: make it a wide run of spaces.
      if (gap > charWidth * 1.8 || (it.column && gap > 0)) text += ' '.repeat(Math.min(40, Math.max(3, Math.round(gap / charWidth))));
      else if (gap > charWidth * 0.2 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
    }
    const lead = it.str.length - it.str.trimStart().length;
    const trimmed = it.str.trim();
    placed.push({ str: trimmed, x: it.x, right: it.x + it.width, start: text.length + lead, end: text.length + lead + trimmed.length });
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  const x = group[0]!.x;
  const size = Math.max(...group.map((it) => it.size));
  const top = Math.max(...group.map((it) => it.top ?? it.y + it.size));
  return { page, text: text.replace(/\s+$/, ''), size, box: { x, y: pageHeight - top, width: end - x, height: group.some((it) => it.top !== undefined) ? top - Math.min(...group.map((it) => it.y)) : size }, first: false, last: false, baseline: group[0]!.y, top, items: placed.filter((it) => it.str !== '') };
}

/** Marks each page's first and last line (where a bare page number is furniture). */
function markPageEdges(lines: PdfLine[]): void {
  lines.forEach((l, k) => {
    l.first = k === 0 || lines[k - 1]!.page !== l.page;
    l.last = k === lines.length - 1 || lines[k + 1]!.page !== l.page;
  });
}

/**
 * The raw lines (numbered over all columns) that the wrapped-cell joiner
 * puts into a row standing partly above the line with its values: a row
 * whose cells are centred on their values, taller than a line.
 *
 *                  Aantal inwoners met
 *   1   bijstandsuitkering (per 1.000 inw)    13,9   13,8   ← the values, centred
 *                  en gezinnen
 */
function centredRowLines(columns: readonly PageColumn[], joinedColumns: ReadonlyArray<Item[][]>): Set<number> {
  const out = new Set<number>();
  let base = 0;
  for (const [n, column] of columns.entries()) {
    const lineOf = new Map<Item, number>();
    column.groups.forEach((g, k) => g.forEach((it) => lineOf.set(it, base + k)));
    for (const joined of joinedColumns[n]!) {
      const from = new Set(joined.flatMap((it) => (it.parts ?? [it]).map((p) => lineOf.get(p)!)));
      const baseline = joined[0]!.y;
      // Values on a line of their own, centred in the row, the table reader gives to the row nearest them.
      const anchor = column.groups.find((g) => g[0]!.y === baseline);
      if (!anchor || anchor.every((it) => isValue(it.str.trim()))) continue;
      // A header joined over its levels is no row (its lines are the table's header).
      if (isAnchor(joined) && from.size > 1 && [...from].some((k) => column.groups[k - base]![0]!.y > baseline)) for (const k of from) out.add(k);
    }
    base += column.groups.length;
  }
  return out;
}

/**
 * A geometric table whose body holds a centred row is left to the joiner
 * and the text reader: the table reader takes the part of a row above its
 * values for a group line or a header, and cuts the row in two.
 */
function readsCentredRows(table: GeoTable, centred: ReadonlySet<number>): boolean {
  const header = new Set(table.rows.slice(0, table.headerRows).flatMap((row) => row.flatMap((c) => c.pieces.map((p) => p.line))));
  for (let k = table.first; k <= table.last; k++) if (centred.has(k) && !header.has(k)) return true;
  return false;
}

/** A text column of a page: its raw lines, top to bottom. */
interface PageColumn {
  page: number;
  pageHeight: number;
  groups: Item[][];
}

/**
 * The two PDF table stages in order. Tables are read from the page geometry
 * first, on the raw lines: their reader places every piece of a wrapped cell
 * by its own position, and a header level centred over two columns ("2025"
 * over "lasten" and "baten") or a group line at the label ("Reserve") must
 * stay a line of its own for it. Only the lines no geometric table claims
 * are then joined into rows by their line pitch (pdf-wrapped-cells.ts), for
 * the text reader. Returns the lines and the tables, their line numbers
 * counted in those lines.
 */
function linesAndTables(columns: readonly PageColumn[]): { lines: PdfLine[]; tables: GeoTable[] } {
  const raw: PdfLine[] = [];
  const rawGroups: Item[][] = [];
  const columnOf: number[] = [];
  /** The raw line each column starts at. */
  const firstOf: number[] = [];
  columns.forEach((c, n) => {
    firstOf.push(raw.length);
    for (const g of c.groups) {
      raw.push(toPdfLine(g, c.page, c.pageHeight));
      rawGroups.push(g);
      columnOf.push(n);
    }
  });
  markPageEdges(raw);
  // Each text column's lines joined whole: the centred rows are found in them, and a column no table cuts is read from them.
  const joinedColumns = columns.map((c) => joinWrappedFirstCells(c.groups));
  const centred = centredRowLines(columns, joinedColumns);
  const marked = markRepeated(raw);
  // A page of tall rows (pdf-band-table.ts) is one table; what the line-wise reader found on it is a piece of it.
  const tallRows = bandTables(marked);
  const geometric = geometricTables(marked).filter((t) => !readsCentredRows(t, centred) && !tallRows.some((b) => t.first <= b.last && b.first <= t.last));
  const found = [...geometric, ...tallRows].sort((a, b) => a.first - b.first);
  const tableAt = new Map(found.map((t) => [t.first, t]));
  const lines: PdfLine[] = [];
  const index = new Map<number, number>();
  const tables: GeoTable[] = [];
  let k = 0;
  while (k < raw.length) {
    const table = tableAt.get(k);
    if (table) {
      for (let j = table.first; j <= table.last; j++) {
        index.set(j, lines.length);
        lines.push(raw[j]!);
      }
      tables.push(table);
      k = table.last + 1;
      continue;
    }
    // A stretch of one text column up to the next table; the whole column was joined already.
    let end = k;
    while (end + 1 < raw.length && columnOf[end + 1] === columnOf[k] && !tableAt.has(end + 1)) end++;
    const n = columnOf[k]!;
    const column = columns[n]!;
    const whole = k === firstOf[n] && end - k + 1 === column.groups.length;
    for (const g of whole ? joinedColumns[n]! : joinWrappedFirstCells(rawGroups.slice(k, end + 1))) lines.push(toPdfLine(g, column.page, column.pageHeight));
    k = end + 1;
  }
  markPageEdges(lines);
  const remap = (line: number): number => index.get(line)!;
  return {
    lines,
    tables: tables.map((t) => ({ ...t, first: remap(t.first), last: remap(t.last), rows: t.rows.map((row) => row.map((cell) => ({ ...cell, pieces: cell.pieces.map((p) => ({ ...p, line: remap(p.line) })) }))) })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * How pdf.js loads a document: no eval, no system or web fonts (only the text
 * layer is read), no console noise, and damaged objects skipped rather than
 * fatal. Exported so that the benchmark times pdf.js's own text extraction
 * with the same options.
 */
export const PDFJS_OPTIONS = { isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0, stopAtErrors: false } as const;

async function loadPdfJs(): Promise<PdfJs> {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

export { REFUSE_UNREADABLE_SHARE } from './pdf-readability.js';

/**
 * Reads a PDF into blocks over a synthetic text layer.
 * @throws JaarparseError E_PDF_ENCRYPTED, E_PDF_DAMAGED, E_NO_TEXT_LAYER
 * @example const { blocks, text, pages } = await readPdf(bytes)
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult & { text: string; pages: number }> {
  const pdfjs = await loadPdfJs();
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw new JaarparseError('E_PDF_ENCRYPTED', 'encrypted PDF: cannot read without a password');
    throw new JaarparseError('E_PDF_DAMAGED', `damaged PDF: ${(error as Error).message ?? String(error)}`);
  }
  const columns: PageColumn[] = [];
  const unreadable: number[] = [];
  let pagesWithText = 0;
  // The last page read: before the last one when the unreadable pages already decide the verdict.
  let lastRead = doc.numPages;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const width = page.view[2] ?? 595;
      const height = page.view[3] ?? 842;
      const items: Item[] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const t = raw.transform as number[];
        items.push({ str: raw.str, x: t[4] ?? 0, y: t[5] ?? 0, width: raw.width, size: Math.abs(t[3] ?? 0) || raw.height || 10 });
      }
      page.cleanup();
      const measured = measurePage(items.map((it) => it.str).join(' '));
      if (measured.chars > 0) pagesWithText++;
      if (isUnreadable(measured)) {
        unreadable.push(p);
        if (refusalIsCertain(unreadable.length, pagesWithText, doc.numPages - p)) {
          lastRead = p;
          break;
        }
        continue;
      }
      for (const groups of readingColumns(items, width)) if (groups.length > 0) columns.push({ page: p, pageHeight: height, groups });
    }
  } catch (error) {
    throw new JaarparseError('E_PDF_DAMAGED', `damaged PDF: ${(error as Error).message ?? String(error)}`);
  } finally {
    await doc.destroy();
  }
  const garbled = unreadable.length > 0 ? `the text layer of ${unreadable.length === 1 ? 'page' : 'pages'} ${pageRanges(unreadable)} is unreadable` : '';
  const ocr = `OCR ${unreadable.length === 1 ? 'it' : 'them'} first`;
  if (lastRead < doc.numPages) {
    const left = lastRead + 1 === doc.numPages ? `page ${doc.numPages}` : `pages ${lastRead + 1}–${doc.numPages}`;
    throw new JaarparseError('E_NO_TEXT_LAYER', `${garbled}, at least half of the pages with text (${left} not read): OCR the PDF first`);
  }
  const { lines, tables } = linesAndTables(columns);
  if (refusalIsCertain(unreadable.length, pagesWithText, 0) || (unreadable.length > 0 && lines.length === 0)) {
    throw new JaarparseError('E_NO_TEXT_LAYER', `${garbled}: ${ocr}`);
  }
  if (lines.length === 0) throw new JaarparseError('E_NO_TEXT_LAYER', 'no text layer: OCR it first');
  const pages = doc.numPages;

  // The synthetic text: one line per PDF line, a blank line between pages.
  const starts: number[] = [];
  let text = '';
  let previousPage = lines[0]!.page;
  for (const line of lines) {
    if (line.page !== previousPage) text += '\n';
    previousPage = line.page;
    starts.push(text.length);
    text += line.text + '\n';
  }
  const read = readWithTables(text, starts, tables);
  const body = median(lines.map((l) => l.size));
  const lineAt = (offset: number): number => lineIndex(starts, offset);
  const annotate = (span: Span): void => {
    const a = lineAt(span.start);
    const b = lineAt(Math.max(span.start, span.end - 1));
    const first = lines[a]!;
    let x0 = first.box.x;
    let y0 = first.box.y;
    let x1 = first.box.x + first.box.width;
    let y1 = first.box.y + first.box.height;
    for (let k = a + 1; k <= b; k++) {
      const l = lines[k]!;
      if (l.page !== first.page) break;
      x0 = Math.min(x0, l.box.x);
      y0 = Math.min(y0, l.box.y);
      x1 = Math.max(x1, l.box.x + l.box.width);
      y1 = Math.max(y1, l.box.y + l.box.height);
    }
    span.page = first.page;
    span.bbox = { x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0) };
  };
  const blocks: Block[] = read.blocks.map((block) => {
    if (block.kind === 'paragraph' && block.lines.length === 1) {
      const line = lines[lineAt(block.span.start)]!;
      if (/^\d{1,4}$/.test(block.text.trim()) && (line.first || line.last)) {
        return { kind: 'clutter', text: block.text, reason: 'page-number', span: block.span };
      }
      if (body > 0 && line.size >= body * 1.2 && block.text.length <= 120) {
        return { kind: 'heading', text: block.text, depth: line.size >= body * 1.6 ? 1 : 2, span: block.span };
      }
    }
    // Its span is set a page and a box in place below: a span made when read would not keep them.
    return block instanceof OneLineParagraph ? block.plain() : block;
  });
  const merged = withCaptions(joinAcrossPages(blocks, (offset) => lines[lineAt(offset)]!.page), lines, lineAt);
  for (const block of merged) {
    annotate(block.span);
    if (block.kind === 'paragraph') for (const l of block.lines) annotate(l.span);
    else if (block.kind === 'list') for (const it of block.items) annotate(it.span);
    else if (block.kind === 'table') for (const row of block.rows) for (const cell of row) annotate(cell.span);
  }
  const diagnostics: BlockDiagnostic[] = unreadable.length === 0 ? read.diagnostics : [
    { severity: 'warning' as const, code: 'pdf.unreadable-text-layer', message: `${garbled} (its fonts map glyphs to no letters) and left out: OCR ${unreadable.length === 1 ? 'it' : 'them'} first`, span: null },
    ...read.diagnostics,
  ];
  return { blocks: merged, diagnostics, text, pages };
}

/**
 * Reads the synthetic text with the text reader, except the lines of the
 * tables read from the page's geometry (pdf-table.ts): those lines are
 * blank to the text reader and their tables take their place.
 */
function readWithTables(text: string, starts: readonly number[], tables: readonly GeoTable[]): ReadResult {
  // Lines as views into the text at any size: the PDF's text stays with the parse (the report's positions point into it).
  const source = splitIntoLines(text, Infinity);
  if (tables.length === 0) return readLines(source);
  const byStart = new Map(source.map((l, k) => [l.start, k]));
  const blocks: Block[] = [];
  for (const t of tables) {
    for (let k = t.first; k <= t.last; k++) {
      const s = byStart.get(starts[k]!);
      if (s !== undefined) source[s] = { ...source[s]!, text: '', map: null, tabs: null };
    }
    const at = (p: { line: number; start: number; end: number }): Span => ({ start: starts[p.line]! + p.start, end: starts[p.line]! + p.end });
    const rows = t.rows.map((row) => row.map((cell) => {
      const first = cell.pieces[0];
      const lastPiece = cell.pieces[cell.pieces.length - 1];
      const rowStart = starts[t.first]!;
      const span: Span = first && lastPiece ? { start: at(first).start, end: at(lastPiece).end } : { start: rowStart, end: rowStart };
      return { text: normaliseLine(cell.text).text, span };
    }));
    // An empty cell sits where its row starts.
    for (const row of rows) {
      const anchor = row.find((c) => c.span.end > c.span.start)?.span.start ?? starts[t.first]!;
      for (const c of row) if (c.span.end === c.span.start) c.span = { start: anchor, end: anchor };
    }
    blocks.push({ kind: 'table', rows, headerRows: t.headerRows, caption: null, span: { start: starts[t.first]!, end: starts[t.last]! + lineLength(text, starts[t.last]!) } });
  }
  const read = readLines(source);
  return { blocks: [...read.blocks, ...blocks].sort((a, b) => a.span.start - b.span.start), diagnostics: read.diagnostics };
}

/** Running headers and footers stand among this many lines at the top or the bottom of a page. */
const PAGE_EDGE_LINES = 2;

/** Marks the lines at a page's top or bottom whose text recurs at another page's (running headers and footers). */
function markRepeated(lines: PdfLine[]): PdfLine[] {
  const key = (l: PdfLine): string => l.text.replace(/\s+/g, ' ').trim();
  const edge = lines.map((l, k) => {
    let above = 0;
    let below = 0;
    for (let j = k - 1; j >= 0 && lines[j]!.page === l.page; j--) above++;
    for (let j = k + 1; j < lines.length && lines[j]!.page === l.page; j++) below++;
    return above < PAGE_EDGE_LINES || below < PAGE_EDGE_LINES;
  });
  const pagesOf = new Map<string, Set<number>>();
  lines.forEach((l, k) => {
    if (!edge[k]) return;
    if (!pagesOf.has(key(l))) pagesOf.set(key(l), new Set());
    pagesOf.get(key(l))!.add(l.page);
  });
  return lines.map((l, k) => (edge[k] && (pagesOf.get(key(l))?.size ?? 0) > 1 ? { ...l, repeated: true } : l));
}

function lineLength(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return (end < 0 ? text.length : end) - start;
}

/**
 * A table that continues on the next page (only page furniture between the
 * parts, the same number of columns, the header repeated or absent) is one
 * table; the furniture follows it.
 */
export function joinAcrossPages(blocks: Block[], pageOf: (offset: number) => number): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i]!;
    if (block.kind !== 'table') {
      out.push(block);
      i++;
      continue;
    }
    let table: TableBlock = block;
    const furniture: Block[] = [];
    let j = i + 1;
    for (;;) {
      let k = j;
      const between: Block[] = [];
      while (k < blocks.length && blocks[k]!.kind === 'clutter') between.push(blocks[k++]!);
      const next = blocks[k];
      if (!next || next.kind !== 'table' || pageOf(next.span.start) === pageOf(Math.max(table.span.start, table.span.end - 1))) break;
      const width = tableWidth(table.rows);
      if (tableWidth(next.rows) !== width) break;
      const header = table.rows.slice(0, table.headerRows).map((r) => r.map((c) => c.text).join('|'));
      const nextHeader = next.rows.slice(0, next.headerRows).map((r) => r.map((c) => c.text).join('|'));
      if (next.headerRows > 0 && nextHeader.join('\n') !== header.join('\n')) break;
      // A repeated header row is furniture of the new page, not data.
      const repeated = next.rows.slice(0, next.headerRows).map((r): Block => ({ kind: 'clutter', text: r.map((c) => c.text).join(' | '), reason: 'repeated-header', span: { start: r[0]!.span.start, end: r[r.length - 1]!.span.end } }));
      table = { ...table, rows: [...table.rows, ...next.rows.slice(next.headerRows)], span: { start: table.span.start, end: next.span.end } };
      furniture.push(...between, ...repeated);
      j = k + 1;
    }
    out.push(table, ...furniture);
    i = j;
  }
  return out;
}

/**
 * Gives each table the unit caption that governs it on the page (see
 * pdf-caption.ts), where the recognisers find it whatever line it stood on.
 */
function withCaptions(blocks: Block[], lines: readonly PdfLine[], lineAt: (offset: number) => number): Block[] {
  const tables = blocks.flatMap((b, k) => (b.kind === 'table' ? [k] : []));
  // A caption above a table governs the tables right under it (nothing between them: no heading, no title
  // of their own) until one has a caption of its own.
  let governing: { page: number; text: string } | null = null;
  return blocks.map((block, k) => {
    if (block.kind !== 'table') return block;
    const t = tables.indexOf(k);
    const previous = t > 0 ? blocks[tables[t - 1]!]! : null;
    const next = t + 1 < tables.length ? blocks[tables[t + 1]!]! : null;
    const at = {
      first: lineAt(block.span.start),
      last: lineAt(Math.max(block.span.start, block.span.end - 1)),
      previousEnd: previous ? lineAt(Math.max(previous.span.start, previous.span.end - 1)) : -1,
      nextStart: next ? lineAt(next.span.start) : lines.length,
    };
    const page = lines[at.first]!.page;
    const own = block.caption ?? ownCaption(block) ?? captionBelow(lines, at);
    const above = captionAbove(lines, at);
    const adjoining = previous !== null && at.first === at.previousEnd + 1;
    const inherited = governing !== null && governing.page === page && adjoining ? governing.text : null;
    if (above !== null) governing = { page, text: above };
    else if (own !== null || inherited === null) governing = null;
    if (block.caption !== null) return block;
    const caption = governingCaption(block, lines, { ...at, governing: inherited });
    return caption === null ? block : { ...block, caption };
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
