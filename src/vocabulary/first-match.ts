/**
 * A list of wordings, each with what it names, asked in order: the first
 * wording that matches a key names it. The vocabulary holds several such
 * lists (a heading's W-question role, a column word's observation label, a
 * header's descriptor role), and a new word is asked about all of them.
 * Asked one pattern at a time, that is one search per wording (31 for a
 * heading); as one pattern whose alternatives are the wordings in order, it
 * is one search with the same answer, since an alternation takes the first
 * alternative that matches.
 *
 *   [/^wat willen we bereiken\b/, 'goals'], [/^wat gaan we doen\b/, 'actions']
 *   → firstMatch(list)('wat gaan we doen in 2024') === 'actions'
 */

/**
 * A wording as one alternative of the whole can take it: without flags of its
 * own (the whole has one set) and anchored at the start (the whole is tried at
 * the key's start only). A wording written otherwise would answer differently
 * inside the whole than alone, so it is refused when the list is made, that
 * is when its module loads, and every test with it fails.
 */
export function anchoredWithoutFlags(pattern: RegExp): RegExp {
  if (pattern.flags !== '' || !pattern.source.startsWith('^')) throw new Error(`wording ${pattern} must start with ^ and have no flags`);
  return pattern;
}

/** How many capture groups a pattern has of its own: an empty alternative beside it matches "" and reports them all. */
function ownGroups(pattern: RegExp): number {
  return new RegExp(`${pattern.source}|`).exec('')!.length - 1;
}

/**
 * What the first wording of `list` that matches `key` names, or null when
 * none does: the same as
 * `for (const [pattern, value] of list) if (pattern.test(key)) return value; return null`.
 * @example firstMatch([[/^realisatie$/, 'realisatie'], [/^begroot$/, 'begroting']])('begroot') // 'begroting'
 */
export function firstMatch<T>(list: ReadonlyArray<readonly [RegExp, T]>): (key: string) => T | null {
  // Each wording in a group of its own, so that the group that took part says which wording matched; `at[k]` is
  // wording k's group number, after the groups of the wordings before it.
  const whole = new RegExp(list.map(([pattern]) => `(${anchoredWithoutFlags(pattern).source})`).join('|'), 'y');
  const at: number[] = [];
  let group = 1;
  for (const [pattern] of list) {
    at.push(group);
    group += 1 + ownGroups(pattern);
  }
  return (key: string): T | null => {
    whole.lastIndex = 0;
    const m = whole.exec(key);
    if (m === null) return null;
    for (let k = 0; k < list.length; k++) if (m[at[k]!] !== undefined) return list[k]![1];
    return null;
  };
}
