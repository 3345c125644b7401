/**
 * The year a document narrates: when the W-questions already say what kind
 * of document this is (past tense: an account; future tense: a begroting),
 * the year its sentences open with is the year it is about.
 *
 * @example "Wat hebben wij daarvoor gedaan?" … "In 2022 is ingezet op …" … "In 2022 is het verbeterplan …" → 2022
 * @example "Wat gaan we daarvoor doen?" … "In 2019 blijven we investeren …" … "Voor 2019 breiden we …" → 2019
 *
 * Only sentence openers count ("In 2022 is …", "Voor 2019 …"), never a year
 * in a table, a heading or the middle of a sentence, and only a year that
 * clearly leads: that is what a reader takes as "this report is about 2022".
 * Without the W-questions' tense this says nothing (a passing year is no
 * evidence), so the caller asks it only then.
 */
import { YEAR } from '../vocabulary/years.js';

/** A sentence that opens with its year: "In 2022 is …", "Voor 2019 breiden we …", "Ook in 2023 …". */
const OPENER = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)(?:(?:Ook|Vanaf|Eind|Begin|Medio)\\s+)?(?:[Ii]n|[Vv]oor|[Tt]ijdens)\\s+(${YEAR})\\b(?!\\s*[-–]\\s*${YEAR})`, 'g');
/** How often the leading year must open a sentence: once could be any passing remark. */
const MIN_OPENERS = 2;
/** How much the text is looked at (a report's first pages say what year it is about). */
const NARRATED_CHARS = 200_000;

/** The year that opens the most sentences, when it opens at least two and more than any other year; else null. */
export function narratedYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.slice(0, NARRATED_CHARS).matchAll(OPENER)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [y, c] of counts) {
    if (c > bestCount) {
      second = bestCount;
      best = y;
      bestCount = c;
    } else if (c > second) second = c;
  }
  return best !== null && bestCount >= MIN_OPENERS && bestCount > second ? best : null;
}
