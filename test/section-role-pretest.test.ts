/**
 * The pre-test of src/vocabulary/sections.ts: `mayMatchRoleWording` tells
 * from a heading's lower-cased text, without making its key, that no wording
 * of the W-questions and other section roles can match it. It may let a text
 * through that names no role, but must never turn away one whose key
 * `roleOfHeading` reads as a role.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayMatchRoleWording, roleOfHeading, sectionRole, unspace } from '../src/vocabulary/sections.js';

const root = join(import.meta.dirname, '..');

/** Every line of the real excerpts and of the fixtures' inputs. */
function corpusLines(): string[] {
  const lines: string[] = [];
  const fixtures = readdirSync(join(root, 'fixtures')).map((f) => join(root, 'fixtures', f)).filter((d) => statSync(d).isDirectory());
  const dirs = [join(root, 'corpus', 'real', 'text'), ...fixtures];
  for (const dir of dirs) {
    for (const f of readdirSync(dir)) {
      if (!/\.(?:txt|md)$/.test(f)) continue;
      lines.push(...readFileSync(join(dir, f), 'utf8').split(/\r?\n/));
    }
  }
  return lines;
}

describe('mayMatchRoleWording', () => {
  it('should let through the headings of every role, however they are written', () => {
    for (const heading of [
      'Wat willen we bereiken?',
      '3.1 Wat gaan we ervoor doen in 2024?',
      'a) Wat mag het kosten?',
      '  Wat heeft het gekost (2023)',
      'WAT HEBBEN WE BEREIKT:',
      'Effect- en prestatie-indicatoren',
      'Paragraaf 4 Verbonden partijen',
      '123 verbonden partijen',
      'Financiële kengetallen',
      'Overzicht baten en lasten 2025',
      'Wat  willen wij bereiken',
      'W a t   w i l l e n   w e   b e r e i k e n',
    ]) {
      expect(roleOfHeading(heading), heading).not.toBeNull();
      expect(mayMatchRoleWording(heading), heading).toBe(true);
    }
  });

  it('should turn away the labels and names of table cells', () => {
    for (const label of ['Sportpark De Weide', 'Onderwijshuisvesting', 'Lasten', 'Totaal baten', 'Begroting 2024', 'Inwoners die zich veilig voelen (%)']) {
      expect(mayMatchRoleWording(label), label).toBe(false);
      expect(sectionRole(label), label).toBeNull();
    }
  });

  it('should never turn away a line of the real excerpts or the fixtures that names a role', () => {
    let roles = 0;
    for (const line of corpusLines()) {
      const role = roleOfHeading(line);
      if (role !== null) roles++;
      if (!mayMatchRoleWording(line)) expect(role, line).toBeNull();
      if (line.length <= 120) expect(sectionRole(line), line).toBe(role);
    }
    // The corpus holds headings of the roles: a pre-test that let nothing through would fail above, not pass here.
    expect(roles).toBeGreaterThan(50);
  });

  it('should never turn away a generated heading whose key names a role', () => {
    const word = fc.constantFrom(
      'wat', 'Wat', 'WAT', 'willen', 'wilden', 'we', 'wij', 'bereiken', 'bereikt', 'hebben', 'heeft', 'gedaan', 'gaan', 'doen', 'ervoor',
      'mag', 'het', 'dit', 'programma', 'kosten', 'gekost', 'hoe', 'verbonden', 'partijen', 'partij(en)', 'indicatoren', 'effect-',
      'prestatie-indicatoren', 'beleidsindicatoren', 'bbv-', 'BBV', 'en', 'ontwikkelingen', 'nieuwe', 'overzicht', 'van', 'baten',
      'lasten', 'financiën', 'Financiële', 'kengetallen', 'paragraaf', 'speerpunten', 'beoogde', 'maatschappelijke', 'effecten',
      '3', '3.1', '3:', 'a)', '2024', '(2023)', 'in', 'over', '2019-2020', '?', ':', '.', '!', 'İ', 'K', 'ſ', 'é',
    );
    const piece = fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) });
    const space = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '');
    const heading = fc
      .tuple(fc.array(fc.tuple(piece, space), { minLength: 1, maxLength: 8 }), fc.constantFrom('', ' ', '  '), fc.boolean())
      .map(([parts, lead, spaced]) => {
        const text = lead + parts.map(([p, s]) => p + s).join('');
        // Letter-spaced, as a PDF title may be: the key reads it as words again (`unspace`).
        return spaced ? text.split('').join(' ') : text;
      });
    fc.assert(
      fc.property(heading, (h) => {
        const role = roleOfHeading(h);
        if (role !== null) expect(mayMatchRoleWording(h), h).toBe(true);
        if (h.length <= 120) expect(sectionRole(h), h).toBe(role);
      }),
      { numRuns: 5000 },
    );
  });

  it('should read a letter-spaced title as its words', () => {
    expect(unspace('V e r b o n d e n  p a r t i j e n')).toBe('Verbonden partijen');
    expect(mayMatchRoleWording('V e r b o n d e n  p a r t i j e n')).toBe(true);
  });
});
