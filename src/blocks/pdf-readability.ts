/**
 * Whether a page's text layer can be read at all. A PDF whose fonts carry no
 * usable ToUnicode map gives text that looks like text to pdf.js but is not:
 * control characters and punctuation ("\u0001 \u0002 \u0003 ,-./"), or
 * letters that spell nothing ("Lkw vqbbyhu ehvwrwhq …"). Parsing that gives
 * an empty report with years read from stray digits; the user needs to hear
 * that the pages must be OCR'd first, as for an image-only PDF.
 *
 * Two signals, either one enough:
 * - characters that no font meant as text (C0 controls, U+FFFD, private use)
 *   make up a real share of the page;
 * - the page has plenty of words and (almost) none of them is one of the
 *   commonest Dutch words, which every page of running text or of table
 *   labels in a Dutch report carries.
 */
import { COMMON_DUTCH_WORDS } from '../vocabulary/common-words.js';

/**
 * A page with fewer visible characters than this is too short to judge (a
 * page number, a lone title): it is never called unreadable.
 */
export const MIN_CHARS_TO_JUDGE = 40;

/**
 * Share of unmapped characters from which a page is unreadable. Readable
 * pages of real reports have none (0.00 on 650 pages of five published
 * begrotingen and jaarstukken); garbled pages run from 0.03 to 0.96, and
 * those at the low end are caught by the word test.
 */
export const MAX_UNMAPPED_SHARE = 0.1;

/** The word test needs this many words: a page of amounts has too few to judge. */
export const MIN_WORDS_TO_JUDGE = 30;

/**
 * Below this share of common Dutch words a page of words is no Dutch text.
 * Readable pages of real reports have at least 0.06 (a taakveld table: 0.06;
 * running text: 0.25 and more); garbled pages with letters have 0.00–0.01.
 */
export const MIN_COMMON_WORD_SHARE = 0.02;

/** What was counted on one page. */
export interface PageReadability {
  /** Visible (non-space) characters. */
  chars: number;
  /** Control, replacement and private-use characters among them. */
  unmapped: number;
  /** Runs of letters. */
  words: number;
  /** Of those, words in COMMON_DUTCH_WORDS. */
  common: number;
}

const UNMAPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ue000-\uf8ff]/u;
const WORD = /\p{L}+/gu;

/** Counts what decides a page's readability in the text of its items. */
export function measurePage(text: string): PageReadability {
  let chars = 0;
  let unmapped = 0;
  for (const ch of text) {
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') continue;
    chars++;
    if (UNMAPPED.test(ch)) unmapped++;
  }
  let words = 0;
  let common = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    words++;
    if (COMMON_DUTCH_WORDS.has(match[0])) common++;
  }
  return { chars, unmapped, words, common };
}

/**
 * Whether a page's text layer is garbage that only OCR can replace.
 *
 * @example isUnreadable(measurePage('\u0000 \u0001 \u0002 …')) // true
 * @example isUnreadable(measurePage('De gemeente heeft in 2023 …')) // false
 */
export function isUnreadable(page: PageReadability): boolean {
  if (page.chars < MIN_CHARS_TO_JUDGE) return false;
  if (page.unmapped >= page.chars * MAX_UNMAPPED_SHARE) return true;
  return page.words >= MIN_WORDS_TO_JUDGE && page.common < page.words * MIN_COMMON_WORD_SHARE;
}

/**
 * Page numbers as compact ranges for a message.
 *
 * @example pageRanges([1, 2, 3, 5, 7, 8]) // '1–3, 5, 7–8'
 */
export function pageRanges(pages: readonly number[]): string {
  const parts: string[] = [];
  let k = 0;
  while (k < pages.length) {
    const from = pages[k]!;
    let to = from;
    while (k + 1 < pages.length && pages[k + 1] === to + 1) to = pages[++k]!;
    parts.push(from === to ? String(from) : `${from}–${to}`);
    k++;
  }
  return parts.join(', ');
}

/**
 * Refuses a PDF whose text layer is unreadable on at least this share of the
 * pages that carry text: what is left is too little of the document to
 * report on, and a report of it would look complete. Below it, the readable
 * pages are parsed and the others named in a warning.
 */
export const REFUSE_UNREADABLE_SHARE = 0.5;

/**
 * Whether a PDF is refused for its unreadable pages whatever the pages not
 * yet read hold: even if every one of them carried readable text, the
 * unreadable ones would still be REFUSE_UNREADABLE_SHARE of the pages with
 * text. The reader stops there, since the verdict can no longer change and
 * pdf.js takes as long over a garbled page as over a good one (a published
 * jaarstukken of 203 pages, 194 of them unreadable: 12-14 s to extract
 * them all). With no pages left this is the verdict at the end.
 * @param unreadable Unreadable pages so far.
 * @param pagesWithText Pages with any visible character so far (the unreadable ones among them).
 * @param pagesLeft Pages not read yet.
 * @example refusalIsCertain(3, 3, 2) // true: 3 of at most 5 pages with text
 * @example refusalIsCertain(2, 2, 3) // false: 2 of up to 5 could still be under half
 */
export function refusalIsCertain(unreadable: number, pagesWithText: number, pagesLeft: number): boolean {
  return unreadable > 0 && unreadable >= (pagesWithText + pagesLeft) * REFUSE_UNREADABLE_SHARE;
}
