/**
 * Rule `action-table`: a table whose header names actions and their status
 * gives one action per row.
 *
 * @example "Speerpunt | Status" ⏎ "Woonvisie actualiseren | Gereed" → an action table
 */
import type { TableBlock } from '../../blocks/model.js';
import type { RecognisedTableNode } from '../../schema/report.js';
import { looksLikeActionTable, recogniseActionTable } from '../actions.js';
import type { BlockRule } from './rule.js';

export const actionTable: BlockRule<TableBlock, RecognisedTableNode> = {
  name: 'action-table',
  claims: (block, _next, ctx) => (looksLikeActionTable(block) ? recogniseActionTable(block, ctx.table) : null),
  take(actions, _block, _next, ctx) {
    ctx.emit(actions);
  },
};
