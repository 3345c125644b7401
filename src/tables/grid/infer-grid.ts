/**
 * Grid inference for a table written one cell per line: the rows and
 * columns come from the kinds of the cells (amounts, years, codes, labels),
 * not from the header words, which only have to fit the columns the rows
 * show. The column count is the commonest number of amounts per row; rows
 * with fewer amounts stay short (the recogniser warns), group lines become
 * rows without amounts, a code cell before a label becomes a code column.
 *
 *   Taakveld ⏎ Begroting 2023 ⏎ Rekening 2023 ⏎ Verschil ⏎ 4 Leren en ontmoeten ⏎
 *   4.2  Onderwijshuisvesting ⏎ 1.840 ⏎ 1.912 ⏎ 72 ⏎ …
 *   → header Taakveld | Begroting 2023 | Rekening 2023 | Verschil;
 *     group row "4 Leren en ontmoeten"; row "4.2 Onderwijshuisvesting" 1.840 | 1.912 | 72
 *
 * Linear in the number of cells: every stage is one or two passes.
 */
import type { Cell, BlockDiagnostic } from '../../blocks/model.js';
import { classifyCell, isCodeShaped, type CellClass } from './cell-class.js';
import { joinYearLabels } from './year-labels.js';
import { codeShapeOf, readUnits, shapeOf, type Unit } from './body-units.js';
import { headerGrid, type HeaderGrid } from './header-grid.js';
import { countedRowNumbers } from './row-numbers.js';
import { markOperatorCells } from './operator-cells.js';
import { isHeaderWord } from '../../vocabulary/header-words.js';
import { descriptorRole } from '../../vocabulary/column-words.js';
import { filledArray } from '../../vocabulary/filled-array.js';
import { yearsIn } from '../../values/index.js';
import { headAndSubRow, rowHeads } from './row-heads.js';
import { columnsFromHeader } from './header-columns.js';
import { endsInNoteColumn } from './note-column.js';
import { cellAt, emptyCellAt } from '../../blocks/cell.js';

export interface InferredGrid {
  rows: Cell[][];
  headerRows: number;
  /** Cells of the run before the table (a title the header did not take). */
  leading: number;
  /** Index after the last cell of the run the table took. */
  end: number;
  diagnostics: BlockDiagnostic[];
}

/** Share of rows with the same number of label cells above which the table has that many label columns ("1A Zorg" ⏎ "lasten"). */
const TWO_LABELS_SHARE = 0.6;
/** Rows with amounts a table needs: one row of amounts is a line of text with a number, not a table (but see `isCaptionedRow`). */
const MIN_ROWS = 2;
/** Amount columns a one-row table needs: a caption and one label with one amount is a sentence's worth, not a grid. */
const MIN_ONE_ROW_COLUMNS = 2;

/**
 * One row is a table when a unit caption heads it and the header names as
 * many columns as the row has amounts: the caption says amounts follow, the
 * header says where each goes.
 *
 *   (x € 1 mln) ⏎ Rekening 2024 ⏎ Raming 2025 ⏎ Raming 2026 ⏎ EMU-saldo ⏎ 4,2 ⏎ -12,8 ⏎ -3,1
 *   → one table, one row "EMU-saldo" over three columns, in millions
 */
function isCaptionedRow(before: Cell[], header: HeaderGrid, rows: Unit[], columns: number): boolean {
  const withAmounts = rows.filter((u) => u.values.length > 0);
  return withAmounts.length === 1 && withAmounts[0]!.values.length === columns && columns >= MIN_ONE_ROW_COLUMNS &&
    header.rows.some((row) => namesEachColumn(row, columns)) && before.some((c) => classifyCell(c.text) === 'caption');
}

/** Whether a header row has a cell of its own over each amount column (no cell spanning several). */
function namesEachColumn(row: Cell[], columns: number): boolean {
  const over = row.slice(row.length - columns);
  return over.length === columns && over.every((c, k) => c.text.trim() !== '' && (k === 0 || c.span.start !== over[k - 1]!.span.start));
}

/**
 * Infers the grid of `cells` (a run of one-line cells). `atEnd` says the
 * run ends the document, so a last row short of its amounts was cut off.
 * Null when the run holds no table.
 */
export function inferGrid(cells: Cell[], atEnd: boolean): InferredGrid | null {
  const classes = filledArray(cells.length, (k) => classifyCell(cells[k]!.text));
  const joined = joinYearLabels(cells, classes);
  if (joined === null) return inferFrom(cells, classes, atEnd);
  // The joined word and year are the row's label: text cells before it are group lines, whatever their share.
  const grid = inferFrom(joined.cells, joined.classes, atEnd, true);
  if (grid === null) return null;
  // Indices into the joined cells back to the run's cells.
  const back = (k: number): number => (k < joined.origin.length ? joined.origin[k]! : cells.length);
  const diagnostics = [...grid.diagnostics];
  for (const k of joined.bare) {
    if (k < grid.leading || k >= grid.end) continue;
    const cell = joined.cells[k]!;
    diagnostics.push({
      severity: 'warning',
      code: 'table.row-without-amounts',
      message: `row "${cell.text}" has no amounts where the rows of its kind have them; it is kept as a line above the next row`,
      span: cell.span,
    });
  }
  return { ...grid, leading: back(grid.leading), end: back(grid.end), diagnostics };
}

