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
