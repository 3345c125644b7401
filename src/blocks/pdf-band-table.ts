/**
 * Tables of tall rows from the geometry of a PDF page: a landscape table
 * whose cells run to many lines each (a party's name wrapped over five
 * lines, its text over twelve), with no rule lines. Read a line at a time
 * such a table is loose words; read as a whole page it has two kinds of
 * white: vertical gaps that no text item crosses on the whole page (the
 * column boundaries) and baseline gaps wider than the line pitch (the row
 * boundaries):
 *
 *   Gemeen-        Financieel   Bestuurlijk belang          Omvang risico's    ← header band
 *   schappelijke   belang
 *   regeling
 *                               De Veiligheidsregio voert   De niet afgedekte  ← a row: one band,
 *   Veiligheids-   € 2.207.160  taken uit op het gebied     risico's zijn …       every column's
 *   regio (VRH)                 van brandweerzorg …         - Loopbaanbeleid;     lines one cell
 *
 *                               Het Servicebureau …         Geen recente …     ← the next band
 *
 * Only a page whose text stands in at least MIN_COLUMNS columns throughout
 * and whose rows are tall (TALL_ROW_LINES lines or more, at least
 * MIN_BODY_ROWS of them, the first cell on fewer lines than its row) is read so; any
 * line of prose across the page fills the gaps and leaves the page to the
 * other readers. The first band is the header when it holds no digit.
 */
import { joinLines } from './join-lines.js';
import type { CellPiece, GeoCell, GeoTable, TableLine } from './pdf-table.js';

/** A table of tall rows has at least this many columns; two are a two-column page. */
export const MIN_COLUMNS = 4;
/** A gap between columns is at least this wide (points) on the whole page: a word space is about 2.5. */
export const MIN_COLUMN_GAP = 6;
/** A baseline gap this many times the page's line pitch or wider ends a row. */
export const ROW_GAP_PITCHES = 1.3;
/** A page holds at least this many tall rows: one band under a header is as likely a table of short rows under a title. */
export const MIN_BODY_ROWS = 2;
/** A row is tall when its band has at least this many lines; a budget table's rows have one or two. */
export const TALL_ROW_LINES = 4;

interface Placed {
  line: number;
  baseline: number;
  x: number;
  right: number;
  str: string;
  start: number;
  end: number;
}

/**
 * The tables of tall rows of each page of `lines` (see above), with the
 * lines they take. `lines` are the document's lines in reading order.
 * @example bandTables(lines) // [{ first: 3, last: 60, headerRows: 1, rows: [[{ text: 'Gemeenschappelijke regeling', … }, …], …] }]
 */
export function bandTables(lines: readonly TableLine[]): GeoTable[] {
  const out: GeoTable[] = [];
  const pages = new Map<number, number[]>();
  lines.forEach((l, k) => {
    if (l.repeated) return;
    if (!pages.has(l.page)) pages.set(l.page, []);
    pages.get(l.page)!.push(k);
  });
  for (const indices of pages.values()) {
    const table = pageTable(lines, indices);
    if (table) out.push(table);
  }
  return out;
}

function pageTable(lines: readonly TableLine[], indices: number[]): GeoTable | null {
  const items: Placed[] = indices.flatMap((k) => lines[k]!.items.map((it) => ({ line: k, baseline: lines[k]!.baseline, x: it.x, right: it.right, str: it.str, start: it.start, end: it.end })));
  if (items.length === 0) return null;
  const columns = columnStarts(items);
  if (columns.length < MIN_COLUMNS) return null;
  const columnOf = (it: Placed): number => columns.filter((x) => x <= it.x + 0.5).length - 1;
  const bands = rowBands(items, linePitch(items, columnOf));
  if (bands.length < 2) return null;
  const header = !bands[0]!.some((it) => /\d/.test(it.str));
  const body = header ? bands.slice(1) : bands;
  // Tall rows, at least two, each with its first cell (the name) filled and shorter than its row:
  // a band whose first column has a line on every baseline is a table of many short rows, no tall row.
  if (body.length < MIN_BODY_ROWS || body.some((b) => distinct(b.map((it) => it.baseline)) < TALL_ROW_LINES)) return null;
  const nameLines = (b: Placed[]): number => distinct(b.filter((it) => columnOf(it) === 0).map((it) => it.baseline));
  if (body.some((b) => nameLines(b) === 0 || nameLines(b) >= distinct(b.map((it) => it.baseline)))) return null;
  const rows = bands.map((band) => columns.map((_, c) => cell(band.filter((it) => columnOf(it) === c))));
  const used = items.map((it) => it.line);
  return { first: Math.min(...used), last: Math.max(...used), rows, headerRows: header ? 1 : 0 };
}

/** The left edges of the page's columns: where a gap that no item crosses ends. */
function columnStarts(items: Placed[]): number[] {
  const spans = [...items].sort((a, b) => a.x - b.x);
  const starts = [spans[0]!.x];
  let reach = spans[0]!.right;
  for (const it of spans.slice(1)) {
    if (it.x - reach >= MIN_COLUMN_GAP) starts.push(it.x);
    reach = Math.max(reach, it.right);
  }
  return starts;
}

/**
 * The line pitch inside a column (the median baseline step from one line of
 * a column to its next): steps across columns say nothing, since an amount
 * centred beside a wrapped name sits between its lines.
 */
function linePitch(items: Placed[], columnOf: (it: Placed) => number): number {
  const byColumn = new Map<number, number[]>();
  for (const it of items) {
    const c = columnOf(it);
    if (!byColumn.has(c)) byColumn.set(c, []);
    byColumn.get(c)!.push(it.baseline);
  }
  const steps: number[] = [];
  for (const list of byColumn.values()) {
    const sorted = [...new Set(list)].sort((a, b) => b - a);
    sorted.slice(1).forEach((b, k) => steps.push(sorted[k]! - b));
  }
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)] ?? 0;
}

/** The items in bands of rows, top to bottom: a baseline gap wider than the line pitch parts two bands. */
function rowBands(items: Placed[], pitch: number): Placed[][] {
  const baselines = [...new Set(items.map((it) => it.baseline))].sort((a, b) => b - a);
  if (pitch <= 0) return [];
  const bandOf = new Map<number, number>();
  let band = 0;
  baselines.forEach((b, k) => {
    if (k > 0 && baselines[k - 1]! - b >= pitch * ROW_GAP_PITCHES) band++;
    bandOf.set(b, band);
  });
  const bands: Placed[][] = Array.from({ length: band + 1 }, () => []);
  for (const it of items) bands[bandOf.get(it.baseline)!]!.push(it);
  return bands;
}

/** A cell's text from its items top to bottom, its lines joined as written ("Gemeen-" "schappelijke" → "Gemeen-schappelijke"). */
function cell(items: Placed[]): GeoCell {
  const sorted = [...items].sort((a, b) => b.baseline - a.baseline || a.x - b.x);
  const pieces: CellPiece[] = sorted.map((it) => ({ line: it.line, start: it.start, end: it.end }));
  return { text: joinLines(sorted.map((it) => it.str)), pieces };
}

function distinct(values: number[]): number {
  return new Set(values).size;
}
