/**
 * Rule `goal-statement-line`: under "Wat willen we bereiken?" (outside a
 * goal), short statements on lines of their own that end in ";" are an
 * enumeration that lost its markers (two such lines or more): each line
 * is a goal, and so is the line that closes the run with a full stop.
 *
 * @example
 *   Wat willen we bereiken?
 *   Een bereikbaar centrum voor iedereen;
 *   Schone en veilige straten;
 *   Een actief verenigingsleven.
 *   → three goals
 */
import type { ParagraphBlock } from '../../blocks/model.js';
import { sentenceInside } from '../headings.js';
import type { GoalNode } from '../../schema/report.js';
import type { ParagraphRule, TreeContext } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** A goal is stated in a line or two; a longer text explains. */
const MAX_GOAL_LENGTH = 250;

/** Goals made from such lines: a line after one of them may close the run. */
const fromLines = new WeakSet<GoalNode>();

function statement(block: ParagraphBlock): boolean {
  return lineCount(block) <= 2 && block.text.length <= MAX_GOAL_LENGTH && !sentenceInside(block.text);
}

function afterStatement(ctx: TreeContext): boolean {
  const last = ctx.siblings().at(-1);
  return last !== undefined && last.type === 'goal' && fromLines.has(last);
}

export const goalStatementLine: ParagraphRule = {
  name: 'goal-statement-line',
  claims(block, next, ctx) {
    if (ctx.role() !== 'goals' || ctx.insideGoal() !== null || !statement(block)) return null;
    const text = block.text.trim();
    if (text.endsWith(';')) {
      // One line ending in ";" is no run: the next line must end so too, or one must have come before.
      const goesOn = next?.kind === 'paragraph' && statement(next) && next.text.trim().endsWith(';');
      return goesOn || afterStatement(ctx) ? true : null;
    }
    // The closing line ends as a sentence does; a line without a stop may be the next heading.
    return afterStatement(ctx) && text.endsWith('.') ? true : null;
  },
  take(_found, block, _next, ctx) {
    const goal: GoalNode = {
      type: 'goal',
      id: null,
      title: block.text.trim().replace(/[;,]$/, ''),
      description: null,
      heading: block.text,
      position: ctx.pos(block.span),
      children: [],
    };
    fromLines.add(goal);
    ctx.emit(goal);
    ctx.titleAbove = null;
  },
};
