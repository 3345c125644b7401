/**
 * A column that no row fills, between columns the rows do fill: the header
 * names a column the amounts do not stand under, so the amounts of a row may
 * stand one column off. A PDF whose header piece ("2024") stands left of a
 * right-aligned nil ("-") reads it as a column of its own:
 *
 *                  Reeds beschikbaar   Beschikbaar te   Meerjarenbeeld
 *                                    stellen krediet
 *   Programma 1                          2024          2025   2026
 *   Tractie             54.500                   -      -      -
 *   → columns "Reeds beschikbaar", "… krediet 2024" (empty in every row),
 *     "… krediet" ("-"), 2025, 2026: the warning goes on the first row.
 *
 * A column empty in every row at the end of the table (a begrotingswijziging
 * that touches the first year only) is no sign of this.
 */
import type { BudgetRow } from '../schema/report.js';

/** The indices of the columns that no row fills while columns left and right of them are filled. */
export function emptyInnerColumns(rows: readonly BudgetRow[]): number[] {
  // One pass over the cells, row by row, rather than one pass over the rows per column.
  const filled: boolean[] = [];
  for (const r of rows) {
    for (let c = filled.length; c < r.raw.length; c++) filled.push(false);
    for (let c = 0; c < r.raw.length; c++) if (!filled[c] && (r.raw[c] ?? '').trim() !== '') filled[c] = true;
  }
  const first = filled.indexOf(true);
  const last = filled.lastIndexOf(true);
  const out: number[] = [];
  for (let c = first + 1; first >= 0 && c < last; c++) if (!filled[c]) out.push(c);
  return out;
}
