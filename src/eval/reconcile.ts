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

/** A row's cells as numbers (other cells null), with the unit of the last digit each shows where its raw text says. */
type Column = (number | null)[] & { shown?: Array<number | null> };

/** The row's cells as numbers, other cells null; `shown` from its raw texts ("120,7": 0,1), when the report gives them. */
function nums(row: { values?: unknown; raw?: unknown }): Column {
  const out: Column = (Array.isArray(row.values) ? row.values : []).map((v) => (typeof v === 'number' ? v : null));
  if (Array.isArray(row.raw)) out.shown = row.raw.map((r) => (typeof r === 'string' ? shownUnit(r) : null));
  return out;
}

/** One unit of the last digit a raw amount shows: "120,7" 0,1; "1.204" 1; null when it shows no number. */
function shownUnit(raw: string): number | null {
  if (!/\d/.test(raw)) return null;
  const decimals = /,(\d+)\D*$/.exec(raw);
  return decimals ? 10 ** -decimals[1]!.length : 1;
}

function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol + 1e-9;
}

function negate(c: Column): Column {
  const out: Column = c.map((x) => (x !== null ? -x : null));
  if (c.shown) out.shown = c.shown;
  return out;
}

/**
 * Every column that has a total and all parts agrees within rounding: n
 * units of the last digit shown. Where every cell's raw text is known, its
 * last digit ("120,7": a tenth); else, as reconcile.py reads the values
 * alone, a cent where a value has decimals and one otherwise.
 */
function holds(parts: Column[], total: Column, n: number): boolean {
  let seen = false;
  for (let k = 0; k < total.length; k++) {
    const t = total[k];
    const col = parts.map((p) => (k < p.length ? p[k]! : null));
    if (t === null || t === undefined || col.some((c) => c === null)) continue;
    seen = true;
    const all = [...(col as number[]), t];
    const shown = [...parts.map((p) => p.shown?.[k] ?? null), total.shown?.[k] ?? null];
    const unit = shown.every((u) => u !== null)
      ? Math.max(...(shown as number[]))
      : all.some((x) => Math.abs(x - Math.round(x)) > 1e-9) ? 0.01 : 1;
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
    /** The rows of a Lasten group and of a Baten group (the rows' `group`), for a total of lasten − baten. */
    const kindGroups = new Map<'lasten' | 'baten', Column[]>();
    const fail = (label: string, row: unknown) => {
      failures.push(`${String(t.title ?? '').slice(0, 40)} / ${label}`);
      broken.push({ table: String(t.title ?? ''), label, lines: lineSpan(row) });
    };
    for (const row of Array.isArray(t.rows) ? (t.rows as { label?: unknown; values?: unknown; group?: unknown }[]) : []) {
      const label = row.label ? String(row.label) : '';
      const v = nums(row);
      const kind = groupKind(row.group);
      if (kind !== null && v.some((x) => x !== null) && !TOTAL.test(label)) {
        const group = kindGroups.get(kind);
        if (group) group.push(v);
        else kindGroups.set(kind, [v]);
      }
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
          // A total outside a Lasten and a Baten group above it may be their difference (as a Saldo is below).
          ok ||= kind === null && kindGroups.has('lasten') && kindGroups.has('baten') && lastenMinusBaten(kindGroups, v);
          if (ok) held++;
          else fail(label, row);
        }
        run = /^\s*subtota/i.test(label) ? [v] : []; // a subtotal is itself a part of the next total
        if (kind === null) kindGroups.clear(); // the next programme's Lasten and Baten groups start afresh
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

/** "Lasten" or "Baten" as a row's group names it, else null. */
function groupKind(group: unknown): 'lasten' | 'baten' | null {
  const g = typeof group === 'string' ? group : '';
  return /^\s*lasten\b/i.test(g) ? 'lasten' : /^\s*baten\b/i.test(g) ? 'baten' : null;
}

/**
 * A total under a Lasten group and a Baten group, outside both, is their
 * difference (either way): each group's own subtotal (its last row, when that
 * is the sum of the rows above it) or the sum of its rows.
 *
 *     Lasten: 6.3 Inkomens 147,6 · 6.4 WSW 23,4 · 6.5 Participatie 19,3 · 190,3
 *     Baten:  6.3 Inkomens 108,7 · 6.4 WSW 0,0 · 6.5 Participatie 0,0 · 108,7
 *     Totaal per programma 81,7   ← 190,3 − 108,7, rounded
 */
function lastenMinusBaten(groups: Map<'lasten' | 'baten', Column[]>, total: Column): boolean {
  const l = groupTotal(groups.get('lasten')!);
  const b = groupTotal(groups.get('baten')!);
  const n = l.rows + b.rows;
  return holds([l.sum, negate(b.sum)], total, n) || holds([b.sum, negate(l.sum)], total, n);
}

/** A group's total and how many rounded amounts went into it. */
function groupTotal(rows: Column[]): { sum: Column; rows: number } {
  const last = rows[rows.length - 1]!;
  if (rows.length >= 3 && holds(rows.slice(0, -1), last, rows.length - 1)) return { sum: last, rows: rows.length - 1 };
  const width = Math.max(...rows.map((r) => r.length));
  const sum: Column = [];
  const shown: Array<number | null> = [];
  for (let c = 0; c < width; c++) {
    let total: number | null = 0;
    let unit: number | null = 0;
    for (const r of rows) {
      total = r[c] == null || total === null ? null : total + r[c]!;
      const u = r.shown?.[c] ?? null;
      unit = u === null || unit === null ? null : Math.max(unit, u);
    }
    sum.push(total);
    shown.push(unit);
  }
  sum.shown = shown;
  return { sum, rows: rows.length };
}
