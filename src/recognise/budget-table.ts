/**
 * Budget tables ("Wat heeft het gekost?", overzicht baten en lasten,
 * reserves, investeringen): rows of amounts under column labels, in the
 * table's own unit with the multiplier its caption states.
 *
 * @example
 *   Geëscaleerde zorg 18- | Primitieve | Begrotings- | Begroting | Realisatie | Voor- / nadeel |
 *   Lasten | 2.762 | 303 | 3.065 | 2.865 | 200 |
 *   Bedragen x € 1.000 |
 *   → budgetTable "Geëscaleerde zorg 18-", multiplier 1000, row Lasten [2762, 303, 3065, 2865, 200]
 */
import { tableWidth } from '../blocks/table-width.js';
import type { Cell, Span, TableBlock } from '../blocks/model.js';
import type { BudgetColumn, BudgetRow, BudgetTableNode } from '../schema/report.js';
import { isPlainValue, isYear, parseAmount, parseMultiplier, plainAmount, yearsIn } from '../values/index.js';
import { valueLike } from '../values/value-like.js';
import { budgetColumnKind, budgetRowKind, isCodeColumnWord, isSignLegend, isTotalLabel } from '../vocabulary/column-words.js';
import { columnCells, joinHeaderWords, texts } from '../tables/columns.js';
import { splitHeader } from '../tables/header-rows.js';
import { sectionRole } from '../vocabulary/sections.js';
import type { RecogniseContext } from './context.js';
import { cover } from '../blocks/span.js';
import { memo } from '../vocabulary/memo.js';
import { filledArray } from '../vocabulary/filled-array.js';
import { unitIsOpen } from './unit-unstated.js';
import { placeTotalAmounts } from './total-placement.js';
import { emptyInnerColumns } from './empty-column.js';
import { columnsFromYearRow, isYearHeaderRow, isYearHeaderRowAt } from './year-header-row.js';
import { isNumberCodeColumn, isSmallNumber } from './number-code-column.js';
import { rowsCompute } from './rows-compute.js';

