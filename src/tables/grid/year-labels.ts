/**
 * A row label split over two cells, a word and a year ("jaarrekening" ⏎
 * "2017"), in a table written one cell per line: the year is the label's,
 * not the row's first amount. The evidence is the repetition: row after row
 * a text cell, a bare year, then amounts; a real amount column never holds
 * only years. A label pair without amounts after it ("jaarrekening" ⏎ "2021"
 * ⏎ "begroting" ⏎ "2022" ⏎ 142.017 …) is joined as well, so that its year
 * is not read as a one-amount row.
 *
 *   Algemene reserve ⏎ jaarrekening ⏎ 2017 ⏎ 97.233 ⏎ 11.279 ⏎ … ⏎ jaarrekening ⏎ 2018 ⏎ 71.213 ⏎ …
 *   → "Algemene reserve" ⏎ "jaarrekening 2017" ⏎ 97.233 ⏎ 11.279 ⏎ …
 *
 * Header cells before the first such row are left alone ("Rekening" ⏎
 * "2023" is the header reader's to join), and so is a year followed by
 * another year (a group word over a run of years).
 */
import type { Cell } from '../../blocks/model.js';
import { headerCellOver } from '../columns.js';
import type { CellClass } from './cell-class.js';

/**
 * Rows that must show the word-year-amount shape before their years are
 * read as labels: fewer could be a header word over a year column and one
 * row whose first amount happens to look like a year.
 */
export const MIN_YEAR_LABEL_ROWS = 3;

/** The cells with year labels joined, their classes, and where each joined cell started in the input. */
export interface YearLabels {
  cells: Cell[];
  classes: CellClass[];
  /** For each output cell, the index of its first input cell. */
  origin: number[];
  /** Output indices of joined labels that another joined label follows: rows whose amounts the text left out. */
  bare: number[];
}

/** A text cell, a bare year, then an amount: one row of the shape. */
function opensYearRow(classes: CellClass[], k: number): boolean {
  return classes[k] === 'text' && classes[k + 1] === 'year' && classes[k + 2] === 'value';
}

/** A text cell and a bare year that no other year follows. */
function isLabelPair(classes: CellClass[], k: number): boolean {
  return classes[k] === 'text' && classes[k + 1] === 'year' && classes[k + 2] !== 'year';
}

/**
 * Joins word-year label pairs (see the module comment). Returns null when
 * the run does not show the shape, so the caller keeps its cells.
 */
export function joinYearLabels(cells: Cell[], classes: CellClass[]): YearLabels | null {
  let first = -1;
  let rows = 0;
  const years = new Set<string>();
  for (let k = 0; k + 2 < cells.length; k++) {
    if (!opensYearRow(classes, k)) continue;
    if (first < 0) first = k;
    rows++;
    years.add(cells[k + 1]!.text.trim());
  }
  // One year said in every row is a column's year printed in each row, not the rows' own years.
  if (rows < MIN_YEAR_LABEL_ROWS || years.size < 2) return null;
  // The pair chain that leads to the first row ("jaarrekening" ⏎ "2021" ⏎ "begroting" ⏎ "2022" ⏎ amount) starts before it.
  while (first >= 2 && isLabelPair(classes, first - 2)) first -= 2;
  const out: YearLabels = { cells: [], classes: [], origin: [], bare: [] };
  let k = 0;
  while (k < cells.length) {
    if (k >= first && isLabelPair(classes, k)) {
      const word = cells[k]!;
      const year = cells[k + 1]!;
      out.cells.push(headerCellOver([word, year]));
      out.classes.push('text');
      out.origin.push(k);
      if (isLabelPair(classes, k + 2)) out.bare.push(out.cells.length - 1);
      k += 2;
      continue;
    }
    out.cells.push(cells[k]!);
    out.classes.push(classes[k]!);
    out.origin.push(k);
    k++;
  }
  return out;
}
