/**
 * The grid pass takes its blocks over (as the tree builder does): entries it
 * is past are cleared, so that a large text's paragraphs that became table
 * cells are collected during the pass; what it reads is what it read before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/blocks/model.js';
import { readText } from '../src/blocks/text.js';
import { rebuildGridRuns } from '../src/tables/grid-runs.js';

const realText = join(import.meta.dirname, '..', 'corpus', 'real', 'text');
const files = readdirSync(realText).filter((f) => f.endsWith('.txt')).sort();
const blocksOf = (file: string): Array<Block | undefined> => readText(readFileSync(join(realText, file), 'utf8')).blocks;

/** An array the pass cannot clear (its writes are dropped): the pass as it was before it took its blocks over. */
function unclearable(blocks: Array<Block | undefined>): Array<Block | undefined> {
  return new Proxy(blocks, { set: () => true });
}

describe('rebuildGridRuns takes its blocks over', () => {
  it('should leave no block in its input, on every real excerpt', () => {
    for (const file of files) {
      const given = blocksOf(file);
      rebuildGridRuns(given, []);
      expect(given.filter((b) => b !== undefined), file).toEqual([]);
    }
  });

  it('should never read an entry it cleared: the same tables as a pass over an array it cannot clear', () => {
    let tables = 0;
    for (const file of files) {
      const taken = rebuildGridRuns(blocksOf(file), []);
      const kept = rebuildGridRuns(unclearable(blocksOf(file)), []);
      expect(JSON.stringify(taken), file).toBe(JSON.stringify(kept));
      tables += taken.filter((b) => b.kind === 'table').length;
    }
    expect(tables).toBeGreaterThan(20);
  });
});
