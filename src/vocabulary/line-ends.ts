/**
 * Words that end no heading and no sentence: articles, prepositions,
 * conjunctions and possessives always have a word after them. A line of
 * extracted text that ends in one was wrapped mid-sentence, whatever the
 * next line starts with ("Samen met de" / "GGD Gelderland-Zuid …").
 * Prepositions that double as the particle of a split verb are left out:
 * a title can end in one ("Jongeren groeien gezond op", "We gaan
 * eenzaamheid tegen"), and so is "het" ("Zo doen we het").
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles
  'de', 'een',
  // prepositions that are never a verb's particle
  'van', 'met', 'naar', 'tot', 'tussen', 'te', 'ter', 'ten', 'per', 'vanaf', 'vanuit', 'via', 'zonder',
  'tijdens', 'volgens', 'dankzij', 'sinds', 'naast',
  // conjunctions
  'en', 'of', 'maar', 'omdat', 'zodat', 'doordat', 'waarbij', 'waarin', 'waarmee', 'terwijl', 'zoals',
  // possessives and determiners ("dit", "dat", "die" also stand alone: "Wat betekent dit")
  'onze', 'hun', 'elke', 'iedere', 'alle',
]);

/** A question may end in a verb particle ("Wat valt op", "Hoe pakken we dat aan"). */
const QUESTION = /^(?:wat|hoe|waarom|wie|waar|wanneer|welke?)\b/i;

/** The longest word in FUNCTION_WORDS: a longer last word is never one. */
const LONGEST = 7;

/**
 * Whether a line ends in a word that always has a word after it.
 *
 * @example endsInFunctionWord('Samen met de') // true
 * @example endsInFunctionWord('Inwoners doen mee') // false
 */
export function endsInFunctionWord(line: string): boolean {
  if (QUESTION.test(line)) return false;
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 32) end--;
  let start = end;
  while (start > 0 && end - start <= LONGEST && isLetter(line.charCodeAt(start - 1))) start--;
  if (start === end || end - start > LONGEST) return false;
  // Only a whole word counts: "Oud-en" or "Eibergen" does not end in "en".
  if (start > 0 && line.charCodeAt(start - 1) !== 32) return false;
  return FUNCTION_WORDS.has(line.slice(start, end).toLowerCase());
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
