/**
 * The multiplier caption of an amounts table: "Bedragen x € 1.000",
 * "(x € 1 mln)", "bedragen in hele euro's". Its words are written here once;
 * `parseMultiplier` reads a caption, `withoutCaption` takes one out of a
 * header line (its "1.000" is no amount).
 */

/** What comes before the unit: "x", "×", "*", "in". */
const TIMES = '(?:x|×|\\*|in)';
/** A thousand, a million, …, written out in digits: "1.000", "1.000.000". */
const THOUSANDS = '1(?:\\.000)+';

const CAPTION = new RegExp(`(?:^|[\\s(])(?:bedragen\\s*|bedrag\\s*)?${TIMES}\\s*(?:€|eur(?:o)?)?\\s*(${THOUSANDS}|1\\s*(?:mln|miljoen|mld|miljard))(?:,-)?\\s*\\)?`);
/** "bedragen in hele euro's", "bedragen in €" (no number after the sign: that is a thousand's caption). */
const WHOLE_EUROS = /\b(?:bedragen|bedrag) (?:in|x) (?:(?:hele )?euro'?s?\b|€(?!\s*\d))|\bhele euro'?s\b/;
const CAPTION_IN_LINE = new RegExp(`(?:bedragen\\s*)?${TIMES}\\s*€?\\s*${THOUSANDS}(?:,-)?`, 'gi');
/**
 * What every caption holds: CAPTION a "1.000" or a "1 mln" (or miljoen, mld, miljard), WHOLE_EUROS the word euro
 * or its sign. Most texts asked about (a line with a year holds a "1") hold none and are spared lower-casing.
 */
const MAYBE_MULTIPLIER = /1(?:\.000|\s*m(?:ln|iljoen|ld|iljard))|euro|€/i;

/**
 * The unit caption of a table: "Bedragen x € 1.000" → 1000, "x € 1 mln" →
 * 1000000, "bedragen in euro's" and "bedragen in €" → 1; null when there is none.
 */
export function parseMultiplier(text: string): { multiplier: number; currency: 'EUR' } | null {
  if (text.length > 300 || !MAYBE_MULTIPLIER.test(text)) return null;
  const t = text.toLowerCase();
  const m = CAPTION.exec(t);
  if (m) {
    const unit = m[1]!.replace(/\s+/g, '');
    if (/mln|miljoen/.test(unit)) return { multiplier: 1e6, currency: 'EUR' };
    if (/mld|miljard/.test(unit)) return { multiplier: 1e9, currency: 'EUR' };
    return { multiplier: Number(unit.replace(/\./g, '')), currency: 'EUR' };
  }
  if (WHOLE_EUROS.test(t)) return { multiplier: 1, currency: 'EUR' };
  return null;
}

/** The longest caption line: a line that states a unit, not a sentence that mentions one. */
const CAPTION_MAX = 80;

/**
 * Whether a short line or cell states the unit of the amounts: a caption.
 * @example isCaptionLine('Bedragen x € 1.000') // true
 * @example isCaptionLine('In de begroting zijn alle bedragen opgenomen in duizenden euro (x € 1.000) tenzij anders vermeld, zoals bij de reserves.') // false
 */
export function isCaptionLine(text: string): boolean {
  return text.length <= CAPTION_MAX && parseMultiplier(text) !== null;
}

/**
 * The text without a unit caption, whose number is no amount.
 * @example withoutCaption('Bedragen x € 1.000   2024   2025') // '   2024   2025'
 */
export function withoutCaption(text: string): string {
  return text.replace(CAPTION_IN_LINE, '');
}
