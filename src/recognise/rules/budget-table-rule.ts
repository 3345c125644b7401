/**
 * Rules `budget-table` and `budget-table-after-indicators`: a table of
 * amounts by budget column words (Lasten, Baten, Saldo; Rekening 2023,
 * Begroting 2024) is a budget table. Under an indicator heading, or after
 * a card's unit and source lines, the indicator reading goes first unless a
 * row is labelled as budget rows are.
 *
 * @example
 *   Bedragen x € 1.000 | Rekening 2023 | Begroting 2024
 *   Lasten | 2.762 | 3.010
 *   → a budget table with two amounts per row
 */
import type { Cell, TableBlock } from '../../blocks/model.js';
import type { BudgetTableNode } from '../../schema/report.js';
import { budgetRowKind } from '../../vocabulary/column-words.js';
import { hasCardFields } from '../../vocabulary/card-fields.js';
import { looksLikeBudgetTable, recogniseBudgetTable } from '../budget-table.js';
import type { RecogniseContext } from '../context.js';
import type { BlockRule } from './rule.js';

/** Whether the indicator reading of a table goes before the budget reading. */
function indicatorsFirst(table: TableBlock, c: RecogniseContext): boolean {
  // The context is asked first: outside indicator sections the rows need not be read.
  if (!(c.role === 'indicators' || c.indicatorKind !== null || hasCardFields(c.fieldsAbove))) return false;
  return !table.rows.some((r) => isKindCell(r[0]) || isKindCell(r[1]));
}

/** A cell of a row's first two that names a budget row kind ("Lasten", "Saldo"). */
function isKindCell(cell: Cell | undefined): boolean {
  return cell !== undefined && budgetRowKind(cell.text) !== null;
}

/** The budget reading of a table, when it looks like one. */
function budget(table: TableBlock, c: RecogniseContext): BudgetTableNode | null {
  return looksLikeBudgetTable(table, c) ? recogniseBudgetTable(table, c) : null;
}

export const budgetTable: BlockRule<TableBlock, BudgetTableNode> = {
  name: 'budget-table',
  claims: (block, _next, ctx) => (indicatorsFirst(block, ctx.table) ? null : budget(block, ctx.table)),
  take(node, _block, _next, ctx) {
    ctx.emit(node);
  },
};

export const budgetTableAfterIndicators: BlockRule<TableBlock, BudgetTableNode> = {
  name: 'budget-table-after-indicators',
  claims: (block, _next, ctx) => (indicatorsFirst(block, ctx.table) ? budget(block, ctx.table) : null),
  take(node, _block, _next, ctx) {
    ctx.emit(node);
  },
};
