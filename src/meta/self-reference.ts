/**
 * A document naming itself: "Voor u ligt de begroting 2018 van de
 * Omgevingsdienst West-Holland", "Hierbij bieden wij u de jaarstukken 2015
 * aan", "In deze jaarrekening", "Nu we deze begroting schrijven". A
 * demonstrative ("deze", "dit", "voorliggende") or a presenting phrase before
 * the type word says the text is that document; a passing mention ("betrokken
 * bij de begroting 2024-2027") does not.
 */
import type { DocumentType } from '../schema/report.js';
import { DOCUMENT_TYPE_WORD_TREE, documentTypeOf } from '../vocabulary/document-types.js';
import { matchesAroundWords, skipSpaces, type WordPattern } from './word-windows.js';

/** How much of the text is searched: the self-reference stands in the introduction. */
export const SELF_REFERENCE_CHARS = 20_000;

const PRESENTING = String.raw`(?:voor u ligt|hierbij (?:bied(?:en|t) (?:wij|we|het college|het bestuur) u|ontvangt u)|in|met|nu (?:we|wij))?`;
const DEMONSTRATIVE = String.raw`(?:deze|dit|voorliggende|voorliggend|de|het)`;
/** "de eerste tussenrapportage", "de 2e bestuursrapportage". */
const ORDINAL = String.raw`(?:(?:eerste|tweede|derde|vierde|[1-4]e)\s+)?`;
/** A document naming itself, as the rule reads it; exported for the test that `selfMatches` finds what it finds. */
export const SELF = new RegExp(
  String.raw`(?<![\p{L}])(${PRESENTING})\s*(${DEMONSTRATIVE})\s+${ORDINAL}(?:ontwerp-?|concept-?)?${DOCUMENT_TYPE_WORD_TREE}(?:\s+((?:19|20)\d\d)(?!\d))?`,
  'giu',
);
/** A type word in any case, with SELF's alternation and flags; one object, so that the rules reading the introduction share its spans. */
export const TYPE_WORD = new RegExp(DOCUMENT_TYPE_WORD_TREE, 'giu');
/**
 * SELF around its type word (see `matchesAroundWords`): before the word at most "hierbij bieden het college u"
 * (24 characters that are not space), "voorliggende" (12), "vierde" (6) and "ontwerp-" (8); after it spaces, a
 * year (4) and the character after the year (1).
 */
const SELF_AROUND_TYPE_WORD: WordPattern = {
  pattern: SELF,
  word: TYPE_WORD,
  // What SELF reads between its demonstrative and its type word, the demonstrative included.
  before: new RegExp(String.raw`(?<=${DEMONSTRATIVE}\s+${ORDINAL}(?:ontwerp-?|concept-?)?)`, 'iuy'),
  maxLead: 24 + 12 + 6 + 8,
  tailEnd: (text, wordEnd) => skipSpaces(text, wordEnd) + 5,
};

/** Every match of SELF in `head`, the same as `head.matchAll(SELF)` but read only around the type words. */
export function selfMatches(head: string): Iterable<RegExpExecArray> {
  return matchesAroundWords(head, SELF_AROUND_TYPE_WORD);
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
