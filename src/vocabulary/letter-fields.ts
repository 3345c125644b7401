/**
 * The keys of a letter's head (Datum, Van, Aan, Onderwerp, Zaaknummer …)
 * and the tests on a "Key:" cell or a "Key: value" line:
 *
 *   Onderwerp: Uitkomsten tweede bestuursrapportage 2023
 *   Zaaknummer: 177287
 */

const KEYS = /^(?:datum|van|aan|onderwerp|zaaknummer|zaaknr\.?|kenmerk|ons kenmerk|uw kenmerk|registratienummer|documentnummer|steller|behandeld door|contactpersoon|kopie aan|cc|bijlage\(?n?\)?|bijlagen|portefeuillehouder|programma|raadsvergadering|commissie|agendapunt|collegevergadering|vergaderdatum|verzonden|telefoon(?:nummer)?|e-?mail|team|afdeling|status|nummer|besluit|voorstel)$/i;

/** The key of a "Key:" cell, or null. */
export function letterKey(text: string): string | null {
  // Every key ends in a colon; most cells have none.
  if (!text.includes(':')) return null;
  const m = /^([^:]{2,30}):\s*$/.exec(text.trim());
  const key = m ? m[1]!.trim() : null;
  return key !== null && KEYS.test(key) ? key : null;
}

/** "Zaaknummer: 177287" in one cell or line → [key, value], or null. */
export function inlineField(text: string): [string, string] | null {
  if (!text.includes(':')) return null;
  const m = /^([^:]{2,30}):\s+(\S.{0,300})$/.exec(text.trim());
  if (!m || !KEYS.test(m[1]!.trim())) return null;
  return [m[1]!.trim(), m[2]!.trim()];
}

/** A key alone, without its colon ("Datum" in a letterhead table's cell). */
export function isBareKey(text: string): boolean {
  return text.length <= 30 && KEYS.test(text);
}
