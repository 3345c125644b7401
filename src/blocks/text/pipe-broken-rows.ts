/**
 * Pipe rows broken over several lines: a converter that wrapped a wide row
 * wrote each piece as a line ending in a pipe. The pieces are shorter than
 * the table's full rows, the pieces after the first hold no label, and
 * together they have exactly the full rows' cells: they are one row.
 *
 *   Lasten | 28.209 |
 *   23.893 |
 *   23.177 | 706 | V |
 *   Baten | 7.127 | 5.979 | 6.313 | 6.282 | N |
 *   → Lasten | 28.209 | 23.893 | 23.177 | 706 | V ; Baten | …
 *
 * A run of pieces that does not add up to a full row stays as it was.
 */
import type { Cell } from '../model.js';
import { valueLike } from '../../values/value-like.js';
import { isYear } from '../../values/index.js';
import { isHeaderWord } from '../../vocabulary/header-words.js';

/** Full rows a table must have before shorter rows are read as pieces of one: with fewer, the width is no rule. */
const MIN_FULL_ROWS = 2;
/** Narrower tables have no room for a wrapped row: a label and one amount fit any line. */
const MIN_WIDTH = 3;

/** A V/N marker cell or the header of their column. */
const MARKER = /^(?:[VN]|V\s*\/\s*N)$/;

/** A piece that goes on with the row before it: it holds amounts, markers, column words, no label. */
function continues(row: Cell[]): boolean {
  const first = row[0]?.text ?? '';
  if (first === '') return false;
  return row.every((c) => c.text === '' || MARKER.test(c.text) || valueLike(c.text) || isYear(c.text) !== null || isHeaderWord(c.text));
}

/**
 * Joins broken rows (see the module comment) of a table `width` cells wide
 * (its widest row). Returns the rows, joined where pieces add up to the
 * full width, or the same array when none do.
 */
export function joinBrokenRows(rows: Cell[][], width: number): Cell[][] {
  if (width < MIN_WIDTH || rows.filter((r) => r.length === width).length < MIN_FULL_ROWS) return rows;
  const out: Cell[][] = [];
  let joined = false;
  let r = 0;
  while (r < rows.length) {
    const row = rows[r]!;
    let cells = row.length;
    let end = r + 1;
    if (cells < width) {
      while (end < rows.length && cells < width && rows[end]!.length < width && continues(rows[end]!)) {
        cells += rows[end]!.length;
        end++;
      }
    }
    if (cells === width && end > r + 1) {
      out.push(rows.slice(r, end).flat());
      joined = true;
      r = end;
      continue;
    }
    out.push(row);
    r++;
  }
  return joined ? out : rows;
}
