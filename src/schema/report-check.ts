/**
 * The fast self-check of a report: a validator compiled from
 * `schemas/report.schema.json` ahead of time (scripts/report-check.js), so
 * it reads the tree in place, allocating next to nothing, where zod's
 * `safeParse` builds a full copy of it (about ten times the time on the
 * real excerpts' reports). zod stays the source of truth: the verdicts
 * agree (test/report-check.test.ts), and a report that fails here is
 * checked again by zod for its message.
 */
import { validate } from './report-check.generated.js';

/**
 * Whether a value fits the report schema, with the verdict of
 * `Report.safeParse(value).success`.
 * @example fitsReportSchema(parse('Programma 1 Veiligheid')) // true
 */
export function fitsReportSchema(value: unknown): boolean {
  return validate(value) === true;
}

/**
 * The fast check's first problem with a value it rejects, for the message
 * of a sync parse that has no judge loaded (report-judge.ts).
 * @example fastCheckProblem({}) // '/: required {"missingProperty":"type"}'
 */
export function fastCheckProblem(value: unknown): string {
  validate(value);
  const first = (validate as { errors?: Array<{ instancePath: string; keyword: string; params: unknown }> | null }).errors?.[0];
  return first ? `${first.instancePath || '/'}: ${first.keyword} ${JSON.stringify(first.params)}` : 'no detail';
}
