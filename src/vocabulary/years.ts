/**
 * Years: the one pattern every stage builds its year tests from, and the
 * tests themselves. A year in these documents is of this century or the
 * last ("2024", "1998"); a whole-cell year may carry brackets or a footnote
 * star ("(2012)", "2019*").
 */

/** A year of this century or the last, as a regex source to build patterns from. */
export const YEAR = '(?:19|20)\\d\\d';
/** The first and last year a document of ours is about (a budget's years ahead, a series' years back). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2060;

const YEAR_WORD = new RegExp(`\\b${YEAR}\\b`);
// A year in brackets goes with its brackets: "Peilwaarde (2023)" → "Peilwaarde ".
const YEAR_WORDS = new RegExp(`\\(${YEAR}\\)|\\b${YEAR}\\b`, 'g');
const YEAR_WORDS_STARRED = new RegExp(`(?:\\(${YEAR}\\)|\\b${YEAR}\\b)\\*?`, 'g');
const YEAR_CELL = new RegExp(`^\\(?(${YEAR})\\)?\\*?$`);
const STANDALONE_YEARS = new RegExp(`(?<![\\d.,])(${YEAR})(?![\\d.,]\\d)`, 'g');

/**
 * The text without its years and the footnote star after one; `stars:
 * false` keeps the stars.
 * @example withoutYears('Begroting 2024*') // 'Begroting '
 * @example withoutYears('Peilwaarde (2023)') // 'Peilwaarde '
 */
export function withoutYears(text: string, options: { stars: boolean } = { stars: true }): string {
  return text.replace(options.stars ? YEAR_WORDS_STARRED : YEAR_WORDS, '');
}

/**
 * Whether the text holds a year as a word.
 * @example hasYear('Rekening 2023') // true
 * @example hasYear('120234') // false
 */
export function hasYear(text: string): boolean {
  return YEAR_WORD.test(text);
}

/** A whole cell that is a year ("2018", "2019*", "(2012)"), or null. */
export function isYear(raw: string): number | null {
  // Every year starts with 19 or 20: most cells asked (amounts, labels) hold neither and are spared the trim and regex.
  if (!raw.includes('20') && !raw.includes('19')) return null;
  const m = YEAR_CELL.exec(raw.trim());
  if (!m) return null;
  const y = Number(m[1]);
  return y >= FIRST_YEAR && y <= LAST_YEAR ? y : null;
}

/** Every standalone year 1990–2060 in a text. */
export function yearsIn(text: string): number[] {
  const out: number[] = [];
  // Every year starts with 19 or 20: most labels and amounts hold neither and are spared the regex's iterator.
  if (!text.includes('20') && !text.includes('19')) return out;
  for (const m of text.matchAll(STANDALONE_YEARS)) {
    const y = Number(m[1]);
    if (y >= FIRST_YEAR && y <= LAST_YEAR) out.push(y);
  }
  return out;
}
