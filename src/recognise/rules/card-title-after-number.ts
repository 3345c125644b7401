/**
 * Rule `card-title-after-number`: an indicator card's number alone on its
 * line joins the name under it as the card's title, when a card field
 * follows the name.
 *
 * @example
 *   23
 *   Jongeren met jeugdhulp
 *   Eenheid: %
 *   → the heading "23 Jongeren met jeugdhulp", over the card's fields
 */
import type { Block, HeadingBlock, ParagraphBlock } from '../../blocks/model.js';
import { CARD_FIELD, CARD_FIELD_WORD } from '../../vocabulary/card-fields.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

const CARD_NUMBER = /^\(?\d{1,3}(?:\.\d{1,2}){0,2}(?:\.[a-z])?\)?\.?$/;

/**
 * The name line of an indicator card whose number stands alone on the line
 * above it ("23", "(23)", "6.1"), when a card field follows the name
 * ("Eenheid: %", or "Eenheid" alone); else null.
 * @example "23" ⏎ "Jongeren met jeugdhulp" ⏎ "Eenheid: %" → the block "Jongeren met jeugdhulp"
 */
export function cardTitleAfterNumber(block: ParagraphBlock, next: Block, after: Block | undefined): ParagraphBlock | HeadingBlock | null {
  if (lineCount(block) !== 1 || !CARD_NUMBER.test(block.text)) return null;
  const title = next.kind === 'heading' || (next.kind === 'paragraph' && lineCount(next) === 1) ? next : null;
  // A name that has its own number ("(34) Hernieuwbare elektriciteit") makes the line above something else.
  if (!title || title.text.length > 150 || /^\(?\d/.test(title.text) || CARD_FIELD.test(title.text) || CARD_FIELD_WORD.test(title.text)) return null;
  // The card's values right under its name ("13.1.a" ⏎ "Formatie in fte" ⏎ the table): the table is the evidence.
  if (after !== undefined && after.kind === 'table') return title;
  if (after === undefined || after.kind !== 'paragraph') return null;
  const field = after.lines[0]?.text ?? after.text;
  return CARD_FIELD.test(field) || CARD_FIELD_WORD.test(field) ? title : null;
}

export const cardTitleAfterNumberRule: ParagraphRule<ParagraphBlock | HeadingBlock> = {
  name: 'card-title-after-number',
  claims: (block, next, ctx) => (next ? cardTitleAfterNumber(block, next, ctx.after()) : null),
  take(title, block, _next, ctx) {
    ctx.consumeNext();
    ctx.takeHeading({ text: `${block.text} ${title.text}`, span: { start: block.span.start, end: title.span.end } });
  },
};
