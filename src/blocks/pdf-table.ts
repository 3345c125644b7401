/**
 * Tables from the geometry of a PDF page. The text items of a table's lines
 * give its columns: the amounts of all its rows, clustered by the overlap of
 * their x-extents (right-aligned, centred or left-aligned alike), are the
 * amount columns; everything that starts left of the first of them is the
 * label; text right of them (a "Specificatie" column) forms columns of its
 * own the same way. Read a line at a time, the gaps of one line say little:
 *
 *                                    bedragen x € 1.000         ← caption (stays a line)
 *                       2025            2026                    ← header, two lines,
 *                  lasten   baten   lasten   baten                 each piece over its column
 *   Jeugdhulp                                                   ← group line: a row of its own
 *   Stevige lokale teams …           3.300                      ← sparse row: one amount, in 2026 lasten
 *   Civieltechnische    92   109     Reinigingen, schilderen,   ← a row with a text column
 *   kunstwerken                      herstelwerkzaamheden en    ← its wrapped cells (lower case,
 *                                    inspecties                    or only right of the label)
 *   Begrotingswijziging door raad                               ← a label wrapped above its
 *   (Amendementen)               -1.239                            amounts ("(" or lower case)
 *
 * A table starts at a line with a label and an amount and goes on while the
 * lines stand close and no line runs from the label into the amount columns
 * (prose, a caption under the table); a line of years alone ends it (the
 * next table's header). Lines right above it whose pieces stand over its
 * columns are its header (at most three; a caption line stops them). Only a
 * run with at least two rows of amounts is a table; the rest is left to the
 * text reader. Captions stay lines, where `pdf-caption.ts` finds them.
 */
import { isAmountToken } from './amount-row.js';
import { joinLines } from './join-lines.js';
import { parseMultiplier } from '../values/index.js';
import { isYear } from '../vocabulary/years.js';
import { memoPerObject } from '../vocabulary/memo.js';

/** One text item of a line, with where it stands in the line's text. */
export interface PlacedItem {
  str: string;
  x: number;
  right: number;
  /** Offsets of the item's (trimmed) text in its line's text. */
  start: number;
  end: number;
}

/** A line of a page as the table reader sees it. */
export interface TableLine {
  page: number;
  /** Baseline, PDF coordinates (up is larger). */
  baseline: number;
  /** The top of the line's highest item (higher than baseline + size where a wrapped cell was joined into it). */
  top: number;
  size: number;
  items: PlacedItem[];
  /** The line's text recurs on another page: a running header or footer, never part of a table. */
  repeated?: boolean;
}

/** A piece of a cell: a range of one line's text. */
export interface CellPiece {
  line: number;
  start: number;
  end: number;
}

/** A cell as read from the page: its text and the pieces it was read from, top to bottom. */
export interface GeoCell {
  text: string;
  pieces: CellPiece[];
}

/** A table read from the page: the lines it takes (first to last) and its rows; header rows first. */
export interface GeoTable {
  first: number;
  last: number;
  rows: GeoCell[][];
  headerRows: number;
}

/** Consecutive lines of a table leave at most this many font sizes of white between them (a blank line between groups of rows leaves about 2.2). */
export const MAX_LINE_GAP = 2.6;
/** A table has at least this many rows with amounts: one lone row is a sentence's or a text reader's. */
export const MIN_AMOUNT_ROWS = 2;
/** At most this many header lines above a table's first row. */
export const MAX_HEADER_LINES = 3;
/** An amount stands at least this many font sizes apart from the text before it (else it is part of that text). */
const AMOUNT_GAP = 0.8;
/** A nil cell may stand this many points left of the first amount column (left-aligned in a right-aligned column's cell). */
const NIL_REACH = 60;
/** Edges within this many points count as touching. */
const SLACK = 1;

const PRO_MEMORIE = /^p\.?\s?m\.?$/i;
/** A value with the year it was measured ("6,9 (2023)"): a baseline cell of an indicator table. */
const VALUE_WITH_YEAR = /^[-−]?\d[\d.,]*%?\s*\((?:19|20)\d\d\)$/;

/** A piece that is one amount cell ("1.227", "-964", "-", "p.m.", "6,9 (2023)"), not a year. */
function isAmount(text: string): boolean {
  return (isAmountToken(text) || PRO_MEMORIE.test(text) || VALUE_WITH_YEAR.test(text)) && isYear(text) === null;
}

