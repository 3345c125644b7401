/**
 * Which reports of a batch `--validate sample` checks against the schema:
 * the first VALIDATE_FIRST, then one in VALIDATE_EVERY, by input position (so
 * the same reports are checked whatever --jobs is). The check only guards
 * against jaarparse bugs, which the tests hold the output to; a bug that
 * breaks the schema breaks it in many reports, and a sample finds it. Every
 * report is checked by default (`--validate all`): the check costs about 3%
 * of a parse.
 *
 * @example inValidationSample(0) === true; inValidationSample(25) === false; inValidationSample(30) === true
 */

/** Reports checked at the start of a batch: a schema bug that hits every report shows at once. */
export const VALIDATE_FIRST = 20;

/** After the first ones, one report in this many is checked (a tenth of the check's cost). */
export const VALIDATE_EVERY = 10;

/** The values of --validate: every report, or the sample above. */
export const VALIDATE_MODES = ['all', 'sample'] as const;
export type ValidateMode = (typeof VALIDATE_MODES)[number];

/** Whether the report of the input at `index` of a batch is in the sample that is checked. */
export function inValidationSample(index: number): boolean {
  return index < VALIDATE_FIRST || index % VALIDATE_EVERY === 0;
}
