/**
 * Rule `one-column-table`: a table whose every row holds at most one filled
 * cell has no label column beside its values, so it can be neither a budget
 * table nor an indicator table. Converters write such tables when they put
 * each cell of a grid on a line of its own and keep a pipe after it; the
 * grid's rows are then lost, and reading each cell as a row would invent an
 * indicator (or a budget row) per cell. The table is kept as it is, and a
 * diagnostic says that its grid could not be read.
 *
 * @example
 *   Omschrijving |
 *   2025 |
 *   2026 |
 *   Stand na de voorjaarsnota |
 *   -1.329.000 |
 *   -3.503.800 |
 *   → one table node (no indicator per cell), warning `table.one-column`
 */
import type { TableBlock } from '../../blocks/model.js';
import { tableNode } from './plain-table.js';
import type { BlockRule } from './rule.js';

/**
 * The fewest filled rows before a one-column table is called a lost grid: a
 * single cell or two under a pipe is a caption or a stray line, not a grid
 * whose rows were broken apart.
 */
export const MIN_ONE_COLUMN_ROWS = 3;

/** Whether every row of the table holds at most one filled cell, over enough filled rows. */
export function isOneColumnTable(table: TableBlock): boolean {
  // Asked of every table: the first row with two filled cells settles it, without trimming the cells after them.
  let oneCellRows = 0;
  for (const row of table.rows) {
    let filled = 0;
    for (const cell of row) if (cell.text.trim() !== '' && ++filled > 1) return false;
    if (filled === 1) oneCellRows++;
  }
  return oneCellRows >= MIN_ONE_COLUMN_ROWS;
}

export const oneColumnTable: BlockRule<TableBlock> = {
  name: 'one-column-table',
  claims: (block) => (isOneColumnTable(block) ? true : null),
  take(_found, block, _next, ctx) {
    ctx.table.report('warning', 'table.one-column', `a table of one column over ${block.rows.length} rows: its cells are kept, no row is read from them`, block.span);
    ctx.emit(tableNode(block, null, (span) => ctx.pos(span)));
  },
};
