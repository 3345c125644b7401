/**
 * The arithmetic a budget table states: saldo = baten − lasten (in whatever
 * sign convention the table uses), begroting na wijziging = primitieve
 * begroting + wijziging, verschil = begroting − realisatie. A difference of
 * 1 is rounding in the source (info); more is a warning at the row.
 */
import type { BudgetTableNode, Diagnostic } from '../schema/report.js';
import { budgetColumnKind, budgetRowKind } from '../vocabulary/column-words.js';

const TOLERANCE = 1;

type Report = (d: Diagnostic) => void;

function close(a: number, b: number): 'equal' | 'rounding' | 'different' {
  const d = Math.abs(a - b);
  if (d < 1e-9) return 'equal';
  return d <= TOLERANCE + 1e-9 ? 'rounding' : 'different';
}

// One formatter for every message: toLocaleString builds a new one on each call.
const DUTCH = new Intl.NumberFormat('nl-NL');

function fmt(n: number): string {
  return DUTCH.format(n);
}

/** Checks one budget table; pushes diagnostics through `report`. */
export function checkBudgetTable(table: BudgetTableNode, report: Report): void {
  checkSaldoRows(table, report);
  checkColumns(table, report);
}

function kindOf(label: string): string | null {
  const k = budgetRowKind(label);
  return k ? k.kind : null;
}

function checkSaldoRows(table: BudgetTableNode, report: Report): void {
  const byGroup = new Map<string, { lasten?: number; baten?: number; saldo?: number }>();
  table.rows.forEach((row, r) => {
    const kind = kindOf(row.label);
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
      const results = candidates.map((x) => close(s, x));
      if (results.includes('equal')) return;
      const column = table.columns[c]?.label ?? `column ${c + 1}`;
      const expected = candidates[0]!;
      if (results.includes('rounding')) {
        report({ severity: 'info', code: 'budget.saldo-rounding', message: `Saldo ${fmt(s)} in "${column}" differs by 1 from baten − lasten (rounding in the source)`, position: S.position });
      } else {
        report({ severity: 'warning', code: 'budget.saldo-mismatch', message: `Saldo ${fmt(s)} in "${column}" differs from baten − lasten = ${fmt(expected)}`, position: S.position });
      }
    });
  }
}

/**
 * Column kinds in context: after a primitieve begroting, a plain "Begroting"
 * is the begroting na wijziging, and a "Begrotings-" whose continuation the
 * extraction lost is the wijziging.
 */
function columnKinds(table: BudgetTableNode): Array<string | null> {
  const kinds: Array<string | null> = table.columns.map((c) => budgetColumnKind(c.label));
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
  const real = find('realisatie');
  const verschil = find('verschil');
  for (const row of table.rows) {
    const v = row.values;
    if (prim >= 0 && wijz >= 0 && na >= 0) {
      const [p, w, n] = [v[prim], v[wijz], v[na]];
      if (p != null && w != null && n != null) judge(n, [p + w], 'budget.wijziging-mismatch', `Begroting na wijziging ${fmt(n)} differs from primitieve begroting + wijziging = ${fmt(p + w)} in row "${row.label}"`, row.position, report);
    }
    const begr = na >= 0 ? na : prim;
    if (begr >= 0 && real >= 0 && verschil >= 0) {
      const [b, r, d] = [v[begr], v[real], v[verschil]];
      if (b != null && r != null && d != null) judge(Math.abs(d), [Math.abs(b - r)], 'budget.verschil-mismatch', `Verschil ${fmt(d)} differs from begroting − realisatie = ${fmt(b - r)} in row "${row.label}"`, row.position, report);
    }
  }
}

function judge(actual: number, expected: number[], code: string, message: string, position: Diagnostic['position'], report: Report): void {
  const results = expected.map((e) => close(actual, e));
  if (results.includes('equal')) return;
  if (results.includes('rounding')) report({ severity: 'info', code: code.replace('mismatch', 'rounding'), message: `${message} (by 1: rounding)`, position });
  else report({ severity: 'warning', code, message, position });
}
