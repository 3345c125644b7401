/** Every cache of a lookup by word (see `lookupCache`). */
const lookupCaches: Array<Map<string, unknown>> = [];

/**
 * A new cache of answers by word, one that `forgetLookups` empties. Every
 * module-level cache of a pure lookup the parse makes is made here, so that
 * one call empties them all. Module level only: the list keeps each cache for
 * the life of the process, so a cache made per call (a `memo` inside a
 * function) would never be let go.
 */
export function lookupCache<T>(): Map<string, T> {
  const cache = new Map<string, T>();
  lookupCaches.push(cache);
  return cache;
}

/**
 * Empties every cache `lookupCache` made: the next lookup of each word is
 * computed again, as in a process that has read none of those words. Answers
 * do not change (the caches only keep what pure functions return); the
 * benchmark calls this to time documents whose words the process has not
 * seen, as in a batch of reports it meets for the first time.
 */
export function forgetLookups(): void {
  for (const cache of lookupCaches) cache.clear();
}

/**
 * Memoises a pure function of one string. The vocabulary lookups run many
 * regexes and are asked about the same few words again and again (column
 * headers, row labels, headings); the cache is bounded and cleared when full,
 * so it holds no state that changes a result.
 *
 * The cache keeps its own copy of each word, and the function reads that
 * copy: a word cut from a document ("Totaal lasten" of a 100 MB text) is a
 * view into the whole text in V8, so a cached view, or a result cut from it,
 * would keep that document's text alive after its report is gone, for as
 * long as the entry lives (a 10 MB text stayed after 980 more documents).
 */
export function memo<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = lookupCache<T>();
  return (text: string): T => {
    // Long texts (paragraphs) are never cached: looking them up would only cost hashing them.
    if (text.length > 200) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const key = ownCopy(text);
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/**
 * The same characters in a string of their own, not a view into the text
 * `text` was cut from: joining makes a new string, and cutting the joined
 * one copies its characters once.
 * @example ownCopy(document.slice(10, 23)) === document.slice(10, 23) // true, and it does not hold `document`
 */
export function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

/**
 * Memoises a pure function of an object that does not change once made (a
 * table block, a PDF line): recognisers and readers ask about the same
 * object in turn. The cache is a WeakMap, so it holds nothing of an object
 * that is otherwise let go.
 */
export function memoPerObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key: K): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
