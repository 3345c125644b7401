import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportJsonSchemaText } from '../src/schema/json-schema.js';

describe('schemas/report.schema.json', () => {
  it('is the schema generated from the zod schemas (run `jaarparse schema --write` after changing them)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', 'schemas', 'report.schema.json'), 'utf8');
    expect(committed).toBe(reportJsonSchemaText());
  });
});