/** An amount marked voordeel or nadeel: "N 412", "V12.000", "2.730 N". */
const MARKED_AMOUNT = /^[VN] ?[\d(]|\d [VN]$/;
/** A single-letter code among a row's label cells: incidenteel/structureel (I/S) or U. */
const LETTER_CODE = /^[IUS]$/;
/** "7.21", "0.10": a taakveld number, which reads as a decimal amount too. */
const TAAKVELD_LIKE = /^\d{1,2}\.\d{2}$/;
/** Cells of a marker column: voordeel/nadeel (V/N) or incidenteel/structureel (I/S, U). */
const MARKER_ONLY = /^[VNISUvnisu]$|^$/;
const INLINE_CODE = /^(\d{1,2}\.\d{1,3}[a-d]?|\d{1,3}(?:-\d{1,3}){2,4})\s+\S/;
/** Column names over the labels that also say what the table lists. */
const TABLE_KINDS = /^(?:investering(?:en)?|reserves?|voorziening(?:en)?)$/i;
const COLUMN_NAMES = /^(?:taakveld(?:en)?|omschrijving|programma(?:'s)?|product(?:en)?|onderdeel|post|categorie|kostenplaats|nr\.?|code|project(?:en)?|wens(?:en)?|maatregel(?:en)?|investering(?:en)?|reserves?|voorziening(?:en)?)(?:\s*\/\s*(?:taakveld(?:en)?|product(?:en)?|onderdeel|soort))?$/i;
const CODE = /^(?:\d{1,2}\.\d{1,3}[a-d]?|\d{1,3}(?:-\d{1,3}){1,4}|[IUSiu]|\d{1,3})$/;
/** A cell of a code column: a row number, a taakveld ("7.2", "0.10") or product code ("2.1.3", "12-1-1"). */
const CODE_CELL = /^(?:\d{1,2}(?:\.\d{1,3}){1,2}[a-d]?|\d{1,3}(?:-\d{1,3}){1,4}|\d{1,3})$/;

/** A cell that reads as an amount (and not as a year); asked of each cell several times, so memoised. */
const isAmountCellCached: (text: string) => boolean = memo(
  (text) => isYear(text) === null && (valueLike(text) || parseAmount(text).value !== null),
);
/**
 * `isAmountCellCached`, with the empty cells (many) and the plain numbers (most others: value-like, so an amount
 * unless a year) answered before the cache is asked, which would hash each fresh cell text first.
 */
const isAmountCell = (text: string): boolean =>
  text !== '' && (isPlainValue(text) ? isYear(text) === null : isAmountCellCached(text));

/**
 * Evidence that a table holds amounts: budget row words, a multiplier,
 * budget column words. The vetoes come first, then the evidence, cheapest
 * first, each looked for only while no earlier one was found.
 */
export function looksLikeBudgetTable(table: TableBlock, ctx: RecogniseContext): boolean {
  const { header, body, notes } = splitHeader(table);
  if (body.length === 0) return false;
  if (!body.some((r) => r.some((c, k) => k > 0 && isAmountCell(c.text)))) return false;
  // A table of kengetallen is one of indicators; one row naming "belastingcapaciteit" among amounts is not.
  if (kengetalRows(body) * 2 > body.length || percentShare(body) > 0.5) return false;
  // Gathered by push: `flat` costs more than the rest of this test on most tables.
  const headerCells: Cell[] = [];
  for (let r = 0; r < header.length; r++) for (let k = 0; k < header[r]!.length; k++) headerCells.push(header[r]![k]!);
  if (headerCells.some((c) => INDICATOR_HEADER.test(c.text.trim()))) return false;
  if (ctx.role === 'costs') return true;
  if (body.some((r) => r.some((c) => budgetRowKind(c.text) !== null))) return true;
  if (count(headerCells, (c) => budgetColumnKind(c.text) !== null) >= 2) return true;
  // "Baten" and "Lasten" heading amount columns (a taakvelden overview): an amounts table.
  if (count(headerCells, (c) => budgetRowKind(c.text) !== null && c.text.trim().split(/\s+/).length <= 2) >= 2) return true;
  // Pushed, not spread from mapped arrays: an optimised `map` of no notes makes a holey empty array, the builtin a
  // packed one, and the spread deoptimised ("wrong map"). Only whether one states a unit counts, not the order.
  const captions = [table.caption ?? '', ctx.titleAbove ?? '', ctx.captionBelow ?? ''];
  for (const c of notes) captions.push(c.text);
  for (const c of headerCells) captions.push(c.text);
  if (captions.some((t) => parseMultiplier(t) !== null)) return true;
  if (count(headerCells, (c) => BALANCE_COLUMNS.test(c.text)) >= 2) return true;
  // "Bedrag / + is voordeel / - is nadeel" over a column of amounts: a table of afwijkingen.
  if (headerCells.some((c) => isSignLegend(c.text))) return true;
  // Amounts marked voordeel or nadeel ("N 412", "V12.000", "2.730 N"): a table of afwijkingen.
  const marked = count(body, (r) => r.some((c, k) => k > 0 && MARKED_AMOUNT.test(c.text)));
  if (marked * 2 >= body.length) return true;
  // Rows that compute each other (a renterisiconorm, a kasgeldlimiet) hold amounts: see rows-compute.ts.
  return rowsCompute(body);
}

/** The multiplier the first caption that states one states (the rest are not read). */
function firstMultiplier(captions: readonly string[]): ReturnType<typeof parseMultiplier> {
  for (const t of captions) {
    const m = parseMultiplier(t);
    if (m !== null) return m;
  }
  return null;
}

/** The spans of a row's cells, for `cover`. */
function cellSpans(row: readonly Cell[]): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < row.length; k++) spans.push(row[k]!.span);
  return spans;
}

/**
 * How many items pass `test`. This file's loops over rows and cells are index loops, not for-of: the iterators'
 * result objects showed in the allocation profile (one per row or cell, for every table).
 */
function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  let n = 0;
  for (let k = 0; k < items.length; k++) if (test(items[k]!)) n++;
  return n;
}

/** Where a budget table's labels, amounts and V/N marker columns are. */
interface Layout {
  width: number;
  labelCols: number;
  /** Label columns that hold codes (row numbers, taakvelden): they go to the row's code. */
  codeCols: Set<number>;
  valueCols: number[];
  markerCols: Set<number>;
}

