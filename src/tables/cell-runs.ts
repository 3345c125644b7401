/**
 * Rebuilds tables that extraction linearised one cell per line: a run of
 * standalone one-line paragraphs that starts with header words (column
 * vocabulary and years) and continues with rows of a repeating shape.
 *
 *   Doel ⏎ Omschrijving ⏎ Bron ⏎ Realisatie ⏎ Raming ⏎ Realisatie ⏎ 2015 ⏎ … ⏎ 2018
 *   3.1 ⏎ Jongeren … ⏎ WSJG ⏎ 0,78% ⏎ X ⏎ nnb ⏎ 0,75% ⏎ nnb
 *   3.2 ⏎ …
 *
 * Rows are found either by their ids (a cell like "3.1" every L cells, where
 * L is the number of descriptor columns plus value columns) or, when rows
 * start with a label, as a run of text cells followed by a run of values.
 * Cells that arrive out of order (values before the description) are put in
 * their columns by type.
 */
import type { Block, Cell, ParagraphBlock, TableBlock, BlockDiagnostic } from '../blocks/model.js';
import { budgetColumnKind, budgetRowKind, columnLabel, descriptorRole, isBalanceColumnWord } from '../vocabulary/column-words.js';
import { headerCellOver, joinHeaderWords } from './columns.js';
import { exactRows } from '../blocks/exact-rows.js';
import { sectionRole } from '../vocabulary/sections.js';
import { isYear } from '../values/index.js';
import { valueLike } from '../values/value-like.js';
import { isHeaderWord } from '../vocabulary/header-words.js';
import { hasYear, withoutYears } from '../vocabulary/years.js';
import { firstLine, lineCount } from '../blocks/one-line-paragraph.js';
import { emptyCellAt, spacedCell } from '../blocks/cell.js';

const ID = /^(?:\(?\d{1,3}\)?|\d{1,3}(?:-\d{1,3}){1,4}|\d{1,2}(?:\.\d{1,2}){1,3}[a-z]?|[A-Z]{1,3}[ .-]?\d{1,3}(?:[.-]\d{1,3})*|\d{1,2}[A-Z])$/;

/** A cell that can open a row: "3.1", "12", "(38)", "1A", "DOEL 1-1". */
export function isIdLike(text: string): boolean {
  return text.length <= 12 && ID.test(text.trim());
}

function isCell(block: Block | undefined): block is ParagraphBlock {
  return block !== undefined && block.kind === 'paragraph' && lineCount(block) === 1 && block.standalone;
}

/** "Begrotings-" before "wijziging": a header word hyphenated over two lines. */
function isBrokenHeaderWord(block: Block | undefined, next: Block | undefined): boolean {
  if (!isCell(block) || !isCell(next) || !block.text.endsWith('-')) return false;
  return isContinuation(block.text, next.text) && isHeaderWord(next.text);
}

/**
 * Replaces runs of one-cell-per-line paragraphs that form a table by table
 * blocks. Other blocks pass through unchanged, in order.
 */
export function rebuildCellRuns(blocks: Block[], diagnostics: BlockDiagnostic[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const run = isCell(blocks[i]) ? tryRun(blocks, i, diagnostics) : null;
    if (!run) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    out.push(run.table);
    for (const b of run.clutter) out.push(b);
    i = run.next;
  }
  return out;
}

