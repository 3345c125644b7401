/**
 * A column of programme or row numbers between the labels and the amounts of
 * a budget table: small whole numbers under a header word that is no year
 * and no amount column. Read as the first amount, it shifts every amount of
 * every row one column to the right.
 *
 *   Taakvelden: Lasten (bedragen * € 1.000)
 *                            Progr.   Rekening 2021   2023    2024
 *   0.1 Bestuur                 7          4.316      5.876   5.870
 *   0.10 Mutaties reserves      8         12.191     19.607   4.057
 *   0.2 Burgerzaken             7          2.472      2.157   2.157
 *   → the row "0.1 Bestuur" has code 7 and amounts 4.316, 5.876, 5.870
 *
 * Amounts behave otherwise: they run to hundreds and thousands, rarely
 * repeat down a column, and a total row adds them up. The numbers of a code
 * column have at most two digits, repeat (several rows share a programme),
 * and a total row leaves their column empty or does not hold their sum.
 */
import { budgetColumnKind } from '../vocabulary/column-words.js';
import { parseMultiplier, yearsIn } from '../values/index.js';

/** A programme or row number: whole, at most two digits. */
const SMALL_NUMBER = /^\d{1,2}$/;
/** Whether a (trimmed) cell can be a programme or row number: `isNumberCodeColumn` asks it of every cell. */
export function isSmallNumber(text: string): boolean {
  return SMALL_NUMBER.test(text);
}
/** The fewest numbers that show the pattern: two could be two amounts that happen to be equal. */
const MIN_NUMBERS = 3;

/**
 * Whether a column holds codes, not amounts.
 *
 * @param cells The column's filled body cells (total rows left out).
 * @param headerWords The column's header cells.
 * @param totalCells The column's cells in total rows ("Totaal"), if any.
 * @example isNumberCodeColumn(['7', '8', '7'], ['Progr.'], []) // true
 * @example isNumberCodeColumn(['7', '8', '7'], ['2023'], []) // false
 */
export function isNumberCodeColumn(cells: readonly string[], headerWords: readonly string[], totalCells: readonly string[]): boolean {
  const words = headerWords.map((w) => w.trim()).filter((w) => w !== '');
  if (words.length === 0 || words.some((w) => yearsIn(w).length > 0 || budgetColumnKind(w) !== null || parseMultiplier(w) !== null)) return false;
  if (cells.length < MIN_NUMBERS || !cells.every(isSmallNumber)) return false;
  if (new Set(cells).size === cells.length) return false;
  const sum = cells.reduce((s, t) => s + Number(t), 0);
  return totalCells.every((t) => t.trim() === '' || Number(t.replace(/\./g, '')) !== sum);
}
