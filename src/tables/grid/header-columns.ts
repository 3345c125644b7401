/**
 * The header breaks a tie in the column count. The body's commonest number
 * of amounts per row is the first guess; rows that lost empty cells can make
 * a short count the commonest. When the header names more columns, by column
 * words or by bare years, and a row has exactly that many amounts, the table
 * has that many columns and the other rows are short.
 *
 *   Naam Indicator: ⏎ Eenheid: ⏎ Bron: ⏎ 2014 ⏎ 2015 ⏎ 2016 ⏎ 2017 ⏎ 2018 ⏎
 *   Banen ⏎ … ⏎ 669,8 ⏎ 682,6 ⏎ 688,0 ⏎ 726,6 ⏎ 747,1 ⏎ …  (more rows of four amounts than of five)
 *   → five columns, 2014 … 2018; the rows of four are short
 */
import type { Cell } from '../../blocks/model.js';
import { isYear } from '../../values/index.js';
import { opensColumns } from './header-grid.js';
import type { Unit } from './body-units.js';

/**
 * The column count, given the body's guess `columns`, the header cells and
 * the units read without a cap.
 */
export function columnsFromHeader(header: Cell[], units: Unit[], columns: number): number {
  let named = 0;
  let years = 0;
  for (const c of header) {
    if (isYear(c.text) !== null) years++;
    else if (opensColumns(c.text)) named++;
  }
  let best = columns;
  for (const n of [named, years]) if (n > best && units.some((u) => u.values.length === n)) best = n;
  return best;
}