type RowKind = NonNullable<ReturnType<typeof budgetRowKind>>;

/** The group a row belongs to, carried from row to row. */
interface Groups {
  group: string | null;
  /** The group line waiting for its first row: its text and where it is. */
  line: { text: string; spans: Span[] } | null;
  /** Group lines that no row took: notes of the table. */
  orphans: string[];
  /** The row kinds (lasten, baten, saldo) the current group has had. */
  kinds: Set<string>;
  /** Groups are named beside a kind cell ("Programma 1 | Lasten"), not on lines of their own. */
  byKindCell: boolean;
  /** The group came from a group line and its rows so far are detail rows, not Lasten / Baten / Saldo. */
  detail: boolean;
}

function enterGroup(groups: Groups, group: string | null): void {
  if (group !== groups.group) {
    groups.kinds.clear();
    groups.detail = false;
  }
  groups.group = group;
}

/**
 * A Lasten / Baten / Saldo row in the first column belongs to the group above
 * it, unless that group already had a row of its kind ("Saldo van baten en
 * lasten" after the last group's "Saldo") or the groups name their rows in a
 * kind column of their own (then a row in the first column stands beside the
 * groups). Totals never belong to a group.
 */
function inGroup(kind: RowKind | null, groups: Groups): boolean {
  return isGroupedKind(kind) && !groups.byKindCell && kind !== null && !groups.kinds.has(kind.kind);
}

/**
 * A detail row under a group line takes the group ("7 Volksgezondheid" ⏎
 * "7.1 Volksgezondheid | 2.210" ⏎ "7.2 Riolering | 3.480") until a total,
 * the next group line, or a Lasten / Baten / Saldo row (those read as the
 * group's own rows, see `inGroup`).
 */
function underGroupLine(label: string, kind: RowKind | null, groups: Groups): boolean {
  if (groups.group === null || groups.byKindCell || kind !== null || isTotalLabel(label)) return false;
  return groups.detail || (groups.line !== null && groups.kinds.size === 0);
}

/**
 * Reads a budget table, or returns null when it has no amounts.
 *
 * Written as small stages on purpose: the engine recompiles a function each
 * time a new array or object shape reaches it, and one large function here
 * cost more in recompiling than in running.
 */
export function recogniseBudgetTable(table: TableBlock, ctx: RecogniseContext): BudgetTableNode | null {
  const { header, body, notes } = splitHeader(table);
  if (body.length === 0) return null;
  const width = tableWidth(body, header);
  // A header row narrower than the body lost its empty top-left cells: align it right.
  const headerTexts = filledArray(header.length, (r) => alignHeaderRow(texts(header[r]!), width));
  const layout = budgetLayout(body, headerTexts, width);
  const topLeft = headerTexts[0]?.[0]?.trim() ?? '';
  let columns = budgetColumns(headerTexts, layout.valueCols);
  // The first repeated year header row; the rows above it are known to be none, and are not asked again below.
  const firstYearRow = body.findIndex((row) => isYearHeaderRowAt(row, layout.valueCols));
  const yearRow = body[firstYearRow];
  if (yearRow) columns = columnsFromYearRow(columns, layout.valueCols.map((c) => yearRow[c]));
  const headerUnit = headerMultiplier(headerTexts, table, ctx);
  // Pushed, not spread from a mapped array (see `looksLikeBudgetTable`); in this order, the first stated unit counts.
  const captions = [table.caption ?? ''];
  for (const c of notes) captions.push(c.text);
  captions.push(headerUnit, ctx.titleAbove ?? '', ctx.captionBelow ?? '');
  const stated = firstMultiplier(captions);
  const multiplier = stated?.multiplier ?? 1;

  const rows: BudgetRow[] = [];
  const spans: Span[] = [];
  const groups: Groups = { group: null, line: null, orphans: [], kinds: new Set(), byKindCell: false, detail: false };
  for (let r = 0; r < body.length; r++) {
    const row = body[r]!;
    const rowSpan = cover(cellSpans(row));
    const yearLine = r === firstYearRow || (firstYearRow >= 0 && r > firstYearRow && isYearHeaderRowAt(row, layout.valueCols));
    const out = budgetRow(row, rowSpan, yearLine, layout, groups, ctx);
    if (out) {
      rows.push(out);
      spans.push(rowSpan);
    }
  }
  if (rows.length === 0) return null;
  placeTotals(rows, spans, columns, ctx);
  const empty = emptyInnerColumns(rows);
  if (empty.length > 0) {
    const names = empty.map((c) => `"${columns[c]?.label || `column ${c + 1}`}"`).join(', ');
    ctx.report('warning', 'budget.cell-count', `no row has an amount under ${names}, between columns the rows fill: the rows have fewer amounts than the table has columns, and row "${rows[0]!.label}" and the rows under it may have theirs in the wrong columns`, spans[0] ?? null);
  }
  if (!stated && unitIsOpen(rows)) {
    ctx.report('info', 'budget.unit-unstated', 'no unit caption ("Bedragen x € 1.000") near the table: amounts are taken as written, in euros', table.span);
  }
  if (groups.line) groups.orphans.push(groups.line.text);
  const node: BudgetTableNode = {
    type: 'budgetTable',
    title: tableTitle(topLeft, ctx.titleAbove, ctx.captionNext),
    currency: 'EUR',
    multiplier,
    columns,
    rows,
    header: headerTexts,
    position: ctx.pos(table.span),
  };
  if (notes.length > 0 || groups.orphans.length > 0) {
    // Pushed, not spread from a mapped array (see `looksLikeBudgetTable`).
    const all = [...groups.orphans];
    for (const c of notes) all.push(c.text);
    node.notes = all;
  }
  return node;
}