function tryRun(
  blocks: Block[],
  from: number,
  diagnostics: BlockDiagnostic[],
): { table: TableBlock; clutter: Block[]; next: number } | null {
  const clutter: Block[] = [];
  const header: Cell[] = [];
  let i = from;
  while (isCell(blocks[i]) && (isHeaderWord((blocks[i] as ParagraphBlock).text) || isBrokenHeaderWord(blocks[i], blocks[i + 1]))) {
    header.push(firstLine(blocks[i] as ParagraphBlock));
    i++;
  }
  // "Toevoegingen" right before an amount is the first row's label, not a column.
  if (header.length > 2 && budgetRowKind(header[header.length - 1]!.text) !== null && isCell(blocks[i]) && valueLike((blocks[i] as ParagraphBlock).text)) {
    header.pop();
    i--;
  }
  const known = header.filter((c) => isHeaderWord(c.text)).length;
  if (header.length < 2 || known < 2) return null;
  if (header.every((c) => isYear(c.text) !== null) && header.length < 3) return null;
  const cells: Cell[] = [];
  let j = i;
  while (j < blocks.length) {
    const b = blocks[j]!;
    if (b.kind === 'clutter') {
      clutter.push(b);
      j++;
      continue;
    }
    // A W-question or named section ends the table: it heads what follows.
    if (!isCell(b) || sectionRole(b.text) !== null) break;
    cells.push(firstLine(b));
    j++;
  }
  if (cells.length === 0) return null;
  const built = buildRows(header, cells, j === blocks.length);
  if (!built || built.rows.length === 0) return null;
  // Cells after the last row that fits are not part of the table.
  const used = built.used;
  let next = i;
  let seen = 0;
  const keptClutter: Block[] = [];
  while (next < j && seen < used) {
    const b = blocks[next]!;
    if (b.kind === 'clutter') keptClutter.push(b);
    else seen++;
    next++;
  }
  if (built.partial) {
    diagnostics.push({
      severity: 'warning',
      code: 'table.partial-row',
      message: `the last row has ${built.partial} of its cells; it is kept as it is`,
      span: built.rows[built.rows.length - 1]![0]!.span,
    });
  }
  const headerRows = splitHeaderRows(joinHeaderCells(header));
  const rows = exactRows([...headerRows, ...built.rows]);
  // Reordered cells: the last cell of a row is not always the last in the text.
  let end = header[0]!.span.end;
  for (const row of built.rows) for (const cell of row) if (cell.span.end > end) end = cell.span.end;
  return {
    table: {
      kind: 'table',
      rows,
      headerRows: headerRows.length,
      caption: null,
      span: { start: header[0]!.span.start, end },
    },
    clutter: keptClutter,
    next,
  };
}

/** Header cells as rows: the words, then the years when they form their own run. */
function splitHeaderRows(header: Cell[]): Cell[][] {
  const firstYear = header.findIndex((c) => isYear(c.text) !== null);
  if (firstYear <= 0) return [header];
  const tail = header.slice(firstYear);
  if (!tail.every((c) => isYear(c.text) !== null)) return [header];
  return [header.slice(0, firstYear), tail];
}

/**
 * A header word that names a column of values: an observation label or a budget
 * column ("Realisatie 2023", "Primitieve begroting", "Verschil"), not an id or a
 * descriptor ("Nr", "Omschrijving", "Taakveld").
 */
export function isValueWord(text: string): boolean {
  if (isBalanceColumnWord(text)) return true;
  const t = withoutYears(text, { stars: false }).trim();
  if (descriptorRole(t) === 'id') return false;
  return columnLabel(t) !== null || budgetColumnKind(t) !== null;
}

/** The header cells with broken words joined and years paired with the words above them. */
export function joinHeaderCells(header: Cell[]): Cell[] {
  const joined = joinContinuations(header);
  const pairs = mergeWordYearPairs(joined);
  return pairs !== joined ? pairs : mergeLoneYears(joined);
}

/**
 * A budget column word broken over two lines: "Begroting" / "na wijziging",
 * "Begroting" / "primitief", "Begrotings-" / "wijziging". The second part
 * starts in lower case and is no column word of its own ("begroting na
 * wijziging" is).
 */
function joinContinuations(header: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of header) {
    const prev = out[out.length - 1];
    if (prev && isContinuation(prev.text, cell.text)) out[out.length - 1] = headerCellOver([prev, cell]);
    else out.push(cell);
  }
  return out.length < header.length ? out : header;
}

const BROKEN_KINDS: ReadonlySet<string> = new Set(['begroting-primitief', 'begroting-gewijzigd', 'wijziging']);

function isContinuation(prev: string, text: string): boolean {
  const first = text.charCodeAt(0);
  if (!(first >= 97 && first <= 122) || isYear(prev) !== null || columnLabel(text) !== null) return false;
  const kind = budgetColumnKind(joinHeaderWords([prev, text]));
  return kind !== null && BROKEN_KINDS.has(kind);
}

/**
 * A single year between two words ("Realisatie" / "2023" / "Verschil")
 * belongs to the value word before it; a run of years is a row of its own.
 */
function mergeLoneYears(header: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (let k = 0; k < header.length; k++) {
    const cell = header[k]!;
    const prev = out[out.length - 1];
    const next = header[k + 1];
    const lone = prev !== undefined && next !== undefined && isYear(cell.text) !== null &&
      isYear(prev.text) === null && isYear(next.text) === null && yearless(prev.text) && isValueWord(prev.text);
    if (lone) out[out.length - 1] = headerCellOver([prev, cell]);
    else out.push(cell);
  }
  return out.length < header.length ? out : header;
}

