/**
 * The widest row of some row lists: a loop, because `Math.max(...rows)`
 * overflows the call stack on tables of hundreds of thousands of rows.
 * @example tableWidth(body, header)
 */
export function tableWidth(...lists: ReadonlyArray<ReadonlyArray<{ length: number }>>): number {
  let width = 0;
  // Index loops: the iterators here showed in the allocation profile, a result object per row.
  for (let l = 0; l < lists.length; l++) {
    const rows = lists[l]!;
    for (let k = 0; k < rows.length; k++) if (rows[k]!.length > width) width = rows[k]!.length;
  }
  return width;
}

/** Appends `items` to `target` one by one (a spread push overflows on huge lists). */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
