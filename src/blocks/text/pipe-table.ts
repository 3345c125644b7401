/**
 * Pipe tables ("Lasten | 2.762 | 303 |"), as converters write them: rows,
 * separator lines, filler lines; a new header after a separator or a gap
 * starts a new table.
 */
import { exactRows } from '../exact-rows.js';
import type { Cell, Span, TableBlock } from '../model.js';
import { splitPipeRow, trimPadding } from '../pipe-row.js';
import { isHeaderWord } from '../../vocabulary/header-words.js';
import { isAmountText } from '../../values/value-like.js';
import { lineSpan, type Line } from './lines.js';
import { LineKind, nextNonBlank, type TextBlockReader } from './kinds.js';
import { unshiftHeaderRow, unshiftLabelCells } from './pipe-shifted-row.js';
import { joinBrokenRows } from './pipe-broken-rows.js';
import { alignShiftedHeaderRows } from './pipe-header-shift.js';
import { cellAt } from '../cell.js';

/** Reads pipe tables: rows, separators and filler lines, across blank lines before more rows. */
export const readPipeTables: TextBlockReader = (run, from) => {
  const { lines, kinds, blocks } = run;
  let rows: Cell[][] = [];
  // Where each row's leading pipe is, or null: in a table written without outer pipes it opens an empty cell.
  let leading: Array<Span | null> = [];
  let headerRows = 0;
  /** How many rows stood above the table's first separator. */
  let separatorAt = 0;
  let sawSeparator = false;
  let sawValues = false;
  let spanStart = lines[from]!.start;
  let spanEnd = lines[from]!.end;
  const flush = (): void => {
    if (rows.length > 0) {
      const cells = emptyFirstCells(trimPadding(rows), leading);
      // Pieces of a broken row are joined apart in the header and the body, so the header keeps its rows.
      let width = 0;
      for (const row of cells) if (row.length > width) width = row.length;
      const header = joinBrokenRows(cells.slice(0, headerRows), width);
      const body = joinBrokenRows(cells.slice(headerRows), width);
      const joined = header.length + body.length < cells.length ? [...header, ...body] : cells;
      const heads = header.length;
      blocks.push(pipeTable(alignShiftedHeaderRows(unshiftHeaderRow(unshiftLabelCells(joined, heads)), heads), heads, spanStart, spanEnd));
    }
    rows = [];
    leading = [];
    headerRows = 0;
    separatorAt = 0;
    sawSeparator = false;
    sawValues = false;
  };
  let i = from;
  while (i < lines.length) {
    const kind = kinds[i]!;
    const line = lines[i]!;
    if (kind === LineKind.pipe) {
      if (rows.length === 0) spanStart = line.start;
      const row = splitPipeRow(line.text, (a, b) => lineSpan(line, a, b));
      sawValues ||= hasValueCell(row);
      rows.push(row);
      leading.push(leadingPipe(line));
      spanEnd = line.end;
      i++;
      continue;
    }
    if (kind === LineKind.pipeSep) {
      // A separator under a row that already follows an earlier separator
      // starts a new table: that row was the new table's header. A row of
      // amounts heads nothing: under it the separator is a converter's
      // stray line inside the same table.
      if (sawSeparator && rows.length > separatorAt + 1 && !holdsAmounts(rows[rows.length - 1]!)) {
        const header = rows.pop()!;
        const pipe = leading.pop()!;
        flush();
        rows = [header];
        leading = [pipe];
        spanStart = header[0]?.span.start ?? line.start;
      }
      if (!sawSeparator) {
        separatorAt = rows.length;
        headerRows = headerAboveSeparator(rows);
      }
      sawSeparator = true;
      spanEnd = line.end;
      i++;
      continue;
    }
    if (kind === LineKind.pipeFiller) {
      i++;
      continue;
    }
    if (kind === LineKind.blank) {
      const j = nextNonBlank(run, i);
      if (j < lines.length && (kinds[j] === LineKind.pipe || kinds[j] === LineKind.pipeSep)) {
        // After a gap, a row of header words under rows of values starts the next table.
        if (kinds[j] === LineKind.pipe && sawValues && isHeaderRow(splitPipeRow(lines[j]!.text, (a, b) => lineSpan(lines[j]!, a, b)))) flush();
        i = j;
        continue;
      }
    }
    break;
  }
  flush();
  return i;
};

