/**
 * Whether the parser says so where a table does not fit: a measure that
 * needs no gold. A budget table whose rows hold fewer amounts than it has
 * columns (which column is the gap?) or whose Totaal and Saldo rows do not
 * add up (see reconcile.ts) may have amounts in the wrong place; the user
 * can only know from a warning. This module finds
 *
 * - the totals that do not add up and carry no diagnostic at their row, and
 * - the tables that do not fit and carry no warning anywhere in their lines.
 *
 *     Bedragen x € 1.000    2024    2025    2026
 *     Onderwijs              120             140   ← two amounts, three columns: which one is empty?
 *     Totaal                 300     310     320   ← 120 + 140 is not 300
 *
 * A row of a pipe or HTML table names its empty cells ("| 120 | | 140 |"), so
 * there only a row whose amounts do not add up counts; a row of aligned text
 * or of a PDF does not, so there a short row counts too.
 */
import { nodes } from './score.js';
import { lineSpan, reconcile, type BrokenTotal, type LineSpan } from './reconcile.js';

/** A table that does not fit and carries no warning, and why it does not fit. */
export interface SilentTable {
  table: string;
  line: number | null;
  reasons: string[];
}

/** What the evidence measure finds in one report. */
export interface Evidence {
  /** Totaal and Saldo rows checked (as reconcile counts them). */
  checked: number;
  /** Of those, the ones that add up. */
  held: number;
  /** Of those that do not add up, the ones with a diagnostic at their row. */
  diagnosed: number;
  /** The totals that neither add up nor carry a diagnostic. */
  undiagnosed: BrokenTotal[];
  /** Budget tables in the report. */
  tables: number;
  /** Tables that do not fit and carry no warning. */
  silent: SilentTable[];
}

interface SpannedDiagnostic {
  severity: string;
  lines: LineSpan;
}

const overlaps = (a: LineSpan, b: LineSpan): boolean => a.start <= b.end && b.start <= a.end;

/** The report's diagnostics that have a position. */
function diagnosticsOf(report: unknown): SpannedDiagnostic[] {
  const list = (report as { diagnostics?: unknown } | null)?.diagnostics;
  if (!Array.isArray(list)) return [];
  return list.flatMap((d: { severity?: unknown }) => {
    const lines = lineSpan(d);
    return lines ? [{ severity: String(d.severity ?? ''), lines }] : [];
  });
}

/** Whether the source lines of a row write its empty cells out: a pipe table's "| |" or an HTML cell. */
function namesEmptyCells(sourceLines: string[] | null, lines: LineSpan | null): boolean {
  if (!sourceLines || !lines) return false;
  for (let l = lines.start; l <= lines.end; l++) if (/\||<t[dh]\b/i.test(sourceLines[l - 1] ?? '')) return true;
  return false;
}

interface RowLike {
  label?: unknown;
  raw?: unknown;
  position?: unknown;
}

/** Rows that hold some amounts but fewer than the table has columns, where the source does not name the empty cells. */
function shortRows(table: { columns?: unknown; rows?: unknown }, sourceLines: string[] | null): RowLike[] {
  const width = Array.isArray(table.columns) ? table.columns.length : 0;
  const rows = Array.isArray(table.rows) ? (table.rows as RowLike[]) : [];
  return rows.filter((row) => {
    const raw = Array.isArray(row.raw) ? (row.raw as unknown[]) : [];
    const filled = raw.filter((c) => typeof c === 'string' && c.trim() !== '').length;
    return filled > 0 && filled < width && !namesEmptyCells(sourceLines, lineSpan(row));
  });
}

/**
 * Measures one report: its totals that do not add up and say nothing, and
 * its tables that do not fit and say nothing.
 * @param report the parser's report
 * @param text the source text the positions point into, or null (a PDF)
 */
export function evidence(report: unknown, text: string | null): Evidence {
  const sourceLines = text === null ? null : text.split(/\r?\n/);
  const diagnostics = diagnosticsOf(report);
  const said = (lines: LineSpan | null, warningsOnly: boolean): boolean =>
    lines !== null && diagnostics.some((d) => (!warningsOnly || d.severity === 'warning') && overlaps(d.lines, lines));

  const r = reconcile(report);
  const undiagnosed = r.broken.filter((b) => !said(b.lines, false));
  const silent: SilentTable[] = [];
  const tables = nodes(report, 'budgetTable');
  for (const table of tables) {
    const span = lineSpan(table);
    if (said(span, true)) continue;
    const reasons: string[] = [];
    const short = shortRows(table, sourceLines);
    if (short.length > 0) reasons.push(`${short.length} row(s) with fewer amounts than columns, first "${String(short[0]!.label ?? '').slice(0, 40)}"`);
    const own = reconcile({ children: [table] });
    for (const b of own.broken) reasons.push(`"${b.label.slice(0, 40)}" does not add up`);
    if (reasons.length > 0) silent.push({ table: String(table.title ?? '').slice(0, 60), line: span?.start ?? null, reasons });
  }
  return { checked: r.checked, held: r.held, diagnosed: r.broken.length - undiagnosed.length, undiagnosed, tables: tables.length, silent };
}