/** The items of a line that are amounts standing apart from the text before them (never the first). */
function amountItems(line: TableLine): PlacedItem[] {
  return line.items.filter((it, k) => k > 0 && isAmount(it.str) && it.x - line.items[k - 1]!.right >= line.size * AMOUNT_GAP);
}

/** A line of a label and amounts. */
const isAmountLine = (line: TableLine): boolean => amountItems(line).length > 0 && !line.items.slice(1).some((it) => isYear(it.str) !== null);
/** A line of amounts alone ("897.000": an unlabelled total). */
const isBareAmounts = (line: TableLine): boolean => line.items.every((it) => isAmount(it.str));
/** A line holding a year apart from its first piece: a header ("Vennootschappen   2023   2022"). */
const hasYears = (line: TableLine): boolean => line.items.some((it, k) => (k > 0 || line.items.length > 1) && isYear(it.str) !== null);
/** A caption line ("bedragen x € 1.000"): it stays a line for the caption rule. */
const isCaptionLine = (line: TableLine): boolean => parseMultiplier(line.items.map((it) => it.str).join(' ')) !== null && !hasYears(line);

interface Band {
  left: number;
  right: number;
}

/** An item that starts left of the amount band and runs into it: prose or a caption across the table. */
function crosses(line: TableLine, band: Band): boolean {
  return line.items.some((it) => it.x < band.left - SLACK && it.right > band.left + SLACK && !isAmount(it.str));
}

/**
 * Reads the tables of a page's lines. `lines` run in reading order; a table
 * never crosses a page or a jump back up (the second column of a page).
 */
export function geometricTables(lines: readonly TableLine[]): GeoTable[] {
  const out: GeoTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = isAmountLine(lines[i]!) ? readTable(lines, i) : null;
    if (table) {
      out.push(table);
      i = table.last + 1;
    } else i++;
  }
  return out;
}

/** Whether lines a and b (a above b) follow each other closely on one page and column. */
function close(lines: readonly TableLine[], a: number, b: number): boolean {
  const la = lines[a]!;
  const lb = lines[b]!;
  const white = la.baseline - lb.top;
  return la.page === lb.page && la.baseline > lb.baseline && white <= Math.max(la.size, lb.size) * MAX_LINE_GAP;
}

