/**
 * Rule `goals-list`: under "Wat willen we bereiken?" (outside a goal), a
 * list of short statements is the programme's goals, one per item; a
 * number marker is the goal's id.
 *
 * @example
 *   Wat willen we bereiken?
 *   Doelstellingen
 *   1. Minder woninginbraken in de kernen;
 *   2. Een toegankelijk centrum voor iedereen.
 *   → goals "1" and "2"
 */
import type { ListBlock } from '../../blocks/model.js';
import { sentenceInside } from '../headings.js';
import type { GoalNode } from '../../schema/report.js';
import type { BlockRule } from './rule.js';

/**
 * A goal is stated in a line or two; an item longer than this, or one of
 * several sentences, explains rather than states, and the list stays a list.
 */
const MAX_GOAL_LENGTH = 250;

/** The id a list marker gives: "1." → "1", "2.3)" → "2.3"; a bullet gives none. */
function markerId(marker: string): string | null {
  const m = /^\(?(\d{1,2}(?:\.\d{1,2}){0,2})[.)]?$/.exec(marker.trim());
  return m ? m[1]! : null;
}

/** Whether a list states goals: top-level items only, each one short statement. */
export function statesGoals(list: ListBlock): boolean {
  return list.items.length > 0 && list.items.every((it) => it.depth === 0 && it.text.length <= MAX_GOAL_LENGTH && !sentenceInside(it.text));
}

export const goalsList: BlockRule<ListBlock> = {
  name: 'goals-list',
  claims: (block, _next, ctx) => (ctx.role() === 'goals' && ctx.insideGoal() === null && statesGoals(block) ? true : null),
  take(_found, block, _next, ctx) {
    for (const item of block.items) {
      const goal: GoalNode = {
        type: 'goal',
        id: markerId(item.marker),
        title: item.text.trim().replace(/[;,]$/, ''),
        description: null,
        heading: item.marker ? `${item.marker} ${item.text}` : item.text,
        position: ctx.pos(item.span),
        children: [],
      };
      ctx.emit(goal);
    }
    ctx.titleAbove = null;
  },
};
