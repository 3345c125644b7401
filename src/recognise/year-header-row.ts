/**
 * A row inside a budget table's body whose amount cells are all years is
 * the header said again: over each block of rows the table repeats its year
 * columns under the block's name. The row is no data (its "amounts" are the
 * years); its label heads the rows under it, as a group line does, and its
 * years name the columns when the header above did not.
 *
 *   algemene uitkering | 2026 | 2027 | 2028 | 2026-2028
 *   netto effect septembercirculaire | -410 | 220 | 515 | 325
 *   overige effecten | 2026 | 2027 | 2028 | 2026-2028
 *   → group "algemene uitkering" over one row, group "overige effecten" …;
 *     columns 2026, 2027, 2028, 2026-2028
 */
import type { Cell } from '../blocks/model.js';
import type { BudgetColumn } from '../schema/report.js';
import { isYear, yearsIn } from '../values/index.js';

/** Bare years a repeated header row holds at least: one year alone may be an amount. */
const MIN_YEARS = 2;

/** "2026-2028", "2026 - 2028", "2026/2028": a period column beside the years. */
const YEAR_RANGE = /^\s*(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\s*$/;

/**
 * Whether the filled amount cells of a row are all years (or periods of years), two bare years at least.
 * @param from the first cell to look at (a row's label cell left out without copying the row)
 */
export function isYearHeaderRow(amounts: ReadonlyArray<Cell | undefined>, from = 0): boolean {
  let years = 0;
  for (let k = from; k < amounts.length; k++) {
    const y = yearCell(amounts[k]);
    if (y < 0) return false;
    years += y;
  }
  return years >= MIN_YEARS;
}

/**
 * `isYearHeaderRow` of the cells of a row in the given columns (a budget row's amount columns), without
 * gathering them into a list: it is asked of every body row.
 */
export function isYearHeaderRowAt(row: ReadonlyArray<Cell | undefined>, cols: readonly number[]): boolean {
  let years = 0;
  for (const c of cols) {
    const y = yearCell(row[c]);
    if (y < 0) return false;
    years += y;
  }
  return years >= MIN_YEARS;
}

/** What a cell adds to a repeated header row: 1 for a year, 0 for an empty cell or a period, -1 for anything else. */
function yearCell(cell: Cell | undefined): number {
  const t = cell?.text.trim() ?? '';
  if (t === '') return 0;
  // A year and a period of years hold 19 or 20; an amount ("2.762") mostly neither, and is spared both regexes.
  if (!t.includes('20') && !t.includes('19')) return -1;
  if (isYear(t) !== null) return 1;
  return YEAR_RANGE.test(t) ? 0 : -1;
}

/**
 * Columns named by a repeated header row: its years name the columns the
 * header above left unnamed, and are added to a named column that does not
 * state them ("Raming" over "2026" is "Raming 2026"), so that no year the
 * row printed is lost.
 */
export function columnsFromYearRow(columns: BudgetColumn[], amounts: Array<Cell | undefined>): BudgetColumn[] {
  return columns.map((c, k) => {
    const said = amounts[k]?.text.trim() ?? '';
    if (said === '' || c.label.includes(said)) return c;
    const label = c.label.trim() === '' ? said : `${c.label.trim()} ${said}`;
    const years = yearsIn(said);
    return { ...c, label, year: c.year ?? (years.length === 1 ? years[0]! : null) };
  });
}