function yearless(text: string): boolean {
  return !hasYear(text);
}

/**
 * Headers broken over lines as word, year, word, year ("Rekening" / "2020" /
 * "Begroting" / "2021") are one cell per pair.
 */
function mergeWordYearPairs(header: Cell[]): Cell[] {
  const out: Cell[] = [];
  let pairs = 0;
  for (let k = 0; k < header.length; k++) {
    const cell = header[k]!;
    const next = header[k + 1];
    if (next && isYear(cell.text) === null && opensWithYear(next.text) && (k === 0 || opensWithYear(header[k - 1]!.text) || out.length > 0)) {
      out.push(spacedCell([cell, next]));
      pairs++;
      k++;
    } else out.push(cell);
  }
  return pairs >= 2 ? out : header;
}

/** A year alone, or a year its column's qualifier follows in lower case ("2017 incidenteel"). */
const YEAR_QUALIFIED = /^((?:19|20)\d\d)\s+[a-zà-ÿ][a-zà-ÿ .-]*$/;

function opensWithYear(text: string): boolean {
  const m = YEAR_QUALIFIED.exec(text.trim());
  return isYear(m ? m[1]! : text) !== null;
}

interface Built {
  rows: Cell[][];
  used: number;
  partial: number;
}

function buildRows(rawHeader: Cell[], cells: Cell[], atEnd: boolean): Built | null {
  const header = joinHeaderCells(rawHeader);
  const words = header.filter((c) => isYear(c.text) === null);
  const years = header.length - words.length;
  const descriptors = words.filter((c) => !isValueWord(c.text)).length;
  const labels = words.length - descriptors;
  const first = cells[0]!.text;
  if (isIdLike(first) && descriptorRole(words[0]?.text ?? '') === 'id') {
    return byIds(cells, descriptors, labels, years);
  }
  // "Realisatie cijfers" ⏎ "Streefcijfers" over 2014 … 2018 ⏎ 2018: fewer words than years, and a year said twice.
  const yearTexts = header.filter((c) => isYear(c.text) !== null).map((c) => c.text.trim());
  const undated = labels > 0 && labels < years && new Set(yearTexts).size < yearTexts.length;
  return byShape(cells, descriptors, Math.max(labels, years), atEnd, undated);
}

/** Rows that start with an id every L cells. */
function byIds(cells: Cell[], descriptors: number, labels: number, years: number): Built | null {
  const candidates: number[] = [];
  if (labels === 0 && years === 0) candidates.push(descriptors);
  else {
    const lo = Math.max(labels, years, 1);
    const hi = Math.max(labels + years, lo);
    for (let n = lo; n <= hi; n++) candidates.push(descriptors + n);
  }
  let best: Built | null = null;
  for (const width of candidates) {
    const built = chunk(cells, width, (row) => isIdLike(row[0]!.text));
    if (built && (!best || built.rows.length > best.rows.length)) best = built;
  }
  // A row that lost a cell (an empty one the extraction dropped) puts every later row out of step.
  const atIds = chunkAtIds(cells);
  if (atIds && (!best || atIds.used > best.used || (atIds.used === best.used && !startsWithNames(best)))) best = atIds;
  return best ? { ...best, rows: best.rows.map((r) => reorder(r, descriptors)) } : null;
}

/**
 * Rows cut where an id is followed by a name ("2.2" / "Nieuwe
 * fietsparkeerplekken …"), whatever their length: a short row stays short
 * (the recognisers say so) and the rows after it keep their own cells. Rows
 * may not be longer than the commonest row; the last one ends at that length.
 */
function chunkAtIds(cells: Cell[]): Built | null {
  const starts: number[] = [];
  // The ids of one table share a shape ("5.1", "5.2" …): a value such as "40" before a text is no id.
  const shape = idShape(cells[0]!.text);
  for (let k = 0; k + 1 < cells.length; k++) {
    if (isIdLike(cells[k]!.text) && idShape(cells[k]!.text) === shape && !valueLike(cells[k + 1]!.text)) starts.push(k);
  }
  if (starts.length < 3 || starts[0] !== 0) return null;
  const lengths = starts.slice(1).map((s, k) => s - starts[k]!);
  const width = commonest(lengths);
  const rows: Cell[][] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = Math.min(starts[k + 1] ?? from + width, from + width, cells.length);
    if ((starts[k + 1] ?? to) > to) break;
    rows.push(cells.slice(from, to));
  }
  const last = rows[rows.length - 1]!;
  const used = starts[rows.length - 1]! + last.length;
  return rows.length >= 2 ? { rows, used, partial: last.length < width ? last.length : 0 } : null;
}

