/**
 * Per-line normalisation: what each special character becomes, and that the
 * map back to the source holds for any line (checked against a plain
 * character-by-character reference with fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextChange, normaliseLine } from '../src/normalise/line.js';
import { lineStarts } from '../src/blocks/span.js';
import { splitIntoLines } from '../src/blocks/text.js';
import { seed } from './helpers/seed.js';

/** The reference: every character on its own, by the same table of replacements. */
function reference(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const r = REPLACED.get(c) ?? (c < 32 || (c >= 0x7f && c < 0xa0) ? ' ' : text[i]!);
    out += r;
    for (let k = 0; k < r.length; k++) map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

const REPLACED = new Map<number, string>([
  [0x09, ' '], [0xa0, ' '], [0x202f, ' '], [0x2007, ' '], [0x2000, ' '], [0x200a, ' '], [0x3000, ' '], [0x205f, ' '], [0x1680, ' '],
  [0xad, '-'], [0x200b, ' '], [0x200c, ''], [0x200d, ''], [0x2060, ''], [0xfeff, ''],
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x201b, "'"], [0x201c, '"'], [0x201d, '"'], [0x201e, '"'], [0x201f, '"'],
  [0xfb01, 'fi'], [0xfb02, 'fl'], [0xfb00, 'ff'], [0xfb03, 'ffi'], [0xfb04, 'ffl'], [0xfb05, 'st'], [0xfb06, 'st'],
]);

describe('normaliseLine', () => {
  it('leaves a plain line alone, without a map', () => {
    expect(normaliseLine('Lasten | 2.762 | € 303 | één')).toEqual({ text: 'Lasten | 2.762 | € 303 | één', map: null });
  });

  it('replaces spaces, quotes, soft hyphens and ligatures, mapping each back to its source', () => {
    const r = normaliseLine('“Beleids\u00adinformatie”\u00a0ﬁnanciën\u200d\t2024');
    expect(r.text).toBe('"Beleids-informatie" financiën 2024');
    expect(Array.from(r.map!)).toEqual(reference('“Beleids\u00adinformatie”\u00a0ﬁnanciën\u200d\t2024').map);
    // "fi" from one ligature: both letters point at it.
    const f = r.text.indexOf('fi');
    expect(r.map![f]).toBe(r.map![f + 1]);
  });

  it('gives no map where each changed character becomes one character, and a map where one becomes two or none', () => {
    // A curly quote or a no-break space in a sentence: nearly every normalised line of real text. The map would be
    // four bytes a character of the line, each index its own.
    expect(normaliseLine('Het college’s\u00a0besluit\t2024')).toEqual({ text: "Het college's besluit 2024", map: null });
    expect(normaliseLine('ﬁnanciën').map).not.toBeNull();
    expect(normaliseLine('Beleids\u200dinformatie').map).not.toBeNull();
  });

  it('matches the character-by-character reference on any line', () => {
    const chars = fc.constantFrom('a', 'B', ' ', '€', 'é', '|', '1', ...[...REPLACED.keys()].map((c) => String.fromCharCode(c)), '\u0001', '\u0085');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const line = parts.join('');
        const got = normaliseLine(line);
        const want = reference(line);
        expect(got.text).toBe(want.text);
        // No map means every character stayed where it was.
        expect(got.map === null ? want.map.map((_, i) => i) : Array.from(got.map)).toEqual(want.map);
      }),
      { seed, numRuns: 500 },
    );
  });

  it('nextChange finds the next changed character, or the end', () => {
    expect(nextChange('abc\u00a0d\u2019', 0)).toBe(3);
    expect(nextChange('abc\u00a0d\u2019', 4)).toBe(5);
    expect(nextChange('abc', 0)).toBe(3);
    // Line breaks are the reader's business, not a change.
    expect(nextChange('a\nb\r\nc\fd', 0)).toBe(8);
  });
});

describe('lineStarts', () => {
  it('starts a line after every LF, CR and CRLF, and only there', () => {
    expect(Array.from(lineStarts('a\r\nb\nc'))).toEqual([0, 3, 5]);
    expect(Array.from(lineStarts('x\r\r\ny\n'))).toEqual([0, 2, 4, 6]);
    expect(Array.from(lineStarts(''))).toEqual([0]);
    expect(Array.from(lineStarts('één\fnog\u2028een'))).toEqual([0]);
  });
});

/** The reference break finder: character by character, CRLF as one break. */
function breaks(text: string, kinds: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!kinds.includes(text[i]!)) continue;
    out.push({ start, end: i });
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  out.push({ start, end: text.length });
  return out;
}

describe('line breaks: the LF-only fast path and the general path agree with the reference', () => {
  const texts = fc.array(fc.constantFrom('a', 'é', ' ', '\u00a0', '\n', '\n', '\r', '\f', '\u2028', '\u2029'), { maxLength: 30 }).map((p) => p.join(''));

  it('splitIntoLines splits at LF, CR, CRLF, form feed and the Unicode separators', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitIntoLines(text).map(({ start, end }) => ({ start, end }))).toEqual(breaks(text, '\n\r\f\u2028\u2029'));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('lineStarts starts lines after LF, CR and CRLF', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(Array.from(lineStarts(text))).toEqual(breaks(text, '\n\r').map((b) => b.start));
      }),
      { seed, numRuns: 500 },
    );
  });
});