/** Total rows short of amounts get their amounts under the columns they total (total-placement.ts), and say so. */
function placeTotals(rows: BudgetRow[], spans: Span[], columns: BudgetColumn[], ctx: RecogniseContext): void {
  for (const { index, row, from, to } of placeTotalAmounts(rows)) {
    rows[index] = row;
    const name = (c: number) => `"${columns[c]?.label || `column ${c + 1}`}"`;
    ctx.report('info', 'budget.total-placed', `total row "${row.label}" has fewer amounts than the table has columns: placed under ${to.map(name).join(', ')}, the columns they total, not under ${from.map(name).join(', ')}`, spans[index] ?? null);
  }
}

/**
 * The header cell that states the unit, wherever it stands: a header row
 * narrower than the body is aligned right, and "EMU-saldo (bedragen x € 1.000)"
 * then stands over the first amount column (the top-left cell, when it states
 * one, comes first). Header cells that state different
 * units ("Krediet x € 1.000" beside "Dekking x € 1 mln") give none: the unit
 * is then the caption's, or open, with a warning.
 */
function headerMultiplier(header: string[][], table: TableBlock, ctx: RecogniseContext): string {
  const stating: string[] = [];
  const units = new Set<number>();
  for (const row of header) {
    for (const t of row) {
      const m = parseMultiplier(t);
      if (m === null) continue;
      stating.push(t);
      units.add(m.multiplier);
    }
  }
  if (units.size > 1) {
    ctx.report('warning', 'budget.unit-conflict', `header cells state different units (${stating.join('; ')}): none is taken for the whole table`, table.span);
    return '';
  }
  return stating[0] ?? '';
}

function budgetLayout(body: Cell[][], header: string[][], width: number): Layout {
  const codeCols = new Set<number>();
  // Repeated year header rows say nothing of where the labels end: their years are no amounts.
  const data = body.filter((row) => !isYearHeaderRow(row, 1));
  const labelCols = countLabelColumns(data.length > 0 ? data : body, header, width, codeCols);
  const markerCols = markerColumns(body, labelCols, width);
  const valueCols: number[] = [];
  for (let c = labelCols; c < width; c++) if (!markerCols.has(c)) valueCols.push(c);
  return { width, labelCols, codeCols, valueCols, markerCols };
}

/**
 * The one year a column label states ("Begroting 2024" → 2024), or null when it states none or several. Memoised:
 * the same few labels head table after table, and `yearsIn` runs a global regex's iterator over each.
 */
const labelYear: (label: string) => number | null = memo((label) => {
  const years = yearsIn(label);
  return years.length === 1 ? years[0]! : null;
});