function inferFrom(cells: Cell[], classes: CellClass[], atEnd: boolean, oneLabel = false): InferredGrid | null {
  const operators = markOperatorCells(cells, classes);
  // The first amount after a label; a code before a label ("5.1" ⏎ "Sportbeleid") opens a row instead. A plain
  // number there ("12" ⏎ "Zwembad") may as well be the last amount of a one-column row: it stays an amount.
  // Plain numbers that count the rows (1, 2, 3 …) are row numbers all the same.
  const numbered = countedRowNumbers(cells, classes);
  const firstValue = classes.findIndex((c, k) => c === 'value' && k > 0 && classes[k - 1] === 'text' &&
    !(classes[k + 1] === 'text' && ((isCodeShaped(cells[k]!.text) && shapeOf(cells[k]!.text) !== '#') || numbered.has(k))));
  if (firstValue < 0) return null;
  const codes = codeShapeOf(cells, classes, firstValue - 1);
  let bodyStart = firstValue - 1;
  if (codes !== null && bodyStart > 0 && shapeOf(cells[bodyStart - 1]!.text) === codes) bodyStart--;
  const slots = new Map<number, number>();
  const first = readUnits(cells, classes, bodyStart, codes, null, slots, numbered);
  let columns = columnCount(first.units);
  if (columns === 0) return null;
  // Rows that lost empty cells make a short count common; the header and a row of its length break the tie.
  columns = columnsFromHeader(cells.slice(0, bodyStart), classes, first.units, columns);
  // The first row was read from its last label cell; the rows after it say how many label cells a row has.
  const after = first.units.slice(1);
  const twoLabels = oneLabel ? 1 : Math.max(labelColumns(after), operators ? 2 : 1);
  const mayOpenRow = (k: number): boolean => k > 0 && classes[k] === 'text' && !isHeaderWord(cells[k]!.text) && yearsIn(cells[k]!.text).length === 0;
  for (let n = 1; codes === null && n < twoLabels && mayOpenRow(bodyStart - 1); n++) bodyStart--;
  // Sub-rows under heads of several cells: the first head's cells stand before the first sub-row label.
  let heads = codes === null && twoLabels === 1 && !oneLabel ? rowHeads(after) : null;
  if (heads) {
    let n = 0;
    while (n < heads.size && mayOpenRow(bodyStart - 1)) { bodyStart--; n++; }
    if (n < heads.size) { bodyStart += n; heads = null; }
  }
  const before = cells.slice(0, bodyStart);
  const note = endsInNoteColumn(before);
  const { units, end } = readUnits(cells, classes, bodyStart, codes, columns, slots, numbered, note);
  const markers = units.some((u) => u.markerAt >= 0);
  const labelCols = heads ? heads.size : twoLabels + (codes !== null ? 1 : 0);
  // The note column's header word is laid after the amount columns' header, on its top row.
  const headerCells = note ? before.slice(0, -1) : before;
  // Indicator tables with Eenheid / Bron / Toelichting columns are the indicator reader's (cell-runs.ts), unless
  // their rows stand under heads, which that reader does not know.
  if (heads === null && headerCells.some((c) => INDICATOR_ROLES.has(descriptorRole(c.text) ?? ''))) return null;
  const header = headerGrid(headerCells, classes, columns, labelCols, markers);
  if (header === null) return null;
  if (note) {
    const word = cells[bodyStart - 1]!;
    // Over a header that titles the table only ("Rekening 2022" … above it as headings), the word is a header row
    // of its own, over the note column: without one it would stand in no row, and be lost.
    if (header.rows.length === 0) header.rows.push([...Array.from({ length: labelCols + columns }, () => emptyCellAt(word.span.start)), word]);
    else header.rows.forEach((row, r) => row.push(r === 0 ? word : emptyCellAt(word.span.end)));
  }
  // Units after the last row with amounts are not the table's, unless the text was cut in a row.
  let last = units.length - 1;
  while (last >= 0 && units[last]!.values.length === 0) last--;
  const diagnostics: BlockDiagnostic[] = [];
  const taken = units.slice(0, last + 1);
  const tail = units[last + 1];
  const stop = tail ? tail.from : end;
  const valueRows = taken.filter((u) => u.values.length > 0).length;
  if (valueRows < MIN_ROWS && !isCaptionedRow(before, header, taken, columns)) return null;
  const body: Cell[][] = [];
  for (const g of header.groups) body.push(padLabels([g], labelCols, codes !== null, null));
  for (const unit of taken) {
    const rows = (heads && headAndSubRow(unit, heads, emptyCellAt)) || unitRows(unit, labelCols, twoLabels, codes !== null);
    // The note column: the row with the amounts gets its note, or an empty cell that keeps the column.
    const own = rows[rows.length - 1];
    if (note && own && unit.values.length > 0) own.push(unit.note ?? emptyCellAt(own[own.length - 1]!.span.end));
    body.push(...rows);
  }
  const cut = atEnd && stop === cells.length ? cutRow(taken[taken.length - 1]!, columns) : null;
  if (cut) diagnostics.push(cut);
  // Pushed, not mapped and spread: the grid's rows are one (packed) array shape in every tier.
  const rows: Cell[][] = [];
  for (const r of header.rows) rows.push(labelCols > 1 && r.length === columns ? padHeaderRow(r, labelCols + columns) : r);
  for (const r of body) rows.push(r);
  if (header.caption) {
    // "(x € 1.000)" among the header words: the top-left cell, where the recogniser looks for the unit.
    const top = rows[0];
    if (header.rows.length > 0 && top && top.length === columns) {
      const gap = Array.from({ length: labelCols - 1 }, () => cellAt('', header.caption!.span));
      rows[0] = [header.caption, ...gap, ...top];
    } else if (header.rows.length > 0 && top && top[0]!.text === '') top[0] = header.caption;
    else rows.push([header.caption]);
  }
  return { rows, headerRows: header.rows.length, leading: header.leading, end: stop, diagnostics };
}

