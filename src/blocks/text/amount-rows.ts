/**
 * Rows of space-separated amounts ("Lasten 2.298.266 1.997.057"), with the
 * header line above them and label-only group lines between them.
 */
import { exactRows } from '../exact-rows.js';
import type { Cell } from '../model.js';
import { splitLoneAmountRow } from '../amount-row.js';
import { tableWidth } from '../table-width.js';
import { oneLineParagraph } from '../one-line-paragraph.js';
import { cellOfLine, lineCell, type Line } from './lines.js';
import { LineKind, SENTENCE_END, standsAlone, type TextBlockReader, type TextRun } from './kinds.js';
import { ColumnEdges, placeSparseRows, type LaidOutRow } from './amount-columns.js';
import { takeHeaderAbove } from './amount-header.js';
import { YEAR } from '../../vocabulary/years.js';
import { spacedCell } from '../cell.js';

/** A year, or a bare number of one or two digits ("fase 3", "Afslag 10"), as the last word of a row label. */
export const LABEL_YEAR = new RegExp(`^(?:${YEAR}|\\d{1,2})$`);

/**
 * A year or a small number at the end of a row label ("Toevoeging reserve
 * Corona 2020 0 25.000 50.000 0", "Frisse scholen fase 3 601 601 0 0") reads
 * as a first amount and gives the row one cell more than the others. When
 * most rows agree on their width, such a row's first amount is put back into
 * its label, if it is a year or a bare number of one or two digits one space
 * after it.
 */
function foldYearsIntoLabels(rows: Cell[][]): void {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length > 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most) [width, most] = [w, n];
  if (most < 2) return;
  for (const row of rows) {
    if (row.length !== width + 1) continue;
    const label = row[0]!;
    const year = row[1]!;
    if (label.text === '' || !LABEL_YEAR.test(year.text) || year.span.start - label.span.end !== 1) continue;
    row.splice(0, 2, spacedCell([label, year]));
  }
}

/** A row label that ends in the operator of a sum ("Mutatie voorzieningen +"). */
const LABEL_PLUS = /\s[+＋]$/;
/** A lone minus: in an operator column the row's operator, elsewhere a nil amount. */
const LONE_MINUS = /^[-−–]$/;

/**
 * EMU-saldo tables write the sum they work out row by row, an operator
 * after each label ("Exploitatiesaldo + 4.291- …", "Mutatie voorraden - 746
 * …"). A lone "+" is no amount, so it stays in the label, and proves the
 * column; a lone "-" in the same place then reads as a nil first amount and
 * gives its row one cell more than the "+" rows. Such a "-" is put back
 * into the label, like the "+", so the amounts keep their years.
 */
function foldOperatorsIntoLabels(rows: Cell[][]): void {
  const plusWidths = new Set(rows.filter((r) => r.length > 2 && LABEL_PLUS.test(r[0]!.text)).map((r) => r.length));
  if (plusWidths.size !== 1) return;
  const width = [...plusWidths][0]!;
  for (const row of rows) {
    const label = row[0]!;
    const minus = row[1];
    if (row.length !== width + 1 || label.text === '' || !minus || !LONE_MINUS.test(minus.text) || minus.span.start - label.span.end !== 1) continue;
    row.splice(0, 2, spacedCell([label, minus]));
  }
}

/** What the amount-row rules build up while they take lines. */
export interface AmountRowsState {
  readonly rows: Cell[][];
  /** Each amount row's line and cell ranges, to place its cells by their columns. */
  readonly laidOut: Map<Cell[], LaidOutRow>;
  readonly edges: ColumnEdges;
  /** Short label lines after the last row, kept only if more amounts follow (group rows). */
  pendingLabels: number[];
  /** The cell ranges of the first amount row, to place a header's pieces over its columns. */
  firstRanges: Array<[number, number]> | null;
}

/** One rule for a line inside a run of amount rows: it takes line `i` (returns true) or leaves it. */
export interface AmountLineRule {
  readonly name: string;
  take(run: TextRun, state: AmountRowsState, i: number): boolean;
}

/** Adds an amount row read from `parts` of `line`. */
function pushRow(state: AmountRowsState, line: Line, parts: Array<[number, number]>): void {
  // Pushed, as the pipe and tab readers' rows: an optimised `map` makes a holey array, and each table reader that
  // met one was re-optimised ("wrong map").
  const row: Cell[] = [];
  for (const [a, b] of parts) row.push(cellOfLine(line, a, b));
  state.rows.push(row);
  state.laidOut.set(row, { line, parts });
  state.edges.add(parts);
}

/** Whether line `i` is text right under a row, with no label lines pending. */
function textUnderRow(run: TextRun, state: AmountRowsState, i: number): boolean {
  return run.kinds[i] === LineKind.text && state.rows.length > 0 && state.pendingLabels.length === 0;
}

