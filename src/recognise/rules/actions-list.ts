/**
 * Rule `actions-list`: under "Wat gaan we daarvoor doen?", each top-level
 * item of a list is an action; deeper items join the one above.
 *
 * @example
 *   Wat gaan we daarvoor doen?
 *   • We actualiseren de Woonvisie.
 *   • We bouwen 120 sociale huurwoningen.
 *   → two actions
 */
import type { ListBlock } from '../../blocks/model.js';
import { actionsFromList } from '../actions.js';
import type { BlockRule } from './rule.js';

export const actionsList: BlockRule<ListBlock> = {
  name: 'actions-list',
  claims: (_block, _next, ctx) => (ctx.role() === 'actions' ? true : null),
  take(_found, block, _next, ctx) {
    for (const a of actionsFromList(block, ctx.recogniseContext(null))) ctx.emit(a);
    ctx.titleAbove = null;
  },
};
