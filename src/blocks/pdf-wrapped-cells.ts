/**
 * A table's first cell wrapped over several lines is one cell. Indicator
 * tables set long names in a narrow first column and print the values on
 * one of the name's lines:
 *
 *   % inwoners met                                        ← y 635
 *   schuldenproblematiek     6,9 (2023)   5,9   5,9       ← y 624  (in-cell pitch 11)
 *   Aantal inwoners met                                   ← y 610  (row pitch 14)
 *   bijstandsuitkering (per                               ← y 599
 *   1.000 inw)*             13,9 (2023)  13,8  13,7       ← y 588
 *
 * Read line by line, "% inwoners met" becomes a row of its own (an
 * indicator without values) and the value row's name is cut. The lines of
 * one cell stand closer together than the rows do: lines are clustered by
 * baseline gap, a gap at most a little over the page's tightest one, and a
 * cluster that holds exactly one row with values and otherwise only lines of
 * text is one row: its cells are grouped into columns by horizontal overlap
 * and each column's pieces join top to bottom. The same holds for the other
 * columns, and for values set in the middle of a row's wrapped cells:
 *
 *                            Aantal per 1.000   Bureau               ← y 635
 *   1   6. Verwijzingen Halt                             10 (2022)   ← y 627
 *                               jongeren        Halt                 ← y 620
 *
 * A table whose rows are as tight as its wrapped lines gives clusters with
 * several value rows and is left as it was; so are prose lines, which stand
 * further apart, and a line whose text runs across two columns.
 */
import type { Item } from './pdf.js';

/** Lines whose baselines are at most this much further apart than the page's tightest pair belong to one cell. */
export const SAME_CELL_PITCH = 1.2;

/** A wrapped line starts at its row's left edge, give or take this many points. */
export const SAME_EDGE = 2;

/** A gap wider than this many character widths parts two cells (as when the line is written out). */
export const CELL_GAP_CHARS = 1.8;

const VALUE_START = /^[-−–+(]?\s*[€]?\s*\d/;

function charWidth(it: Item): number {
  return it.str.length > 0 && it.width > 0 ? it.width / it.str.length : it.size * 0.5;
}

/** The items of a line (sorted by x) cut into cells at wide gaps. */
function cells(line: Item[]): Item[][] {
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

/** A row with a label and at least one value after it. */
function isValueRow(line: Item[]): boolean {
  const cs = cells(line);
  return cs.length >= 2 && cs.slice(1).some((c) => VALUE_START.test(cellText(c)));
}

/** One piece of text, no value, that could be part of a first cell. */
function isTextLine(line: Item[]): boolean {
  const cs = cells(line);
  if (cs.length !== 1) return false;
  const text = cellText(cs[0]!);
  return text !== '' && !VALUE_START.test(text) && !/:$/.test(text);
}

/**
 * Joins the wrapped lines of first cells into their rows. `lines` run top to
 * bottom, each sorted left to right, all of one page (or column).
 */
export function joinWrappedFirstCells(lines: Item[][]): Item[][] {
  if (lines.length < 3) return lines;
  const baseline = (line: Item[]): number => line[0]!.y;
  const gaps = lines.slice(1).map((line, k) => baseline(lines[k]!) - baseline(line));
  const positive = gaps.filter((g) => g > 0);
  if (positive.length === 0) return lines;
  const limit = Math.min(...positive) * SAME_CELL_PITCH;
  const out: Item[][] = [];
  let start = 0;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && gaps[k - 1]! <= limit) continue;
    out.push(...joinCluster(lines.slice(start, k)));
    start = k;
  }
  return out;
}

function joinCluster(cluster: Item[][]): Item[][] {
  if (cluster.length < 2) return cluster;
  const rows = cluster.filter(isValueRow);
  if (rows.length !== 1) return cluster;
  const row = rows[0]!;
  if (!cluster.every((line) => line === row || isTextOnly(line))) return cluster;
  const columns = overlapColumns(cluster, row);
  if (columns === null) return cluster;
  return [columns.map((column): Item => {
    const pieces = column.flat();
    if (pieces.length === 1) return pieces[0]!;
    const x = Math.min(...pieces.map((it) => it.x));
    return {
      str: column.map(piecesText).filter((t) => t !== '').join(' '),
      x,
      y: row[0]!.y,
      width: Math.max(...pieces.map((it) => it.x + it.width)) - x,
      size: Math.max(...pieces.map((it) => it.size)),
      top: Math.max(...pieces.map((it) => it.top ?? it.y + it.size)),
    };
  })];
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

/** Lines of text (one or more cells) without a value: the wrapped parts of a row's cells. */
function isTextOnly(line: Item[]): boolean {
  return cells(line).every((c) => {
    const text = cellText(c);
    return text !== '' && !VALUE_START.test(text) && !/:$/.test(text);
  });
}

/**
 * The items of a cluster grouped into columns by horizontal overlap; each
 * column holds per line (top to bottom) that line's items in it, columns
 * left to right. Null when a column would take two cells of the value row
 * (a line of prose across the columns, not a wrapped cell).
 */
function overlapColumns(cluster: Item[][], row: Item[]): Item[][][] | null {
  const cellOf = new Map<Item, number>();
  cells(row).forEach((cell, k) => cell.forEach((it) => cellOf.set(it, k)));
  const all = cluster.flatMap((line, k) => line.map((it) => ({ it, line: k })));
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
    const perLine = cluster.map((_, k) => column.members.filter((m) => m.line === k).map((m) => m.it).sort((a, b) => a.x - b.x));
    out.push(perLine.filter((items) => items.length > 0));
  }
  return out;
}