/** The label (header words joined) and year of each value column. */
function budgetColumns(headerTexts: string[][], valueCols: number[]): BudgetColumn[] {
  const columns: BudgetColumn[] = valueCols.map((c) => {
    const label = joinHeaderWords(columnCells(headerTexts, c));
    return { label, year: labelYear(label) };
  });
  spreadGroupRow(headerTexts, valueCols, columns);
  return columns;
}

/**
 * One body row as a budget row; a row without amounts is a group line (null, kept in `groups`).
 * @param yearLine the row is a repeated year header row (`isYearHeaderRowAt` its amount cells): a group line too
 */
function budgetRow(row: Cell[], rowSpan: Span, yearLine: boolean, layout: Layout, groups: Groups, ctx: RecogniseContext): BudgetRow | null {
  const { labelCols, valueCols, width } = layout;
  // The amount cells' texts ("" where the row is short), gathered once: they are the row's raw amounts. Made at their
  // length, not pushed, here and for `values`: an array grown by push keeps room for 17 (136 bytes) where a row has a
  // few amounts.
  const raw = filledArray(valueCols.length, (k) => row[valueCols[k]!]?.text ?? '');
  const filled = raw.some((t) => t !== '');
  if (!filled || yearLine) {
    // Loops, not `map`: an optimised `map` makes a holey array, the builtin a packed one.
    const labelCells: string[] = [];
    for (let k = 0; k < labelCols && k < row.length; k++) if (row[k]!.text !== '') labelCells.push(row[k]!.text);
    if (labelCells.length > 0) {
      // A group line that no row followed stays with the table as a note.
      if (groups.line) groups.orphans.push(groups.line.text);
      const text = labelCells.join(' ');
      enterGroup(groups, text);
      const spans: Span[] = [];
      for (let k = 0; k < row.length; k++) if (row[k]!.text !== '') spans.push(row[k]!.span);
      groups.line = { text, spans };
    }
    return null;
  }
  const { codes: columnCodes, labels } = splitCodeCells(row, layout);
  let labelCells = labels;
  // Single-letter code cells among the label cells (I/S, U) are codes, not words of the label. Few rows have one:
  // the lists are only made for those.
  let letterCodes: string[] = NO_CODES;
  if (hasLetterCode(labelCells)) {
    const words: string[] = [];
    letterCodes = [];
    for (let k = 0; k < labelCells.length; k++) (k > 0 && LETTER_CODE.test(labelCells[k]!) ? letterCodes : words).push(labelCells[k]!);
    labelCells = words;
  }
  let label = labelCells.join(' ');
  let code: string | null = null;
  let rowGroup: string | null = null;
  const firstEmpty = (row[0]?.text ?? '') === '';
  // "1A Zorg dichtbij | lasten": a short kind cell after the label cells.
  const lastCell = labelCells[labelCells.length - 1] ?? '';
  // Two words at most (one space at most), counted without splitting the cell.
  const lastKind = labelCells.length >= 2 && lastCell.indexOf(' ') === lastCell.lastIndexOf(' ') ? budgetRowKind(lastCell) : null;
  const kindCell = lastKind !== null && !lastKind.total;
  // "1A Zorg dichtbij | lasten | …" and "Programma 1 | Lasten | …": the kind cell is the label, the cells before it the group.
  if (kindCell) label = lastCell;
  // The label's kind, looked up once for the group rules below.
  const kind = kindCell ? lastKind : budgetRowKind(label);
  if (kindCell) {
    rowGroup = labelCells.slice(0, -1).join(' ');
    enterGroup(groups, rowGroup);
    groups.byKindCell = true;
  } else if (firstEmpty || (labelCells.length === 1 && inGroup(kind, groups))) {
    rowGroup = groups.group;
  } else if (underGroupLine(label, kind, groups)) {
    rowGroup = groups.group;
    groups.detail = true;
  } else {
    enterGroup(groups, null);
  }
  if (rowGroup !== null) groups.kinds.add(kind?.kind ?? label);
  if (labelCells.length >= 2 && !lastKind && CODE.test(labelCells[0]!)) {
    code = labelCells[0]!;
    label = labelCells.slice(1).join(' ');
  } else {
    const inline = INLINE_CODE.exec(label);
    if (inline) code = inline[1]!;
  }
  // Each amount parsed once; its marker is kept apart, and only when it has one (most have none). A plain amount
  // (most cells) is read without parseAmount's result object.
  const values = Array<number | null>(raw.length);
  let ownMarkers: Array<'V' | 'N' | null> | null = null;
  for (let k = 0; k < raw.length; k++) {
    const plain = plainAmount(raw[k]!);
    if (plain !== null) {
      values[k] = plain;
      continue;
    }
    const p = parseAmount(raw[k]!);
    values[k] = p.value;
    if (p.marker !== null) (ownMarkers ??= Array<'V' | 'N' | null>(raw.length).fill(null))[k] = p.marker;
  }
  const line = groups.line;
  const out: BudgetRow = {
    label,
    raw,
    values,
    // The first row under a group line carries it: its position covers that line too.
    position: ctx.pos(line && rowGroup === line.text ? cover([...line.spans, ...cellSpans(row)]) : rowSpan),
  };
  if (rowGroup !== null && rowGroup !== label) out.group = rowGroup;
  // Most rows have no code: the list is only built for a row that has one.
  if (columnCodes.length > 0 || code !== null || letterCodes.length > 0) {
    out.code = [...columnCodes, ...(code !== null ? [code] : []), ...letterCodes].join(' ');
  }
  // Markers come from an amount's own V/N or a marker column: without either the row has none.
  if (layout.markerCols.size > 0 || ownMarkers !== null) {
    const markers = amountMarkers(row, ownMarkers, layout);
    if (markers.some((m) => m !== null)) out.markers = markers;
  }
  if (row.length < width) {
    ctx.report('warning', 'budget.cell-count', `row "${label}" has ${row.length} cells, the table ${width}`, rowSpan);
  }
  // A group line that no row took (the next row had its own label or group) stays as a note.
  if (line && rowGroup !== line.text) groups.orphans.push(line.text);
  groups.line = null;
  return out;
}

