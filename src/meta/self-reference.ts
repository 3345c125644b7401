/**
 * A document naming itself: "Voor u ligt de begroting 2018 van de
 * Omgevingsdienst West-Holland", "Hierbij bieden wij u de jaarstukken 2015
 * aan", "In deze jaarrekening", "Nu we deze begroting schrijven". A
 * demonstrative ("deze", "dit", "voorliggende") or a presenting phrase before
 * the type word says the text is that document; a passing mention ("betrokken
 * bij de begroting 2024-2027") does not.
 */
import type { DocumentType } from '../schema/report.js';
import { DOCUMENT_TYPE_WORD, documentTypeOf } from '../vocabulary/document-types.js';
import { skipSpaces, spaceWalkBack } from './spaces.js';

/** How much of the text is searched: the self-reference stands in the introduction. */
export const SELF_REFERENCE_CHARS = 20_000;

const PRESENTING = String.raw`(?:voor u ligt|hierbij (?:bied(?:en|t) (?:wij|we|het college|het bestuur) u|ontvangt u)|in|met|nu (?:we|wij))?`;
const DEMONSTRATIVE = String.raw`(?:deze|dit|voorliggende|voorliggend|de|het)`;
/** "de eerste tussenrapportage", "de 2e bestuursrapportage". */
const ORDINAL = String.raw`(?:(?:eerste|tweede|derde|vierde|[1-4]e)\s+)?`;
/** A document naming itself, as the rule reads it; exported for the test that `selfMatches` finds what it finds. */
export const SELF = new RegExp(
  String.raw`(?<![\p{L}])(${PRESENTING})\s*(${DEMONSTRATIVE})\s+${ORDINAL}(?:ontwerp-?|concept-?)?${DOCUMENT_TYPE_WORD}(?:\s+((?:19|20)\d\d)(?!\d))?`,
  'giu',
);
/**
 * A type word in any case, with SELF's own alternation and flags: every self-reference holds one, so SELF is
 * only run around them (its leading lookbehind and optional phrases made it costly to try at every character).
 */
const TYPE_WORD = new RegExp(DOCUMENT_TYPE_WORD, 'giu');
/**
 * The most characters other than spaces SELF reads before its type word: "hierbij bieden het college u" (24),
 * "voorliggende" (12), "vierde" (6), "ontwerp-" (8); the runs of spaces between them can be of any length.
 */
const MAX_LEAD = 50;
/** After the type word SELF reads spaces, a year (4) and the character after it (1). */
const MAX_TAIL = 5;

/**
 * Every match of SELF in `head`, the same as `head.matchAll(SELF)`, found by
 * running SELF only over windows around the type words: from MAX_LEAD
 * characters before a word to MAX_TAIL after it and its spaces. A match can
 * start nowhere else, and windows whose reach overlaps are read as one, so
 * that no match is cut at a window's edge.
 */
export function* selfMatches(head: string): Generator<RegExpExecArray> {
  let scanned = 0;
  let word = wordFrom(head, 0);
  while (word !== null) {
    const from = Math.max(scanned, spaceWalkBack(head, word.index, MAX_LEAD));
    let to = tailEnd(head, word);
    // Every position a type word starts at is a candidate, overlapping ones too ("ontwerpbegroting" holds "begroting").
    for (word = wordFrom(head, word.index + 1); word !== null && spaceWalkBack(head, word.index, MAX_LEAD) < to; word = wordFrom(head, word.index + 1)) {
      to = Math.max(to, tailEnd(head, word));
    }
    // Two characters before the window for the lookbehind (one code point, maybe a surrogate pair).
    const offset = Math.max(0, from - 2);
    const window = head.slice(offset, to);
    // lastIndex is set before every exec: a caller may use SELF between two matches it is given.
    for (let at = from - offset; ; ) {
      SELF.lastIndex = at;
      const m = SELF.exec(window);
      if (m === null) break;
      at = SELF.lastIndex;
      m.index += offset;
      yield m;
    }
    scanned = to;
  }
}

/** Where SELF's reading ends at the latest when its type word is `word`. */
function tailEnd(head: string, word: RegExpExecArray): number {
  return Math.min(head.length, skipSpaces(head, word.index + word[0].length) + MAX_TAIL);
}

/** The first type word at or after `from`. */
function wordFrom(head: string, from: number): RegExpExecArray | null {
  TYPE_WORD.lastIndex = from;
  return TYPE_WORD.exec(head);
}

/** "Het jaarverslag over 2022": an account names the year it is about. */
const ACCOUNT_OVER_YEAR = /(?<![\p{L}])(?:jaarverslag|jaarrekening|jaarstukken|jaarverantwoording)\s+over\s+(?:het\s+(?:jaar|boekjaar)\s+)?((?:19|20)\d\d)(?!\d)/iu;

/**
 * The year an account document says it is about ("Het jaarverslag over
 * 2022"), or null.
 */
export function accountYear(text: string): number | null {
  const m = ACCOUNT_OVER_YEAR.exec(text.slice(0, SELF_REFERENCE_CHARS));
  return m ? Number(m[1]) : null;
}

export interface SelfReference {
  type: DocumentType;
  year: number | null;
  /** Where the type word stands in the text, for the organisation that follows it ("… van de Omgevingsdienst X"). */
  end: number;
}

/**
 * The first self-reference in the text, or null.
 * @example selfReference('Voor u ligt de begroting 2018 van de Omgevingsdienst West-Holland.') // { type: 'begroting', year: 2018, … }
 */
export function selfReference(text: string): SelfReference | null {
  const head = text.slice(0, SELF_REFERENCE_CHARS);
  for (const m of selfMatches(head)) {
    const presenting = m[1]!.toLowerCase();
    const demonstrative = m[2]!.toLowerCase();
    // "de begroting" alone is a mention; "voor u ligt de begroting", "deze begroting" are the document itself.
    const strong = presenting.startsWith('voor u') || presenting.startsWith('hierbij') || !/^(?:de|het)$/.test(demonstrative);
    if (!strong || (presenting === 'in' && /^(?:de|het)$/.test(demonstrative))) continue;
    const type = documentTypeOf(m[3]!);
    if (!type) continue;
    return { type, year: m[4] ? Number(m[4]) : null, end: m.index + m[0].length };
  }
  return null;
}
