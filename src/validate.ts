/**
 * Checks a value against the report schema and says what is wrong, each
 * problem with a JSON pointer into the value (for `jaarparse validate`).
 */
import { Node, Report, SCHEMA_VERSION } from './schema/report.js';
import { fitsReportSchema } from './schema/report-check.js';

export interface ValidationProblem {
  /** A JSON pointer ("/children/0/values/2/value"), "" for the root. */
  pointer: string;
  message: string;
}

export interface ValidationResult {
  valid: boolean;
  problems: ValidationProblem[];
}

function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Validates a parsed JSON value as a report, collecting every problem.
 * A report of another `schemaVersion` gets one clear message.
 * @example validate(JSON.parse(text)).problems
 */
export function validate(value: unknown): ValidationResult {
  if (value && typeof value === 'object' && 'schemaVersion' in value) {
    const version = (value as { schemaVersion: unknown }).schemaVersion;
    if (version !== SCHEMA_VERSION) {
      return {
        valid: false,
        problems: [{ pointer: '/schemaVersion', message: `schemaVersion ${JSON.stringify(version)} is not supported by this jaarparse (expects "${SCHEMA_VERSION}"); re-run jaarparse parse` }],
      };
    }
  }
  // The fast check gives zod's verdict without copying the tree; zod runs
  // only for a value it rejects, and writes every problem's message.
  if (fitsReportSchema(value)) return { valid: true, problems: [] };
  const result = Report.safeParse(value);
  if (result.success) return { valid: true, problems: [] };
  return { valid: false, problems: flatten(result.error.issues, []) };
}

/**
 * Validates one child of a report (a report read in pieces), its problems'
 * pointers under `/children/INDEX`: the same problems `validate` finds there.
 */
export function validateChild(value: unknown, index: number): ValidationResult {
  const result = Node.safeParse(value);
  if (result.success) return { valid: true, problems: [] };
  return { valid: false, problems: flatten(result.error.issues, ['children', index]) };
}

interface Issue {
  code?: string;
  path: PropertyKey[];
  message: string;
  errors?: Issue[][];
}

/**
 * A node that fits no member of the node union is reported by zod at the
 * node; the useful problems are those of the member whose `type` matched.
 */
function flatten(issues: readonly Issue[], base: PropertyKey[]): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      const matched = issue.errors.filter((branch) => !branch.some((i) => i.path.length === 1 && i.path[0] === 'type'));
      const best = matched.length > 0 ? matched.reduce((a, b) => (b.length < a.length ? b : a)) : null;
      if (best) {
        out.push(...flatten(best, path));
        continue;
      }
    }
    out.push({ pointer: pointer(path), message: issue.message });
  }
  return out;
}
