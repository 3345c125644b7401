/**
 * The arithmetic a budget table states: saldo = baten − lasten (in whatever
 * sign convention the table uses), begroting na wijziging = primitieve
 * begroting + wijziging, verschil = begroting − realisatie. A difference of
 * one unit of the last digit shown (1 in whole amounts, 0,1 in "43,5") is
 * rounding in the source (info); more is a warning at the row.
 */
import type { BudgetRow, BudgetTableNode, Diagnostic } from '../schema/report.js';
import { budgetColumnKind, budgetRowKind, isTotalLabel } from '../vocabulary/column-words.js';
import { filledArray } from '../vocabulary/filled-array.js';
import { totalReadings, type TotalPart, type TotalReading } from './total-readings.js';

type Report = (d: Diagnostic) => void;

function close(a: number, b: number, unit: number): 'equal' | 'rounding' | 'different' {
  const d = Math.abs(a - b);
  // Sums of decimals are off by float noise ("1,7 − 43,5"): far below the unit shown.
  if (d < unit * 1e-6) return 'equal';
  return d <= unit * (1 + 1e-6) ? 'rounding' : 'different';
}

/**
 * The best `close` of `a` to any of `candidates`. A loop, not a mapped array of results: an optimised `map` makes a
 * holey array, the builtin a packed one, and the checks were re-optimised for it ("wrong map").
 */
function closest(a: number, candidates: readonly number[], unit: number): 'equal' | 'rounding' | 'different' {
  let best: 'rounding' | 'different' = 'different';
  for (const b of candidates) {
    const result = close(a, b, unit);
    if (result === 'equal') return result;
    if (result === 'rounding') best = result;
  }
  return best;
}

