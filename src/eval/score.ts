/**
 * The real-world scorer: a faithful port of the project's gold scorer
 * `score.py`, as pure functions over a gold annotation and a report. A gold
 * file lists what a careful reader finds in one document (format and rules:
 * corpus/real/gold/README.md); each facet it has is scored by greedy
 * one-to-one matching, best pairs first, and counted as true positives,
 * false positives and misses. A facet in the gold's `partial` list counts no
 * false positives (recall only).
 */
import { norm, pyStr, sim } from './similarity.js';

/** The facets, in score.py's order. */
export const FACETS = ['meta', 'goals', 'indicators', 'values', 'budgetRows', 'budgetCells', 'multiplier', 'actions', 'connectedParties'] as const;
export type Facet = (typeof FACETS)[number];

/** A JSON object as read from a gold file or a report. */
export type Json = { [key: string]: unknown };

/** Counts of one facet: matched, found but not in the gold, in the gold but not found. */
export class Tally {
  tp = 0;
  fp = 0;
  fn = 0;

  /** Adds counts. */
  add(tp: number, fp: number, fn: number): void {
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
  }

  /** F1 of the counts; null when there was nothing to count. */
  f1(): number | null {
    if (this.tp + this.fp + this.fn === 0) return null;
    const p = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const r = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
}

/** A tally per facet. */
export type Tallies = Partial<Record<Facet, Tally>>;

/** A fresh tally for every facet. */
export function emptyTallies(): Record<Facet, Tally> {
  return Object.fromEntries(FACETS.map((f) => [f, new Tally()])) as Record<Facet, Tally>;
}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function get(x: unknown, key: string): unknown {
  return isObject(x) ? x[key] : undefined;
}

/** Python's truthiness of a JSON value. */
function truthy(x: unknown): boolean {
  if (Array.isArray(x)) return x.length > 0;
  if (isObject(x)) return Object.keys(x).length > 0;
  return Boolean(x);
}

/** Python's `==` on JSON values (numbers and booleans compare by value). */
function pyEqual(a: unknown, b: unknown): boolean {
  const n = (x: unknown) => (typeof x === 'boolean' ? Number(x) : x);
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (typeof n(a) === 'number' && typeof n(b) === 'number') return n(a) === n(b);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, k) => pyEqual(x, b[k]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && pyEqual(a[k], b[k]));
  }
  return a === b;
}

/** Code-point slice, as Python slices a `str`. */
function pySlice(s: string, end: number): string {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s).slice(0, end).join('') : s.slice(0, end);
}

function pyLength(s: string): number {
  return /[\ud800-\udfff]/.test(s) ? Array.from(s).length : s.length;
}

/**
 * Python's `round(x, digits)` (and its `f"{x:.3f}"`). JavaScript's
 * `toFixed` rounds the exact value of the double as Python does, except at
 * an exact tie, which it rounds up and Python to even: a double whose exact
 * decimal expansion ends in a 5 just after the last digit kept
 * (round(0.03125, 4) → 0.0312, 0.1875 → "0.188", 0.0625 → "0.062").
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return x;
  const exact = x.toFixed(100);
  if (!new RegExp(`^-?\\d+\\.\\d{${digits}}50*$`).test(exact)) return Number(x.toFixed(digits));
  const towardZero = exact.slice(0, exact.indexOf('.') + 1 + digits);
  if (Number(towardZero.slice(-1)) % 2 === 0) return Number(towardZero);
  return Number((Number(towardZero) + Math.sign(x) * 10 ** -digits).toFixed(digits));
}

/** score.py's `num`: a number (booleans count, as in Python) rounded to 4 decimals, else null. */
export function num(v: unknown): number | null {
  if (typeof v === 'boolean') return Number(v);
  return typeof v === 'number' ? pyRound(v, 4) : null;
}

/**
 * Every node of a type in a report, in document order of its start position
 * (nodes without one first), found in score.py's traversal order.
 */
