/**
 * A budget table without a unit caption whose amounts could as well be
 * thousands: small whole numbers ("Lasten | 4.120 | 4.305") under no
 * "Bedragen x € 1.000" anywhere near. The table keeps multiplier 1 (the
 * amounts as written), but the reader is told the unit is a guess.
 *
 *   Lasten | 4.120 | 4.305   (no caption)  → info budget.unit-unstated
 *   Lasten | 2.298.266 | 1.997.057         → none: whole euros, as written
 */
import type { BudgetRow } from '../schema/report.js';

/** Amounts of this size and more read as whole euros; below it a table in thousands is as likely. */
export const WHOLE_EURO_FLOOR = 100_000;

/** Whether rows of a table without a caption leave its unit open: every amount a whole number below the floor. */
export function unitIsOpen(rows: readonly BudgetRow[]): boolean {
  let seen = false;
  for (const row of rows) {
    for (const v of row.values) {
      if (v === null) continue;
      if (!Number.isInteger(v) || Math.abs(v) >= WHOLE_EURO_FLOOR) return false;
      seen = true;
    }
  }
  return seen;
}
