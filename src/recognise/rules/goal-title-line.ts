/**
 * Rule `goal-title-line`: the one line under a goal heading that has no
 * title of its own ("Doelstelling") is the goal's title, with its number
 * when it has one.
 *
 * @example
 *   Doelstelling
 *   2.1 Gelijke kansen voor alle kinderen
 *   → goal 2.1 "Gelijke kansen voor alle kinderen"
 */
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** A title line is at most this long; a longer line is the goal's description. */
const GOAL_TITLE_MAX = 200;
const NUMBERED_TITLE = /^(\d{1,2}(?:\.\d{1,3}){0,3})\.?\s+(\S.*)$/;

export const goalTitleLine: ParagraphRule = {
  name: 'goal-title-line',
  claims: (block, _next, ctx) =>
    ctx.pendingGoal !== null && ctx.pendingGoal.needsTitle && lineCount(block) === 1 && block.text.length <= GOAL_TITLE_MAX ? true : null,
  take(_found, block, _next, ctx) {
    const pending = ctx.pendingGoal!;
    const g = pending.node;
    const numbered = NUMBERED_TITLE.exec(block.text);
    if (numbered && g.id === null) g.id = numbered[1]!;
    g.title = (numbered ? numbered[2]! : block.text).replace(/[.:]$/, '');
    ctx.extendFrame(g, block.span);
    g.heading = `${g.heading ?? ''}\n${block.text}`;
    ctx.pendingGoal = { node: g, needsTitle: false, spans: [...pending.spans, block.span] };
    ctx.titleKnown(g);
  },
};
