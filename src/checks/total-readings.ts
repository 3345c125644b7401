/**
 * Which rows a total row sums: the plausible readings, in the order they
 * are preferred when they fit equally well. A total under a run of plain rows
 * sums that run; a total that follows a group of rows may total that group,
 * every row above it, the groups' own sum rows, or (a group of lasten and a
 * group of baten) their difference:
 *
 *     Lasten                                  ← group line
 *     6.3 Inkomensregelingen   147,6
 *     6.4 WSW                   23,4
 *                              171,0           ← the group's sum row (no word "Totaal")
 *     Baten
 *     6.3 Inkomensregelingen   108,7
 *     6.4 WSW                    0,0
 *                              108,7
 *     Totaal per programma      62,3           ← lasten − baten: 171,0 − 108,7
 *
 * The check (budget-arithmetic.ts) judges every reading and keeps the one
 * that adds up best; a table's own totals are evidence of how it is read.
 */
import type { BudgetRow } from '../schema/report.js';
import { budgetRowKind } from '../vocabulary/column-words.js';

/** One part of a reading: a row, added or subtracted. */
export interface TotalPart {
  readonly row: BudgetRow;
  readonly sign: 1 | -1;
}

/** One way to read what a total row sums. */
export interface TotalReading {
  readonly parts: readonly TotalPart[];
  /** The reading in a message: "the sum of the 3 rows it totals". */
  readonly describe: string;
  /** Whether a row among the parts may be a heading that carries the sum of the rows under it. */
  readonly headings: boolean;
}

/** Fewest parts a sum reading has: one row is a copy, not a sum. */
const MIN_PARTS = 2;
/** Fewest rows of a group that ends in its own sum row: two parts and the sum. */
const MIN_SUMMED_GROUP = 3;

/**
 * Row kinds the saldo checks take: a Lasten, Baten or Saldo row is no part of
 * a sum. Toevoegingen and onttrekkingen are ("Toevoeging reserve A",
 * "Toevoeging reserve B", "Totaal toevoegingen").
 */
const SALDO_KINDS: ReadonlySet<string> = new Set(['lasten', 'baten', 'saldo']);

const plus = (rows: readonly BudgetRow[]): TotalPart[] => signed(rows, 1);
const minus = (rows: readonly BudgetRow[]): TotalPart[] => signed(rows, -1);

/** The rows as parts of a sum. Pushed, not mapped: an optimised `map` makes a holey array, the builtin a packed one, and the checks deoptimised. */
function signed(rows: readonly BudgetRow[], sign: 1 | -1): TotalPart[] {
  const parts: TotalPart[] = [];
  for (const row of rows) parts.push({ row, sign });
  return parts;
}

/**
 * The readings of the total row at index r.
 * @param rows the table's rows
 * @param kinds each row's Lasten/Baten/Saldo kind, or null
 * @param totals whether each row is a total ("Totaal …")
 */
export function totalReadings(rows: readonly BudgetRow[], r: number, kinds: ReadonlyArray<string | null>, totals: readonly boolean[]): TotalReading[] {
  const total = rows[r]!;
  const group = total.group ?? null;
  const ofKind = kindReading(rows, r, kinds[r] ?? null, totals);
  const above: BudgetRow[] = [];
  let kindInRun = false;
  let kindAbove = false;
  let inRun = true;
  for (let k = r - 1; k >= 0 && !totals[k]; k--) {
    inRun &&= (rows[k]!.group ?? null) === group;
    const saldoPart = SALDO_KINDS.has(kinds[k] ?? '');
    if (saldoPart && inRun) kindInRun = true;
    else if (saldoPart) kindAbove = true;
    above.push(rows[k]!);
  }
  // Lasten, Baten and Saldo rows are no parts of a sum: the saldo checks take those.
  if (kindInRun) return ofKind;
  above.reverse();
  const run = trailingGroup(above, group);
  const readings: TotalReading[] = [...ofKind];
  if (run.length >= MIN_PARTS) {
    readings.push({ parts: plus(run), describe: `the sum of the ${run.length} rows it totals`, headings: true });
    if (run.length >= 3) readings.push({ parts: plus(run.slice(1)), describe: `the sum of the ${run.length - 1} rows it totals`, headings: true });
  }
  // Rows of another group stand above the run: the total may sum them too, or only the group right above it.
  if (above.length === run.length || kindAbove) return readings;
  const groups = splitGroups(above);
  const lastGroup = groups[groups.length - 1]!;
  // "totaal overige effecten" under the group "overige effecten": the total names its group, which may hold one row.
  const groupName = (lastGroup[0]!.group ?? '').replace(/[*_]/g, '').trim().toLowerCase();
  // "totaal specifieke stortingen" under "specifieke stortingen met effect op saldo" names it by its first words.
  const named = totalNamed(total.label);
  const namesGroup = groupName !== '' && (total.label.toLowerCase().includes(groupName) || (named.length > 0 && startsWithWords(groupName, named)));
  if (run.length === 0 && groups.length > 1 && (lastGroup.length >= MIN_PARTS || namesGroup)) {
    readings.push({ parts: plus(lastGroup), describe: lastGroup.length === 1 ? 'the one row of the group above it' : `the sum of the ${lastGroup.length} rows of the group above it`, headings: lastGroup.length >= MIN_PARTS });
  }
  if (above.length >= MIN_PARTS) {
    readings.push({ parts: plus(above), describe: `the sum of the ${above.length} rows above it`, headings: true });
  }
  const sums = groups.map(groupSum);
  if (sums.some((s) => s.length === 1) && sums.length >= MIN_PARTS) {
    readings.push({ parts: plus(sums.flat()), describe: `the sum of the ${groups.length} groups above it`, headings: false });
  }
  if (groups.length === 2) {
    const kind = (g: BudgetRow[]) => budgetRowKind(g[0]!.group ?? '')?.kind ?? null;
    const lasten = groups.findIndex((g) => kind(g) === 'lasten');
    const baten = groups.findIndex((g) => kind(g) === 'baten');
    if (lasten >= 0 && baten >= 0) {
      const [l, b] = [sums[lasten]!, sums[baten]!];
      readings.push({ parts: [...plus(l), ...minus(b)], describe: 'lasten − baten of the groups above it', headings: false });
      readings.push({ parts: [...plus(b), ...minus(l)], describe: 'baten − lasten of the groups above it', headings: false });
    }
  }
  return readings;
}

