/**
 * The pre-test of src/vocabulary/municipalities.ts: `mayNameMunicipality`
 * tells from a name's first letters, without hashing it, that it names no
 * municipality. It may let a name through that names none, but must never
 * turn away one that `findMunicipality` would find.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MUNICIPALITIES, findMunicipality, mayNameMunicipality } from '../src/vocabulary/municipalities.js';

/** The table's own reading of a name (case, accents and separators aside), written out again as the reference. */
function key(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9']+/g, ' ').trim();
}
const KEYS = new Set([...MUNICIPALITIES, 'Den Bosch', "'s-Gravenhage", 'Nuenen'].map(key));

describe('mayNameMunicipality', () => {
  it('should let through every municipality, however it is written', () => {
    for (const name of MUNICIPALITIES) {
      for (const spelling of [name, name.toUpperCase(), name.toLowerCase(), name.replace(/-/g, ' '), `${name}.`, `${name} Noord`]) {
        expect(mayNameMunicipality(spelling), spelling).toBe(true);
      }
    }
    expect(mayNameMunicipality('Den Bosch')).toBe(true);
    expect(mayNameMunicipality('Súdwest-Fryslân')).toBe(true);
    expect(findMunicipality('SUDWEST FRYSLAN')).toBe('Súdwest-Fryslân');
  });

  it('should not let through the capitalised words of running text', () => {
    for (const word of ['In', 'Wat', 'Programma', 'Voor', 'Gemeente', 'Begroting']) expect(mayNameMunicipality(word), word).toBe(false);
    expect(findMunicipality('Programma')).toBeNull();
    // "Het Hogeland" opens with "Het": the sentence's first word passes, and only the lookup turns it away.
    expect(mayNameMunicipality('Het')).toBe(true);
    expect(findMunicipality('Het')).toBeNull();
  });

  it('should never turn away a name the table reads as a municipality', () => {
    const pieces = [...new Set(MUNICIPALITIES.flatMap((n) => n.split(/[ -]/)))];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
      fc.constantFrom('De', 'Het', 'É', 'Æ', "'s", 'x1', 'Voor', 'ſ', 'K'),
      fc.string({ maxLength: 4 }),
    );
    const name = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '-', '  ', '.', '')).map(([ps, sep]) => ps.join(sep));
    fc.assert(
      fc.property(name, (n) => {
        if (n.length <= 60 && KEYS.has(key(n))) expect(mayNameMunicipality(n), n).toBe(true);
        if (!mayNameMunicipality(n)) expect(findMunicipality(n), n).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
