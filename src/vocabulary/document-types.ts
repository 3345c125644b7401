import type { DocumentType } from '../schema/report.js';

const TYPES: ReadonlyArray<readonly [RegExp, DocumentType]> = [
  [/^(?:programma|meerjaren)?begroting$/, 'begroting'],
  [/^(?:jaarrekening|programmarekening)$/, 'jaarrekening'],
  [/^jaarverslag$/, 'jaarverslag'],
  [/^jaarstukken$/, 'jaarstukken'],
  [/^(?:voorjaarsnota|kadernota|perspectiefnota|zomernota)$/, 'voorjaarsnota'],
  [/^(?:bestuursrapportage|berap|najaarsnota|voortgangsrapportage|tussenrapportage|10-maandsrapportage|slotwijziging)$/, 'bestuursrapportage'],
  [/^(?:raadsinformatiebrief|collegebericht|raadsbrief|informatiebrief)$/, 'raadsinformatiebrief'],
  [/^raadsvoorstel$/, 'raadsvoorstel'],
];

/** The document type a word names, or null. */
export function documentTypeOf(word: string): DocumentType | null {
  const k = word.trim().toLowerCase();
  for (const [re, type] of TYPES) if (re.test(k)) return type;
  return null;
}