/** No codes: shared by the rows that have none (most), never added to. */
const NO_CODES: string[] = [];

/** Whether a label cell after the first is a single-letter code (I/S, U). */
function hasLetterCode(labelCells: readonly string[]): boolean {
  for (let k = 1; k < labelCells.length; k++) if (LETTER_CODE.test(labelCells[k]!)) return true;
  return false;
}

/**
 * The label cells of a row, with the cells of code columns taken out as codes;
 * a code column's cell that is no code ("Totaal") stays a label.
 */
function splitCodeCells(row: Cell[], layout: Layout): { codes: string[]; labels: string[] } {
  let codes = NO_CODES;
  const labels: string[] = [];
  for (let c = 0; c < layout.labelCols; c++) {
    const t = row[c]?.text ?? '';
    if (t === '') continue;
    if (layout.codeCols.has(c) && CODE_CELL.test(t)) (codes === NO_CODES ? (codes = []) : codes).push(t);
    else labels.push(t);
  }
  if (labels.length === 0) return { codes: NO_CODES, labels: codes };
  return { codes, labels };
}

/** The marker of each amount: its own ("N 412") and those of the marker columns after it ("V", "S"). */
function amountMarkers(row: Cell[], own: ReadonlyArray<'V' | 'N' | null> | null, layout: Layout): Array<string | null> {
  // Built as a string, not a list joined, per amount: most amounts have no marker at all.
  return layout.valueCols.map((c, k) => {
    let found = own?.[k] ?? '';
    for (let m = c + 1; layout.markerCols.has(m); m++) {
      const loose = row[m]?.text ?? '';
      if (loose !== '') found = found === '' ? loose.toUpperCase() : `${found} ${loose.toUpperCase()}`;
    }
    return found === '' ? null : found;
  });
}

