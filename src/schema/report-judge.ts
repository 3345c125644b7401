/**
 * Who judges a report that the fast check (report-check.ts) rejects: zod,
 * the source of truth, which also words the message. zod is loaded only
 * when it is needed: `report.ts` registers its judge when it loads (the
 * package's entry loads it, so the library's `parse()` always has it), and
 * the asynchronous parses load it on the first rejected report. A parse
 * that never meets one, as in the CLI and its batch workers, never loads zod.
 */

/** zod's verdict: null when the value fits the report schema, else its first problems. */
export type ReportJudge = (value: unknown) => string | null;

let judge: ReportJudge | null = null;

/** Called by report.ts when it loads. */
export function registerReportJudge(j: ReportJudge): void {
  judge = j;
}

/** The judge, when zod's report schema is loaded; else null. */
export function loadedReportJudge(): ReportJudge | null {
  return judge;
}

/** Loads zod's report schema (which registers its judge) and returns the judge. */
export async function loadReportJudge(): Promise<ReportJudge> {
  if (!judge) await import('./report.js');
  return judge!;
}
