/**
 * Tab-separated rows: a run of lines with tabs, read as a table whose cells
 * the tabs part.
 */
import { exactRows } from '../exact-rows.js';
import type { Cell } from '../model.js';
import { valueLike } from '../../values/value-like.js';
import { cellOfLine, type Line } from './lines.js';
import { kindAt, LineKind, type LineKinds, type TextBlockReader } from './kinds.js';

/**
 * Tab-separated rows (text copied from a spreadsheet or a word processor's
 * table): two or more lines in a row that hold tabs, one of them at least
 * three cells and one a value. Each tab parts two cells, so two tabs in a
 * row leave an empty cell where column-aligned spaces would lose it:
 *
 *   Taakveld⇥Rekening 2023⇥Begroting 2024⇥Begroting 2025
 *   3.3 Bedrijvenloket⇥144⇥⇥150
 *   → ["3.3 Bedrijvenloket", "144", "", "150"]
 */
export function markTabRows(lines: Line[], kinds: LineKinds): void {
  let i = 0;
  while (i < lines.length) {
    if (!isTabCandidate(lines[i]!, kindAt(kinds, i))) {
      i++;
      continue;
    }
    let j = i;
    let wide = false;
    let values = false;
    while (j < lines.length && isTabCandidate(lines[j]!, kindAt(kinds, j))) {
      const cells = tabCells(lines[j]!);
      wide ||= cells.length >= 3;
      values ||= cells.slice(1).some((c) => c.text !== '' && valueLike(c.text));
      j++;
    }
    if (j - i >= 2 && wide && values) for (let k = i; k < j; k++) kinds[k] = LineKind.tabRow;
    i = j;
  }
}

function isTabCandidate(line: Line, kind: LineKind): boolean {
  return line.tabs !== null && line.tabs.length > 0 && (kind === LineKind.text || kind === LineKind.amounts);
}

/** A line's cells between its tabs, trimmed, with their spans. */
function tabCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const to of [...line.tabs!, line.text.length]) {
    let a = from;
    let b = to;
    while (a < b && line.text.charCodeAt(a) === 32) a++;
    while (b > a && line.text.charCodeAt(b - 1) === 32) b--;
    cells.push(cellOfLine(line, a, b));
    from = to + 1;
  }
  return cells;
}

/** Reads a run of tab rows (marked by `markTabRows`) as one table. */
export const readTabRows: TextBlockReader = (run, from) => {
  const { lines, kinds, blocks } = run;
  const rows: Cell[][] = [];
  let i = from;
  while (i < lines.length && kinds[i] === LineKind.tabRow) rows.push(tabCells(lines[i++]!));
  blocks.push({ kind: 'table', rows: exactRows(rows), headerRows: 0, caption: null, span: { start: lines[from]!.start, end: lines[i - 1]!.end } });
  return i;
};
