/**
 * A total row short of amounts: which columns do its amounts stand in? A
 * row with fewer cells than the table only says in which order its amounts
 * come, not under which columns; the table's own arithmetic does. Each amount
 * goes under the column whose rows it totals, when exactly one order-keeping
 * placement makes every amount add up and the cells as written do not:
 *
 *     Omschrijving      2024   2025   2026
 *     Onderwijs          100    120    140
 *     Sport               50     60     70
 *     Totaal             180    210            ← written two cells from the left;
 *                                               120 + 60 and 140 + 70: 2025 and 2026
 *
 * The rows summed are the rows with amounts back to the previous total or the
 * table's start, as the check of totals reads them; Lasten, Baten and Saldo
 * rows and rows with V/N markers are left alone (their sums have signs).
 */
import type { BudgetRow } from '../schema/report.js';
import { budgetRowKind, isTotalLabel } from '../vocabulary/column-words.js';

/** A total row whose amounts were moved, and where from and to. */
export interface TotalPlacement {
  /** Index of the row among the table's rows. */
  readonly index: number;
  /** The row with its amounts under the columns they total. */
  readonly row: BudgetRow;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** Fewest rows a total sums: one row is a copy, not a sum. */
const MIN_PARTS = 2;
/** More placements than this are not counted: two already make the row ambiguous. */
const ENOUGH_PLACEMENTS = 2;

/**
 * The total rows of a table that are short of amounts and whose amounts add
 * up under other columns than where they were written.
 * @param rows the table's rows, as read
 * @returns the rows to replace, each with its amounts moved
 */
export function placeTotalAmounts(rows: readonly BudgetRow[]): TotalPlacement[] {
  const out: TotalPlacement[] = [];
  let start = 0;
  rows.forEach((row, index) => {
    if (!isTotalLabel(row.label)) return;
    const parts = rows.slice(start, index).filter((part) => part.values.some((v) => v !== null));
    start = index + 1;
    const placement = placeRow(row, parts);
    if (placement) out.push({ index, ...placement });
  });
  return out;
}

function placeRow(row: BudgetRow, parts: readonly BudgetRow[]): Omit<TotalPlacement, 'index'> | null {
  const width = row.values.length;
  const from = row.raw.flatMap((cell, c) => (cell.trim() !== '' ? [c] : []));
  if (from.length === 0 || from.length >= width || row.markers) return null;
  if (from.some((c) => row.values[c] == null)) return null;
  if (parts.length < MIN_PARTS || parts.some((p) => p.markers || isSaldoKind(p.label))) return null;
  const sums = columnSums(parts, width);
  const amounts = from.map((c) => row.values[c]!);
  const fits = (amount: number, c: number): boolean => {
    const s = sums[c];
    return s !== null && s !== undefined && Math.abs(amount - s.sum) <= s.slack + 1e-9;
  };
  if (from.every((c, k) => fits(amounts[k]!, c))) return null;
  const found: number[][] = [];
  search(amounts, 0, 0, width, fits, [], found);
  if (found.length !== 1) return null;
  const to = found[0]!;
  const raw = row.raw.map(() => '');
  const values: Array<number | null> = row.values.map(() => null);
  to.forEach((c, k) => {
    raw[c] = row.raw[from[k]!]!;
    values[c] = amounts[k]!;
  });
  return { row: { ...row, raw, values }, from, to };
}

/** Order-keeping placements of amounts[k…] in columns from c on, where every amount adds up; stops at two. */
function search(amounts: readonly number[], k: number, c: number, width: number, fits: (amount: number, c: number) => boolean, chosen: number[], found: number[][]): void {
  if (found.length >= ENOUGH_PLACEMENTS) return;
  if (k === amounts.length) {
    found.push([...chosen]);
    return;
  }
  for (let col = c; col <= width - (amounts.length - k); col++) {
    if (!fits(amounts[k]!, col)) continue;
    chosen.push(col);
    search(amounts, k + 1, col + 1, width, fits, chosen, found);
    chosen.pop();
  }
}

/** Per column, the sum of the parts and the rounding it allows (half a unit per part, at least one), or null where a part has no amount. */
function columnSums(parts: readonly BudgetRow[], width: number): Array<{ sum: number; slack: number } | null> {
  const out: Array<{ sum: number; slack: number } | null> = [];
  for (let c = 0; c < width; c++) {
    let sum = 0;
    let decimals = 0;
    let complete = true;
    for (const part of parts) {
      const v = part.values[c];
      if (v == null || (part.raw[c] ?? '').includes('%')) {
        complete = false;
        break;
      }
      sum += v;
      decimals = Math.max(decimals, /,(\d+)\D*$/.exec(part.raw[c] ?? '')?.[1]?.length ?? 0);
    }
    out.push(complete ? { sum, slack: 10 ** -Math.min(decimals, 6) * Math.max(1, Math.ceil(parts.length / 2)) } : null);
  }
  return out;
}

function isSaldoKind(label: string): boolean {
  const kind = budgetRowKind(label)?.kind;
  return kind === 'lasten' || kind === 'baten' || kind === 'saldo';
}
