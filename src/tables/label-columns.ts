/**
 * A row label that holds several columns of column-aligned text (PDF and
 * layout extractions): the row reader keeps everything before the values as
 * one label, while the header names the columns in it.
 *
 *   Nr. Indicator              | Eenheid              | Bron | Wassenaar (jaartal)
 *   6. Verwijzingen Halt     Aantal per 1.000 jongeren     Bureau Halt | 10 (2022)
 *   → 6. Verwijzingen Halt | Aantal per 1.000 jongeren | Bureau Halt | 10 (2022)
 *
 * When the header is wider than the body, a first cell whose pieces (parted
 * by wide gaps) are at least as many as the missing columns plus one gives
 * its last pieces to those columns; the pieces before them stay the label
 * (an id and a name set close together are one cell, as the header sets them).
 *
 * A row one piece short whose id stands close to its name while the other
 * rows set it apart (a bare number column) gets its id split off, so that it
 * lines up with the others:
 *
 *   1    8.   Winkeldiefstallen     Aantal per 1.000 inwoners   CBS
 *   2    20. Niet-sporters          %                           CBS
 *   → 2 | 20. | Niet-sporters | % | CBS, as 1 | 8. | Winkeldiefstallen | …
 */
import type { Cell } from '../blocks/model.js';
import { cellFrom, spacedCell } from '../blocks/cell.js';

/** Spaces that part two columns inside a label of column-aligned text (two spaces also occur inside a cell). */
export const LABEL_COLUMN_GAP = 3;

/** A bare number cell that numbers its row: "6.", "20", "(3)", "4.1". */
const BARE_ID = /^\(?\d{1,2}(?:\.\d{1,2}){0,3}[.:)]?$/;
/** Such a number before a name in one piece: "20. Niet-sporters" → "20." and "Niet-sporters". */
const ID_BEFORE_NAME = /^(\(?\d{1,2}(?:\.\d{1,2}){0,3}[.:)]?)\s+(?=\S)/;

/** The pieces of a cell parted by at least `LABEL_COLUMN_GAP` spaces, as cells of their own. */
function pieces(cell: Cell): Cell[] {
  const out: Cell[] = [];
  const gap = new RegExp(` {${LABEL_COLUMN_GAP},}`, 'g');
  let from = 0;
  const push = (to: number): void => {
    const text = cell.text.slice(from, to);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const start = cell.span.start + from + lead;
    if (trimmed !== '') out.push(cellFrom(trimmed, start, start + trimmed.length));
  };
  for (const m of cell.text.matchAll(gap)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(cell.text.length);
  return out;
}

/**
 * Body rows with their first cell split over the columns the header names
 * in it; rows that do not split into enough pieces stay as they are.
 *
 * @param headerWidth The number of cells of the widest header row.
 * @param body The body rows.
 */
export function splitLabelColumns(headerWidth: number, body: Cell[][]): Cell[][] {
  const width = Math.max(0, ...body.map((r) => r.length));
  const missing = headerWidth - width;
  if (missing <= 0) return body;
  const split = body.map((row) => {
    const first = row[0];
    if (!first || first.span.end - first.span.start !== first.text.length) return row;
    const parts = pieces(first);
    return parts.length < missing + 1 ? row : spread(row, parts, missing);
  });
  // Only when most rows read so: one odd row does not make the label hold columns.
  const widened = split.filter((row, k) => row !== body[k]).length;
  if (widened * 2 <= body.length) return body;
  const ids = idColumns(split.filter((row, k) => row !== body[k]));
  return split.map((row, k) => (row === body[k] ? withIdSplitOff(row, missing, ids) : row));
}

/** The row with its label's last pieces given to the `missing` columns, the pieces before them joined as the label. */
function spread(row: Cell[], parts: Cell[], missing: number): Cell[] {
  const label = parts.slice(0, parts.length - missing);
  const joined = spacedCell(label);
  return [joined, ...parts.slice(parts.length - missing), ...row.slice(1)];
}

/** The columns that hold a bare number in every widened row: the rows' ids. */
function idColumns(widened: Cell[][]): Set<number> {
  const out = new Set<number>();
  if (widened.length === 0) return out;
  const width = Math.min(...widened.map((r) => r.length));
  for (let k = 0; k < width; k++) if (widened.every((r) => BARE_ID.test(r[k]!.text))) out.add(k);
  return out;
}

/**
 * A row one piece short: the first piece that is an id before a name is split in two, when the id then
 * lands in the id column of the other rows; else the row stays as it is.
 */
function withIdSplitOff(row: Cell[], missing: number, ids: Set<number>): Cell[] {
  const first = row[0];
  if (ids.size === 0 || !first || first.span.end - first.span.start !== first.text.length) return row;
  const parts = pieces(first);
  if (parts.length !== missing) return row;
  for (const [i, part] of parts.entries()) {
    const m = ID_BEFORE_NAME.exec(part.text);
    if (!m) continue;
    const id: Cell = cellFrom(m[1]!, part.span.start, part.span.start + m[1]!.length);
    const name: Cell = cellFrom(part.text.slice(m[0].length), part.span.start + m[0].length, part.span.end);
    const out = spread(row, [...parts.slice(0, i), id, name, ...parts.slice(i + 1)], missing);
    return ids.has(out.indexOf(id)) ? out : row;
  }
  return row;
}