function readTable(lines: readonly TableLine[], from: number): GeoTable | null {
  const band: Band = { left: Infinity, right: -Infinity };
  const widen = (line: TableLine): void => {
    for (const it of amountPieces(line)) {
      band.left = Math.min(band.left, it.x);
      band.right = Math.max(band.right, it.right);
    }
  };
  // The amount columns of lines from..last, asked again for every text line under the rows: lines that add no
  // amount pieces (the text lines taken so far) leave them as they were, so they are clustered again only when
  // a line with amounts joined (else a long run of wrapped text costs time quadratic in its lines).
  let known: { last: number; columns: Column[] } | null = null;
  const columnsThrough = (to: number): Column[] => {
    const same = known !== null && range(known.last + 1, to).every((k) => amountPieces(lines[k]!).length === 0);
    known = { last: to, columns: same ? known!.columns : amountColumns(lines, from, to) };
    return known.columns;
  };
  widen(lines[from]!);
  let last = from;
  let amountRows = 1;
  for (let j = from + 1; j < lines.length && close(lines, j - 1, j); j++) {
    const line = lines[j]!;
    if (hasYears(line) || isCaptionLine(line)) break;
    if (isAmountLine(line) || (isBareAmounts(line) && line.items.some((it) => it.right > band.left && it.x < band.right))) {
      widen(line);
      last = j;
      amountRows++;
      continue;
    }
    if (crosses(line, band) || line.repeated) break;
    // Text lines right under the last row that continue its cells belong to it; other text waits for more amounts.
    if (last === j - 1) {
      const columns = columnsThrough(last);
      if (continues(line, band, columns, textColumnsOf(lines, from, last, columns))) last = j;
    }
  }
  if (amountRows < MIN_AMOUNT_ROWS) return null;
  const columns = columnsThrough(last);
  const labelRight = Math.max(...range(from, last).flatMap((k) => labelItems(lines[k]!, columns[0]!.left).map((it) => it.right)));
  // Group lines right above the first row ("Jeugdhulp", "Exploitatie") belong to the table when its header stands above them.
  let top = from;
  while (from - top < MAX_HEADER_LINES && top > 0 && close(lines, top - 1, top) && isGroupLine(lines[top - 1]!, columns[0]!.left)) top--;
  let first = top;
  while (top - first < MAX_HEADER_LINES && first > 0 && close(lines, first - 1, first) && isHeaderLine(lines[first - 1]!, labelRight, columns)) first--;
  if (first === top) first = top = from;
  const textColumns = textColumnsOf(lines, from, last, columns);
  const body = [...columns, ...textColumns];
  const all = [...body, ...headerColumns(lines, first, top - 1, body, labelRight)].sort((a, b) => a.left - b.left);
  const rows: GeoCell[][] = [];
  if (first < top) rows.push(headerRow(lines, first, top - 1, all));
  const headerRows = rows.length;
  let previousLine = -1;
  let pending: GeoCell[] | null = null;
  for (let k = top; k <= last; k++) {
    const line = lines[k]!;
    const cells = placeLine(line, k, all);
    const label = cells[0]!;
    const amounts = isAmountLine(line) || isBareAmounts(line);
    const prev = rows.length > headerRows ? rows[rows.length - 1]! : null;
    const startsLabel = label.pieces.length > 0 && !/^[\p{Ll}(]/u.test(label.text);
    if (prev && isBareAmounts(line) && previousLine >= 0) {
      // Amounts set apart on a line of their own, centred in a row taller than a line: the nearer row's.
      const next = k < last ? lines[k + 1]! : null;
      if (next && isAmountLine(next) && line.baseline - next.baseline < lines[previousLine]!.baseline - line.baseline) {
        pending = cells;
        previousLine = k;
        continue;
      }
      if (cells.every((c, j) => c.pieces.length === 0 || (prev[j]?.pieces.length ?? 0) === 0)) {
        addTo(prev, cells);
        previousLine = k;
        continue;
      }
    }
    if (prev && !amounts && !startsLabel) addTo(prev, cells);
    else if (prev && amounts && !startsLabel && label.pieces.length > 0 && prev.slice(1).every((c) => c.pieces.length === 0) && previousLine === k - 1) addTo(prev, cells);
    else {
      if (pending) addTo(cells, pending);
      pending = null;
      rows.push(cells);
    }
    previousLine = k;
  }
  const bodyRows = rows.slice(headerRows).map((r) => (r.slice(1).every((c) => c.pieces.length === 0) ? [r[0]!] : r));
  return { first, last, rows: [...rows.slice(0, headerRows), ...bodyRows], headerRows };
}

/**
 * A text line under a row that goes on with its cells: nothing at the
 * label, or a label in lower case, and no text in an amount column (a
 * footer's "bladzijde 1" is no wrapped amount).
 */
function continues(line: TableLine, band: Band, columns: readonly Column[], text: readonly Column[]): boolean {
  const label = line.items.filter((it) => it.right <= band.left);
  if (line.items.some((it) => columns.some((c) => overlap(it, c) > 0))) return false;
  // Right of the label only under a column of text the rows have ("Specificatie"): a footer's page number has none.
  if (line.items.some((it) => it.right > band.left && !text.some((c) => overlap(it, c) > 0))) return false;
  return label.length === 0 || /^[\p{Ll}]/u.test(label[0]!.str);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

interface Column {
  left: number;
  right: number;
}

/** A short line of text at the label alone: a group's name. */
function isGroupLine(line: TableLine, firstLeft: number): boolean {
  return !isCaptionLine(line) && !line.repeated && line.items.every((it) => it.right <= firstLeft - SLACK && !isAmount(it.str));
}

/**
 * Amount columns: the amounts of the table's lines clustered by overlapping
 * x-extents, left to right. A lone nil ("-", "p.m.") set at the left of its
 * cell while the amounts stand right-aligned makes no column of its own.
 */
function amountColumns(lines: readonly TableLine[], from: number, last: number): Column[] {
  const items = range(from, last).flatMap((k) => amountPieces(lines[k]!).map((it) => ({ it, k })));
  const numbers = cluster(items.filter((m) => /\d/.test(m.it.str)).map((m) => m.it));
  // Nils under no column of numbers make a column when they line up over several rows ("-" in every year of a plan).
  const nils = items.filter((m) => !/\d/.test(m.it.str) && !numbers.some((c) => overlap(m.it, c) > 0));
  const own = cluster(nils.map((m) => m.it)).filter((c) => new Set(nils.filter((m) => overlap(m.it, c) > 0).map((m) => m.k)).size > 1);
  const columns = [...numbers, ...own].sort((a, b) => a.left - b.left);
  return columns.length > 0 ? columns : cluster(items.map((m) => m.it));
}

/**
 * The pieces of a line that amount columns are made of: all of a line of
 * bare amounts, else its amount items. Read only. Kept per line: a table's
 * columns are clustered from all its lines again as it grows, and reading a
 * piece as an amount takes several patterns; a line's items do not change.
 */
const amountPieces: (line: TableLine) => PlacedItem[] = memoPerObject((line: TableLine) => (isBareAmounts(line) ? line.items : amountItems(line)));

function cluster(items: readonly PlacedItem[]): Column[] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const out: Column[] = [];
  for (const it of sorted) {
    const c = out[out.length - 1];
    if (c && it.x < c.right - SLACK) c.right = Math.max(c.right, it.right);
    else out.push({ left: it.x, right: it.right });
  }
  return out;
}

/** An amount piece without digits ("-", "p.m.") right of the label: a nil cell. */
function isNil(it: PlacedItem, columns: readonly Column[]): boolean {
  return isAmount(it.str) && !/\d/.test(it.str) && columns.length > 0 && it.right > columns[0]!.left - NIL_REACH;
}

/** The items of a line that form its label: those starting left of the first amount column. */
function labelItems(line: TableLine, firstLeft: number): PlacedItem[] {
  return isBareAmounts(line) ? [] : line.items.filter((it, k) => it.x < firstLeft - SLACK && !(k > 0 && isAmount(it.str)));
}

/** Text right of the first amount column that falls in no amount column: columns of text, clustered the same way. */
function textColumnsOf(lines: readonly TableLine[], from: number, last: number, columns: readonly Column[]): Column[] {
  const firstLeft = columns[0]!.left;
  const items = range(from, last).flatMap((k) => lines[k]!.items.filter((it) => it.x >= firstLeft - SLACK && !isNil(it, columns) && !columns.some((c) => overlap(it, c) > 0)));
  return cluster(items);
}

/** How far apart an item and a column stand (0 when they overlap). */
function distance(it: PlacedItem, c: Column): number {
  return Math.max(0, -overlap(it, c));
}

function overlap(it: { x: number; right: number }, c: Column): number {
  return Math.min(it.right, c.right) - Math.max(it.x, c.left);
}

/** A header line: its pieces stand over the columns (or at the label), none runs from the label into them. */
function isHeaderLine(line: TableLine, labelRight: number, columns: readonly Column[]): boolean {
  if (isAmountLine(line) || line.repeated) return false;
  const firstLeft = columns[0]!.left;
  // A caption over the columns is a line of its own; one in the header's first cell ("Bedragen x € 1.000   Realisatie") is the header's.
  const overText = line.items.filter((it) => it.right > Math.max(labelRight, firstLeft) + SLACK).map((it) => it.str).join(' ');
  if (isCaptionLine(line) && parseMultiplier(overText) !== null) return false;
  const over = line.items.filter((it) => it.x >= labelRight - SLACK || it.x >= firstLeft - SLACK);
  if (over.length === 0) return false;
  return line.items.every((it) => over.includes(it) || it.right <= Math.max(labelRight, firstLeft) + SLACK);
}

/** The column (index into `columns`, +1; 0 is the label) an item belongs to. */
function columnOf(it: PlacedItem, columns: readonly Column[], firstLeft: number): number {
  let best = 0;
  let most = 0;
  columns.forEach((c, k) => {
    const o = overlap(it, c);
    if (o > most) (most = o), (best = k + 1);
  });
  if (best > 0 || (it.x < firstLeft - SLACK && !isNil(it, columns))) return best;
  // A nil over no column stands at the left of its cell: the column right of it ("-" before "386.121").
  if (isNil(it, columns)) {
    const right = columns.findIndex((c) => c.left >= it.x);
    if (right >= 0) return right + 1;
  }
  // Right of the label but over no column: the nearest column.
  let nearest = 1;
  let distance = Infinity;
  columns.forEach((c, k) => {
    const d = Math.min(Math.abs(it.x - c.right), Math.abs(it.right - c.left));
    if (d < distance) (distance = d), (nearest = k + 1);
  });
  return nearest;
}

function emptyRow(width: number): GeoCell[] {
  return Array.from({ length: width }, () => ({ text: '', pieces: [] }));
}

/** A line's items put in their cells (label first). */
function placeLine(line: TableLine, index: number, columns: readonly Column[]): GeoCell[] {
  const cells = emptyRow(columns.length + 1);
  const firstLeft = columns[0]!.left;
  for (const it of line.items) {
    const k = isBareAmounts(line) ? Math.max(1, columnOf(it, columns, firstLeft)) : columnOf(it, columns, firstLeft);
    addPiece(cells[k]!, { line: index, start: it.start, end: it.end }, it.str, true);
  }
  return cells;
}

/** Adds text to a cell; `sameLine` joins with a space, else as a wrapped line. */
function addPiece(cell: GeoCell, piece: CellPiece, text: string, sameLine: boolean): void {
  const onSameLine = sameLine && cell.pieces.length > 0 && cell.pieces[cell.pieces.length - 1]!.line === piece.line;
  cell.text = cell.text === '' ? text : onSameLine ? `${cell.text} ${text}` : joinLines([cell.text, text]);
  cell.pieces.push(piece);
}

/** Adds the cells of a continuation line to a row, column by column. */
function addTo(row: GeoCell[], cells: GeoCell[]): void {
  while (row.length < cells.length) row.push({ text: '', pieces: [] });
  cells.forEach((cell, k) => {
    if (cell.pieces.length === 0) return;
    const target = row[k]!;
    target.text = target.text === '' ? cell.text : joinLines([target.text, cell.text]);
    target.pieces.push(...cell.pieces);
  });
}

/**
 * Columns the header names but no row fills (a sparse table's empty years),
 * after widening the rows' columns to their header pieces:
 * the pieces right of the labels on the header line with the most of them
 * that stand over no column of the rows.
 */
function headerColumns(lines: readonly TableLine[], first: number, last: number, body: readonly Column[], labelRight: number): Column[] {
  if (first > last) return [];
  let finest: PlacedItem[] = [];
  for (let k = first; k <= last; k++) {
    const over = lines[k]!.items.filter((it) => it.x >= labelRight - SLACK);
    if (over.length > finest.length) finest = over;
  }
  // A column of the rows is as wide as its header piece on that line too ("baten" over "3.300").
  for (const c of body) {
    for (const it of finest) {
      if (overlap(it, c) <= 0) continue;
      c.left = Math.min(c.left, it.x);
      c.right = Math.max(c.right, it.right);
    }
  }
  return cluster(finest.filter((it) => !body.some((c) => overlap(it, c) > -SLACK)));
}

/**
 * The header lines as one row: each column's pieces joined top to bottom. A
 * piece over several columns ("2025" over "lasten" and "baten") heads each
 * of them, as a spanning cell is expanded in the other readers.
 */
function headerRow(lines: readonly TableLine[], first: number, last: number, columns: readonly Column[]): GeoCell[] {
  const row = emptyRow(columns.length + 1);
  const firstLeft = columns[0]!.left;
  const overColumns = (k: number): PlacedItem[] => lines[k]!.items.filter((it) => it.x >= firstLeft - SLACK || columns.some((c) => overlap(it, c) > 0));
  let finest = first;
  for (let k = first; k <= last; k++) if (overColumns(k).length > overColumns(finest).length) finest = k;
  for (let k = first; k <= last; k++) {
    const cells = emptyRow(columns.length + 1);
    for (const it of lines[k]!.items) {
      const piece = { line: k, start: it.start, end: it.end };
      const spanned = it.x < firstLeft - SLACK ? [] : columns.flatMap((c, j) => (overlap(it, c) > -SLACK ? [j + 1] : []));
      const targets = spanned.length > 0 ? spanned : [columnOf(it, columns, firstLeft)];
      for (const t of targets) addPiece(cells[t]!, piece, it.str, true);
    }
    // Above the line that heads every column, a piece heads the columns nearest to it: "Realisatie" over
    // 2021 2022 2023, "2025" centred over its "lasten" and "baten".
    const pieces = k < finest ? overColumns(k) : [];
    if (pieces.length > 0) {
      columns.forEach((c, j) => {
        if (cells[j + 1]!.pieces.length > 0) return;
        const nearest = pieces.reduce((a, b) => (distance(b, c) < distance(a, c) ? b : a));
        addPiece(cells[j + 1]!, { line: k, start: nearest.start, end: nearest.end }, nearest.str, true);
      });
    }
    addTo(row, cells);
  }
  return row;
}
