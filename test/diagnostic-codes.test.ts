/**
 * The catalogue of diagnostic codes is complete and the README's table of
 * codes is generated from it: a code reported anywhere in src/ is in the
 * catalogue with the severity it is reported with, every catalogued code is
 * reported somewhere, and the README shows the catalogue as it is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, isDiagnosticCode } from '../src/schema/diagnostic-codes.js';
import { generatedSections, withSections } from '../src/docs.js';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('diagnostic-codes.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}

/** Every [severity, code] a stage reports: `severity: 'x', code: 'y'` literals and `report('x', 'y', …)` calls. */
function reported(): Array<[string | null, string]> {
  const out: Array<[string | null, string]> = [];
  for (const text of sources(join(root, 'src'))) {
    for (const m of text.matchAll(/severity: '(\w+)',\s*code: '([^']+)'/g)) out.push([m[1]!, m[2]!]);
    for (const m of text.matchAll(/report\('(\w+)', '([^']+)'/g)) out.push([m[1]!, m[2]!]);
    for (const m of text.matchAll(/code: '([a-z]+\.[a-z-]+)'/g)) out.push([null, m[1]!]);
    // `judge(…, 'x.y-mismatch', …)` reports its rounding twin when the difference is rounding.
    for (const m of text.matchAll(/judge\([^'\n]*'([a-z]+\.[a-z]+-mismatch)'/g)) out.push([null, m[1]!], [null, m[1]!.replace('mismatch', 'rounding')]);
  }
  return out;
}

describe('diagnostic codes', () => {
  it('catalogues every code that src/ reports, with the severity it is reported with', () => {
    const found = reported();
    expect(found.length).toBeGreaterThan(10);
    const missing = found.filter(([, code]) => !isDiagnosticCode(code)).map(([, code]) => `${code}: add it to src/schema/diagnostic-codes.ts, then npm run docs`);
    expect(missing).toEqual([]);
    const wrong = found
      .filter(([severity, code]) => severity !== null && isDiagnosticCode(code) && DIAGNOSTIC_CODES[code].severity !== severity)
      .map(([severity, code]) => `${code} is reported as ${severity}`);
    expect(wrong).toEqual([]);
  });

  it('reports every catalogued code somewhere', () => {
    const used = new Set(reported().map(([, code]) => code));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((code) => !used.has(code))).toEqual([]);
  });

  it('gives each code a namespaced name, a meaning and an example', () => {
    for (const [code, d] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+\.[a-z]+(?:-[a-z0-9]+)*$/);
      expect(d.meaning.length).toBeGreaterThan(10);
      expect(d.example.length).toBeGreaterThan(3);
    }
  });

  it('has the README show the generated sections as they are (npm run docs rewrites them)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const name of Object.keys(generatedSections())) expect(readme).toContain(`<!-- ${name}:start -->`);
    expect(withSections(readme, generatedSections())).toBe(readme);
  });
});
