/**
 * Whether the budget tables of a report add up, a measure that needs no
 * gold: ported from the project's `reconcile.py`. Real tables reconcile (a
 * "Totaal" row is the sum of the rows above it, a "Saldo" is baten minus
 * lasten or, further down, the result so far plus the rows after it) up to
 * rounding; a parser that splits a cell, drops a row or
 * shifts a column breaks that arithmetic.
 *
 *     Lasten programma 1    1.200
 *     Lasten programma 2      800
 *     Totaal lasten         2.000   ← checked: 1.200 + 800
 */
import { nodes } from './score.js';

/** Python's Unicode `\b` after a word: no letter, digit or underscore follows. */
const END = '(?![\\p{L}\\p{N}_])';
/** Python's Unicode `\b` before a word. */
const START = '(?<![\\p{L}\\p{N}_])';

/** A total or subtotal row: "Totaal lasten", "Subtotaal", "Totaal". */
export const TOTAL = new RegExp(`^\\s*(sub)?tota(a)?l${END}`, 'iu');
/** A saldo row: "Saldo van baten en lasten". */
export const SALDO = new RegExp(`^\\s*saldo${END}`, 'iu');
/** A rounded policy figure ("afgerond"), no sum. */
const ROUNDED = new RegExp(`${START}afgerond`, 'iu');
const PROGRAMME = new RegExp(`^\\s*programma${END}`, 'iu');
const PROGRAMMES = new RegExp(`${START}programma'?s${END}`, 'iu');

type Column = (number | null)[];

/** The row's cells as numbers, other cells null. */
function nums(row: { values?: unknown }): Column {
  return (Array.isArray(row.values) ? row.values : []).map((v) => (typeof v === 'number' ? v : null));
}

function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol + 1e-9;
}

const negate = (c: Column): Column => c.map((x) => (x !== null ? -x : null));

/**
 * Every column that has a total and all parts agrees within rounding: n
 * units of the last digit shown (a cent where the column shows cents).
 */
function holds(parts: Column[], total: Column, n: number): boolean {
  let seen = false;
  for (let k = 0; k < total.length; k++) {
    const t = total[k];
    const col = parts.map((p) => (k < p.length ? p[k]! : null));
    if (t === null || t === undefined || col.some((c) => c === null)) continue;
    seen = true;
    const all = [...(col as number[]), t];
    const unit = all.some((x) => Math.abs(x - Math.round(x)) > 1e-9) ? 0.01 : 1;
    if (!close((col as number[]).reduce((a, b) => a + b, 0), t, n * unit)) return false;
  }
  return seen;
}

/** A source span as a report gives it: first and last line. */
export interface LineSpan {
  start: number;
  end: number;
}

/** A Totaal or Saldo row that does not add up: its table and label, and its lines. */
export interface BrokenTotal {
  table: string;
  label: string;
  lines: LineSpan | null;
}

/** Totals and saldi checked in a report, how many held, and where they broke. */
export interface ReconcileResult {
  checked: number;
  held: number;
  failures: string[];
  /** The rows behind `failures`, in the same order. */
  broken: BrokenTotal[];
}

/** The first and last line of a node's position, or null when it has none. */
export function lineSpan(node: unknown): LineSpan | null {
  const position = (node as { position?: { start?: { line?: unknown }; end?: { line?: unknown } } } | null)?.position;
  const start = position?.start?.line;
  const end = position?.end?.line ?? start;
  return typeof start === 'number' && typeof end === 'number' ? { start, end } : null;
}

/**
 * Checks every Totaal and Saldo row of the report's budget tables.
 * @param report a report (or any tree holding budgetTable nodes)
 * @example reconcile(parse('Lasten a  1.200\nLasten b  800\nTotaal lasten  2.000')) // { checked: 1, held: 1, … }
 */
export function reconcile(report: unknown): ReconcileResult {
  let checked = 0;
  let held = 0;
  const failures: string[] = [];
  const broken: BrokenTotal[] = [];
  for (const t of nodes(report, 'budgetTable')) {
    let run: Column[] = [];
    /** The rows since the last total or saldo, across heading rows: what a later saldo may add up. */
    let since: Column[] = [];
    const totals = new Map<string, Column>();
    const programmes: Column[] = [];
    const fail = (label: string, row: unknown) => {
      failures.push(`${String(t.title ?? '').slice(0, 40)} / ${label}`);
      broken.push({ table: String(t.title ?? ''), label, lines: lineSpan(row) });
    };
    for (const row of Array.isArray(t.rows) ? (t.rows as { label?: unknown; values?: unknown }[]) : []) {
      const label = row.label ? String(row.label) : '';
      const v = nums(row);
      if (!v.some((x) => x !== null)) {
        if (!TOTAL.test(label) && !SALDO.test(label)) run = []; // a heading row starts a new block
        continue;
      }
      if (ROUNDED.test(label)) continue;
      if (TOTAL.test(label)) {
        const key = /lasten/i.test(label) ? 'lasten' : /baten/i.test(label) ? 'baten' : label.toLowerCase();
        totals.set(key, v);
        const grand = PROGRAMMES.test(label) && programmes.length >= 2;
        if (run.length >= 2 || grand) {
          checked++;
          // The total sums the rows just above it, the whole run or a tail of it; some tables show
          // lasten negative under a positive total; "Totaal programma's" adds up the programme rows.
          const neg = run.map(negate);
          let ok = false;
          for (let k = run.length; k > 1 && !ok; k--) ok = holds(run.slice(-k), v, k) || holds(neg.slice(-k), v, k);
          ok ||= grand && holds(programmes, v, programmes.length);
          if (ok) held++;
          else fail(label, row);
        }
        run = /^\s*subtota/i.test(label) ? [v] : []; // a subtotal is itself a part of the next total
        since = [...run];
      } else if (SALDO.test(label) && totals.has('lasten') && totals.has('baten')) {
        const b = totals.get('baten')!;
        const l = totals.get('lasten')!;
        let ok = holds([b, negate(l)], v, 2) || holds([l, negate(b)], v, 2) || holds([b, l], v, 2);
        // A saldo further down is the result so far plus the rows after it ("Gerealiseerd resultaat voor
        // bestemming", "Budgetoverhevelingen", "Saldo na bestemming"): a tail of the rows since the totals.
        for (let k = since.length; k > 1 && !ok; k--) ok = holds(since.slice(-k), v, k);
        checked++;
        if (ok) held++;
        else fail(label, row);
        run = [];
        since = [];
      } else {
        if (PROGRAMME.test(label)) programmes.push(v);
        run.push(v);
        since.push(v);
      }
    }
  }
  return { checked, held, failures, broken };
}
