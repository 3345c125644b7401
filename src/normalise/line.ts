/**
 * Per-line normalisation that keeps a map back to the source line.
 */
const LIGATURES: Record<string, string> = { 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

function replacement(c: number): string | null {
  if (c === 9 || c === 0xa0 || c === 0x202f || c === 0x2007 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x205f || c === 0x1680) return ' ';
  // A soft hyphen is where a word may break: a visible hyphen keeps both parts findable
  // ("begrotings­wijziging" → "begrotings-wijziging"), as at a line end.
  if (c === 0xad) return '-';
  // A zero-width space separates words; joiners and the BOM are nothing.
  if (c === 0x200b) return ' ';
  if (c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) return '';
  // Other control characters separate what is around them.
  if (c < 32 || (c >= 0x7f && c < 0xa0)) return ' ';
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b) return "'";
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f) return '"';
  if (c >= 0xfb00 && c <= 0xfb06) return LIGATURES[String.fromCharCode(c)] ?? null;
  return null;
}

/**
 * Every character `replacement` changes, as one class (line breaks aside):
 * most lines have none, and a regex finds that faster than a loop.
 */
const CHANGED = /[\x00-\x09\x0b\x0e-\x1f\x7f-\xa0\xad\u1680\u2000-\u200d\u2018-\u201f\u202f\u205f\u2060\u3000\ufb00-\ufb06\ufeff]/g;

/**
 * Where the next character that normalisation changes is, at or after
 * `from`, or the text's length when there is none. Lines of a document
 * before that index need no normalising at all.
 */
export function nextChange(text: string, from: number): number {
  CHANGED.lastIndex = from;
  // `test` makes no match array; the class matches one UTF-16 unit, so the match ends one past its index.
  return CHANGED.test(text) ? CHANGED.lastIndex - 1 : text.length;
}

/**
 * Normalises one line (no line breaks in it); `map[i]` is the source index of
 * normalised char i (length text.length + 1), or null when every index is its
 * own: nothing changed, or each changed character became one character
 * ("’" → "'", a tab or a no-break space → " "). That is nearly every
 * normalised line of real text (a curly quote in a sentence), and a map is
 * four bytes a character: 30,000 lines of 336 characters on average in 100 MB
 * of real text, 40 MB of maps.
 * @example normaliseLine('Het college’s\u00a0besluit').map // null
 * @example normaliseLine('ﬁnanciën').map // Int32Array [0, 0, 1, 2, 3, 4, 5, 6, 7, 8]
 */
export function normaliseLine(text: string): { text: string; map: Int32Array | null } {
  const first = nextChange(text, 0);
  if (first === text.length) return { text, map: null };
  // The map is made once at its final length and filled in place: the replacements, a line's few
  // changed characters, are found twice instead of every index going through a growing array.
  const n = text.length;
  let length = n;
  let oneForOne = true;
  for (let i = first; i < n; i = nextChange(text, i + 1)) {
    const r = replaced(text, i).length;
    length += r - 1;
    if (r !== 1) oneForOne = false;
  }
  const map = oneForOne ? null : new Int32Array(length + 1);
  // Unchanged runs are copied whole; only the changed characters are replaced one by one.
  const parts: string[] = [];
  let from = 0;
  let j = 0;
  for (let i = first; i < n; i = nextChange(text, i + 1)) {
    parts.push(text.slice(from, i));
    const r = replaced(text, i);
    parts.push(r);
    if (map !== null) {
      for (let k = from; k < i; k++) map[j++] = k;
      for (let k = 0; k < r.length; k++) map[j++] = i;
    }
    from = i + 1;
  }
  parts.push(text.slice(from));
  if (map !== null) {
    for (let k = from; k < n; k++) map[j++] = k;
    map[j] = n;
  }
  return { text: parts.join(''), map };
}

/** What the character at `i` becomes (itself when `replacement` has nothing for it). */
function replaced(text: string, i: number): string {
  return replacement(text.charCodeAt(i)) ?? text[i]!;
}
