/**
 * Rule `card-field-line`: under a heading-like line, "Eenheid: %" or "Bron:
 * Veiligheidsmonitor" is a field of the indicator card that the next table
 * holds the values of.
 *
 * @example
 *   Inwoners die zich veilig voelen
 *   Eenheid: %
 *   Bron: Veiligheidsmonitor
 *   → fieldsAbove { eenheid: '%', bron: 'Veiligheidsmonitor' } for the table below
 */
import { CARD_FIELD, cardFieldKey } from '../../vocabulary/card-fields.js';
import { emitParagraph } from './plain-paragraph.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';


export const cardFieldLine: ParagraphRule<RegExpExecArray> = {
  name: 'card-field-line',
  claims: (block, _next, ctx) => (ctx.titleAbove !== null && lineCount(block) === 1 ? CARD_FIELD.exec(block.text) : null),
  take(field, block, _next, ctx) {
    emitParagraph(ctx, block.text, block.span);
    ctx.fieldsAbove[cardFieldKey(field[1]!)] = field[2]!.trim();
  },
};
