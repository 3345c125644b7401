/**
 * A table row whose cells wrap over several lines is one row. Tables in
 * PDF reports set long names, units and sources in narrow columns; read line
 * by line, each wrapped line becomes a row of its own (an indicator without
 * values) and the row's own cells are cut. Two layouts occur:
 *
 * Cells centred in their row: the wrapped parts stand above and below the
 * line with the values, and the rows stand further apart than the lines of
 * one cell:
 *
 *                            Aantal per 1.000   Bureau               ← y 635
 *   1   6. Verwijzingen Halt                             10 (2022)   ← y 627  (in-cell pitch 15.5)
 *                               jongeren        Halt                 ← y 620
 *                            Aantal per 1.000                        ← y 602  (row gap 17.2)
 *
 * Cells set at the top of their row: every cell starts on the row's first
 * line and the rows may stand as close as the lines of a cell; a year in
 * brackets under a value is its measuring year:
 *
 *   23  Kinderen in uitkeringsgezin   Verwey Jonker      4%       ← y 668  (a row: its first cell "23")
 *                                     Instituut -      (2017)     ← y 654
 *                                     Kinderen in Tel             ← y 639
 *   27  Personen met een              CBS              255,4      ← y 625  (the next row: "27")
 *       bijstandsuitkering                             (2018)     ← y 610
 *
 * The lines of a page are cut into runs: lines whose baselines stand at most
 * a cell's line pitch apart (the pitch measured on the page between lines of
 * one column, per font size). A run with one row of values (an anchor) is one
 * row. A run with several anchors is read as top-aligned: each anchor takes
 * the lines under it up to the next anchor, as long as none of those lines
 * has text in the anchors' first column (that would be a row of its own, and
 * the run is left as it is). The lines of a row are grouped into columns by
 * horizontal overlap and each column's pieces join top to bottom. A row is
 * left as it was when a line of it runs across two of the anchor's cells
 * (prose, a caption), or when a column would get two values.
 */
import type { Item } from './pdf.js';
import { isYear } from '../vocabulary/years.js';
import { memoPerObject } from '../vocabulary/memo.js';

/**
 * Lines whose baselines are at most this much further apart than the page's
 * line pitch within a cell belong to one run. Measured: 15.5 points within a
 * cell and 17.1 between rows of a centred table (2024 begroting), so the
 * margin must stay under 10 %.
 */
export const SAME_ROW_PITCH = 1.08;

/** Only lines at most this many font sizes apart count when the in-cell pitch is measured. */
export const PITCH_RANGE_SIZES = 2.2;

/**
 * A gap counts as a cell's line pitch when at least this many pairs of lines
 * show it: one pair may be a stray (a note set close under its line), and a
 * table with few wrapped cells has few pairs.
 */
export const PITCH_MIN_PAIRS = 2;

/** Header lines are joined only over at least this many columns: two cells a line are a field list ("Naam   GGD"), not a table. */
export const HEADER_MIN_CELLS = 3;

/** A gap wider than this many character widths parts two cells (as when the line is written out). */
export const CELL_GAP_CHARS = 1.8;

/** A cell that is a value: "12.367", "4%", "€ 2.207.160", "0,6 (2022)" (with its measuring year). */
const VALUE_CELL = /^[-−–+]?\s*€?\s*\(?[-−]?\d[\d.,]*\)?\s*%?(?:\s*\((?:19|20)\d{2}\))?\*?$/;
/** A measuring year in brackets under (or after) a value: "(2017)". */
const YEAR_NOTE = /^\((?:19|20)\d{2}\)$/;

function charWidth(it: Item): number {
  return it.str.length > 0 && it.width > 0 ? it.width / it.str.length : it.size * 0.5;
}

/**
 * The items of a line (sorted by x) cut into cells at wide gaps. Read only.
 * Kept per line: the joiner asks for them of every line several times (is it
 * an anchor, can it join a row, which line has the most cells), and a line's
 * items do not change once it is grouped.
 */
const cells: (line: Item[]) => Item[][] = memoPerObject((line: Item[]) => cutCells(line));

function cutCells(line: Item[]): Item[][] {
  const out: Item[][] = [];
  let end = -Infinity;
  for (const it of line) {
    const current = out[out.length - 1];
    if (!current || it.x - end > charWidth(it) * CELL_GAP_CHARS) out.push([it]);
    else current.push(it);
    end = Math.max(end, it.x + it.width);
  }
  return out;
}

const cellText = (cell: Item[]): string => cell.map((it) => it.str).join('').trim();

/**
 * A row with a first cell and at least one value after it. A year in
 * brackets alone is no value, nor is a bare year: a line of years ("2025
 * 2026", centred over a lasten and a baten column each) is a header level.
 */
