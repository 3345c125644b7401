/**
 * Memoises a pure function of one string. The vocabulary lookups run many
 * regexes and are asked about the same few words again and again (column
 * headers, row labels, headings); the cache is bounded and cleared when full,
 * so it holds no state that changes a result.
 */
export function memo<T>(fn: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    // Long texts (paragraphs) are never cached: looking them up would only cost hashing them.
    if (text.length > 200) return fn(text);
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
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
