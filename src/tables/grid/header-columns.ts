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
import { opensColumns } from './header-grid.js';
import type { Unit } from './body-units.js';
import type { CellClass } from './cell-class.js';

/**
 * The column count, given the body's guess `columns`, the header cells, their
 * classes (`classes[k]` is `header[k]`'s: grid inference has them, so a bare
 * year is not looked for again) and the units read without a cap.
 */
export function columnsFromHeader(header: Cell[], classes: readonly CellClass[], units: Unit[], columns: number): number {
  let named = 0;
  let years = 0;
  for (let k = 0; k < header.length; k++) {
    if (classes[k] === 'year') years++;
    else if (opensColumns(header[k]!.text)) named++;
  }
  let best = columns;
  for (const n of [named, years]) if (n > best && units.some((u) => u.values.length === n)) best = n;
  return best;
}