/** "Lasten   2.298.266   1.997.057": a row of amounts; pending label lines before it become group rows. */
const amountRow: AmountLineRule = {
  name: 'amount-row',
  take(run, state, i) {
    if (run.kinds[i] !== LineKind.amounts) return false;
    for (const p of state.pendingLabels) state.rows.push([lineCell(run.lines[p]!)]);
    state.pendingLabels = [];
    const line = run.lines[i]!;
    const parts = run.amounts[i]!.row!;
    state.firstRanges ??= parts;
    pushRow(state, line, parts);
    return true;
  },
};

/**
 * "Vervanging verkeerslichten            120": one amount in a column-aligned
 * table, a row with its other cells empty; only under a column of the rows
 * above, so that a footer line with a page number is no row.
 */
const loneAmountUnderColumn: AmountLineRule = {
  name: 'lone-amount-under-column',
  take(run, state, i) {
    const lone = textUnderRow(run, state, i) ? splitLoneAmountRow(run.lines[i]!.text) : null;
    if (!lone || !state.edges.under(lone[1]!)) return false;
    pushRow(state, run.lines[i]!, lone);
    return true;
  },
};

/** A line that starts in lower case after its indent. */
const LOWER_CASE_START = /^\s*[a-zà-ÿ]/;

/** "Aantal inbraken per 1.000" / "woningen": a lower-case line right under a row continues its label. */
const labelGoesOn: AmountLineRule = {
  name: 'label-goes-on-in-lower-case',
  take(run, state, i) {
    if (!textUnderRow(run, state, i) || !LOWER_CASE_START.test(run.lines[i]!.text)) return false;
    const label = state.rows[state.rows.length - 1]![0]!;
    const cont = lineCell(run.lines[i]!);
    label.text = label.text === '' ? cont.text : `${label.text} ${cont.text}`;
    label.span = { start: label.span.start, end: cont.span.end };
    return true;
  },
};

/** A group line is no longer than this (in characters): longer lines are running text. */
const GROUP_LABEL_MAX = 80;

/** "Programma 1 Veiligheid": a short label line (at most two in a row) between amount rows is a group row. */
const groupLabel: AmountLineRule = {
  name: 'group-label-line',
  take(run, state, i) {
    if (run.kinds[i] !== LineKind.text || state.rows.length === 0 || state.pendingLabels.length >= 2) return false;
    const t = run.lines[i]!.text.trim();
    if (t.length > GROUP_LABEL_MAX || SENTENCE_END.test(t)) return false;
    state.pendingLabels.push(i);
    return true;
  },
};

/** One blank line between two amount rows does not end the table. */
const blankBeforeAmounts: AmountLineRule = {
  name: 'blank-before-amounts',
  take(run, state, i) {
    return run.kinds[i] === LineKind.blank && state.pendingLabels.length === 0 && i + 1 < run.lines.length && run.kinds[i + 1] === LineKind.amounts;
  },
};

/**
 * The rules for the lines of a run of amount rows, tried in this order on
 * each line; the run ends at the first line none takes. An amount row comes
 * first (it also closes pending group labels); a lone amount before the
 * label rules, since its line is text too; a lower-case continuation before
 * a group label, which would otherwise take it.
 */
export const AMOUNT_LINE_RULES: readonly AmountLineRule[] = [amountRow, loneAmountUnderColumn, labelGoesOn, groupLabel, blankBeforeAmounts];

/**
 * Rows of amounts separated by spaces ("Lasten 2.298.266 1.997.057"), with
 * the header line above them and label-only group lines between them.
 */
export const readAmountRows: TextBlockReader = (run, from) => {
  const { lines, kinds, blocks } = run;
  const state: AmountRowsState = { rows: [], laidOut: new Map(), edges: new ColumnEdges(), pendingLabels: [], firstRanges: null };
  let i = from;
  while (i < lines.length && AMOUNT_LINE_RULES.some((rule) => rule.take(run, state, i))) i++;
  const { rows, laidOut, pendingLabels, firstRanges } = state;
  foldYearsIntoLabels(rows);
  foldOperatorsIntoLabels(rows);
  placeSparseRows(rows, laidOut);
  // Label lines that did not lead to more amounts are not part of the table.
  i -= pendingLabels.length;
  while (i > from && kinds[i - 1] === LineKind.blank) i--;
  const single = rows.length === 1;
  const valueCount = tableWidth(rows) - 1;
  const header = takeHeaderAbove(blocks, lines, kinds, from, valueCount, single, firstRanges);
  if (single && header.length === 0) {
    const line = lines[from]!;
    const cell = lineCell(line);
    blocks.push(oneLineParagraph(cell.text, standsAlone(run, from), cell.span));
    return from + 1;
  }
  const allRows = exactRows([...header, ...rows]);
  blocks.push({
    kind: 'table',
    rows: allRows,
    headerRows: header.length,
    caption: null,
    span: { start: allRows[0]![0]!.span.start, end: lines[i - 1]!.end },
  });
  return i;
};
