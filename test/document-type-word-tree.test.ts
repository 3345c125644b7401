/**
 * DOCUMENT_TYPE_WORD_TREE (src/vocabulary/document-types.ts) is the type
 * words' list written as a tree of shared openings, for speed: it must match
 * exactly where, and exactly what, the longest-first list matches.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOCUMENT_TYPE_WORD, DOCUMENT_TYPE_WORD_TREE } from '../src/vocabulary/document-types.js';

const WORDS = DOCUMENT_TYPE_WORD.slice(1, -1).split('|');
const LIST = new RegExp(DOCUMENT_TYPE_WORD, 'giu');
const TREE = new RegExp(DOCUMENT_TYPE_WORD_TREE, 'giu');

/** Every match starting at every position, as start, end and capture. */
function spans(text: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (let from = 0; ; ) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (m === null) return out;
    out.push(`${m.index}-${m.index + m[0].length}:${m[1]}`);
    from = m.index + 1;
  }
}

describe('DOCUMENT_TYPE_WORD_TREE', () => {
  it('should match every type word whole, the longest one where several start', () => {
    for (const word of WORDS) expect(spans(word.toUpperCase(), TREE)[0], word).toBe(`0-${word.length}:${word.toUpperCase()}`);
    expect(spans('Programmabegroting 2024', TREE)).toEqual(['0-18:Programmabegroting', '9-18:begroting']);
  });

  it('should not match a word cut short or another word', () => {
    expect(spans('de begrot 2024, de begin, jaarrek', TREE)).toEqual([]);
  });

  it('should match where and what the longest-first list matches, inside a larger pattern too', () => {
    const piece = fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...WORDS).map((w) => w.slice(0, Math.ceil(w.length / 2))),
      fc.constantFrom(...WORDS).map((w) => w.toUpperCase()),
      fc.constantFrom(' ', '-', 'ontwerp', 'ſ', 'K', ' 2018'),
      fc.string({ maxLength: 3 }),
    );
    const AFTER_LIST = new RegExp(`(?:ontwerp-?)?${DOCUMENT_TYPE_WORD}(?:\\s+(\\d{4}))?`, 'giu');
    const AFTER_TREE = new RegExp(`(?:ontwerp-?)?${DOCUMENT_TYPE_WORD_TREE}(?:\\s+(\\d{4}))?`, 'giu');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((ps) => ps.join('')), (text) => {
        expect(spans(text, TREE)).toEqual(spans(text, LIST));
        expect([...text.matchAll(AFTER_TREE)].map((m) => [m.index, ...m])).toEqual([...text.matchAll(AFTER_LIST)].map((m) => [m.index, ...m]));
      }),
      { numRuns: 2000 },
    );
  });
});
