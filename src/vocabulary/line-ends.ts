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

/**
 * Words that a new sentence often starts with. A line that starts with one
 * after a heading-like line reads as the first sentence under that heading,
 * not as the end of a wrapped line (which starts with a name: "Wijchen, …").
 */
const SENTENCE_STARTS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  'het', 'we', 'wij', 'ze', 'zij', 'u', 'er', 'ook', 'dit', 'deze', 'dat', 'die', 'in', 'op', 'voor', 'door', 'om',
  'aan', 'bij', 'na', 'over', 'uit', 'daarnaast', 'daarom', 'daarbij', 'hierbij', 'hiervoor', 'samen', 'zo', 'als',
  'wanneer', 'nu', 'ons', 'hoe', 'wat', 'waar', 'wie', 'welke', 'binnen', 'onder', 'vanwege', 'eind', 'begin',
]);

/**
 * Whether a line starts with a word that often opens a sentence.
 *
 * @example startsLikeSentence('De afspraken worden vastgelegd.') // true
 * @example startsLikeSentence('Wijchen, Druten en Beuningen.') // false
 */
export function startsLikeSentence(line: string): boolean {
  return SENTENCE_STARTS.has(firstWord(line));
}

/** The longest word in SENTENCE_STARTS. */
const LONGEST_START = 9;

/**
 * Words that open a sentence of running text but hardly ever a title: a
 * pronoun, a preposition, a linking adverb ("In 2025 voeren we …", "Samen
 * met de GGD …"). Articles are left out: titles start with them ("De
 * openbare ruimte is schoon").
 */
const PROSE_OPENERS: ReadonlySet<string> = new Set([
  'we', 'wij', 'ze', 'zij', 'u', 'er', 'ook', 'dit', 'deze', 'dat', 'die', 'in', 'op', 'door', 'om', 'aan', 'bij',
  'na', 'uit', 'met', 'naar', 'tot', 'tijdens', 'vanaf', 'vanuit', 'sinds', 'volgens', 'dankzij', 'daarnaast',
  'daarom', 'daarbij', 'hierbij', 'hiervoor', 'samen', 'zo', 'als', 'wanneer', 'nu', 'omdat', 'zodat', 'doordat',
  'hoewel', 'terwijl', 'vanwege', 'eind', 'begin', 'en', 'maar',
]);

/**
 * Whether a line opens like running text rather than like a title.
 *
 * @example opensProse('In 2025 voeren we het Integraal Zorgakkoord uit met de gemeenten') // true
 * @example opensProse('Basisvoorzieningen zijn georganiseerd') // false
 */
export function opensProse(line: string): boolean {
  return PROSE_OPENERS.has(firstWord(line));
}

/** The first word of a line, lower-cased ('' when the line starts otherwise or the word is long). */
function firstWord(line: string): string {
  let end = 0;
  while (end < line.length && end <= LONGEST_START && isLetter(line.charCodeAt(end))) end++;
  return end === 0 || end > LONGEST_START ? '' : line.slice(0, end).toLowerCase();
}
