/**
 * One-amount rows: a budget table of one value column written a row to a
 * line, each line a label and one amount.
 *
 *   Lasten € 20.699.141
 *   Baten € -4.392.328
 *   → [["Lasten", "€ 20.699.141"], ["Baten", "€ -4.392.328"]]
 *
 *   bedragen x € 1.000 Bruto investering      ← the unit caption right above
 *   Fietsverbinding America - station 1.550
 *   Nieuwbouw basisschool Tienray 3.450
 *   → a table of two rows under its caption
 *
 * One amount after a label is no table by itself: a contents line ends in
 * its page number, an address in its house number. A run of such lines is
 * read as a table only when it shows it holds money of one table: every
 * amount carries the euro sign, the line right above is the unit caption,
 * every label names a budget row (lasten, baten, saldo …), or the last
 * amount is a sum or difference of the ones above it (arithmetic, the best
 * evidence: "Renterisiconorm 24.549 / Renterisico 6.741 / Ruimte 17.808").
 */
import { exactRows } from '../exact-rows.js';
import type { Cell } from '../model.js';
import type { AmountLine } from '../amount-row.js';
import { isCaptionLine } from '../../vocabulary/captions.js';
import { budgetRowKind } from '../../vocabulary/column-words.js';
import { parseAmount } from '../../values/index.js';
import { lastRowIsSum } from '../../values/row-sums.js';
import { cellOfLine, type Line } from './lines.js';
import { kindAt, LineKind, type LineKinds, type TextBlockReader } from './kinds.js';
import { LABEL_YEAR } from './amount-rows.js';

/** Two rows make a table: one line with an amount is a sentence or a caption. */
const MIN_ROWS = 2;
/**
 * A total smaller than this is no evidence: page numbers and counts add up
 * by chance ("Inleiding 3 / Wonen 5 / Bijlagen 8"); budget totals run to
 * thousands.
 */
const MIN_TOTAL = 1000;
/** A label starting in lower case goes on with the line above it: running text, not a row. */
const LOWER_START = /^\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/** A one-amount line's label and amount as `[from, to)` ranges of the line (`amounts` is its `splitAmountLine`), or null. */
function labelAndAmount(line: Line, kind: LineKind, amounts: AmountLine): [[number, number], [number, number]] | null {
  if (kind !== LineKind.text && kind !== LineKind.amounts) return null;
  const cells = amounts.labelAmounts;
  if (!cells) return null;
  let label = cells[0]!;
  if (cells.length === 3) {
    // "Frisse scholen fase 2 681": a phase or a year one space after the label is part of it.
    const [a, b] = cells[1]!;
    if (!LABEL_YEAR.test(line.text.slice(a, b)) || a - label[1] !== 1) return null;
    label = [label[0], b];
  } else if (cells.length !== 2 || kind !== LineKind.text) return null;
  const text = line.text.slice(label[0], label[1]);
  if (!HAS_LETTER.test(text) || LOWER_START.test(text)) return null;
  return [label, cells[cells.length - 1]!];
}

/** Whether a run of label-and-amount lines shows that it is one table of money. */
function isMoneyTable(lines: Line[], kinds: LineKinds, from: number, rows: Array<[[number, number], [number, number]]>): boolean {
  const amounts = rows.map(([, [a, b]], k) => lines[from + k]!.text.slice(a, b));
  const labels = rows.map(([[a, b]], k) => lines[from + k]!.text.slice(a, b));
  if (amounts.every((t) => t.includes('€'))) return true;
  const above = from > 0 && kinds[from - 1] === LineKind.text ? lines[from - 1]!.text.trim() : '';
  if (above !== '' && isCaptionLine(above)) return true;
  if (labels.every((l) => budgetRowKind(l) !== null)) return true;
  const values = amounts.map((t) => parseAmount(t).value);
  const total = values[values.length - 1];
  return total != null && Math.abs(total) >= MIN_TOTAL && lastRowIsSum(values.map((v) => [v]));
}

/**
 * Marks runs of two or more consecutive one-amount lines that show they
 * are a table of money (see above) as `labelAmount`. A run right under a
 * row of amounts is left to that table, whose lone amounts it may be.
 */
export function markLabelAmountRows(lines: Line[], kinds: LineKinds, amounts: readonly AmountLine[]): void {
  let i = 0;
  while (i < lines.length) {
    const first = labelAndAmount(lines[i]!, kindAt(kinds, i), amounts[i]!);
    // Nearly every line starts no run: it gets no arrays of its own.
    if (first === null) {
      i++;
      continue;
    }
    const rows: Array<[[number, number], [number, number]]> = [first];
    let j = i + 1;
    for (let row = j < lines.length ? labelAndAmount(lines[j]!, kindAt(kinds, j), amounts[j]!) : null; row; row = j < lines.length ? labelAndAmount(lines[j]!, kindAt(kinds, j), amounts[j]!) : null) {
      rows.push(row);
      j++;
    }
    let plain = 0;
    for (let k = i; k < j; k++) if (kinds[k] === LineKind.text) plain++;
    if (plain >= MIN_ROWS && !(i > 0 && kinds[i - 1] === LineKind.amounts) && isMoneyTable(lines, kinds, i, rows)) {
      for (let k = i; k < j; k++) kinds[k] = LineKind.labelAmount;
    }
    i = Math.max(j, i + 1);
  }
}

/** Reads a run of one-amount lines (marked by `markLabelAmountRows`) as one table of a label and an amount column. */
export const readLabelAmountRows: TextBlockReader = (run, from) => {
  const { lines, kinds, amounts, blocks } = run;
  const rows: Cell[][] = [];
  let i = from;
  while (i < lines.length && kinds[i] === LineKind.labelAmount) {
    const [label, amount] = labelAndAmount(lines[i]!, LineKind.text, amounts[i]!)!;
    const line = lines[i++]!;
    // A literal, not a mapped pair: packed in every tier, as the other readers' rows (an optimised `map` makes a holey array).
    rows.push([
      cellOfLine(line, label[0], label[1]),
      cellOfLine(line, amount[0], amount[1]),
    ]);
  }
  blocks.push({ kind: 'table', rows: exactRows(rows), headerRows: 0, caption: null, span: { start: rows[0]![0]!.span.start, end: lines[i - 1]!.end } });
  return i;
};