/** Decimals a cell shows: "43,5" → 1, "2.410" → 0, "1.204,25 N" → 2. */
export function shownDecimals(raw: string, value: number | null): number {
  const comma = raw.lastIndexOf(',');
  let digits = 0;
  if (comma >= 0) while (comma + 1 + digits < raw.length && isDigit(raw.charCodeAt(comma + 1 + digits))) digits++;
  // "7.2" read as a decimal number: its decimals count too.
  if (value !== null && !Number.isInteger(value)) {
    const text = String(value);
    const dot = text.indexOf('.');
    if (dot >= 0 && !text.includes('e')) digits = Math.max(digits, text.length - dot - 1);
  }
  return digits;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * One unit of the last digit the given cells show: 1 for whole amounts, 0,1
 * when one of them has one decimal.
 */
export function shownUnit(cells: ReadonlyArray<readonly [BudgetRow, number]>): number {
  let decimals = 0;
  for (const [row, c] of cells) decimals = Math.max(decimals, cellDecimals(row, c));
  return unitOfDecimals(decimals);
}

/** `shownDecimals` of column c of a row. */
function cellDecimals(row: BudgetRow, c: number): number {
  return shownDecimals(row.raw[c] ?? '', row.values[c] ?? null);
}

/** One unit of the last of `decimals` decimals, counted at most 6 (a value printed from a float may show more). */
function unitOfDecimals(decimals: number): number {
  return 10 ** -Math.min(decimals, 6);
}

// One formatter per number of decimals: toLocaleString builds a new one on each call.
const DUTCH: Intl.NumberFormat[] = [];

/** An amount as the table shows it: "-176,4" in a table of tenths. */
function fmt(n: number, unit: number): string {
  const decimals = Math.max(0, Math.round(-Math.log10(unit)));
  // A whole amount of a table of whole amounts (most) is grouped as nl-NL groups it, without the formatter, which
  // costs a microsecond a call. Negative zero is left to it ("-0").
  if (decimals === 0 && Number.isSafeInteger(n) && !Object.is(n, -0)) return groupThousands(n);
  DUTCH[decimals] ??= new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return DUTCH[decimals]!.format(n);
}

/**
 * A whole number written as nl-NL writes it, points between groups of three
 * digits: -1204 → "-1.204". Exported for the test that holds it to
 * Intl.NumberFormat.
 */
export function groupThousands(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** Checks one budget table; pushes diagnostics through `report`. */
export function checkBudgetTable(table: BudgetTableNode, report: Report): void {
  // Each row's kind, looked up once for the saldo and the total checks (a cache lookup per row and check).
  const kinds: Array<string | null> = [];
  for (const row of table.rows) kinds.push(kindOf(row.label));
  checkSaldoRows(table, kinds, report);
  checkColumns(table, report);
  checkSaldoColumns(table, report);
  checkTotals(table, kinds, report);
}

function kindOf(label: string): string | null {
  const k = budgetRowKind(label);
  return k ? k.kind : null;
}

/** @param kinds each row's kind (`kindOf` its label) */
function checkSaldoRows(table: BudgetTableNode, kinds: ReadonlyArray<string | null>, report: Report): void {
  const byGroup = new Map<string, { lasten?: number; baten?: number; saldo?: number }>();
  table.rows.forEach((row, r) => {
    const kind = kinds[r];
    if (kind !== 'lasten' && kind !== 'baten' && kind !== 'saldo') return;
    const key = row.group ?? '';
    const entry = byGroup.get(key) ?? {};
    if (entry[kind] === undefined) entry[kind] = r;
    byGroup.set(key, entry);
  });
  for (const { lasten, baten, saldo } of byGroup.values()) {
    if (lasten === undefined || baten === undefined || saldo === undefined) continue;
    const L = table.rows[lasten]!;
    const B = table.rows[baten]!;
    const S = table.rows[saldo]!;
    S.values.forEach((s, c) => {
      const l = L.values[c];
      const b = B.values[c];
      if (s == null || l == null || b == null) return;
      const candidates = [b - l, l - b, b + l];
      const unit = shownUnit([[L, c], [B, c], [S, c]]);
      const result = closest(s, candidates, unit);
      if (result === 'equal') return;
      const column = table.columns[c]?.label ?? `column ${c + 1}`;
      const expected = candidates[0]!;
      if (result === 'rounding') {
        report({ severity: 'info', code: 'budget.saldo-rounding', message: `Saldo ${fmt(s, unit)} in "${column}" differs by ${fmt(unit, unit)} from baten − lasten (rounding in the source)`, position: S.position });
      } else {
        report({ severity: 'warning', code: 'budget.saldo-mismatch', message: `Saldo ${fmt(s, unit)} in "${column}" differs from baten − lasten = ${fmt(expected, unit)}`, position: S.position });
      }
    });
  }
}

/**
 * Column kinds in context: after a primitieve begroting, a plain "Begroting"
 * is the begroting na wijziging, and a "Begrotings-" whose continuation the
 * extraction lost is the wijziging.
 */
export function columnKinds(table: BudgetTableNode): Array<string | null> {
  const kinds = filledArray(table.columns.length, (c) => budgetColumnKind(table.columns[c]!.label));
  const prim = kinds.indexOf('begroting-primitief');
  if (prim < 0) return kinds;
  return kinds.map((k, c) => {
    if (c <= prim) return k;
    if (k === 'begroting' && !kinds.includes('begroting-gewijzigd')) return 'begroting-gewijzigd';
    if (k === null && /^begrotings-?$/i.test(table.columns[c]!.label.trim())) return 'wijziging';
    return k;
  });
}

function checkColumns(table: BudgetTableNode, report: Report): void {
  const kinds = columnKinds(table);
  const find = (k: string): number => kinds.indexOf(k as never);
  const prim = find('begroting-primitief');
  const wijz = find('wijziging');
  const na = find('begroting-gewijzigd');
  const verschil = find('verschil');
  // "Rekening 2016 | Begroting 2017 | Rekening 2017 | Verschil": the verschil compares the realisatie nearest before it.
  const real = verschil > 0 ? kinds.lastIndexOf('realisatie' as never, verschil) : find('realisatie');
  for (const row of table.rows) {
    const v = row.values;
    if (prim >= 0 && wijz >= 0 && na >= 0) {
      const [p, w, n] = [v[prim], v[wijz], v[na]];
      const unit = shownUnit([[row, prim], [row, wijz], [row, na]]);
      if (p != null && w != null && n != null) judge(n, [p + w], unit, 'budget.wijziging-mismatch', () => `Begroting na wijziging ${fmt(n, unit)} differs from primitieve begroting + wijziging = ${fmt(p + w, unit)} in row "${row.label}"`, row.position, report);
    }
    const begr = na >= 0 ? na : prim;
    if (begr >= 0 && real >= 0 && verschil >= 0) {
      const [b, r, d] = [v[begr], v[real], v[verschil]];
      const unit = shownUnit([[row, begr], [row, real], [row, verschil]]);
      if (b != null && r != null && d != null) judge(Math.abs(d), [Math.abs(b - r)], unit, 'budget.verschil-mismatch', () => `Verschil ${fmt(d, unit)} differs from begroting − realisatie = ${fmt(b - r, unit)} in row "${row.label}"`, row.position, report);
    }
  }
}

/**
 * Saldo columns: a table whose columns run "Lasten | Baten | Saldo" (once,
 * or per period: "Begroting 2023 prim." over the first three, "Jaarrekening
 * 2023" over the last) has in each row a saldo of baten − lasten (or
 * lasten − baten) under each Saldo column, from the Lasten and Baten columns
 * nearest before it. A row whose saldo does not follow has an amount in the
 * wrong column, or a wrong amount: a converter that collapsed a row's empty
 * cells ("0.1 | Bestuur | 2.220 | -2.220 | …", Baten empty) moves the saldo
 * under Baten, and nothing else shows it.
 */
function checkSaldoColumns(table: BudgetTableNode, report: Report): void {
  const kinds = filledArray(table.columns.length, (c) => {
    const kind = budgetRowKind(table.columns[c]!.label);
    return kind === null || kind.total ? null : kind.kind;
  });
  for (let s = 2; s < kinds.length; s++) {
    // The two columns right before it, in either order: a Saldo after other columns ("Toevoeging reserves", a
    // Saldo na bestemming) or after columns of other years is no baten − lasten of them.
    if (kinds[s] !== 'saldo') continue;
    const l = kinds[s - 2] === 'lasten' ? s - 2 : kinds[s - 1] === 'lasten' ? s - 1 : -1;
    const b = kinds[s - 2] === 'baten' ? s - 2 : kinds[s - 1] === 'baten' ? s - 1 : -1;
    if (l < 0 || b < 0) continue;
    const column = table.columns[s]!.label;
    for (const [r, row] of table.rows.entries()) {
      const [L, B, S] = [row.values[l], row.values[b], row.values[s]];
      if (L == null || B == null || S == null) continue;
      const unit = shownUnit([[row, l], [row, b], [row, s]]);
      // Baten written as negative amounts ("Baten -3.410") make the saldo their sum, as in the Saldo rows.
      const candidates = [B - L, L - B, B + L];
      let result = closest(S, candidates, unit);
      if (result === 'equal') continue;
      const off = Math.min(...candidates.map((x) => Math.abs(S - x)));
      // A total's amounts are sums of rounded amounts: its saldo may be off by a unit for each row above it.
      if (result === 'different' && isTotalRow(row) && off <= unit * r) result = 'rounding';
      const saldo = `Saldo ${fmt(S, unit)} in "${column}" of row "${row.label}"`;
      if (result === 'rounding') report({ severity: 'info', code: 'budget.saldo-rounding', message: `${saldo} differs by ${fmt(off, unit)} from baten − lasten in the columns before it (rounding in the source)`, position: row.position });
      else report({ severity: 'warning', code: 'budget.saldo-mismatch', message: `${saldo} differs from baten − lasten = ${fmt(B - L, unit)} in the columns before it: an amount may stand in the wrong column`, position: row.position });
    }
  }
}

/** A total row: labelled as one ("Totaal"), or a subtotal without a label under its rows. */
function isTotalRow(row: BudgetRow): boolean {
  return row.label.trim() === '' || isTotalLabel(row.label);
}

/** Reports a value that differs from every expected one; the message is only written when there is something to say. */
function judge(actual: number, expected: number[], unit: number, code: string, message: () => string, position: Diagnostic['position'], report: Report): void {
  const result = closest(actual, expected, unit);
  if (result === 'equal') return;
  if (result === 'rounding') report({ severity: 'info', code: code.replace('mismatch', 'rounding'), message: `${message()} (by ${fmt(unit, unit)}: rounding)`, position });
  else report({ severity: 'warning', code, message: message(), position });
}

/**
 * Total rows against the rows they sum. A "Totaal …" row is read every way
 * total-readings.ts finds plausible (the run of plain rows above it, the group
 * above it, every row above it, the groups' sums, lasten − baten); the reading
 * that adds up best is kept. A grand Lasten / Baten / Saldo row after groups
 * that each have one row of its kind is checked against those. Rounding of the
 * rows summed (half a unit each, at least one unit) is info; more is a warning
 * with the difference.
 */
function checkTotals(table: BudgetTableNode, kinds: ReadonlyArray<string | null>, report: Report): void {
  const grouped = new GroupedKinds();
  const totals = table.rows.map((row) => isTotalLabel(row.label));
  table.rows.forEach((row, r) => {
    const readings = totals[r] ? totalReadings(table.rows, r, kinds, totals) : grouped.grandTotalOf(row, kinds[r]!);
    if (readings.length > 0) judgeTotal(table, row, readings, report);
    grouped.add(row, kinds[r]!);
  });
}

/**
 * The Lasten / Baten / Saldo rows of each group, kind by kind, as the rows go
 * by: a row of a kind outside the groups ("Saldo van baten en lasten") is
 * checked once against the one row of its kind in each group above it.
 */
class GroupedKinds {
  private readonly byKind = new Map<string, { rows: BudgetRow[]; groups: Set<string>; ambiguous: boolean; checked: boolean }>();

  add(row: BudgetRow, kind: string | null): void {
    if (row.group == null || kind === null) return;
    const entry = this.byKind.get(kind) ?? { rows: [], groups: new Set<string>(), ambiguous: false, checked: false };
    if (entry.groups.has(row.group)) entry.ambiguous = true;
    entry.groups.add(row.group);
    entry.rows.push(row);
    this.byKind.set(kind, entry);
  }

  grandTotalOf(row: BudgetRow, kind: string | null): TotalReading[] {
    if (row.group != null || kind === null) return [];
    const entry = this.byKind.get(kind);
    if (!entry || entry.checked || entry.ambiguous || entry.rows.length < 2) return [];
    entry.checked = true;
    return [{ parts: entry.rows.map((part) => ({ row: part, sign: 1 })), describe: `the sum of the ${entry.rows.length} rows it totals`, headings: true }];
  }
}

/**
 * Whether some row carries the sum of two or more rows right under it (a
 * heading row with its subtotal): only then may a total be half the sum.
 * Two rows of 400 under "Totaal 400" are a mismatch, not a heading and its row.
 */
function carriesSubtotals(cells: number[], slack: number): boolean {
  if (cells.length < 3 || cells.length > 60) return false;
  for (let k = 0; k + 2 < cells.length; k++) {
    let sum = 0;
    for (let j = k + 1; j < cells.length; j++) {
      sum += cells[j]!;
      if (j - k >= 2 && Math.abs(sum - cells[k]!) <= slack) return true;
    }
  }
  return false;
}

/**
 * The sum when the rows under a subtotal row are left out: "Materiële vaste
 * activa 184.230" over its two parts counts once, not three times.
 */
function sumOverSubRows(cells: number[], slack: number): number {
  let sum = 0;
  let k = 0;
  while (k < cells.length) {
    sum += cells[k]!;
    let parts = 0;
    let j = k + 1;
    for (; j < cells.length; j++) {
      parts += cells[j]!;
      if (j - k >= 2 && Math.abs(parts - cells[k]!) <= slack) break;
    }
    k = j < cells.length ? j + 1 : k + 1;
  }
  return sum;
}

/**
 * A cell's amount with the sign of its V/N marker ("N 31" → -31), or null
 * when that cannot be told. An empty cell is null (it may be a cell the
 * extraction lost: the column is not checked), or nothing (0) where
 * `emptyIsNothing` says so; a cell with words ("p.m.") stays null.
 */
function signed(row: BudgetRow, c: number, marked: boolean, emptyIsNothing = false): number | null {
  const v = row.values[c];
  if (v == null) return emptyIsNothing && (row.raw[c] ?? '').trim() === '' ? 0 : null;
  if (!marked) return v;
  const marker = row.markers?.[c] ?? '';
  if (/\bV\b/.test(marker)) return Math.abs(v);
  if (/\bN\b/.test(marker)) return -Math.abs(v);
  return v === 0 ? 0 : null;
}

/** How one reading fits one column of a total: its sum and how close the total is. */
interface ColumnFit {
  column: number;
  sum: number;
  value: number;
  unit: number;
  result: ReturnType<typeof close>;
}

/**
 * Judges a total row against its readings: keeps the reading with the fewest
 * columns that differ, then the fewest off by rounding, then the smallest
 * difference (the first reading on a tie), and reports its columns that do
 * not add up.
 */
function judgeTotal(table: BudgetTableNode, total: BudgetRow, readings: TotalReading[], report: Report): void {
  let best: { reading: TotalReading; fits: ColumnFit[]; score: [number, number, number] } | null = null;
  for (const reading of readings) {
    // A sparse table (a mutation in some years only) leaves an empty part in every column: read as nothing
    // there, else the total goes unchecked; a cell the extraction lost then shows as a difference.
    let fits = fitReading(total, reading);
    if (fits.length === 0) fits = fitReading(total, reading, true);
    if (fits.length === 0) continue;
    const score: [number, number, number] = [
      fits.filter((f) => f.result === 'different').length,
      fits.filter((f) => f.result === 'rounding').length,
      fits.reduce((a, f) => a + (f.result === 'equal' ? 0 : Math.abs(f.value - f.sum) / f.unit), 0),
    ];
    if (!best || better(score, best.score)) best = { reading, fits, score };
    if (score[0] === 0 && score[1] === 0) break;
  }
  if (!best) return;
  for (const fit of best.fits) {
    if (fit.result === 'equal') continue;
    const c = fit.column;
    const column = table.columns[c]?.label ?? `column ${c + 1}`;
    const shown = `${total.label} ${total.raw[c] ?? fmt(fit.value, fit.unit)} in "${column}"`;
    const difference = fmt(Math.abs(fit.value - fit.sum), fit.unit);
    if (fit.result === 'rounding') {
      report({ severity: 'info', code: 'budget.total-rounding', message: `${shown} differs by ${difference} from ${best.reading.describe} (rounding in the source)`, position: total.position });
    } else {
      report({ severity: 'warning', code: 'budget.total-mismatch', message: `${shown} differs from ${best.reading.describe} = ${fmt(fit.sum, fit.unit)}, a difference of ${difference}`, position: total.position });
    }
  }
}

/** Whether a reading's score (columns different, columns off by rounding, units of difference) beats another's. */
function better(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/**
 * How a reading fits each column of a total that it can be checked in (every
 * part has an amount there, or with `emptyIsNothing` an empty cell).
 */
function fitReading(total: BudgetRow, reading: TotalReading, emptyIsNothing = false): ColumnFit[] {
  // Pushed, not mapped: an optimised `map` makes a holey array, the builtin a packed one (see `closest`).
  const rows: BudgetRow[] = [];
  for (const p of reading.parts) rows.push(p.row);
  const fits: ColumnFit[] = [];
  total.values.forEach((t, c) => {
    if (t == null) return;
    // Percentages do not add up.
    if (anyRow(total, rows, (row) => (row.raw[c] ?? '').includes('%'))) return;
    if (!total.markers?.[c] && plainSumMatches(reading.parts, c, t, emptyIsNothing)) {
      fits.push({ column: c, sum: t, value: t, unit: 1, result: 'equal' });
      return;
    }
    const marked = anyRow(total, rows, (row) => /\b[VN]\b/.test(row.markers?.[c] ?? ''));
    const value = signed(total, c, marked);
    if (value === null) return;
    const cells: number[] = [];
    for (const part of reading.parts) {
      const cell = signed(part.row, c, marked, emptyIsNothing);
      if (cell === null) return;
      // A V/N marker states the effect on the result (voordeel +, nadeel −) whatever the row's kind: marked
      // amounts add up as they are, and a reading's "− baten" takes no sign of its own there. Nijmegen 2023:
      // lasten −6,2 N, baten −11,4 V, Totaal per programma 5,2 V.
      cells.push((marked ? 1 : part.sign) * cell);
    }
    const unit = columnUnit(total, rows, c);
    const sum = cells.reduce((a, b) => a + b, 0);
    const slack = unit * Math.max(1, Math.ceil(cells.length / 2));
    // Heading rows that carry the sums of the rows under them count every amount twice. Of the sums tried, the
    // first that fits best is kept (no list of tries made and sorted: most columns try one sum).
    let best = sum;
    let result = close(value, sum, slack);
    if (result !== 'equal' && reading.headings && carriesSubtotals(cells, slack)) {
      const over = sumOverSubRows(cells, slack);
      for (const other of [sum / 2, over]) {
        const r = close(value, other, slack);
        if (rank(r) < rank(result)) {
          best = other;
          result = r;
        }
      }
    }
    fits.push({ column: c, sum: best, value, unit, result });
  });
  return fits;
}

/** Whether the total or one of the rows it sums passes `test` (without building the list of both, per column). */
function anyRow(total: BudgetRow, rows: readonly BudgetRow[], test: (row: BudgetRow) => boolean): boolean {
  return test(total) || rows.some(test);
}

/** `shownUnit` of column c of the total and its rows (without building the list of their cells). */
function columnUnit(total: BudgetRow, rows: readonly BudgetRow[], c: number): number {
  let decimals = cellDecimals(total, c);
  for (const row of rows) decimals = Math.max(decimals, cellDecimals(row, c));
  return unitOfDecimals(decimals);
}

/** Most totals add up as written: one pass over the plain amounts settles them. */
function plainSumMatches(parts: readonly TotalPart[], c: number, total: number, emptyIsNothing: boolean): boolean {
  let sum = 0;
  for (const { row, sign } of parts) {
    const v = row.values[c] ?? (emptyIsNothing && (row.raw[c] ?? '').trim() === '' ? 0 : null);
    if (v == null) return false;
    sum += sign * v;
  }
  return Math.abs(sum - total) < 1e-9 * Math.max(1, Math.abs(total));
}

function rank(result: 'equal' | 'rounding' | 'different'): number {
  return result === 'equal' ? 0 : result === 'rounding' ? 1 : 2;
}
