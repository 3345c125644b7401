/**
 * How many of the Totaal and Saldo lines of a text come out as budget rows
 * at all: a measure that needs no gold. A reconcile share is only as good as
 * the totals the parser found; a total left in a paragraph is never checked.
 *
 *     Totaal lasten      12.345   13.456   ← a total line with amounts
 *     Saldo                                 ← a label alone, its amounts on the
 *     -1.234                                  next lines (cells per line): counted too
 */
import { nodes } from './score.js';
import { SALDO, TOTAL } from './reconcile.js';

/** Table pipes and bullets that may stand before the label. */
const LEAD = /^[\s|>*•-]*/u;
/** An amount: digits, with or without thousands dots, a decimal comma, sign or brackets ("1.234", "-35110", "(3,5)"). */
const AMOUNT = /(?<![\p{L}\d])[-−(]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?\)?(?![\p{L}\d])/gu;
/** A year in a header ("Saldo 2024 2025"), no amount. */
const YEAR = /^(19|20)\d\d$/;

/** Amounts in a piece of text, years left out. */
function amounts(text: string): string[] {
  return [...text.matchAll(AMOUNT)].map((m) => m[0]).filter((a) => !YEAR.test(a));
}

/** A line holding only an amount or a dash, as cells-per-line tables write them. */
function isAmountLine(line: string): boolean {
  const rest = line.replace(/^[\s|]+|[\s|]+$/g, '');
  return rest === '-' || rest === '–' || (amounts(rest).length > 0 && rest.replace(AMOUNT, '').replace(/[\s€]/g, '') === '');
}

/**
 * The 1-based numbers of the lines that are a Totaal or Saldo row with
 * amounts: on the line itself, or on the next non-empty line.
 */
export function totalLines(text: string): number[] {
  const lines = text.split(/\r?\n/);
  const out: number[] = [];
  lines.forEach((line, k) => {
    const body = line.replace(LEAD, '');
    if (!TOTAL.test(body) && !SALDO.test(body)) return;
    let next = k + 1;
    while (next < lines.length && lines[next]!.trim() === '') next++;
    if (amounts(body).length > 0 || (next < lines.length && isAmountLine(lines[next]!))) out.push(k + 1);
  });
  return out;
}

/** Totaal and Saldo lines of a text, and how many of them a budget row of the report covers. */
export interface TotalLineCount {
  lines: number;
  asRows: number;
}

/**
 * Counts the text's Totaal and Saldo lines that lie inside the position of
 * some budget row of the report.
 * @param text the text the report was parsed from (for a PDF, its text layer)
 */
export function totalLinesAsRows(text: string, report: unknown): TotalLineCount {
  const spans: [number, number][] = [];
  for (const t of nodes(report, 'budgetTable')) {
    for (const row of Array.isArray(t.rows) ? (t.rows as { position?: { start?: { line?: number }; end?: { line?: number } } }[]) : []) {
      const start = row.position?.start?.line;
      const end = row.position?.end?.line ?? start;
      if (typeof start === 'number' && typeof end === 'number') spans.push([start, end]);
    }
  }
  const lines = totalLines(text);
  return { lines: lines.length, asRows: lines.filter((l) => spans.some(([s, e]) => s <= l && l <= e)).length };
}
