/**
 * A port of Python's `difflib.SequenceMatcher(None, a, b).ratio()`, so that
 * the real-world scorer gives the same similarity as `score.py` to the last
 * bit. Elements are code points, as in a Python `str`. With no junk
 * function the only junk is the "autojunk" heuristic: when `b` has 200 or
 * more elements, an element occurring more than `len(b) // 100 + 1` times is
 * "popular" and no match starts on it, though a match found elsewhere may be
 * extended over it (CPython's first pair of extension loops).
 */

/** Length of `b` from which popular elements are dropped (difflib's constant). */
const AUTOJUNK_MIN_LENGTH = 200;

/** Where each element of `b` occurs, popular elements left out (difflib's `__chain_b`). */
function chainB(b: readonly string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((element, index) => {
    const list = b2j.get(element);
    if (list) list.push(index);
    else b2j.set(element, [index]);
  });
  if (b.length >= AUTOJUNK_MIN_LENGTH) {
    const ntest = Math.floor(b.length / 100) + 1;
    for (const [element, indices] of [...b2j]) if (indices.length > ntest) b2j.delete(element);
  }
  return b2j;
}

interface Block {
  i: number;
  j: number;
  size: number;
}

/** difflib's `find_longest_match` for `a[alo:ahi]`, `b[blo:bhi]` with no junk function. */
function longestMatch(a: readonly string[], b: readonly string[], b2j: Map<string, number[]>, alo: number, ahi: number, blo: number, bhi: number): Block {
  let besti = alo;
  let bestj = blo;
  let bestsize = 0;
  let j2len = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const newj2len = new Map<number, number>();
    for (const j of b2j.get(a[i]!) ?? []) {
      if (j < blo) continue;
      if (j >= bhi) break;
      const k = (j2len.get(j - 1) ?? 0) + 1;
      newj2len.set(j, k);
      if (k > bestsize) {
        besti = i - k + 1;
        bestj = j - k + 1;
        bestsize = k;
      }
    }
    j2len = newj2len;
  }
  // No element is junk (there is no junk function), so only these two loops of
  // CPython's four can move: they extend the match over popular elements.
  while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
    besti--;
    bestj--;
    bestsize++;
  }
  while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
  return { i: besti, j: bestj, size: bestsize };
}

/** The total size of difflib's matching blocks (`get_matching_blocks`), found in its queue order. */
function matchedElements(a: readonly string[], b: readonly string[]): number {
  const b2j = chainB(b);
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  let total = 0;
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const { i, j, size } = longestMatch(a, b, b2j, alo, ahi, blo, bhi);
    if (size === 0) continue;
    total += size;
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + size < ahi && j + size < bhi) queue.push([i + size, ahi, j + size, bhi]);
  }
  return total;
}

/**
 * `SequenceMatcher(None, a, b).ratio()`: twice the matched code points over
 * the code points of both strings; 1 for two empty strings.
 * @example sequenceRatio('programma veiligheid', 'programma 2 veiligheid') // 0.9523809523809523
 */
export function sequenceRatio(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  const length = ca.length + cb.length;
  return length === 0 ? 1 : (2 * matchedElements(ca, cb)) / length;
}