/**
 * A header row without top-left words over a table of several label columns
 * ("2018" ⏎ "2019" over "Mutatie voorraden" ⏎ "-" ⏎ amounts): empty cells
 * before it, so that each year stands over its amounts and not over a label.
 */
function padHeaderRow(row: Cell[], width: number): Cell[] {
  if (row.length >= width || row.length === 0) return row;
  const at = row[0]!.span.start;
  return [...Array.from({ length: width - row.length }, () => emptyCellAt(at)), ...row];
}

/** The commonest number of amounts per row (ties: the larger). */
function columnCount(units: Unit[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (const u of units) {
    const n = u.values.length;
    if (n === 0) continue;
    const c = (counts.get(n) ?? 0) + 1;
    counts.set(n, c);
    if (c > most || (c === most && n > best)) [best, most] = [n, c];
  }
  return best;
}

/** Header words of indicator tables' descriptive columns. */
const INDICATOR_ROLES: ReadonlySet<string> = new Set(['source', 'unit', 'progress', 'benchmark', 'note']);

/** Label columns a table may have (code, name, unit, source …): more label cells are group lines. */
const MAX_LABEL_COLUMNS = 4;

/**
 * The label columns: the commonest number of label cells in rows with
 * amounts, when most rows have it ("Verwijzingen Halt" ⏎ "per 10.000
 * jongeren" ⏎ "Bureau Halt" ⏎ 98 …: three); else 1.
 */
function labelColumns(units: Unit[]): number {
  const counts = new Map<number, number>();
  let rows = 0;
  for (const u of units) {
    if (u.values.length === 0 || u.texts.length === 0) continue;
    rows++;
    const n = Math.min(u.texts.length, MAX_LABEL_COLUMNS);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 1;
  for (const [n, c] of counts) if (n > 1 && c / rows >= TWO_LABELS_SHARE && n > best) best = n;
  return best;
}

/** A unit as rows: label cells beyond the label columns are group lines above it. */
function unitRows(unit: Unit, labelCols: number, textCols: number, codes: boolean): Cell[][] {
  const out: Cell[][] = [];
  const texts = unit.texts;
  if (unit.values.length === 0) {
    texts.forEach((t, k) => out.push(padLabels([t], labelCols, codes, k === 0 ? unit.code : null)));
    return out;
  }
  const extra = Math.max(0, texts.length - textCols);
  for (let k = 0; k < extra; k++) out.push(padLabels([texts[k]!], labelCols, codes, k === 0 ? unit.code : null));
  const own = texts.slice(extra);
  const row = padLabels(own, labelCols, codes, extra === 0 ? unit.code : null, unit.values[0]?.span.start);
  row.push(...unit.values);
  out.push(row);
  return out;
}

/** Label cells filled out to the label columns (code column first), empty cells where the text has none. */
function padLabels(texts: Cell[], labelCols: number, codes: boolean, code: Cell | null, at?: number): Cell[] {
  const anchor = texts[0]?.span.start ?? code?.span.start ?? at ?? 0;
  const row: Cell[] = [];
  if (codes) row.push(code ?? emptyCellAt(anchor));
  const textCols = labelCols - (codes ? 1 : 0);
  for (let c = 0; c < textCols; c++) row.push(texts[c] ?? emptyCellAt(anchor));
  for (let c = textCols; c < texts.length; c++) row[row.length - 1] = texts[c]!;
  return row;
}

/** The last row of a table the text cut off: a diagnostic, and the row stays as it is. */
function cutRow(unit: Unit, columns: number): BlockDiagnostic | null {
  if (unit.values.length >= columns) return null;
  const cells = [unit.code, ...unit.texts, ...unit.values].filter((c): c is Cell => c !== null);
  if (cells.length === 0) return null;
  return {
    severity: 'warning',
    code: 'table.partial-row',
    message: `the text ends in this row: ${unit.values.length} of ${columns} amounts; it is kept as it is`,
    span: { start: cells[0]!.span.start, end: cells[cells.length - 1]!.span.end },
  };
}
