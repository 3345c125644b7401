/**
 * The JSON Schema of a report, generated from the zod schemas. The committed
 * copy in `schemas/report.schema.json` is checked against this by a test.
 */
import { z } from 'zod';
import { Report } from './report.js';

/** Returns the report's JSON Schema (draft 2020-12) as a plain object. */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Report, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  return { ...schema, $id: 'https://github.com/jaarparse/jaarparse/schemas/report.schema.json', title: 'jaarparse report' };
}

/** The schema serialised exactly as it is committed (two-space indent, final newline). */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}
