/**
 * The words that name a kind of P&C document, and the document type each
 * means. A new municipality's name for a document is one line here.
 */
import type { DocumentType } from '../schema/report.js';
import { wordTree } from './word-tree.js';

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

/**
 * DOCUMENT_TYPE_WORD written as a tree of the words' shared openings: the
 * same matches and the same capture group, in any pattern and with any
 * flags. Where several words match at one position, one is an opening of the
 * others, and both sources try them longest first. Faster to try at every
 * position of a text: the engine reads a position's letters once, not once
 * per word (the meta rules scan each document's introduction for them).
 */
export const DOCUMENT_TYPE_WORD_TREE = `(${wordTree([...BY_WORD.keys()])})`;

/** The document type a word names, or null. */
export function documentTypeOf(word: string): DocumentType | null {
  return BY_WORD.get(word.trim().toLowerCase()) ?? null;
}
