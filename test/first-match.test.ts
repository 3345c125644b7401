/**
 * firstMatch (src/vocabulary/first-match.ts): one search over a list of
 * wordings gives what the first wording that matches names, as asking them
 * one by one does, also when wordings capture groups of their own or when
 * several match.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchoredWithoutFlags, firstMatch } from '../src/vocabulary/first-match.js';

/** The answer asked one wording at a time: what firstMatch must give. */
function oneByOne<T>(list: ReadonlyArray<readonly [RegExp, T]>, key: string): T | null {
  for (const [pattern, value] of list) if (pattern.test(key)) return value;
  return null;
}

/** Wordings that overlap, capture, and match at different lengths, in the shapes the vocabulary writes. */
const WORDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^wat (willen|wilden) (we|wij)( \S+){0,3} bereiken\b/, 'goals'],
  [/^wat (?:hebben|heeft) (?:we|wij)(?: \S+){0,3} bereikt\b/, 'goals-past'],
  [/^wat (hebben|heeft) (we|wij)(?: \S+){0,4} gedaan\b/, 'actions-past'],
  [/^(?:doel|doelen)$/, 'doel'],
  [/^doel/, 'doel-prefix'],
  [/^(realisatie|rekening)( \d{4})?$/, 'realisatie'],
  [/^r/, 'r-anything'],
];

describe('firstMatch', () => {
  const ask = firstMatch(WORDINGS);

  it('should give what the first wording that matches names, when a later one matches too', () => {
    expect(ask('wat hebben we bereikt en gedaan')).toBe('goals-past');
    expect(ask('wat hebben we gedaan')).toBe('actions-past');
    expect(ask('doel')).toBe('doel');
    expect(ask('doelstelling')).toBe('doel-prefix');
    expect(ask('rekening 2023')).toBe('realisatie');
    expect(ask('raming')).toBe('r-anything');
  });

  it('should give null when no wording matches, nor one that matches only later in the key', () => {
    expect(ask('begroting')).toBeNull();
    expect(ask('de realisatie')).toBeNull();
    expect(ask('')).toBeNull();
  });

  it('should answer as the wordings asked one by one, for any key', () => {
    const words = fc.constantFrom('wat', 'willen', 'wilden', 'hebben', 'heeft', 'we', 'wij', 'bereiken', 'bereikt', 'gedaan', 'doel', 'doelen', 'realisatie', 'rekening', '2023', 'raming', 'en', 'x');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), fc.string({ maxLength: 4 }), (parts, tail) => {
        const key = parts.join(' ') + tail;
        expect(ask(key)).toBe(oneByOne(WORDINGS, key));
      }),
      { numRuns: 3000 },
    );
  });

  it('should answer the same when asked twice in a row (no state left from the last search)', () => {
    expect(ask('wat wilden wij echt bereiken')).toBe('goals');
    expect(ask('wat wilden wij echt bereiken')).toBe('goals');
    expect(ask('begroting')).toBeNull();
  });
});

describe('anchoredWithoutFlags', () => {
  it('should take in a wording anchored at the start without flags, and refuse one that is not', () => {
    expect(anchoredWithoutFlags(/^wat doen we$/).source).toBe('^wat doen we$');
    expect(() => anchoredWithoutFlags(/^wat doen we$/i)).toThrow(/no flags/);
    expect(() => anchoredWithoutFlags(/wat doen we$/)).toThrow(/start with \^/);
  });

  it('should make firstMatch refuse a list with such a wording', () => {
    expect(() => firstMatch([[/^realisatie$/, 'realisatie'], [/begroting/, 'begroting']])).toThrow(/must start with \^/);
  });
});