/** An id with its numbers folded: "5.12" and "5.1" are both "#.#", "(38)" is "(#)". */
function idShape(text: string): string {
  return text.trim().replace(/\d+/g, '#');
}

/** Whether every row's id is followed by a name, as the header's Nr | Omschrijving says. */
function startsWithNames(built: Built): boolean {
  return built.rows.every((r) => r.length < 2 || !valueLike(r[1]!.text));
}

function commonest(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let most = 0;
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > most || (n === most && x > best)) [best, most] = [x, n];
  }
  return best;
}

function chunk(cells: Cell[], width: number, rowOk: (row: Cell[]) => boolean): Built | null {
  if (width < 2) return null;
  const rows: Cell[][] = [];
  let k = 0;
  let partial = 0;
  while (k < cells.length) {
    const row = cells.slice(k, k + width);
    if (!rowOk(row)) break;
    if (row.length < width) {
      partial = row.length;
      rows.push(row);
      k += row.length;
      break;
    }
    rows.push(row);
    k += width;
  }
  return rows.length === 0 ? null : { rows, used: k, partial };
}

/**
 * Out-of-order rows (values before the description) in a table without
 * value columns: ids and numbers first, then texts, the shorter text being
 * the description and the longer the explanation.
 */
function reorder(row: Cell[], descriptors: number): Cell[] {
  if (descriptors < 3 || row.length !== descriptors) return row;
  const shortValues = row.filter((c) => valueLike(c.text) && c.text.length <= 12);
  const textsOnly = row.filter((c) => !(valueLike(c.text) && c.text.length <= 12));
  const expectedLeadingValues = shortValues.length;
  const leading = row.slice(0, expectedLeadingValues).every((c) => valueLike(c.text));
  if (!leading || textsOnly.length !== 2 || expectedLeadingValues !== 2) return row;
  const [a, b] = textsOnly as [Cell, Cell];
  const [description, explanation] = a.text.length <= b.text.length ? [a, b] : [b, a];
  // Header order is id, description, progress, explanation.
  return [shortValues[0]!, description, shortValues[1]!, explanation];
}

/** An amount and the V or N on the line after it ("120" / "V") as one cell "120 V". */
function withMarker(cell: Cell, next: Cell | undefined): Cell {
  if (!next || (next.text !== 'V' && next.text !== 'N') || !/[\d)]$/.test(cell.text)) return cell;
  return spacedCell([cell, next]);
}

/** How budget rows name their kind: in a cell after the row's label, or as the label under group lines. */
type KindStyle = 'none' | 'cell' | 'groups';

/** A short Lasten / Baten / Saldo word followed by an amount: a kind cell. */
function startsKind(cells: Cell[], k: number): boolean {
  const cell = cells[k];
  const next = cells[k + 1];
  if (!cell || !next || !valueLike(next.text) || cell.text.split(' ').length > 2) return false;
  const kind = budgetRowKind(cell.text);
  return kind !== null && !kind.total;
}

/**
 * "1A Zorg dichtbij / lasten / 3.023": every kind cell comes after a label
 * (style 'cell'); "Programma 1 Bestuur / Lasten / 4.820 … Baten / 310": some
 * kind cells open their row, so text before a kind cell is a group line.
 */
function kindStyle(cells: Cell[]): KindStyle {
  let kinds = 0;
  let paired = 0;
  for (let k = 0; k < cells.length; k++) {
    if (!startsKind(cells, k)) continue;
    kinds++;
    const before = cells[k - 1];
    if (before && !valueLike(before.text) && budgetRowKind(before.text) === null) paired++;
  }
  if (kinds === 0) return 'none';
  return paired === kinds ? 'cell' : 'groups';
}

