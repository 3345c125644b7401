/**
 * The fast self-check (src/schema/report-check.ts) must give zod's verdict:
 * it is generated from the committed JSON Schema, and on real excerpts'
 * reports mutated at random (odd numbers, undefined against a missing key,
 * unknown keys, wrong enum strings, nulls, holes in arrays) both say the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, Report } from '../src/index.js';
import { fitsReportSchema } from '../src/schema/report-check.js';
// @ts-expect-error: a plain script without types
import { reportCheckModule } from '../scripts/report-check.js';
import { seed } from './helpers/seed.js';

describe('src/schema/report-check.generated.ts', () => {
  it('is the validator generated from schemas/report.schema.json (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'src', 'schema', 'report-check.generated.ts'), 'utf8');
    expect(committed === reportCheckModule()).toBe(true);
  });
});

const dir = join(import.meta.dirname, '..', 'corpus', 'real', 'text');
/** Every fifth real excerpt: enough node types and values, quick to parse. */
const reports = readdirSync(dir)
  .sort()
  .filter((_, i) => i % 5 === 0)
  .map((f) => parse(readFileSync(join(dir, f), 'utf8'), { name: f, validate: false }));

type Container = Record<string, unknown> | unknown[];

/** The paths of every object and array in a value, the root included. */
function containers(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return out;
  out.push(path);
  for (const [key, child] of Object.entries(value)) containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  return out;
}

const ODD_VALUES: unknown[] = [
  NaN, Infinity, -Infinity, -0, 0, -1, 1, 1.5, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e21,
  '', 'x', '1', 'report', 'paragraph', 'goal', 'section', 'indicatorTable', 'budgetTable', 'text', 'pdf', 'other', 'gemeente', 'warning',
  null, undefined, true, false, [], {}, [1], ['a'], [null], { line: 1, column: 1, offset: 0 }, new Date(0),
];
const KEYS = ['type', 'text', 'position', 'start', 'line', 'page', 'bbox', 'children', 'values', 'year', 'value', 'id', 'heading', 'extra', 'fields', 'range', 'ratio', '0'];

const mutation = fc.record({
  report: fc.nat(),
  at: fc.nat(),
  action: fc.constantFrom('set', 'delete', 'add', 'hole', 'copy'),
  key: fc.constantFrom(...KEYS),
  existing: fc.nat(),
  value: fc.constantFrom(...ODD_VALUES),
  from: fc.nat(),
});

/** Applies one mutation to a copy of a report: sets, deletes or adds a key, punches a hole in an array, or copies another part of the tree in. */
function mutated(m: typeof mutation extends fc.Arbitrary<infer T> ? T : never): unknown {
  const report = structuredClone(reports[m.report % reports.length]!) as unknown;
  const paths = containers(report);
  const target = paths[m.at % paths.length]!.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], report) as Container;
  const keys = Object.keys(target);
  const existing = keys.length ? keys[m.existing % keys.length]! : m.key;
  const index = (k: string): string | number => (Array.isArray(target) ? Number(k) : k);
  const slot = target as Record<string | number, unknown>;
  const source = paths[m.from % paths.length]!.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], report);
  if (m.action === 'set') slot[index(existing)] = m.value;
  else if (m.action === 'delete') delete slot[index(existing)];
  else if (m.action === 'add') slot[Array.isArray(target) ? target.length : m.key] = m.value;
  else if (m.action === 'hole' && Array.isArray(target)) target.length += 1;
  else slot[index(existing)] = structuredClone(source);
  return report;
}

