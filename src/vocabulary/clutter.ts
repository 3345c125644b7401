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
  [/^(?:pagina|bladzijde|blz\.?|page) \d{1,4}(?: (?:van|of|\/) \d{1,4})?$/, 'page-number'],
  [/^[-–—] ?\d{1,4} ?[-–—]$/, 'page-number'],
  // A running header or footer ending (or starting) in a page number after a wide gap.
  [/\s{2,}(?:pagina|bladzijde|blz\.?|page|p\.)\s*\d{1,4}(?:\s*(?:van|of|\/)\s*\d{1,4})?$/, 'running-header'],
  [/^(?:pagina|bladzijde|blz\.?|page)\s*\d{1,4}\s{2,}\S/, 'running-header'],
];

/**
 * The patterns above as two quick tests of the line as it is (any case,
 * spaces around it): nearly every line is content, and this says so without
 * making a trimmed, lower-cased copy of each and trying ten patterns. The
 * patterns anchored at the start go in one regex anchored once, so that it
 * fails at the first character instead of being tried at every position.
 */
const relaxEnd = (source: string): string => source.replace(/\$$/, '\\s*$');
const ANCHORED = CLUTTER_LINES.filter(([p]) => p.source.startsWith('^'));
const ANCHORED_CLUTTER = new RegExp(`^\\s*(?:${ANCHORED.map(([p]) => `(?:${relaxEnd(p.source.slice(1))})`).join('|')})`, 'i');
const FLOATING_CLUTTER = CLUTTER_LINES.filter(([p]) => !p.source.startsWith('^')).map(([p]) => new RegExp(relaxEnd(p.source), 'i'));

function maybeClutter(line: string): boolean {
  // The floating patterns end in a page number: a line that does not end in a digit is spared them.
  return ANCHORED_CLUTTER.test(line) || (endsInDigit(line) && matchesFloating(line));
}

/** A floating pattern matches the line: a plain loop, since a closure per line ending in a digit showed in the allocation profile. */
function matchesFloating(line: string): boolean {
  for (let k = 0; k < FLOATING_CLUTTER.length; k++) if (FLOATING_CLUTTER[k]!.test(line)) return true;
  return false;
}

function endsInDigit(line: string): boolean {
  let end = line.length - 1;
  while (end >= 0 && line.charCodeAt(end) <= 32) end--;
  const c = line.charCodeAt(end);
  return c >= 48 && c <= 57;
}

/**
 * Says why a line is clutter, or null when it is content.
 * @example clutterReason('Terug naar navigatie - Programma 2') // 'navigation'
 */
export function clutterReason(line: string): string | null {
  if (line.length > 200 && line.trim().length > 200) return null;
  if (!maybeClutter(line)) return null;
  const text = line.trim().toLowerCase();
  if (text.length === 0) return null;
  for (const [pattern, reason] of CLUTTER_LINES) {
    if (pattern.test(text)) return reason;
  }
  return null;
}

const RUNNING = /\b(?:begroting|programmabegroting|jaarrekening|jaarverslag|jaarstukken|voorjaarsnota|kadernota|bestuursrapportage|najaarsnota|gemeente|pagina|blz)\b/i;

/**
 * Running headers and footers of PDF text: lines laid out with wide gaps
 * that come back on every page and name the document, the municipality or
 * the page. From each line's `runningKey`, returns the keys (digits folded)
 * seen at least twice.
 * @example repeatedKeys(['Begroting 2024      Gemeente Ede', …, 'Begroting 2024      Gemeente Ede'].map(runningKey))
 */
export function repeatedKeys(keys: ReadonlyArray<string | null>): Set<string> {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  const out = new Set<string>();
  for (const [key, n] of counts) if (n >= 2) out.add(key);
  return out;
}

/** The key of a line that could be a running header, or null. */
export function runningKey(line: string): string | null {
  if (line.length > 200 || !WIDE_GAP.test(line) || !RUNNING.test(line)) return null;
  return line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

const WIDE_GAP = / {4}/;
