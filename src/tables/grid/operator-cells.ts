/**
 * A column of operators between the labels and the amounts: the sum a
 * table works out, written row by row ("Exploitatiesaldo" ⏎ "+" ⏎ …,
 * "Mutatie voorraden" ⏎ "-" ⏎ …), as EMU-saldo tables do. A lone "+" is
 * never an amount, so one "+" right after a label proves the column; a lone
 * "-" right after a label is then that row's operator, not a nil amount in
 * its first year (which would push every amount one year on).
 *
 *   Mutatie voorzieningen ⏎ + ⏎ 494 ⏎ -431 ⏎ Mutatie voorraden ⏎ - ⏎ -5.460 ⏎ -1.526
 *   → the "-" is a label cell like the "+": rows [494, -431] and [-5.460, -1.526]
 */
import type { Cell } from '../../blocks/model.js';
import type { CellClass } from './cell-class.js';

/** The operators a row of such a sum opens with. */
const PLUS = /^[+＋]$/;
const MINUS = /^[-−–]$/;

/**
 * The operator a cell holds alone, or null. An operator is one character:
 * a cell of another length after trimming is spared the two regexes.
 */
function operatorOf(text: string): 'plus' | 'minus' | null {
  const t = text.length === 1 ? text : text.trim();
  if (t.length !== 1) return null;
  return PLUS.test(t) ? 'plus' : MINUS.test(t) ? 'minus' : null;
}

/** Operator cells the proof needs: one row is a coincidence of layout, two make a column. */
const MIN_OPERATOR_ROWS = 2;

/**
 * Reclassifies the operator cells of `cells` as label text when the table
 * has an operator column (see the module comment); `classes` is changed in
 * place. Returns whether it has one: then each row has two label cells.
 */
export function markOperatorCells(cells: Cell[], classes: CellClass[]): boolean {
  const afterLabel: number[] = [];
  let plus = 0;
  for (let k = 1; k < cells.length; k++) {
    if (classes[k - 1] !== 'text' || operatorOf(cells[k - 1]!.text) !== null) continue;
    const op = operatorOf(cells[k]!.text);
    if (op === null) continue;
    afterLabel.push(k);
    if (op === 'plus') plus++;
  }
  if (plus === 0 || afterLabel.length < MIN_OPERATOR_ROWS) return false;
  for (const k of afterLabel) classes[k] = 'text';
  return true;
}
