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
import { emitParagraph } from './plain-paragraph.js';
import type { ParagraphRule } from './rule.js';

/** The unit and source lines of an indicator card ("Eenheid: %", "Bron: Veiligheidsmonitor"). */
export const CARD_FIELD = /^(eenheid|meeteenheid|bron|peildatum|periode)\s*:\s*(\S.{0,200})$/i;
/** A card's field word alone on its line ("Eenheid", "Bron:"), its value on the next. */
export const CARD_FIELD_WORD = /^(?:eenheid|meeteenheid|bron|peildatum|periode)\s*:?$/i;

/** The key of a card field: "Meeteenheid" is the unit as "Eenheid" is. */
export function cardFieldKey(word: string): string {
  const key = word.replace(/\s*:$/, '').toLowerCase();
  return key === 'meeteenheid' ? 'eenheid' : key;
}

export const cardFieldLine: ParagraphRule<RegExpExecArray> = {
  name: 'card-field-line',
  claims: (block, _next, ctx) => (ctx.titleAbove !== null && block.lines.length === 1 ? CARD_FIELD.exec(block.text) : null),
  take(field, block, _next, ctx) {
    emitParagraph(ctx, block.text, block.span);
    ctx.fieldsAbove[cardFieldKey(field[1]!)] = field[2]!.trim();
  },
};
