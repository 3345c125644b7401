/**
 * Format parity: every `fixtures/parity-<name>/` holds the same document as
 * plain text (`input.txt`, pipe tables), Markdown (`input.md`) and HTML
 * (`input.html`). The three reports must be the same once what cannot be
 * the same is removed: `source` (name, hash, format) and every `position`
 * (offsets differ between the forms; diagnostics keep their code and text).
 *
 * A difference that the pipeline after the readers still causes is listed in
 * KNOWN with the first differing path; such a case is expected to fail, and
 * starts to "pass unexpectedly" (failing the suite) once it is fixed: then
 * remove its entry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');

const KNOWN: Record<string, string> = {};

/** The report without `position` anywhere and without the root's `source`. */
function comparable(report: object): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (key !== 'position') out[key] = strip(inner);
    return out;
  };
  const { source: _source, ...rest } = report as Record<string, unknown>;
  return strip(rest);
}

/** The first path at which two JSON values differ, or null. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return path;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (found !== null) return found;
  }
  return path;
}

const fixtures = existsSync(root)
  ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name.startsWith('parity-')).map((d) => d.name).sort()
  : [];

describe('format parity', () => {
  it('has at least six parity fixtures, each in three formats', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(6);
    for (const name of fixtures) {
      for (const file of ['input.txt', 'input.md', 'input.html']) expect(existsSync(join(root, name, file)), `${name}/${file}`).toBe(true);
    }
  });

  for (const name of fixtures) {
    for (const file of ['input.md', 'input.html']) {
      const known = KNOWN[`${name}/${file}`];
      const test = known === undefined ? it : it.fails;
      test(`${name}: ${file} reads as input.txt${known === undefined ? '' : ' (known difference)'}`, async () => {
        const text = comparable(await parseFile(join(root, name, 'input.txt')));
        const other = comparable(await parseFile(join(root, name, file)));
        if (known !== undefined) expect(firstDifference(text, other)).toBe(null);
        expect(other).toEqual(text);
      });
    }
  }

  it('keeps the known differences where they were found', async () => {
    for (const [key, path] of Object.entries(KNOWN)) {
      const [name, file] = key.split('/') as [string, string];
      const text = comparable(await parseFile(join(root, name, 'input.txt')));
      const other = comparable(await parseFile(join(root, name, file)));
      const found = firstDifference(text, other);
      if (found !== null) expect(found, key).toBe(path);
    }
  });
});