/**
 * The header rows above a table's first separator: all of them, unless the
 * row right above it holds amounts. A converter that put the separator under
 * a data row ("1 | Renteherzieningen | 0 | 0 |" ⏎ "---|---|") made no header of
 * it: the header is then the rows above that hold no amount, without a group
 * line at their end ("0.0 Bestuur en ondersteuning | | |": one filled cell,
 * the first), which heads the rows under it.
 */
function headerAboveSeparator(rows: Cell[][]): number {
  if (rows.length === 0 || !holdsAmounts(rows[rows.length - 1]!)) return rows.length;
  let h = 0;
  while (h < rows.length && !holdsAmounts(rows[h]!)) h++;
  while (h > 1 && isGroupLine(rows[h - 1]!)) h--;
  return h;
}

/** A row whose only filled cell is its first. */
function isGroupLine(row: Cell[]): boolean {
  if (row.length < 2 || row[0]!.text === '') return false;
  for (let c = 1; c < row.length; c++) if (row[c]!.text !== '') return false;
  return true;
}

/**
 * A row that holds an amount: a value cell that is no year, no period
 * ("2025-2026", "2024/2025") and no column number in brackets ("(1)", as a
 * header numbers its columns).
 */
function holdsAmounts(row: Cell[]): boolean {
  const amounts = row.filter((c) => {
    const t = c.text.trim().replace(FOOTNOTE_MARK, '');
    return isAmountText(t) && !PERIOD.test(t) && !COLUMN_NUMBER.test(t);
  });
  return amounts.length > 0 && !numbersColumns(amounts);
}

/** A year or number with a footnote mark after it ("2025¹", "2024*"). */
const FOOTNOTE_MARK = /[¹²³⁴⁵*]+$/;

/** Cells that number the columns one after another ("1 | 2 | 3"): a header row, not amounts. */
function numbersColumns(cells: Cell[]): boolean {
  if (cells.length < 2) return false;
  return cells.every((c, k) => c.text.trim() === String(k + 1));
}

/** A period of years as a header writes it ("2025-2026", "2024/2025", "2025 – 2028"). */
const PERIOD = /^(?:19|20)\d\d\s*[-–/]\s*(?:(?:19|20)?\d\d)$/;
/** A column's number in brackets ("(1)", "(12)"). */
const COLUMN_NUMBER = /^\(\d{1,2}\)$/;

function hasValueCell(row: Cell[]): boolean {
  return row.some((c) => isAmountText(c.text));
}

/** "Indicator | Rekening 2023 | Begroting 2024": two or more cells, all column words or years. */
function isHeaderRow(row: Cell[]): boolean {
  let words = 0;
  for (const c of row) {
    if (c.text === '') continue;
    if (!isHeaderWord(c.text)) return false;
    words++;
  }
  return words >= 2;
}

function leadingPipe(line: Line): Span | null {
  const at = line.text.length - line.text.trimStart().length;
  return line.text.charCodeAt(at) === 124 ? lineSpan(line, at, at) : null;
}

/**
 * A table written without outer pipes ("Programma 1 | Lasten | 5.112") whose
 * row starts with a pipe and is one cell short ("| Baten | 325"): that pipe
 * closes an empty first cell, as in a grouped table's follow-up rows.
 */
function emptyFirstCells(rows: Cell[][], leading: Array<Span | null>): Cell[][] {
  if (leading[0] !== null) return rows;
  let width = 0;
  rows.forEach((row, r) => {
    if (leading[r] === null && row.length > width) width = row.length;
  });
  rows.forEach((row, r) => {
    const pipe = leading[r];
    if (pipe && row.length === width - 1) row.unshift(cellAt('', pipe));
  });
  return rows;
}

function pipeTable(rows: Cell[][], headerRows: number, start: number, end: number): TableBlock {
  return { kind: 'table', rows: exactRows(rows), headerRows, caption: null, span: { start, end } };
}
