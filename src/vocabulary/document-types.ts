/**
 * The words that name a kind of P&C document, and the document type each
 * means. A new municipality's name for a document is one line here.
 */
import type { DocumentType } from '../schema/report.js';

/** Word → type; the words are whole words, matched case-insensitively. */
const WORDS: ReadonlyArray<readonly [string, DocumentType]> = [
  ['programmabegroting', 'begroting'],
  ['meerjarenbegroting', 'begroting'],
  ['ontwerpbegroting', 'begroting'],
  ['beleidsbegroting', 'begroting'],
  ['begroting', 'begroting'],
  ['jaarrekening', 'jaarrekening'],
  ['programmarekening', 'jaarrekening'],
  ['themarekening', 'jaarrekening'],
  ['gemeenterekening', 'jaarrekening'],
  ['jaarverslag', 'jaarverslag'],
  ['jaarstukken', 'jaarstukken'],
  ['jaarverantwoording', 'jaarstukken'],
  ['voorjaarsnota', 'voorjaarsnota'],
  ['kadernota', 'voorjaarsnota'],
  ['perspectiefnota', 'voorjaarsnota'],
  ['zomernota', 'voorjaarsnota'],
  ['bestuursrapportage', 'bestuursrapportage'],
  ['berap', 'bestuursrapportage'],
  ['najaarsnota', 'bestuursrapportage'],
  ['voortgangsrapportage', 'bestuursrapportage'],
  ['tussenrapportage', 'bestuursrapportage'],
  ['kwartaalrapportage', 'bestuursrapportage'],
  ['10-maandsrapportage', 'bestuursrapportage'],
  ['slotwijziging', 'bestuursrapportage'],
  ['raadsinformatiebrief', 'raadsinformatiebrief'],
  ['collegebericht', 'raadsinformatiebrief'],
  ['raadsbrief', 'raadsinformatiebrief'],
  ['informatiebrief', 'raadsinformatiebrief'],
  ['raadsvoorstel', 'raadsvoorstel'],
];

const BY_WORD = new Map(WORDS.map(([w, t]) => [w, t]));

/**
 * Any document-type word, as a regex source with one capture group (the
 * word). Longer words come first so that "programmabegroting" is not read as
 * "begroting".
 */
export const DOCUMENT_TYPE_WORD = `(${[...BY_WORD.keys()].sort((a, b) => b.length - a.length).join('|')})`;

/** The document type a word names, or null. */
export function documentTypeOf(word: string): DocumentType | null {
  return BY_WORD.get(word.trim().toLowerCase()) ?? null;
}
