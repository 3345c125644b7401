/**
 * How names of BBV beleidsindicatoren and taakvelden are written besides the
 * standard's own wording, and the words a name may carry that say nothing of
 * which indicator it is. A new document's wording is one line here.
 */

/** Other names of BBV beleidsindicatoren, by number (seen in documents; see data/standards/beleidsindicatoren.csv, status column). */
export const BBV_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['Vernielingen en beschadigingen', 'Vernieling'],
  '16': ['Vestigingen'],
  '19': ['Voortijdig schoolverlaters', 'Vsv-ers'],
  '33': ['Fijn huishoudelijk restafval', 'Huishoudelijk restafval'],
};

/**
 * What follows the name and only qualifies it: a unit ("per 1.000
 * inwoners", "in € per inwoner"), an age group ("tot 18 jaar", "van 12 t/m
 * 21 jaar"), text after a colon or comma ("Banen: aantal per …").
 */
export const NAME_QUALIFIERS: readonly RegExp[] = [
  /\s*[:,;].*$/,
  /\s+(?:per|in % van|als % van|in €|in euro)\b.*$/,
  /\s+(?:van|tot|in de leeftijd van)\s+\d+(?:\s*(?:t\/m|tot|-)\s*\d+)?(?:\s+jaar)?\b/g,
  /\s+\d+(?:\s*(?:t\/m|-)\s*\d+)?\s+jaar\b/g,
  // "Formatie in fte per 1000 inwoners": the measure word; whether it is the standard's rate is unit-agreement.ts's to say.
  /\s+in\s+fte'?s?\b/g,
];

/** Words that do not tell one indicator from another: "Aantal banen" is Banen. */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(['aantal', 'percentage', 'bbv', 'een', 'de', 'het', 'met', 'in', 'van', 'voor']);