/** BBV kengetallen are indicators (percentages per year), not amounts. */
const KENGETAL = /\b(?:schuldquote|solvabiliteit(?:sratio)?|structurele exploitatieruimte|grondexploitatie|belastingcapaciteit|weerstandsratio|ratio weerstandsvermogen)\b/i;
/** A header naming indicators: an indicator table, whatever its numbers look like. */
const INDICATOR_HEADER = /^(?:indicator(?:en)?|kengetal(?:len)?|(?:effect|prestatie|beleids)-?indicator(?:en)?)$/i;
/** Column words of reserves and voorzieningen tables. */
const BALANCE_COLUMNS = /\b(?:toevoeging(?:en)?|onttrekking(?:en)?|vrijval|aanwending|stand per|saldo per|boekwaarde|beginsaldo|eindsaldo)\b/i;

/** The shortest kengetal word ("schuldquote"): a shorter label names none, and is not scanned for one. */
const KENGETAL_MIN_LENGTH = 11;

function kengetalRows(body: Cell[][]): number {
  return count(body, (r) => {
    const label = r[0]?.text ?? '';
    return label.length >= KENGETAL_MIN_LENGTH && KENGETAL.test(label);
  });
}

function percentShare(body: Cell[][]): number {
  let filled = 0;
  let percent = 0;
  for (let r = 0; r < body.length; r++) {
    const row = body[r]!;
    for (let k = 1; k < row.length; k++) {
      const t = row[k]!.text;
      if (t === '') continue;
      filled++;
      // The pre-test spares the regex (which looks for its "%" at every position) the cells without one.
      if (t.includes('%') && PERCENT_END.test(t)) percent++;
    }
  }
  return filled === 0 ? 0 : percent / filled;
}

const PERCENT_END = /%\s*$/;

/** Lasten / Baten / Saldo rows repeat under each group; totals do not belong to one. */
function isGroupedKind(kind: RowKind | null): boolean {
  return kind !== null && !kind.total && (kind.kind === 'lasten' || kind.kind === 'baten' || kind.kind === 'saldo');
}

/**
 * The texts of column `c`'s filled cells, top to bottom. A loop, not map and filter: an optimised `map` makes a
 * holey array, the builtin a packed one, and the readers were re-optimised for each.
 */
function filledTexts(body: Cell[][], c: number): string[] {
  const out: string[] = [];
  for (let r = 0; r < body.length; r++) {
    const t = body[r]![c]?.text ?? '';
    if (t !== '') out.push(t);
  }
  return out;
}

/**
 * Leading columns whose cells are labels (text, codes, kinds), not amounts. A
 * column of codes counts as a label column when its header names codes ("Nr",
 * "Taakveld") or, first in the row, when text labels follow it; its index goes
 * into `codeCols`.
 */
function countLabelColumns(body: Cell[][], header: string[][], width: number, codeCols: Set<number>): number {
  let c = 0;
  while (c < width - 1) {
    const cells = filledTexts(body, c);
    if (isCodeColumn(c, cells, body, header)) {
      codeCols.add(c);
      c++;
      continue;
    }
    // A lone "+" is never an amount: its column is the operators of a sum ("Mutatie voorzieningen | + | 494"), a label column.
    const operators = cells.some((t) => t === '+');
    const amounts = count(cells, (t) => isAmountCell(t) && !TAAKVELD_LIKE.test(t));
    if (!operators && cells.length > 0 && amounts / cells.length > 0.5) break;
    c++;
  }
  return Math.max(c, 1);
}

/**
 * A column of codes: "Nr" over 5, 6, 7 (and a "Totaal" row); "Taakveld" over
 * 7.2, 5.1; or, first in the row, codes only before a column of text labels.
 */
function isCodeColumn(c: number, cells: string[], body: Cell[][], header: string[][]): boolean {
  const codes = count(cells, (t) => CODE_CELL.test(t));
  if (codes === 0) return false;
  if (header.some((r) => isCodeColumnWord(r[c] ?? ''))) return codes * 2 > cells.length && cells.every((t) => CODE_CELL.test(t) || !isAmountCell(t));
  if (c > 0 && numberCodeColumn(c, body, header)) return true;
  // "-" stands for a row without a number ("1" … "4" ⏎ "-" Overhead).
  if (c > 0 || codes + count(cells, (t) => t === '-') < cells.length) return false;
  const next = filledTexts(body, 1);
  return next.length > 0 && next.every((t) => !isAmountCell(t));
}

