/**
 * Per-line normalisation that keeps a map back to the source line.
 */
const LIGATURES: Record<string, string> = { 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬀ': 'ff', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

function replacement(c: number, ch: string): string | null {
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
  if (c >= 0xfb00 && c <= 0xfb06) return LIGATURES[ch] ?? null;
  return null;
}

/** Normalises one line; `map[i]` is the source index of normalised char i (length text.length + 1). */
export function normaliseLine(text: string): { text: string; map: Int32Array | null } {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 || c >= 0x7f) && replacement(c, text[i]!) !== null) {
      first = i;
      break;
    }
  }
  if (first < 0) return { text, map: null };
  const parts: string[] = [text.slice(0, first)];
  const map: number[] = [];
  for (let i = 0; i < first; i++) map.push(i);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const r = c < 32 || c >= 0x7f ? replacement(c, text[i]!) : null;
    if (r === null) {
      parts.push(text[i]!);
      map.push(i);
    } else {
      parts.push(r);
      for (let k = 0; k < r.length; k++) map.push(i);
    }
  }
  map.push(text.length);
  return { text: parts.join(''), map: Int32Array.from(map) };
}