/**
 * "Totaal lasten" under taakvelden that each have a Lasten and a Baten row:
 * the sum of the rows of its kind above it, back to the table's start or the
 * previous total of that kind. A row's kind is its first word's, or its last
 * word's where a cell before it was joined to it ("0.1 Bestuur   Baten").
 */
function kindReading(rows: readonly BudgetRow[], r: number, kind: string | null, totals: readonly boolean[]): TotalReading[] {
  if (kind !== 'lasten' && kind !== 'baten') return [];
  const parts: BudgetRow[] = [];
  for (let k = r - 1; k >= 0; k--) {
    const row = rows[k]!;
    if (rowKind(row.label) !== kind) continue;
    if (totals[k]) break;
    parts.push(row);
  }
  if (parts.length < MIN_PARTS) return [];
  return [{ parts: plus(parts.reverse()), describe: `the sum of the ${parts.length} ${kind} rows above it`, headings: false }];
}

/** The Lasten / Baten kind of a row label, by its first word or its last. */
function rowKind(label: string): string | null {
  const first = budgetRowKind(label)?.kind ?? null;
  if (first !== null) return first;
  const last = /(\S+)\s*$/.exec(label)?.[1] ?? '';
  return last.length < label.trim().length ? (budgetRowKind(last)?.kind ?? null) : null;
}

/** The rows at the end of `above` that stand in the given group. */
function trailingGroup(above: readonly BudgetRow[], group: string | null): BudgetRow[] {
  let k = above.length;
  while (k > 0 && (above[k - 1]!.group ?? null) === group) k--;
  return above.slice(k);
}

/** Consecutive rows of the same group, in order. */
function splitGroups(rows: readonly BudgetRow[]): BudgetRow[][] {
  const out: BudgetRow[][] = [];
  for (const row of rows) {
    const current = out[out.length - 1];
    if (current && (current[0]!.group ?? null) === (row.group ?? null)) current.push(row);
    else out.push([row]);
  }
  return out;
}

/**
 * A group's sum as the table shows it: its last row where that row is the
 * sum of the others in every column that has all its amounts (one unit of
 * rounding per row), otherwise all its rows.
 */
function groupSum(group: BudgetRow[]): BudgetRow[] {
  if (group.length < MIN_SUMMED_GROUP) return group;
  const sum = group[group.length - 1]!;
  const parts = group.slice(0, -1);
  let seen = 0;
  for (let c = 0; c < sum.values.length; c++) {
    const t = sum.values[c];
    const cells = parts.map((row) => row.values[c]);
    if (t == null || cells.some((x) => x == null)) continue;
    const total = (cells as number[]).reduce((a, b) => a + b, 0);
    const unit = shownUnitOf(group, c);
    if (Math.abs(total - t) > unit * parts.length + 1e-9) return group;
    seen++;
  }
  return seen > 0 ? [sum] : group;
}

/** One unit of the last decimal a column's cells show: 0,1 where one shows "43,5". */
function shownUnitOf(rows: readonly BudgetRow[], c: number): number {
  let decimals = 0;
  for (const row of rows) {
    const match = /,(\d+)\D*$/.exec(row.raw[c] ?? '');
    if (match) decimals = Math.max(decimals, match[1]!.length);
  }
  return 10 ** -Math.min(decimals, 6);
}

/** What a total row names after its total word ("totaal specifieke stortingen" → "specifieke stortingen"), lower case. */
function totalNamed(label: string): string {
  return label.toLowerCase().replace(/^\s*(?:sub)?tota(?:a)?l\s*/, '').replace(/[*_:]/g, '').trim();
}

/** Whether `text` opens with the whole words of `words` ("specifieke stortingen met …" with "specifieke stortingen"). */
function startsWithWords(text: string, words: string): boolean {
  return text.startsWith(words) && (text.length === words.length || /\s/.test(text[words.length]!));
}
