/**
 * Text that is page furniture, not content: navigation of the online P&C
 * sites, print/download buttons, page numbers. Matched against a whole
 * (trimmed, lower-cased) line or cell. A new site's wording is one line here.
 */
const CLUTTER_LINES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^terug naar (?:navigatie|boven|overzicht)\b/, 'navigation'],
  [/^(?:ga )?terug$/, 'navigation'],
  [/^(?:naar )?(?:top|boven)$/, 'navigation'],
  [/^(?:download|print|deel)(?: deze)?(?: pagina| pdf| als pdf| tabel)?$/, 'navigation'],
  [/^(?:volledige pdf|stel uw document zelf samen|inhoudsopgave|menu|zoeken|sluiten)$/, 'navigation'],
  [/^deze pagina is gebouwd op\b/, 'footer'],
  [/^(?:pagina|blz\.?|page) \d{1,4}(?: (?:van|of|\/) \d{1,4})?$/, 'page-number'],
  [/^[-–—] ?\d{1,4} ?[-–—]$/, 'page-number'],
];

/**
 * Says why a line is clutter, or null when it is content.
 * @example clutterReason('Terug naar navigatie - Programma 2') // 'navigation'
 */
export function clutterReason(line: string): string | null {
  const text = line.trim().toLowerCase();
  if (text.length === 0 || text.length > 120) return null;
  for (const [pattern, reason] of CLUTTER_LINES) {
    if (pattern.test(text)) return reason;
  }
  return null;
}
