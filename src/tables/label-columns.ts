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
 */
import type { Cell } from '../blocks/model.js';

/** Spaces that part two columns inside a label of column-aligned text (two spaces also occur inside a cell). */
export const LABEL_COLUMN_GAP = 3;

/** The pieces of a cell parted by at least `LABEL_COLUMN_GAP` spaces, as cells of their own. */
function pieces(cell: Cell): Cell[] {
  const out: Cell[] = [];
  const gap = new RegExp(` {${LABEL_COLUMN_GAP},}`, 'g');
  let from = 0;
  const push = (to: number): void => {
    const text = cell.text.slice(from, to);
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed !== '') out.push({ text: trimmed, span: { start: cell.span.start + from + lead, end: cell.span.start + from + lead + trimmed.length } });
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
    if (parts.length < missing + 1) return row;
    const label = parts.slice(0, parts.length - missing);
    const joined: Cell = { text: label.map((p) => p.text).join(' '), span: { start: label[0]!.span.start, end: label[label.length - 1]!.span.end } };
    return [joined, ...parts.slice(parts.length - missing), ...row.slice(1)];
  });
  // Only when most rows read so: one odd row does not make the label hold columns.
  const widened = split.filter((row, k) => row !== body[k]).length;
  return widened * 2 > body.length ? split : body;
}
