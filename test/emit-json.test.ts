/**
 * The pieces of `jsonPieces` joined are byte for byte what JSON.stringify
 * writes, compact and pretty, for every fixture's report and for shapes the
 * fixtures may lack (empty children, undefined members, deep nesting).
 */
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seed } from './helpers/seed.js';
import { jsonPieces, writeJsonFile, writeJsonFileSync } from '../src/emit/json.js';
import { parseFile } from '../src/index.js';
import { parseFileBlocking } from '../src/pipeline/parse.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(root)
  .sort()
  .map((name) => join(root, name, 'input.txt'))
  .filter((p) => existsSync(p));

describe('jsonPieces', () => {
  it('joins to JSON.stringify for every fixture report, compact and pretty', async () => {
    expect(inputs.length).toBeGreaterThan(5);
    for (const input of inputs) {
      const report = await parseFile(input);
      expect([...jsonPieces(report, false)].join(''), input).toBe(JSON.stringify(report));
      expect([...jsonPieces(report, true)].join(''), input).toBe(JSON.stringify(report, null, 2));
    }
  });

  it('matches JSON.stringify for empty children, undefined members and deep nesting', () => {
    const leaf = { type: 'paragraph', text: 'a\nb "c"', skipped: undefined, position: { start: { line: 1 } } };
    const deep = { type: 'programme', children: [{ type: 'section', children: [{ type: 'goal', children: [leaf, leaf] }], after: [1, { x: null }] }] };
    const values = [
      { type: 'report', children: [], diagnostics: [] },
      { type: 'report', children: [deep, leaf], note: undefined, diagnostics: [{ code: 'x' }] },
      { children: [{ children: [] }] },
      {},
      // toJSON as JSON.stringify applies it: with the key (a list item's index), in place of a node, on a list itself.
      { children: [{ toJSON: (key: string) => `item ${key}` }], notes: [{ toJSON: (key: string) => `note ${key}` }, { toJSON: () => undefined }] },
      { children: [], notes: [{ children: [1], toJSON: () => 'replaced' }], list: Object.assign([1, 2], { toJSON: () => 'a list' }) },
      { children: [], symbol: Symbol('s'), gone: { toJSON: () => undefined }, kept: 1, sparse: [, 1, , ] },
    ];
    for (const value of values) {
      expect([...jsonPieces(value, false)].join('')).toBe(JSON.stringify(value));
      expect([...jsonPieces(value, true)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('joins to JSON.stringify for any value: nodes with children inside other lists, holes, undefined, functions, toJSON (property)', () => {
    const { node } = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1)),
      list: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('leaf'), tie('node'), tie('list')), { maxLength: 4 }),
      lazy: fc.string().map((text) => ({ toJSON: (key: string) => `${key}:${text}` })),
      node: fc.record(
        { children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('leaf'), tie('lazy'), tie('node')), { maxLength: 3 }), text: tie('leaf'), notes: tie('list'), at: fc.oneof(tie('lazy'), tie('leaf')) },
        { requiredKeys: ['children'] },
      ),
    }));
    fc.assert(
      fc.property(node, (value) => {
        expect([...jsonPieces(value, false)].join('')).toBe(JSON.stringify(value));
        expect([...jsonPieces(value, true)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { seed, numRuns: 500 },
    );
  });

  it('writes every list of a report item by item: a long diagnostics list is never one piece', () => {
    // A 100 MB text's report has ~90,000 diagnostics, ~25 MB of JSON: as one piece it was the run's peak memory.
    const diagnostics = Array.from({ length: 2000 }, (_, k) => ({ severity: 'warning', code: 'table.total-mismatch', message: `Totaal lasten ${k} wijkt af`, position: null }));
    const report = { type: 'report', children: [{ type: 'paragraph', text: 'x' }], diagnostics, notes: ['a', undefined, () => 1, 'b'] };
    for (const pretty of [false, true]) {
      const pieces = [...jsonPieces(report, pretty)];
      expect(pieces.join('')).toBe(pretty ? JSON.stringify(report, null, 2) : JSON.stringify(report));
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
    }
  });

  it('yields a report with children in several pieces, not one string', async () => {
    const report = await parseFile(inputs[0]!);
    expect([...jsonPieces(report, false)].length).toBeGreaterThan(report.children.length);
  });

  it('writeJsonFile writes the JSON and a final line break, for a small report and a large one', async () => {
    const report = await parseFile(inputs[0]!);
    const dir = mkdtempSync(join(tmpdir(), 'jaarparse-json-'));
    await writeJsonFile(join(dir, 'small.json'), report, true);
    expect(readFileSync(join(dir, 'small.json'), 'utf8')).toBe(JSON.stringify(report, null, 2) + '\n');
    // A report of a large source (its source.bytes says so) is written piece by piece, in batches of 32 K characters:
    // a hundred copies of the children make JSON of several batches, as 4,000 did at forty times the cost.
    const large = { ...report, source: { ...report.source, bytes: 50e6 }, children: Array.from({ length: 100 }, () => report.children).flat() };
    expect(JSON.stringify(large).length).toBeGreaterThan(4 * 32 * 1024);
    await writeJsonFile(join(dir, 'large.json'), large, false);
    expect(readFileSync(join(dir, 'large.json'), 'utf8')).toBe(JSON.stringify(large) + '\n');
    // The blocking writer of the worker threads writes the same bytes.
    writeJsonFileSync(join(dir, 'small-sync.json'), report, true);
    writeJsonFileSync(join(dir, 'large-sync.json'), large, false);
    expect(readFileSync(join(dir, 'small-sync.json'), 'utf8')).toBe(readFileSync(join(dir, 'small.json'), 'utf8'));
    expect(readFileSync(join(dir, 'large-sync.json'), 'utf8')).toBe(readFileSync(join(dir, 'large.json'), 'utf8'));
  });
});

describe('parseFileBlocking', () => {
  it('gives the report and the errors that parseFile gives', async () => {
    for (const input of inputs.slice(0, 5)) expect(await parseFileBlocking(input)).toEqual(await parseFile(input));
    const dir = mkdtempSync(join(tmpdir(), 'jaarparse-read-'));
    const codes = async (read: typeof parseFile, path: string, maxBytes?: number) =>
      read(path, maxBytes ? { maxBytes } : {}).then(() => 'ok', (e: { code: string }) => e.code);
    for (const read of [parseFile, parseFileBlocking]) {
      expect(await codes(read, join(dir, 'missing.txt'))).toBe('E_NOT_FOUND');
      expect(await codes(read, dir)).toBe('E_IS_DIRECTORY');
      expect(await codes(read, inputs[0]!, 10)).toBe('E_TOO_LARGE');
    }
  });

  it("tells its caller the input's size once read, and nothing for an input it cannot read", async () => {
    const sizes: number[] = [];
    await parseFileBlocking(inputs[0]!, {}, (bytes) => sizes.push(bytes));
    expect(sizes).toEqual([readFileSync(inputs[0]!).byteLength]);
    await parseFileBlocking(join(tmpdir(), 'jaarparse-no-such-input.txt'), {}, (bytes) => sizes.push(bytes)).catch(() => undefined);
    await parseFileBlocking(inputs[0]!, { maxBytes: 10 }, (bytes) => sizes.push(bytes)).catch(() => undefined);
    expect(sizes).toHaveLength(1);
  });
});