export function nodes(tree: unknown, kind: string): Json[] {
  const out: Json[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop();
    if (Array.isArray(n)) {
      for (let k = n.length - 1; k >= 0; k--) stack.push(n[k]);
    } else if (isObject(n)) {
      if (n.type === kind) out.push(n);
      for (const v of Object.values(n)) if (typeof v === 'object' && v !== null) stack.push(v);
    }
  }
  const key = (n: Json): [number, number] => {
    const start = get(get(n, 'position'), 'start');
    const at = (k: string) => {
      const v = get(start, k);
      return truthy(v) && typeof v === 'number' ? v : 0;
    };
    return [at('line'), at('column')];
  };
  const keyed = out.map((n) => ({ n, k: key(n) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1]);
  return keyed.map((x) => x.n);
}

/** Every string value of a report except those under type, position, diagnostics and source. */
export function strings(tree: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const n = stack.pop();
    if (typeof n === 'string') out.push(n);
    else if (Array.isArray(n)) stack.push(...n);
    else if (isObject(n)) {
      for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'position' && k !== 'diagnostics' && k !== 'source') stack.push(v);
    }
  }
  return out;
}

/**
 * Greedy one-to-one matching: every pair scoring at least the threshold,
 * best first (ties: higher gold index, then higher output index first, as
 * Python's reverse tuple sort), each item used once.
 * @returns pairs [gold index, output index] in the order they were taken
 */
export function match<G, O>(gold: readonly G[], out: readonly O[], score: (g: G, o: O) => number, threshold: number): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, i) =>
    out.forEach((o, j) => {
      const s = score(g, o);
      if (s >= threshold) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const usedG = new Set<number>();
  const usedO = new Set<number>();
  const m: [number, number][] = [];
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedO.has(j)) continue;
    usedG.add(i);
    usedO.add(j);
    m.push([i, j]);
  }
  return m;
}

const ACCOUNT = new Set(['jaarrekening', 'jaarverslag', 'jaarstukken']);
const PLAN = new Set(['raming', 'begroting', 'begroot', 'geraamd', 'prognose', 'verwachting', 'doel', 'doelstelling', 'streefwaarde', 'streef', 'norm', 'ambitie', 'target', 'plan']);
const REAL = new Set(['realisatie', 'rekening', 'werkelijk', 'gerealiseerd', 'actueel', 'resultaat', 'meting']);
const BASE = new Set(['nulmeting', '0 meting', '0 waarde', 'nulwaarde', 'basis', 'uitgangssituatie', 'startwaarde']);

/** An observation's column word in one of three kinds (realisatie, nulmeting, plan), else as written. */
function canonLabel(label: unknown): string {
  const l = norm(label);
  if (REAL.has(l)) return 'realisatie';
  if (BASE.has(l)) return 'nulmeting';
  if (PLAN.has(l)) return 'plan';
  return l;
}

/** An observation as a key: kind of column, year, value (a missing marker by its word), series. */
function obsKey(o: unknown): string {
  let v: unknown = get(o, 'value');
  if (typeof v === 'number' || typeof v === 'boolean') v = num(v);
  else {
    const missing = get(o, 'missing');
    v = norm(v === null || v === undefined ? (truthy(missing) ? missing : 'missing') : pyStr(v));
  }
  let year = get(o, 'year') ?? null;
  if (typeof year === 'boolean') year = Number(year);
  return JSON.stringify([canonLabel(get(o, 'label')), year, v, norm(get(o, 'series'))]);
}

function list(x: unknown): unknown[] {
  return Array.isArray(x) ? x : [];
}

/** The amounts of a budget row, in order, other cells left out. */
function numbers(row: unknown): number[] {
  return list(get(row, 'values')).map(num).filter((v): v is number => v !== null);
}

/**
 * Scores one report against its gold, adding to the running tallies and
 * returning this document's own tallies (facets the gold has).
 * @param gold a gold annotation (score.py's format)
 * @param report the parser's report ({} for a crash: zero on every facet)
 * @param totals tallies summed over documents, added to
 */