describe('fitsReportSchema', () => {
  it('accepts the real excerpts’ reports, as zod does', () => {
    for (const report of reports) {
      expect(Report.safeParse(report).success).toBe(true);
      expect(fitsReportSchema(report)).toBe(true);
    }
  });

  it('gives zod’s verdict on mutated reports', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const report = mutated(m);
        const zod = Report.safeParse(report).success;
        if (!zod) rejected++;
        expect(fitsReportSchema(report)).toBe(zod);
      }),
      { numRuns: 1500, seed },
    );
    // Most mutations break the report; a test that only saw valid ones would prove little.
    expect(rejected).toBeGreaterThan(500);
  });

  it('gives zod’s verdict where the generator rewrote the schema: node types, nullable years, kinds, organisations, positions', () => {
    // scripts/report-check.js looks nodes up by `type` and folds `anyOf: [X, null]`
    // into one type list; these keys, set where a report has them, reach every such place.
    const keys = ['type', 'year', 'measuredYear', 'organisation', 'kind', 'position'];
    const nodeTypes = ['paragraph', 'list', 'table', 'heading', 'indicator', 'action', 'budgetTable', 'connectedParty', 'goal', 'section', 'programme', 'indicatorTable', 'actionTable', 'report'];
    const parts = [{ name: 'Zwolle', kind: null }, { name: 'Zwolle', kind: 'gemeente' }, { name: 'Zwolle', kind: 'x' }, { name: 'Zwolle' }, { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } }];
    const change = fc.record({ report: fc.nat(), at: fc.nat(), key: fc.constantFrom(...keys), value: fc.constantFrom(...ODD_VALUES, ...nodeTypes, ...parts, 'copy'), from: fc.nat() });
    const verdicts = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(change, (c) => {
        const report = structuredClone(reports[c.report % reports.length]!) as unknown;
        const objects = containers(report)
          .map((path) => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], report))
          .filter((v): v is Record<string, unknown> => !Array.isArray(v));
        const holders = objects.filter((v) => c.key in v || (c.key === 'measuredYear' && 'raw' in v));
        if (holders.length === 0) return;
        const target = holders[c.at % holders.length]!;
        target[c.key] = c.value === 'copy' ? structuredClone(objects[c.from % objects.length]) : structuredClone(c.value);
        const zod = Report.safeParse(report).success;
        verdicts[zod ? 'accepted' : 'rejected']++;
        expect(fitsReportSchema(report)).toBe(zod);
      }),
      { numRuns: 1500, seed },
    );
    expect(verdicts.accepted).toBeGreaterThan(25);
    expect(verdicts.rejected).toBeGreaterThan(500);
  });

  it.each<[string, (r: Record<string, any>) => void]>([
    ['an optional key holding undefined', (r) => (r.source.pages = undefined)],
    ['a required key holding undefined', (r) => (r.source.name = undefined)],
    ['an unknown key holding undefined', (r) => (r.extra = undefined)],
    ['-0 as an integer', (r) => (r.source.pages = -0)],
    ['a string for a number', (r) => (r.source.bytes = '12')],
    ['a number for a string constant', (r) => (r.schemaVersion = 1)],
    ['an unknown enum string', (r) => (r.source.format = 'docx')],
    ['null where null is not allowed', (r) => (r.source.encoding = null)],
    ['an array for a record', (r) => (r.meta.fields = [])],
    ['a record without a prototype', (r) => (r.meta.fields = Object.assign(Object.create(null), { a: 'x' }))],
    ['a Map for an object', (r) => (r.meta = new Map())],
    ['a hole in an array', (r) => (r.children.length += 1)],
    ['a symbol key', (r) => (r[Symbol('extra') as unknown as string] = 1)],
    ['a key that is not enumerable', (r) => Object.defineProperty(r, 'hidden', { value: 1, enumerable: false })],
  ])('agrees with zod on %s', (_, change) => {
    const report = structuredClone(reports[0]!) as unknown as Record<string, any>;
    change(report);
    expect(fitsReportSchema(report)).toBe(Report.safeParse(report).success);
  });

  it('is stricter than zod only where zod then decides: an inherited key of a record', () => {
    // ajv reads inherited enumerable keys (for…in), zod only own ones; the
    // self-check sends every report the fast check rejects to zod, so this
    // costs a zod run, never a different verdict (JSON.stringify skips them too).
    const report = structuredClone(reports[0]!);
    report.meta.fields = Object.create({ inherited: 1 });
    expect([fitsReportSchema(report), Report.safeParse(report).success]).toEqual([false, true]);
  });

  it('rejects what zod rejects at the edges of numbers, in integers and in plain numbers', () => {
    const report = structuredClone(reports.find((r) => JSON.stringify(r).includes('"value":'))!);
    const paths = containers(report).map((p) => p.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], report));
    const observation = paths.find((v): v is { value: unknown } => typeof v === 'object' && v !== null && 'raw' in v && 'value' in v)!;
    for (const bad of [NaN, Infinity, -Infinity, '1', true]) {
      observation.value = bad;
      expect([fitsReportSchema(report), Report.safeParse(report).success]).toEqual([false, false]);
    }
    observation.value = null;
    for (const bad of [NaN, Infinity, -Infinity, 1.5, -1, 2 ** 53]) {
      report.source.bytes = bad;
      expect([fitsReportSchema(report), Report.safeParse(report).success]).toEqual([false, false]);
    }
  });
});
