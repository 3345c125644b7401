/**
 * The field words of an indicator card: its unit and source, and when it
 * was measured. On a card the words stand above the values' table, each
 * with its value after a colon or on the next line:
 *
 *   Inwoners die zich veilig voelen
 *   Eenheid: %
 *   Bron: Veiligheidsmonitor
 */

/** The unit's words ("Meeteenheid" is the unit as "Eenheid" is). */
const UNIT_WORDS = ['eenheid', 'meeteenheid'];
/** The source's word. */
const SOURCE_WORDS = ['bron'];
/** Every field word of a card. */
const CARD_FIELD_WORDS = [...UNIT_WORDS, ...SOURCE_WORDS, 'peildatum', 'periode'];

/** The key under which a card's unit is kept (see `cardFieldKey`). */
export const CARD_UNIT = 'eenheid';
/** The key under which a card's source is kept. */
export const CARD_SOURCE = 'bron';

/** "Eenheid: %", "Bron: Veiligheidsmonitor": a card field and its value on one line. */
export const CARD_FIELD = new RegExp(`^(${CARD_FIELD_WORDS.join('|')})\\s*:\\s*(\\S.{0,200})$`, 'i');
/** A card's field word alone on its line ("Eenheid", "Bron:"), its value on the next. */
export const CARD_FIELD_WORD = new RegExp(`^(?:${CARD_FIELD_WORDS.join('|')})\\s*:?$`, 'i');
/** A line that opens with the card's unit or source ("Eenheid: aantal per 1.000 woningen"): no heading. */
export const CARD_UNIT_OR_SOURCE_LINE = new RegExp(`^(?:${[...UNIT_WORDS, ...SOURCE_WORDS].join('|')})\\s*:`, 'i');
/** A column header that names the unit ("Eenheid", "Eenheden"). */
export const UNIT_COLUMN = new RegExp(`^(?:${[...UNIT_WORDS, 'eenheden'].join('|')})$`);

/**
 * The key of a card field: lower case, without its colon; "Meeteenheid" is
 * the unit as "Eenheid" is.
 * @example cardFieldKey('Meeteenheid:') // 'eenheid'
 */
export function cardFieldKey(word: string): string {
  const key = word.replace(/\s*:$/, '').toLowerCase();
  return UNIT_WORDS.includes(key) ? CARD_UNIT : key;
}

/** Whether the fields read above a table are a card's (a unit or a source). */
export function hasCardFields(fields: Record<string, string>): boolean {
  return CARD_UNIT in fields || CARD_SOURCE in fields;
}
