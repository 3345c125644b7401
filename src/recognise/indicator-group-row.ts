/**
 * A bare group row of an indicator table: a row whose only filled cell is
 * its first, right above a row that holds values, in a table whose rows
 * hold values in at least two columns. It names the group of rows under it
 * ("Ziekteverzuim", "Mobiliteit"); it is no indicator, and its words stay
 * with the rows it heads. A figure alone, or a name whose next row opens
 * with a figure (a name wrapped over two rows), is no group.
 *
 * @example
 *   Personeel | 2016 | 2017 | 2018
 *   Ziekteverzuim | | |
 *   Percentage ziekteverzuim | 5,9 | 5,3 | 6,0
 *   → one indicator "Percentage ziekteverzuim" in group "Ziekteverzuim"
 */
import type { Cell } from '../blocks/model.js';
import { valueLike } from '../values/value-like.js';

/** A cell that opens with a figure ("27,1 (2021) inwoners"): the rest of a name wrapped from the row above, or a value. */
const OPENS_WITH_FIGURE = /^[-+(]?\d/;

/** The fewest value columns before a row of a name alone reads as a group: in a two-column table it is an indicator whose one value is missing. */
export const MIN_VALUE_COLUMNS_FOR_GROUPS = 2;

/** Whether `row` is a bare group row over `next`, in a table of `valueColumns` value columns. */
export function isBareGroupRow(row: Cell[], next: Cell[] | undefined, valueColumns: number): boolean {
  if (valueColumns < MIN_VALUE_COLUMNS_FOR_GROUPS || next === undefined) return false;
  const filled = row.filter((c) => c.text.trim() !== '');
  if (filled.length !== 1 || filled[0] !== row[0]) return false;
  // A figure alone is a value that lost its row; a name under it that opens with a figure goes on the name above.
  if (valueLike(filled[0]!.text.trim()) || OPENS_WITH_FIGURE.test(next[0]?.text.trim() ?? '1')) return false;
  return next.slice(1).filter((c) => c.text.trim() !== '').length >= MIN_VALUE_COLUMNS_FOR_GROUPS;
}
