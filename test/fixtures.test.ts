/**
 * Golden fixtures: every `fixtures/<name>/input.*` is parsed and compared in
 * full with `fixtures/<name>/expected.json`. Outputs are rewritten only by
 * `npm run test:update` (UPDATE=1), and the diff is read before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseFile } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const update = process.env.UPDATE === '1';
const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'report.schema.json'), 'utf8'));
/**
 * Stops at a node's first problem: with allErrors, every branch of the
 * schema's oneOf over node types checked a container's children in full even
 * after its `type` did not match, at a cost that multiplies with each level
 * of nesting (4.4 s of CPU for the fixtures, against 0.03 s). Same verdict;
 * a failing report is checked again for all of its problems.
 */
const validateSchema = new Ajv2020({ allErrors: false, strict: false }).compile(schema);
const schemaProblems = (report: unknown): unknown[] => {
  if (validateSchema(report)) return [];
  const all = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  all(report);
  return all.errors ?? [];
};

function inputsOf(dir: string): string[] {
  return readdirSync(join(root, dir)).filter((f) => f.startsWith('input.')).sort();
}

const fixtures = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('golden fixtures', () => {
  it('has fixtures to compare', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });
  for (const name of fixtures) {
    const inputs = inputsOf(name);
    // Parity fixtures carry several inputs; the golden file is of the text form.
    const input = inputs.find((f) => f === 'input.txt') ?? inputs[0];
    if (!input) continue;
    it(name, async () => {
      const report = await parseFile(join(root, name, input));
      const expectedPath = join(root, name, 'expected.json');
      const actual = JSON.parse(JSON.stringify(report));
      if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(existsSync(expectedPath), `${name}/expected.json is missing: run npm run test:update and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      expect(schemaProblems(actual), `${name} validates against schemas/report.schema.json`).toEqual([]);
    });
  }
});
