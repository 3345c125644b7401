/**
 * A list of words written as one regex source that shares their openings, for
 * scans that try it at every position of a text (document-type words, the
 * organisation kind words).
 */

/**
 * The words as a tree of their shared openings, as a regex source:
 * "be(?:stuursrapportage|leidsbegroting|groting|rap)".
 * @example wordTree(['begroting', 'berap']) // "be(?:groting|rap)"
 */
export function wordTree(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let ends = false;
  for (const word of words) {
    if (word === '') ends = true;
    else byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)]);
  }
  const branches = [...byFirst].map(([first, rests]) => first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + wordTree(rests));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !ends) return branches[0]!;
  // A word that ends here is tried after every longer word that goes on from here, as in the longest-first list.
  return `(?:${branches.join('|')})${ends ? '?' : ''}`;
}