/** Rows that start with label cells followed by a run of values. */
function byShape(cells: Cell[], descriptors: number, expected: number, atEnd: boolean, undatedHeader = false): Built | null {
  const rows: Cell[][] = [];
  const labelsOf: number[] = [];
  let k = 0;
  const labelCount = Math.max(descriptors, 1);
  const style = kindStyle(cells);
  let partial = 0;
  while (k < cells.length) {
    const row: Cell[] = [];
    let labelsTaken = 0;
    while (k < cells.length && labelsTaken < labelCount && !valueLike(cells[k]!.text)) {
      row.push(cells[k]!);
      k++;
      labelsTaken++;
    }
    // A card's value row has no label: the indicator's name is the heading above the table.
    if (labelsTaken === 0 && !(rows.length === 0 && descriptors === 0 && (fullValueRow(cells, k, expected) || (undatedHeader && shortValueRow(cells, k, expected))))) break;
    if (style === 'cell' && labelsTaken === labelCount && startsKind(cells, k)) {
      row.push(cells[k]!);
      k++;
      labelsTaken++;
    }
    let values = 0;
    while (k < cells.length && valueLike(cells[k]!.text) && (expected === 0 || values < expected)) {
      row.push(withMarker(cells[k]!, cells[k + 1]));
      k += row[row.length - 1] === cells[k] ? 1 : 2;
      values++;
    }
    if (values === 0 && style === 'groups' && startsKind(cells, k)) {
      // A group line ("Programma 1 Bestuur") above its Lasten / Baten / Saldo rows.
      rows.push(row);
      labelsOf.push(labelsTaken);
      continue;
    }
    if (values === 0) {
      // Text cut off after a row's label ("Aantal inbr" at the end of the document): a partial row.
      const text = row[0]?.text ?? '';
      if (atEnd && k === cells.length && rows.length > 0 && text.length <= 60 && !/[.!?]$/.test(text)) {
        partial = row.length;
        rows.push(row);
        labelsOf.push(labelsTaken);
        break;
      }
      k -= labelsTaken;
      break;
    }
    rows.push(row);
    labelsOf.push(labelsTaken);
    // A short row (an empty cell the extraction dropped) keeps the table going; the recognisers
    // warn about its cell count. Only a short last row is a cut-off row.
    partial = expected > 0 && values < expected ? row.length : 0;
  }
  if (style === 'cell') alignValues(rows, labelsOf, expected);
  return rows.length === 0 ? null : { rows, used: k, partial };
}

/**
 * Exactly `expected` values from `k` on, then no more: the one value row of an
 * indicator card ("Realisatie" ×3 ⏎ "Begroot" ⏎ the years ⏎ "178" ⏎ "165" ⏎
 * "n.b." ⏎ "100"), whose name and fields stand above the table.
 */
function fullValueRow(cells: Cell[], k: number, expected: number): boolean {
  if (expected < 2 || k + expected > cells.length) return false;
  for (let v = k; v < k + expected; v++) if (!valueLike(cells[v]!.text)) return false;
  const after = cells[k + expected];
  return after === undefined || !valueLike(after.text);
}

/**
 * A card's one value row with fewer values than the header has years, under
 * fewer column words than years with a year said twice, so that where one
 * word's years end is unknown ("Realisatie cijfers" ⏎ "Streefcijfers" ⏎
 * 2014 … 2018 ⏎ 2018 ⏎ "883" ⏎ "942" ⏎ "880" ⏎ "Bron:"): at least
 * `MIN_SHORT_VALUES` values, then text. The header does not say which
 * years the values have, so the row is kept short, the reader reports it
 * (`table.partial-row`) and the years stay unknown. Under a header of one
 * word per year a short row would be dated by position: no table then.
 */
function shortValueRow(cells: Cell[], k: number, expected: number): boolean {
  let v = k;
  while (v < cells.length && valueLike(cells[v]!.text)) v++;
  const n = v - k;
  return n >= MIN_SHORT_VALUES && n < expected && v < cells.length;
}

/** Values a card's short value row has at least: one number after a header could be a page number. */
const MIN_SHORT_VALUES = 2;

/**
 * In a table with kind cells, a row with all its amounts but fewer label cells
 * ("Totaal lasten / 43,5 / 45,2") gets empty cells after its label, so its
 * amounts stand under their columns.
 */
function alignValues(rows: Cell[][], labelsOf: number[], expected: number): void {
  let width = 0;
  for (const n of labelsOf) if (n > width) width = n;
  rows.forEach((row, r) => {
    const labels = labelsOf[r]!;
    if (labels >= width || expected === 0 || row.length - labels !== expected) return;
    const at = row[labels - 1]!.span.end;
    row.splice(labels, 0, ...Array.from({ length: width - labels }, () => emptyCellAt(at)));
  });
}
