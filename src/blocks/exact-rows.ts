/**
 * A table's rows, each copied into an array exactly its length. A row built
 * by `push` from an empty array keeps room for 17 cells (V8 grows an empty
 * array to 17 slots at its first push): 152 bytes where a row of four cells
 * needs 48. Real text has about 70,000 table rows a 10 MB (most rebuilt by
 * grid inference from one-cell-per-line text), all held until the tree is
 * built, so at 100 MB that slack was about 70 MB of the parse's peak. The
 * readers that make tables hand their rows through this; `slice` copies a
 * row at its length, and the cells are the same objects.
 * @example exactRows([['Lasten', '2.762']]) // [['Lasten', '2.762']], each array at its length
 */
export function exactRows<T>(rows: readonly T[][]): T[][] {
  const out: T[][] = new Array<T[]>(rows.length);
  for (let r = 0; r < rows.length; r++) out[r] = rows[r]!.slice();
  return out;
}