export function scoreDocument(gold: Json, report: unknown, totals: Record<Facet, Tally>): Tallies {
  const line: Tallies = {};
  const partial = new Set(list(gold.partial).map(String));
  if (partial.has('budgetTables')) (partial.add('budgetRows'), partial.add('budgetCells'));
  if (partial.has('indicators')) partial.add('values');
  const tally = (name: Facet, tp: number, fp: number, fn: number) => {
    const counted = partial.has(name) ? 0 : fp;
    totals[name].add(tp, counted, fn);
    line[name] = new Tally();
    line[name].add(tp, counted, fn);
  };
  const count = (name: Facet, ok: number, n: number) => {
    totals[name].add(ok, 0, n - ok);
    line[name] = new Tally();
    line[name].add(ok, 0, n - ok);
  };

  scoreMeta(gold, report, count);
  if ('goals' in gold) {
    const out = nodes(report, 'goal');
    const g = list(gold.goals);
    const m = match(g, out, (a, b) => {
      const id = get(a, 'id');
      return id === null || id === undefined || pyStr(b.id) === pyStr(id) ? sim(get(a, 'title'), b.title) : 0;
    }, 0.75);
    tally('goals', m.length, out.length - m.length, g.length - m.length);
  }
  if ('indicators' in gold) scoreIndicators(list(gold.indicators), nodes(report, 'indicator'), tally);
  if ('budgetTables' in gold) scoreBudgets(list(gold.budgetTables), nodes(report, 'budgetTable'), tally, count);
  if ('actions' in gold) {
    const out = nodes(report, 'action');
    const g = list(gold.actions);
    const m = match(g, out, actionScore, 0.75);
    tally('actions', m.length, out.length - m.length, g.length - m.length);
  }
  if ('connectedParties' in gold) {
    const out = nodes(report, 'connectedParty');
    const g = list(gold.connectedParties);
    const m = match(g, out, (a, b) => sim(get(a, 'name'), b.name), 0.75);
    tally('connectedParties', m.length, out.length - m.length, g.length - m.length);
  }
  return line;
}

type Tallier = (name: Facet, tp: number, fp: number, fn: number) => void;
type Counter = (name: Facet, ok: number, n: number) => void;

/**
 * Meta: one point per gold key. A gold with meta but no documentType or
 * year says the text names none, so the report must not claim one; the
 * three account types count as one; municipality compares normalised.
 */
function scoreMeta(gold: Json, report: unknown, count: Counter): void {
  const meta = truthy(get(report, 'meta')) ? get(report, 'meta') : {};
  const gm: Json = { ...(isObject(gold.meta) ? gold.meta : {}) };
  if (Object.keys(gm).length > 0) {
    if (!('documentType' in gm)) gm.documentType = null;
    if (!('year' in gm)) gm.year = null;
  }
  let ok = 0;
  let tot = 0;
  for (const [k, v] of Object.entries(gm)) {
    if (k === 'fields') {
      const fields = get(meta, 'fields');
      const got = new Map(Object.entries(truthy(fields) && isObject(fields) ? fields : {}).map(([a, b]) => [norm(a), norm(b)]));
      for (const [fk, fv] of Object.entries(isObject(v) ? v : {})) {
        tot++;
        ok += Number(got.get(norm(fk)) === norm(fv));
      }
      continue;
    }
    tot++;
    const got = get(meta, k) ?? null;
    if (k === 'documentType' && v === null) ok += Number(got === null || got === 'unknown');
    else if (k === 'documentType' && typeof v === 'string' && ACCOUNT.has(v)) ok += Number(typeof got === 'string' && ACCOUNT.has(got));
    else if (k === 'municipality') ok += Number(norm(got) === norm(v));
    else ok += Number(pyEqual(got, v));
  }
  if (tot) count('meta', ok, tot);
}

/** Indicators match by name (0.7); their values compare as sets of observation keys. */
function scoreIndicators(g: unknown[], out: Json[], tally: Tallier): void {
  const m = match(g, out, (a, b) => sim(get(a, 'name'), b.name), 0.7);
  tally('indicators', m.length, out.length - m.length, g.length - m.length);
  if (!g.some((x) => isObject(x) && 'values' in x)) return;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [i, j] of m) {
    if (!(isObject(g[i]) && 'values' in g[i])) continue; // gold names this indicator but leaves its cells unjudged
    const gv = new Set(list(get(g[i], 'values')).map(obsKey));
    const ov = new Set(list(out[j]!.values).map(obsKey));
    for (const k of gv) if (ov.has(k)) tp++;
    else fn++;
    for (const k of ov) if (!gv.has(k)) fp++;
  }
  const matchedG = new Set(m.map(([i]) => i));
  const matchedO = new Set(m.map(([, j]) => j));
  g.forEach((x, i) => {
    if (!matchedG.has(i)) fn += list(get(x, 'values')).length;
  });
  out.forEach((x, j) => {
    if (!matchedO.has(j)) fp += list(x.values).length;
  });
  tally('values', tp, fp, fn);
}

/**
 * Budget rows pooled over all tables on both sides (splitting or merging
 * tables differently does not matter), a row scored by its label (0.4) and
 * the share of its amounts equal in place (0.6); cells of matched rows by
 * position; the multiplier once per gold table that has one, judged on the
 * output table holding most of its matched rows.
 */