export const isAnchor: (line: Item[]) => boolean = memoPerObject((line: Item[]) => {
  const cs = cells(line);
  return cs.length >= 2 && cs.slice(1).some((c) => isValue(cellText(c)));
});

/** A line that can be part of a row: text, values of a column the anchor leaves empty, years in brackets; no field label ("Naam:"). */
function isJoinable(line: Item[]): boolean {
  return cells(line).every((c) => {
    const text = cellText(c);
    return text !== '' && !/:$/.test(text);
  });
}

const lineSize = (line: Item[]): number => Math.max(...line.map((it) => it.size));
const baseline = (line: Item[]): number => line[0]!.y;

/**
 * The line pitch within a cell for each font size: the tightest recurring
 * gap between two items of one column that stand directly above one another
 * (rounded to half a point).
 */
function cellPitches(lines: Item[][]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const [k, line] of lines.entries()) {
    for (const it of line) {
      // The nearest item below that overlaps this one horizontally.
      let below: Item | null = null;
      for (let j = k + 1; j < lines.length && !below; j++) below = lines[j]!.find((o) => o.x < it.x + it.width && it.x < o.x + o.width) ?? null;
      if (!below || below.size !== it.size) continue;
      const gap = it.y - below.y;
      if (gap <= 0 || gap > it.size * PITCH_RANGE_SIZES) continue;
      const key = Math.round(gap * 2) / 2;
      const bySize = counts.get(it.size) ?? new Map<number, number>();
      bySize.set(key, (bySize.get(key) ?? 0) + 1);
      counts.set(it.size, bySize);
    }
  }
  const out = new Map<number, number>();
  for (const [size, bySize] of counts) {
    // The tightest gap that recurs: gaps between rows of a column recur as often as those within a cell, or more.
    const most = Math.max(...bySize.values());
    const recurring = [...bySize].filter(([, n]) => n >= PITCH_MIN_PAIRS).map(([gap]) => gap);
    out.set(size, recurring.length > 0 ? Math.min(...recurring) : [...bySize].find(([, n]) => n === most)![0]);
  }
  return out;
}

/**
 * The in-cell pitches of each line's zone: lines further apart than
 * `PITCH_RANGE_SIZES` font sizes part zones, so that a table of tight rows
 * (a budget table's labels 9.7 apart) does not set the pitch of a table of
 * the same font size elsewhere on the page (an indicator's lines 14.6 apart).
 */
function zonePitches(lines: Item[][]): Array<Map<number, number>> {
  const out: Array<Map<number, number>> = [];
  let start = 0;
  for (let k = 1; k <= lines.length; k++) {
    const gap = k < lines.length ? baseline(lines[k - 1]!) - baseline(lines[k]!) : Infinity;
    if (gap <= Math.max(lineSize(lines[k - 1]!), k < lines.length ? lineSize(lines[k]!) : 0) * PITCH_RANGE_SIZES) continue;
    const pitches = cellPitches(lines.slice(start, k));
    for (let j = start; j < k; j++) out.push(pitches);
    start = k;
  }
  return out;
}

/**
 * Joins the wrapped lines of a table's rows into their rows. `lines` run top
 * to bottom, each sorted left to right, all of one page (or column).
 */
export function joinWrappedFirstCells(lines: Item[][]): Item[][] {
  if (lines.length < 2 || !lines.some(isAnchor)) return lines;
  const pitches = zonePitches(lines);
  const runs: Item[][][] = [];
  let start = 0;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && sameRun(lines[k - 1]!, lines[k]!, pitches[k]!)) continue;
    runs.push(lines.slice(start, k));
    start = k;
  }
  return runs.flatMap((run, k) => {
    // A run without values right above rows of values is their header, wrapped over its lines.
    if (!run.some(isAnchor)) return runs[k + 1]?.some(isAnchor) ? joinHeader(run) : run;
    return joinRun(run);
  });
}

/**
 * Header lines over a table's columns joined column by column ("Voorgaande"
 * over "laatst" over "bekende" over "realisatie"); the line with the most
 * cells (at least three) gives the columns. Left as they are when a line
 * runs across two of its cells.
 */
function joinHeader(lines: Item[][]): Item[][] {
  if (lines.length < 2) return lines;
  const reference = lines.reduce((best, line) => (cells(line).length > cells(best).length ? line : best));
  if (cells(reference).length < HEADER_MIN_CELLS) return lines;
  return joinRow(lines, reference) ?? lines;
}

/** Two consecutive lines of one run: both could be part of a row and they stand at most a cell's pitch apart. */
function sameRun(above: Item[], below: Item[], pitches: Map<number, number>): boolean {
  if (!(isAnchor(above) || isJoinable(above)) || !(isAnchor(below) || isJoinable(below))) return false;
  const size = Math.max(lineSize(above), lineSize(below));
  const pitch = pitches.get(size) ?? pitches.get(lineSize(below)) ?? pitches.get(lineSize(above));
  if (pitch === undefined) return false;
  const gap = baseline(above) - baseline(below);
  return gap > 0 && gap <= pitch * SAME_ROW_PITCH;
}

