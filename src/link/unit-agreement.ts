/**
 * Whether an indicator measures what a BBV beleidsindicator measures. The
 * standards are rates: Formatie is "Fte per 1.000 inwoners", Personen met
 * een bijstandsuitkering "Aantal per 10.000 inwoners". A document may report
 * the same thing as a plain count beside the rate:
 *
 *   Formatie: aantal FTE                      512,3   ← a count: not BBV 1
 *   Formatie: aantal FTE per 1.000 inwoners     3,9   ← BBV 1
 *   Aantal inwoners met bijstand (per 1.000 inw)      ← another base than 10.000
 *
 * A researcher comparing municipalities on the standard must not get the
 * count, so a name or unit that states the standard's measure word without a
 * base ("aantal FTE", "(in fte's)"), or a base the standard never had, does
 * not link. A name that states no measure at all ("Banen") says nothing
 * against the standard and may link.
 */

/** "per 1.000 inwoners", "per 10.000", "per inwoner" and "kg/inwoner" (base 1): the bases a text states, dots and spaces out of the number. */
const BASE = /(?:\bper\s+|\/\s*)(?:(\d{1,3}(?:[.\s]?\d{3})*)|inwoner|leerling|woning)\b/gi;

function bases(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(BASE)) out.add(m[1] ? Number(m[1].replace(/[.\s]/g, '')) : 1);
  return out;
}

/** The word a rate counts ("fte" in "Fte per 1.000 inwoners"); null when the unit is no count of a thing. */
function measureWord(unit: string): string | null {
  const first = /^\s*([a-z]+)\s+per\b/i.exec(unit);
  return first && first[1]!.toLowerCase() !== 'aantal' ? first[1]!.toLowerCase() : null;
}

/**
 * True when `text` (an indicator's name and unit) can measure what
 * `standardUnit` states.
 * @example measuresAgree('Formatie: aantal FTE', 'Fte per 1.000 inwoners') // false
 * @example measuresAgree('Formatie in fte per 1000 inwoners', 'Fte per 1.000 inwoners') // true
 * @example measuresAgree('Banen', 'Aantal per 1.000 inwoners 15-64 jaar') // true
 */
export function measuresAgree(text: string, standardUnit: string): boolean {
  const wanted = bases(standardUnit);
  if (wanted.size === 0) return true;
  const stated = bases(text);
  if (stated.size > 0) return [...stated].some((b) => wanted.has(b));
  // No base stated: a count of the standard's own measure word is a count, not the rate.
  const word = measureWord(standardUnit);
  return word === null || !new RegExp(`\\b${word}`, 'i').test(text);
}
