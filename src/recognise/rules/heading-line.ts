/**
 * Rule `heading-line`: in plain text, a short line standing alone that does
 * not read as a sentence is a heading: it opens what it names (a programme,
 * a goal, a W-question, a numbered measure) or a plain section.
 *
 * @example
 *   Wat willen we bereiken?
 *
 *   → a section with role goals
 */
import type { HeadingKind } from '../headings.js';
import type { ParagraphRule } from './rule.js';

export const headingLine: ParagraphRule<HeadingKind> = {
  name: 'heading-line',
  // A letter's "Key: value" line is no heading.
  claims: (_block, _next, ctx) => (ctx.look.field ? null : ctx.look.heading),
  take(heading, block, _next, ctx) {
    ctx.takeHeading(block, heading);
  },
};
