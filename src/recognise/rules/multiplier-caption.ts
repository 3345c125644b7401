/**
 * Rule `multiplier-caption`: a short line that states the unit of the
 * amounts is the caption of the table under (or above) it, not a heading.
 *
 * @example "Bedragen x € 1.000" above a budget table → its caption
 */
import { isCaptionLine } from '../../vocabulary/captions.js';
import { emitParagraph } from './plain-paragraph.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

export const multiplierCaption: ParagraphRule = {
  name: 'multiplier-caption',
  claims: (block) => (lineCount(block) === 1 && isCaptionLine(block.text) ? true : null),
  take(_found, block, _next, ctx) {
    emitParagraph(ctx, block.text, block.span);
    ctx.captionAbove = block.text;
    ctx.captionAboveAt = ctx.at;
  },
};
