/**
 * The folders of src/ are the stages of the pipeline, in order. A file
 * imports from its own folder and from earlier stages only: never from a
 * later stage, nor from a sibling folder of its own stage (blocks never ask
 * tables, recognisers never ask the pipeline), so that a newcomer can read
 * the stages front to back.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The stages in pipeline order; folders on one line are siblings. */
const STAGES: ReadonlyArray<readonly string[]> = [
  ['schema', 'errors'],
  ['vocabulary'],
  ['values', 'normalise', 'decode'],
  ['blocks'],
  ['tables'],
  ['recognise'],
  ['sections', 'meta', 'checks', 'link'],
  ['emit', 'validate'],
  ['pipeline'],
  ['cli', 'index', 'eval', 'layouts'],
  ['docs'],
];

const src = join(import.meta.dirname, '..', 'src');
const stageOf = (folder: string): number => STAGES.findIndex((s) => s.includes(folder));
const folderOf = (path: string): string => relative(src, path).split('/')[0]!.replace(/\.(?:ts|js)$/, '');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Every import or re-export from one top-level folder of src/ into another. */
function crossings(): Array<{ file: string; from: string; to: string }> {
  const out: Array<{ file: string; from: string; to: string }> = [];
  for (const file of filesUnder(src)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*from '(\.[^']+)'/gm)) {
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), m[1]!));
      if (from !== to) out.push({ file: relative(src, file), from, to });
    }
  }
  return out;
}

describe('stages', () => {
  it('places every folder of src/ in a stage', () => {
    const folders = readdirSync(src).map((f) => f.replace(/\.ts$/, ''));
    expect(folders.filter((f) => stageOf(f) < 0)).toEqual([]);
  });

  it('imports only from earlier stages', () => {
    const back = crossings().filter((c) => stageOf(c.to) >= stageOf(c.from)).map((c) => `${c.file} imports ${c.to}`);
    expect(back).toEqual([]);
  });
});
