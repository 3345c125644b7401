/**
 * Over every fixture: every non-blank line is in some node and its words are
 * in that node's text (nothing lost), and every position is true to the
 * source. HTML inputs are checked for positions only: their lines are markup;
 * a PDF's lines are those of the text layer read from its pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
import { readPdf } from '../src/blocks/pdf.js';
import { checkNothingLost, checkPositions } from './helpers/coverage.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).filter((f) => f.startsWith('input.')).map((f) => join(d.name, f)))
  .sort();

describe('nothing lost, positions true', () => {
  it('has inputs', () => expect(inputs.length).toBeGreaterThan(10));
  for (const input of inputs) {
    it(input, async () => {
      const path = join(root, input);
      // A PDF's positions count in the text layer its reader builds from the page, one line per PDF line.
      const source = input.endsWith('.pdf') ? (await readPdf(readFileSync(path))).text : readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      const report = await parseFile(path);
      // In HTML the text sits between tags and entities, so only bounds and line/column are checked.
      expect(checkPositions(source, report, { slices: !/\.html?$/.test(input) })).toEqual([]);
      if (!/\.html?$/.test(input)) expect(checkNothingLost(source, report)).toEqual([]);
    });
  }
  it('finds a lost line', () => {
    const report = { type: 'report', children: [], diagnostics: [] } as unknown as Parameters<typeof checkNothingLost>[1];
    expect(checkNothingLost('Lasten 1.200\n', report)).toHaveLength(1);
  });
});
