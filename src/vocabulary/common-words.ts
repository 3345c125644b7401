/**
 * The commonest words of Dutch running text: articles, pronouns,
 * prepositions, conjunctions and auxiliaries. Any page of a Dutch report
 * that carries words at all has some of them ("de", "het", "van", "en" …);
 * a page whose text layer maps glyphs to the wrong letters has none. Kept to
 * words of two letters or more that are no abbreviation in a budget table.
 */
export const COMMON_DUTCH_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 'en', 'van', 'in', 'op', 'te', 'voor', 'met', 'is', 'dat', 'zijn', 'aan', 'die', 'niet',
  'door', 'of', 'als', 'bij', 'om', 'tot', 'ook', 'wordt', 'worden', 'naar', 'dit', 'deze', 'er', 'uit', 'wij',
  'we', 'over', 'na', 'ter', 'kunnen', 'zal', 'moet', 'onder', 'per', 'jaar', 'gemeente', 'totaal',
]);
