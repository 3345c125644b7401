/**
 * The field words of a connected party ("Vestigingsplaats", "Openbaar
 * belang", "Eigen vermogen 1-1-2023") and its "Veld: waarde" lines:
 *
 *   Vestigingsplaats: Tilburg
 *   Rechtsvorm        Gemeenschappelijke regeling
 */

const FIELD = /^(?:naam(?: verbonden partij)?|vestigingsplaats|rechtsvorm|doel(?:stelling)?|openbaar belang|bestuurlijk belang|financieel belang|deelnemende (?:partijen|gemeenten)|deelnemers|deelname|belang|ontwikkelingen|risico'?s?|eigen vermogen.*|vreemd vermogen.*|resultaat.*|bijdrage.*|programma|vertegenwoordiging|zeggenschap|soort|type|website|toelichting|beleidsvoornemens|aandeel|kosten|stemverhouding)\s*:?$/i;

/** True when a cell is a connected-party field label. */
export function isPartyField(text: string): boolean {
  return text.length <= 60 && FIELD.test(text.trim());
}

const FIELD_LINE = /^([^:]{2,60}):\s*(\S.{0,500})$/;

/**
 * A "Veld: waarde" line of a connected party as [key, value], or null; the
 * key may also stand in a column of its own, three spaces or more before its value.
 * @example partyFieldLine('Vestigingsplaats: Tilburg') // ['Vestigingsplaats', 'Tilburg']
 * @example partyFieldLine('Vestigingsplaats           Apeldoorn') // ['Vestigingsplaats', 'Apeldoorn']
 * @example partyFieldLine('Aanleiding: de raad vroeg erom') // null
 */
export function partyFieldLine(text: string): [string, string] | null {
  const colon = text.indexOf(':');
  const gap = text.indexOf('   ');
  // "Vestigingsplaats           Tilburg": key and value in aligned columns, without a colon.
  if (gap >= 2 && gap <= 60 && (colon < 0 || colon > gap)) {
    const key = text.slice(0, gap).trim();
    const value = text.slice(gap).trim();
    return value !== '' && isPartyField(key) ? [key, value] : null;
  }
  if (colon < 2 || colon > 61) return null;
  const m = FIELD_LINE.exec(text.trim());
  if (!m) return null;
  const key = m[1]!.trim();
  return isPartyField(key) ? [key, m[2]!.trim()] : null;
}
