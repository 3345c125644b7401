/**
 * Property tests: on random text and on random mutations of the fixtures
 * (lines deleted, duplicated, shuffled; pipes, numbers and markers inserted),
 * `parse` never throws, the report fits the schema, positions are in bounds
 * and true, and nothing is lost.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, Report } from '../src/index.js';
import { checkNothingLost, checkPositions } from './helpers/coverage.js';
import { seed } from './helpers/seed.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const texts = readdirSync(root)
  .map((d) => join(root, d, 'input.txt'))
  .filter((p) => existsSync(p))
  .map((p) => readFileSync(p, 'utf8'));

const TOKENS = ['|', ' | ', '---|---', '1.234', '(2.730)', '4.977-', 'N 31.393', 'V', 'nnb', '-', '0,78%', '35% / 65%', '2021', 'Realisatie', 'Lasten', 'Baten', 'Saldo', 'Doelstelling 3:', '2.3.1', '• ', '- ', 'Wat heeft het gekost?', 'Bedragen x € 1.000', '\t', '\u00a0', '\u00ad', '\r', '\n', '\n\n', '', 'é', '€', '…'];

function holds(text: string): void {
  try {
    const report = parse(text);
    const result = Report.safeParse(report);
    expect(result.success).toBe(true);
    expect(checkPositions(text, report, { slices: false })).toEqual([]);
    expect(checkNothingLost(text, report)).toEqual([]);
  } catch (error) {
    // JP_DUMP=file keeps the last (smallest) failing input for a closer look.
    if (process.env.JP_DUMP) writeFileSync(process.env.JP_DUMP, text);
    throw error;
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS), col: fc.nat() }),
);

function mutate(text: string, mutations: Array<fc.Arbitrary<unknown> extends never ? never : { kind: string; at: number; with?: number; token?: string; col?: number }>): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) break;
    const i = m.at % lines.length;
    if (m.kind === 'delete') lines.splice(i, 1);
    else if (m.kind === 'duplicate') lines.splice(i, 0, lines[i]!);
    else if (m.kind === 'swap') {
      const j = (m.with ?? 0) % lines.length;
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    } else {
      const line = lines[i]!;
      const col = (m.col ?? 0) % (line.length + 1);
      lines[i] = line.slice(0, col) + (m.token ?? '') + line.slice(col);
    }
  }
  return lines.join('\n');
}


describe('properties of parse', () => {
  it('holds on random text built from report-like tokens', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TOKENS, 'woord', 'Programma 1 Wonen', 'Wat willen we bereiken?'), { maxLength: 300 }), (parts) => holds(parts.join(''))), { numRuns: 150, seed });
  });
  it('holds on arbitrary unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => holds(text)), { numRuns: 150, seed });
  });
  it('holds on random mutations of the fixtures', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 12 }), (text, mutations) => holds(mutate(text, mutations))),
      { numRuns: 200, seed },
    );
  });
});
