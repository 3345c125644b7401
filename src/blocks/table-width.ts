/**
 * The widest row of some row lists: a loop, because `Math.max(...rows)`
 * overflows the call stack on tables of hundreds of thousands of rows.
 * @example tableWidth(body, header)
 */
export function tableWidth(...lists: ReadonlyArray<ReadonlyArray<{ length: number }>>): number {
  let width = 0;
  for (const rows of lists) for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** Appends `items` to `target` one by one (a spread push overflows on huge lists). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