function joinRun(run: Item[][]): Item[][] {
  if (run.length < 2) return run;
  const anchors = run.flatMap((line, k) => (isAnchor(line) ? [k] : []));
  if (anchors.length === 0) return run;
  if (anchors.length === 1) return joinRow(run, run[anchors[0]!]!) ?? run;
  // Top-aligned rows: each anchor with the lines under it; lines above the first anchor stay (a header).
  const first = cells(run[anchors[0]!]!)[0]!;
  const x0 = Math.min(...first.map((it) => it.x));
  const x1 = Math.max(...first.map((it) => it.x + it.width));
  const inFirstColumn = (line: Item[]): boolean => line.some((it) => it.x < x1 && x0 < it.x + it.width);
  const out: Item[][] = joinHeader(run.slice(0, anchors[0]!));
  for (const [n, a] of anchors.entries()) {
    const rowLines = run.slice(a, anchors[n + 1] ?? run.length);
    if (rowLines.slice(1).some(inFirstColumn)) return run;
    const joined = joinRow(rowLines, run[a]!);
    if (joined === null) return run;
    out.push(...joined);
  }
  return out;
}

/** The lines of one row joined into one line, one item per column; null when they do not read as one row. */
function joinRow(rowLines: Item[][], anchor: Item[]): Item[][] | null {
  if (rowLines.length < 2) return rowLines;
  const columns = overlapColumns(rowLines, anchor);
  if (columns === null) return null;
  // Two values in one column are two rows' values, not one cell's wrapped lines.
  if (columns.some((column) => column.filter((items) => isValue(piecesText(items))).length > 1)) return null;
  return [columns.map((column): Item => {
    const pieces = column.flat();
    const parts = pieces.flatMap((it) => it.parts ?? [it]);
    if (pieces.length === 1) return { ...pieces[0]!, column: true, parts };
    const x = Math.min(...pieces.map((it) => it.x));
    return {
      column: true,
      parts,
      str: column.map(piecesText).filter((t) => t !== '').join(' '),
      x,
      y: anchor[0]!.y,
      width: Math.max(...pieces.map((it) => it.x + it.width)) - x,
      size: Math.max(...pieces.map((it) => it.size)),
      top: Math.max(...pieces.map((it) => it.top ?? it.y + it.size)),
    };
  })];
}

/** A value cell: not a measuring year in brackets, not a bare year (a header's). */
export function isValue(text: string): boolean {
  return VALUE_CELL.test(text) && !YEAR_NOTE.test(text) && isYear(text) === null;
}

/** Items of one line, in order, written as the line writes them (a space where they stand apart). */
function piecesText(items: Item[]): string {
  let text = '';
  let end = -Infinity;
  for (const it of items) {
    if (text !== '' && it.x - end > charWidth(it) * 0.2 && !text.endsWith(' ') && !it.str.startsWith(' ')) text += ' ';
    text += it.str;
    end = Math.max(end, it.x + it.width);
  }
  return text.trim();
}

/**
 * The items of a row's lines grouped into columns by horizontal overlap;
 * each column holds per line (top to bottom) that line's items in it,
 * columns left to right. Null when a column would take two cells of the
 * anchor (a line of prose across the columns, not a wrapped cell).
 */
function overlapColumns(rowLines: Item[][], anchor: Item[]): Item[][][] | null {
  const cellOf = new Map<Item, number>();
  cells(anchor).forEach((cell, k) => cell.forEach((it) => cellOf.set(it, k)));
  const all = rowLines.flatMap((line, k) => line.map((it) => ({ it, line: k })));
  all.sort((a, b) => a.it.x - b.it.x);
  const columns: Array<{ x1: number; members: typeof all }> = [];
  for (const m of all) {
    const last = columns[columns.length - 1];
    if (last && m.it.x < last.x1) {
      last.members.push(m);
      last.x1 = Math.max(last.x1, m.it.x + m.it.width);
    } else columns.push({ x1: m.it.x + m.it.width, members: [m] });
  }
  const out: Item[][][] = [];
  for (const column of columns) {
    const rowCells = new Set(column.members.flatMap((m) => (cellOf.has(m.it) ? [cellOf.get(m.it)] : [])));
    if (rowCells.size > 1) return null;
    // The members stand in x order (sorted above, stably), so each line's share of them does too.
    const perLine: Item[][] = rowLines.map(() => []);
    for (const m of column.members) perLine[m.line]!.push(m.it);
    out.push(perLine.filter((items) => items.length > 0));
  }
  return out;
}