function scoreBudgets(gtabs: unknown[], otabs: Json[], tally: Tallier, count: Counter): void {
  type PooledRow = { row: unknown; table: number };
  const grows: PooledRow[] = gtabs.flatMap((t, table) => list(get(t, 'rows')).map((row) => ({ row, table })));
  const orows: PooledRow[] = otabs.flatMap((t, table) => list(t.rows).map((row) => ({ row, table })));
  const gnums = grows.map((r) => numbers(r.row));
  const onums = orows.map((r) => numbers(r.row));
  const same = (ga: number[], ob: number[]) => ga.reduce((s, v, k) => s + Number(k < ob.length && ob[k] === v), 0);
  const m = match(grows.map((_, i) => i), orows.map((_, j) => j), (i, j) => {
    const ga = gnums[i]!;
    const ob = onums[j]!;
    const frac = same(ga, ob) / Math.max(ga.length, ob.length, 1);
    return 0.4 * sim(get(grows[i]!.row, 'label'), get(orows[j]!.row, 'label')) + 0.6 * frac;
  }, 0.5);
  tally('budgetRows', m.length, orows.length - m.length, grows.length - m.length);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [i, j] of m) {
    const ga = gnums[i]!;
    const ob = onums[j]!;
    const hit = same(ga, ob);
    tp += hit;
    fn += ga.length - hit;
    fp += Math.max(0, ob.length - ga.length);
  }
  let multOk = 0;
  let multN = 0;
  gtabs.forEach((t, ti) => {
    const multiplier = get(t, 'multiplier');
    if (multiplier === null || multiplier === undefined) return;
    const hits = new Map<number, number>();
    for (const [i, j] of m) if (grows[i]!.table === ti) hits.set(orows[j]!.table, (hits.get(orows[j]!.table) ?? 0) + 1);
    multN++;
    let best = -1;
    let most = 0;
    for (const [table, n] of hits) if (n > most) (best = table), (most = n);
    if (best >= 0) multOk += Number(pyEqual(otabs[best]!.multiplier, multiplier));
  });
  const matchedG = new Set(m.map(([i]) => i));
  const matchedO = new Set(m.map(([, j]) => j));
  gnums.forEach((ns, k) => {
    if (!matchedG.has(k)) fn += ns.length;
  });
  onums.forEach((ns, k) => {
    if (!matchedO.has(k)) fp += ns.length;
  });
  tally('budgetCells', tp, fp, fn);
  if (multN) count('multiplier', multOk, multN);
}

/** An action matches by title, or by its first words found at the start of the output's title and text; a gold id must agree. */
function actionScore(a: unknown, b: Json): number {
  let s = 0;
  if (truthy(get(a, 'title'))) s = Math.max(s, sim(get(a, 'title'), b.title));
  const textStart = get(a, 'textStart');
  if (truthy(textStart)) {
    const key = norm(textStart);
    const title = truthy(b.title) ? pyStr(b.title) : '';
    const text = truthy(b.text) ? pyStr(b.text) : '';
    const hay = pySlice(norm(`${title} ${text}`), pyLength(key) + 200);
    s = Math.max(s, key && hay.includes(key) ? 1 : 0);
  }
  const id = get(a, 'id');
  if (id !== null && id !== undefined && pyStr(b.id) !== pyStr(id)) s = 0;
  return s;
}

/**
 * Share of the input's words that appear somewhere in the report's text;
 * null for an input without words.
 */
export function coverage(text: string, report: unknown): number | null {
  const have = new Set<string>();
  for (const s of strings(report)) for (const w of norm(s).split(' ')) if (w) have.add(w);
  const words = norm(text).split(' ').filter((w) => w);
  if (words.length === 0) return null;
  return words.filter((w) => have.has(w)).length / words.length;
}

/** The overall F1 per facet of summed tallies (null where a facet was never scored). */
export function overallF1(totals: Record<Facet, Tally>): Record<Facet, number | null> {
  return Object.fromEntries(FACETS.map((f) => [f, totals[f].f1()])) as Record<Facet, number | null>;
}

/** The mean of the facets that were scored, as score.py's "mean F1". */
export function meanF1(f1: Partial<Record<Facet, number | null>>): number {
  const vals = FACETS.map((f) => f1[f]).filter((v): v is number => v !== null && v !== undefined);
  return vals.length ? vals.reduce((a, b) => a + b, 0) / vals.length : 0;
}
