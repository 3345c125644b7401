/**
 * Rule `card-field-pair`: an indicator card laid out one cell per line puts
 * a field word on one line and its value on the next.
 *
 * @example
 *   Eenheid
 *   kg per inwoner
 *   → fieldsAbove { eenheid: 'kg per inwoner' }, one paragraph of both lines
 */
import type { Block, ParagraphBlock } from '../../blocks/model.js';
import { CARD_FIELD_WORD, cardFieldKey } from '../../vocabulary/card-fields.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/**
 * "Eenheid" ⏎ "kg per inwoner": a field cell of an indicator card laid out
 * one cell per line, and the one-line value under it (no field word itself).
 */
export function isCardFieldPair(block: ParagraphBlock, next: Block): next is ParagraphBlock {
  return lineCount(block) === 1 && CARD_FIELD_WORD.test(block.text) &&
    next.kind === 'paragraph' && lineCount(next) === 1 && next.text.length <= 200 && !CARD_FIELD_WORD.test(next.text);
}

export const cardFieldPair: ParagraphRule<ParagraphBlock> = {
  name: 'card-field-pair',
  claims: (block, next, ctx) => (ctx.titleAbove !== null && next && isCardFieldPair(block, next) ? next : null),
  take(value, block, _next, ctx) {
    ctx.emit({ type: 'paragraph', text: `${block.text}\n${value.text}`, position: ctx.pos({ start: block.span.start, end: value.span.end }) });
    ctx.fieldsAbove[cardFieldKey(block.text)] = value.text;
    ctx.consumeNext();
  },
};