/** Column c as `isNumberCodeColumn` asks for it: its cells in body rows and in total rows apart. */
function numberCodeColumn(c: number, body: Cell[][], header: string[][]): boolean {
  const cells: string[] = [];
  const totals: string[] = [];
  for (const row of body) {
    const t = row[c]?.text.trim() ?? '';
    if (isTotalLabel(row[0]?.text ?? '')) totals.push(t);
    else if (t !== '') {
      // One cell outside the totals that is no small number settles it (an amount column, the common case): no code column.
      if (!isSmallNumber(t)) return false;
      cells.push(t);
    }
  }
  return isNumberCodeColumn(cells, header.map((r) => r[c] ?? ''), totals);
}

/** Columns that hold only V/N markers: they belong to the amount before them. */
/** A column with a cell in some row and only V/N (or I/S, U) markers or nothing in every row. */
function isMarkerColumn(body: Cell[][], c: number): boolean {
  let filled = false;
  for (let r = 0; r < body.length; r++) {
    const t = body[r]![c]?.text ?? '';
    if (!MARKER_ONLY.test(t)) return false;
    if (t !== '') filled = true;
  }
  return filled;
}

function markerColumns(body: Cell[][], from: number, width: number): Set<number> {
  const out = new Set<number>();
  for (let c = from + 1; c < width; c++) if (isMarkerColumn(body, c)) out.add(c);
  return out;
}

/** A group row above the column labels ("2024 | | | 2025 | | |") spreads over the columns under it. */
function spreadGroupRow(header: string[][], valueCols: number[], columns: BudgetColumn[]): void {
  if (header.length < 2) return;
  const top = header[0]!;
  const filled = (r: string[]): number => valueCols.filter((c) => (r[c] ?? '').trim() !== '').length;
  // Only a sparse top row spans: "2024 | | | 2025 | | |" over "Baten | Lasten | Saldo | …".
  if (filled(top) >= filled(header[1]!)) return;
  let current: string | null = null;
  valueCols.forEach((c, k) => {
    const t = top[c]?.trim() ?? '';
    if (t !== '') current = t;
    const col = columns[k]!;
    if (current !== null && (header[1]?.[c] ?? '').trim() !== '') {
      col.group = current;
      if (col.year === null) col.year = labelYear(current);
      col.label = joinHeaderWords(header.slice(1).map((r) => r[c] ?? ''));
    }
  });
}

/**
 * A header row narrower than the body: a row one cell short whose first cell
 * is filled lost its empty top-left cell (pad on the left); any other row
 * lost empty cells at its end (pad on the right).
 */
function alignHeaderRow(row: string[], width: number): string[] {
  if (row.length >= width) return row;
  const fill = Array<string>(width - row.length).fill('');
  return row.length === width - 1 && (row[0] ?? '').trim() !== '' ? [...fill, ...row] : [...row, ...fill];
}

/** A caption without its unit ("Tabel 3 Nieuwe wensen (x € 1.000)" → "Tabel 3 Nieuwe wensen"). */
function withoutUnit(text: string): string {
  // The unit taken out of the middle of a caption leaves its two spaces as one ("Overzicht (x €1.000) 2025" → "Overzicht 2025").
  return text.replace(/\(?\s*(?:bedragen\s*)?(?:x|×|\*|in)\s*€?\s*1(?:\.000)*(?:,-)?\s*(?:mln|miljoen)?\s*\)?/i, '').replace(/\s{2,}/g, ' ').trim();
}

function tableTitle(topLeft: string, above: string | null, caption: string | null = null): string | null {
  if (above !== null && sectionRole(above) !== null) above = null;
  // "Tabel 3 Nieuwe wensen (x € 1.000)" above the table: its words without the unit are the title.
  const named = caption === null ? '' : withoutUnit(caption);
  if (named !== '' && parseMultiplier(named) === null && !/^bedragen$/i.test(named)) return named;
  // A column name over the labels is no title, unless it is all there is ("Investeringen" over the projects).
  if (COLUMN_NAMES.test(topLeft.trim())) return above ?? (TABLE_KINDS.test(topLeft.trim()) ? topLeft.trim() : null);
  const stripped = withoutUnit(topLeft);
  if (stripped !== '' && budgetColumnKind(stripped) === null && budgetRowKind(stripped) === null) return stripped;
  return above;
}
