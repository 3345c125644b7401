/**
 * Pipe-table rows as converters write them: `| a | b |`, `a | b |`,
 * `a | b`, separators `---|---` and filler rows of only pipes.
 */
import type { Cell, Span } from './model.js';
import { cellAt } from './cell.js';

/** A `---|:---:|` separator line (also `|---|` and `---|`). */
export function isPipeSeparator(text: string): boolean {
  let dashes = 0;
  let pipes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) dashes++;
    else if (c === 124) pipes++;
    else if (c !== 32 && c !== 58 && c !== 43) return false;
  }
  return dashes >= 3 && pipes >= 1;
}

/** A line of only pipes and spaces (`| |||||`): filler between rows. */
export function isPipeFiller(text: string): boolean {
  let pipes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 124) pipes++;
    else if (c !== 32) return false;
  }
  return pipes >= 1;
}

/**
 * A row of a pipe table: a leading or trailing pipe, or at least two pipes.
 * A single pipe inside prose ("ja | nee") is not enough.
 */
export function isPipeRow(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('|') || t.endsWith('|')) return true;
  let pipes = 0;
  for (let i = 0; i < t.length && pipes < 2; i++) if (t.charCodeAt(i) === 124) pipes++;
  return pipes >= 2;
}

/**
 * Splits a pipe row into trimmed cells. Leading and trailing pipes do not make
 * empty cells; an empty cell between two pipes does, also at the end of the
 * row (`| 2.298 | 1.997 | |`: three cells). Padding beyond the table's width
 * (runs of `|||`) is the table's to drop: see {@link trimPadding}.
 *
 * @param text The normalised line.
 * @param span Maps `[from, to)` of the line to a source span.
 * @example splitPipeRow('| Lasten | 2.762 | 303 |', f) // cells "Lasten", "2.762", "303"
 */
export function splitPipeRow(text: string, span: (from: number, to: number) => Span): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  let end = text.length;
  while (from < end && text.charCodeAt(from) === 32) from++;
  while (end > from && text.charCodeAt(end - 1) === 32) end--;
  if (text.charCodeAt(from) === 124) from++;
  if (end > from && text.charCodeAt(end - 1) === 124) end--;
  let cellStart = from;
  for (let i = from; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 124) continue;
    let a = cellStart;
    let b = i;
    while (a < b && text.charCodeAt(a) === 32) a++;
    while (b > a && text.charCodeAt(b - 1) === 32) b--;
    cells.push(cellAt(text.slice(a, b), span(a, b)));
    cellStart = i + 1;
  }
  return cells;
}

/**
 * Drops the empty cells at the end of rows beyond the table's width: the last
 * filled column of any row. Converters pad rows with runs of `|||`; an empty
 * last column that some row fills stays.
 *
 * @example trimPadding([['Lasten', '2.762', '', '', ''], ['Baten', '303', '12']]) // → ['Lasten', '2.762', ''], ['Baten', '303', '12']
 */
export function trimPadding(rows: Cell[][]): Cell[][] {
  let width = 1;
  for (const row of rows) {
    let last = row.length;
    while (last > 0 && row[last - 1]!.text === '') last--;
    if (last > width) width = last;
  }
  for (const row of rows) while (row.length > width && row[row.length - 1]!.text === '') row.pop();
  return rows;
}
