/**
 * The unit caption that governs a table on a PDF page. Reports print it in
 * one of four places, and the text reader sees only some of them as the
 * table's:
 *
 *   bedragen x € 1.000                                   ← own line above
 *   Tabel 1.2 - Baten en lasten P1 Veiligheid            ← (a title between)
 *                                  Rekening  Begroting
 *   ( "-"= nadeel ) bedragen x € 1.000   2022     2023   ← header's first cell,
 *   Baten                             1.972    2.601        second header line
 *   …
 *   Bedragen (x € 1.000)                                 ← below the table
 *
 * The nearest one wins: a caption in the table's own cells, else the nearest
 * caption line above it on the same page (back to the table before it),
 * else a caption in the few lines right below it, before the next table,
 * else the caption of the table right above it when nothing stands between
 * the two (no heading, no title: one caption over two tables set one under
 * the other, as "bedragen in €" over a table of contributions and the
 * table of dividends under it). A legend in the same cell ("( "-"= nadeel / "+"= voordeel )") does
 * not hide the caption beside it.
 */
import type { TableBlock } from './model.js';
import { parseMultiplier } from '../values/index.js';

/** A caption under a table stands right under it: further down it is some other text's. */
export const MAX_LINES_BELOW = 2;

/** A line of the synthetic text layer, as far as captions care. */
export interface PageLine {
  text: string;
  page: number;
}

/** Where a table lies in the lines: its first and last line, and the lines no caption may be looked for past. */
export interface TableLines {
  first: number;
  last: number;
  /** The last line of the table above on the same page, or -1. */
  previousEnd: number;
  /** The first line of the table below on the same page, or the number of lines. */
  nextStart: number;
  /**
   * The caption that stood above the table right above this one (nothing
   * between the two) and governs both when this one has none of its own
   * ("bedragen in €" over a table of contributions and the table of
   * dividends right under it), or null.
   */
  governing?: string | null;
}

const isCaption = (text: string): boolean => parseMultiplier(text) !== null;

/**
 * The text of the unit caption that governs `table`, or null.
 *
 * @example
 *   governingCaption(table, [{ text: 'bedragen x € 1.000', page: 1 }, …], { first: 1, last: 5, previousEnd: -1, nextStart: 9 })
 *   // 'bedragen x € 1.000'
 */
export function governingCaption(table: TableBlock, lines: readonly PageLine[], at: TableLines): string | null {
  return ownCaption(table) ?? captionAbove(lines, at) ?? captionBelow(lines, at) ?? at.governing ?? null;
}

/** A caption in the table's own cells. */
export function ownCaption(table: TableBlock): string | null {
  for (const row of table.rows) for (const cell of row) if (isCaption(cell.text)) return cell.text;
  return null;
}

/** The nearest caption line above the table on its page, back to the table before it. */
export function captionAbove(lines: readonly PageLine[], at: TableLines): string | null {
  const page = lines[at.first]?.page;
  for (let k = at.first - 1; k > at.previousEnd && lines[k]?.page === page; k--) {
    if (isCaption(lines[k]!.text)) return lines[k]!.text;
  }
  return null;
}

/** A caption in the few lines right under the table, before the next one. */
export function captionBelow(lines: readonly PageLine[], at: TableLines): string | null {
  const lastPage = lines[at.last]?.page;
  for (let k = at.last + 1; k < at.nextStart && k <= at.last + MAX_LINES_BELOW && lines[k]?.page === lastPage; k++) {
    if (isCaption(lines[k]!.text)) return lines[k]!.text;
  }
  return null;
}
