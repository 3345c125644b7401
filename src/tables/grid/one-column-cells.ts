/**
 * A pipe table with at most one filled cell per row is a grid that a
 * converter wrote one cell per line, a pipe after each cell: its rows were
 * lost, its cells are in reading order. Its filled cells join the run of
 * one-line cells that grid inference reads, as standalone paragraphs would.
 *
 *   Omschrijving | ⏎ 2026 | ⏎ 2027 | ⏎ Saldo vorige begroting | ⏎ 45.600 | ⏎ -812.300 | ⏎ | ⏎ | ⏎ …
 *   → the cells Omschrijving, 2026, 2027, Saldo vorige begroting, 45.600, -812.300, …
 *     (the empty spacer rows add nothing)
 *
 * A table whose cells form no grid stays as it was (the `one-column-table`
 * recognition rule keeps it with a warning).
 */
import type { Block, Cell, ParagraphBlock, TableBlock } from '../../blocks/model.js';
import { oneLineParagraph } from '../../blocks/one-line-paragraph.js';
import { cellAt } from '../../blocks/cell.js';

/** Filled rows a one-column table needs before its cells are read as a linearised grid: fewer is a stray line under a pipe. */
const MIN_FILLED_ROWS = 3;

/** The filled cells of a one-column pipe table in reading order, or null when the table has a second filled cell in some row. */
export function oneColumnCells(block: Block): Cell[] | null {
  if (block.kind !== 'table') return null;
  const out: Cell[] = [];
  for (const row of (block as TableBlock).rows) {
    const filled = row.filter((c) => c.text.trim() !== '');
    if (filled.length > 1) return null;
    if (filled.length === 1) out.push(cellAt(filled[0]!.text.trim(), filled[0]!.span));
  }
  return out.length >= MIN_FILLED_ROWS ? out : null;
}

/** A cell of a one-column table that the table read from it did not take, as the one-line paragraph it was written as. */
export function cellParagraph(cell: Cell): ParagraphBlock {
  return oneLineParagraph(cell.text, true, cell.span);
}
