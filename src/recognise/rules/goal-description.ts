/**
 * Rule `goal-description`: the paragraph right under a goal's heading (and
 * title) is its description, unless it is itself a structural heading or
 * the title of the table right under it.
 *
 * @example
 *   Doelstelling 3: Een veilige gemeente
 *   Inwoners voelen zich veilig in hun buurt.
 *   → goal 3 with description "Inwoners voelen zich veilig in hun buurt."
 */
import { indicatorKindOf } from '../../vocabulary/sections.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

export const goalDescription: ParagraphRule = {
  name: 'goal-description',
  claims(block, next, ctx) {
    // Only a goal waiting for its description asks what the paragraph is; most paragraphs are under none.
    const pending = ctx.pendingGoal;
    if (!pending || pending.needsTitle || pending.spans.length === 0) return null;
    const { heading } = ctx.look;
    const structural = heading !== null && (heading.kind !== 'heading' || indicatorKindOf(block.text) !== null);
    // One line right above a table ("Aantal cliënten per voorziening") is the table's title, not the goal's description.
    const titlesTable = lineCount(block) === 1 && next?.kind === 'table' && next.span.start - block.span.end <= 1 && !/[.!?]$/.test(block.text);
    if (structural || titlesTable) return null;
    return block.text.length > 0 && pending.node.description === null ? true : null;
  },
  take(_found, block, _next, ctx) {
    const g = ctx.pendingGoal!.node;
    g.description = g.description ? `${g.description}\n${block.text}` : block.text;
    ctx.extendFrame(g, block.span);
    ctx.pendingGoal = null;
  },
};
