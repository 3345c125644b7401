/**
 * The words that say what kind of public body an organisation is, as its
 * name is written ("Gemeente Zwolle", "Provincie Groningen", "Hoogheemraadschap
 * van Rijnland", "Veiligheidsregio Fryslân"). A gemeente's name is written
 * without the word; every other kind keeps it, as the body calls itself.
 */
import type { OrganisationKind } from '../schema/report.js';
import { wordTree } from './word-tree.js';

const KIND_WORDS: ReadonlyArray<readonly [string, OrganisationKind]> = [
  ['gemeente', 'gemeente'],
  ['provincie', 'provincie'],
  ['waterschap', 'waterschap'],
  ['hoogheemraadschap', 'waterschap'],
  ['wetterskip', 'waterschap'],
  ['omgevingsdienst', 'gemeenschappelijke regeling'],
  ['veiligheidsregio', 'gemeenschappelijke regeling'],
  ['ggd', 'gemeenschappelijke regeling'],
  ['regionale uitvoeringsdienst', 'gemeenschappelijke regeling'],
  ['belastingsamenwerking', 'gemeenschappelijke regeling'],
  ['werkvoorzieningsschap', 'gemeenschappelijke regeling'],
  ['gemeenschappelijke regeling', 'gemeenschappelijke regeling'],
];

const BY_WORD = new Map(KIND_WORDS);

/** "gemeente" → "[Gg][Ee]…": any case for the kind word, in a pattern whose name words must be capitalised. */
function caseless(word: string): string {
  return [...word].map((c) => (c === ' ' ? '\\s+' : /\p{L}/u.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join('');
}

/**
 * Any kind word in any case, as a regex source with one capture group
 * ("Gemeenschappelijke regeling" before shorter words); the pattern it goes
 * in needs no `i` flag, so the name after it can be held to capitals.
 */
export const ORGANISATION_KIND_WORD = `(${[...BY_WORD.keys()].sort((a, b) => b.length - a.length).map(caseless).join('|')})`;

/**
 * The kind words as a tree of their shared openings ("g(?:emeen(?:te|schappelijke\\s+regeling)|gd)"), for a scan with
 * the `i` flag and without `u`: it matches where ORGANISATION_KIND_WORD does (without `u`, `i` pairs an ASCII letter
 * with its other case only, as the "[Gg]" classes do), and is faster to try at every position of a text.
 */
export const ORGANISATION_KIND_WORD_TREE = wordTree([...BY_WORD.keys()]).replace(/ /g, '\\s+');

/** The kind a word names ("Hoogheemraadschap" → waterschap), or null. */
export function organisationKindOf(word: string): OrganisationKind | null {
  return BY_WORD.get(word.trim().toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
