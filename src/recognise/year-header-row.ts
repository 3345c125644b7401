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
    const t = amounts[k]?.text.trim() ?? '';
    if (t === '') continue;
    if (isYear(t) !== null) years++;
    else if (!YEAR_RANGE.test(t)) return false;
  }
  return years >= MIN_YEARS;
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
