/**
 * The header of a linearised table as rows over its columns, built from the
 * header cells and the column count the body shows. Header cells come in
 * levels (a run of words, a run of years); each level is laid over the
 * columns still open:
 *
 *   Programma ⏎ Begroting ⏎ Begroting ⏎ Meerjarenbegroting ⏎ 2017 ⏎ 2017 ⏎ 2018 ⏎ 2019 ⏎ 2020
 *   (5 amount columns) → Programma | Begroting | Begroting | Meerjarenbegroting ×3
 *                                  | 2017      | 2017      | 2018 | 2019 | 2020
 *
 *   2024 ⏎ 2025 ⏎ Onderdeel ⏎ lasten ⏎ baten ⏎ lasten ⏎ baten
 *   (4 amount columns) → 2024 ×2 | 2025 ×2 over lasten | baten | lasten | baten
 *
 * A level with as many cells as open columns fills them; one whose count
 * divides them spans evenly (years over lasten/baten); a shorter top level
 * gives its last word the remaining columns (a group word over a run of
 * years); a shorter level under a full one qualifies the first columns
 * ("Primair", "na VJN" under two periods). A cell that names a year closes
 * its column, so bare years under it go to the columns still open
 * ("Rekening 2023" ⏎ "Meerjarenraming" ⏎ 2026 ⏎ 2027).
 */
import type { Cell } from '../../blocks/model.js';
import { isYear, yearsIn } from '../../values/index.js';
import { descriptorRole, budgetRowKind } from '../../vocabulary/column-words.js';
import { isValueWord, joinHeaderCells } from '../cell-runs.js';
import { isHeaderWord, isRowHeaderWord } from '../../vocabulary/header-words.js';
import { headerCellOver } from '../columns.js';
import { classifyCell, isMarkerHeader, type CellClass } from './cell-class.js';
import { memo } from '../../vocabulary/memo.js';
import { emptyCellAt } from '../../blocks/cell.js';

export interface HeaderGrid {
  /** Header rows, each `labelCols + columns` wide (a spanning cell repeats). */
  rows: Cell[][];
  /** Cells before the header that title the table rather than head a column. */
  leading: number;
  /** Cells at the end of the header that are the body's first group lines. */
  groups: Cell[];
  /** A unit caption among the header cells ("(x € 1.000)"), or null. */
  caption: Cell | null;
}

/**
 * A header word that names the label column: it takes no amount column.
 * Memoised, as `opensColumns`: the header's cells are asked again at each
 * step that lays them out (title, levels, stubs, group lines).
 */
const isStub: (text: string) => boolean = memo((text) => {
  if (isRowHeaderWord(text)) return true;
  const role = descriptorRole(text);
  return role !== null && role !== 'period';
});

/** A cell that may be a group line rather than a column word: plain text, no year, no column vocabulary. */
function mayBeGroupLine(cell: Cell, header: Cell[]): boolean {
  const text = cell.text;
  if (classifyCell(text) !== 'text' || yearsIn(text).length > 0 || isHeaderWord(text)) return false;
  // "Lasten" as a column word; "Lasten:" over the rows is a group line.
  if (budgetRowKind(text) !== null && !text.trim().endsWith(':')) return false;
  // A word said twice in the header ("lasten" ⏎ "baten" ⏎ "lasten") heads columns.
  return !header.some((c) => c !== cell && c.text === text);
}

/** Words a title has at least, when no top-left word tells where the header begins. */
const TITLE_WORDS = 3;

/**
 * Cells before the header proper that title the table: before the
 * top-left word ("Lasten per taakveld" ⏎ "Taakveld" ⏎ …), beyond the label
 * columns when several top-left words stand there, or a line of several
 * words before the first column word when there is no top-left word.
 */
function titleCells(words: Cell[], labelCols: number, columns: number): number {
  let first = 0;
  while (first < words.length && !opensColumns(words[first]!.text)) first++;
  let lastStub = -1;
  for (let k = 0; k < first; k++) if (isStub(words[k]!.text)) lastStub = k;
  if (lastStub >= 0) return Math.max(0, lastStub + 1 - Math.max(labelCols, 1));
  // "Financieel perspectief 2026" ⏎ "Omschrijving" ⏎ 2026 …: a title with a year still stands above the top-left word.
  const stub = words.findIndex((w) => isStub(w.text));
  if (stub > 0 && words.slice(0, stub).every((w) => w.text.trim().split(/\s+/).length >= TITLE_WORDS)) {
    return Math.max(0, stub + 1 - Math.max(labelCols, 1));
  }
  // "Paragrafen" ⏎ "Bedrijfsvoering" ⏎ "Rekening 2018" … "Toelichting": from the first column word on the words
  // head every column, one each, so the words before them, none a header word, head nothing.
  if (first > 0 && words.length - first === columns && words.slice(0, first).every((w) => !isHeaderWord(w.text))) return first;
  let n = 0;
  while (n < first && words[n]!.text.trim().split(/\s+/).length >= TITLE_WORDS) n++;
  return n;
}

/**
 * A header cell that heads an amount column: a year, a value word, a row-kind word.
 * Memoised: one lookup instead of the five of its vocabulary tests, and a header
 * cell is asked several times (column count, note column, title, levels).
 */
export const opensColumns: (text: string) => boolean = memo((text) =>
  yearsIn(text).length > 0 || isValueWord(text) || (budgetRowKind(text) !== null && text.trim().split(/\s+/).length <= 2));

function bareYear(cell: Cell): boolean {
  return isYear(cell.text) !== null;
}

/**
 * Cuts header cells into levels: runs of bare years and runs of words; a
 * run of words longer than the columns holds a full level at its end
 * ("Primair" ⏎ "na VJN" ⏎ "Saldo" ×5 over 5 columns).
 */
function levelsOf(cells: Cell[], columns: number, labelCols: number): Cell[][] {
  const runs: Cell[][] = [];
  for (const cell of cells) {
    const last = runs[runs.length - 1];
    if (last && bareYear(last[0]!) === bareYear(cell)) last.push(cell);
    else runs.push([cell]);
  }
  mergePeriodsWithYears(runs, columns, labelCols);
  const levels: Cell[][] = [];
  for (const run of runs) {
    const stubs = stubsOf(run, columns, labelCols);
    const tails: Cell[][] = [];
    let rest = run;
    while (rest.length - stubs > columns && rest.length - columns > stubs) {
      tails.unshift(rest.slice(rest.length - columns));
      rest = rest.slice(0, rest.length - columns);
    }
    levels.push(rest, ...tails);
  }
  // "Begroting 2023" ⏎ "Rekening 2023" ⏎ "Primitief" ⏎ "(Bijgesteld)" last: the words without a year qualify the periods.
  const last = levels[levels.length - 1];
  if (last && nonStubs(last) !== columns) {
    const from = leadingStubs(last);
    const cut = last.findIndex((c, k) => k > from && yearsIn(c.text).length === 0);
    const periods = last.slice(from, cut);
    if (cut > from && periods.every((c) => yearsIn(c.text).length > 0) && last.slice(cut).every((c) => yearsIn(c.text).length === 0)) {
      levels.splice(levels.length - 1, 1, last.slice(0, cut), last.slice(cut));
    }
  }
  return levels;
}

/**
 * "Progr." ⏎ "Jaarrekening 2021" ⏎ "2022 t/m 1e Berap" ⏎ "2023" ⏎ … ⏎ "2026"
 * over seven columns: words that name periods of their own are no group
 * words over the bare years after them but columns beside them, one level,
 * when together they head every column. A group word over years
 * ("Begroting 2025" ⏎ "Meerjarenraming" ⏎ "2026" ⏎ "2027") holds no year.
 */
function mergePeriodsWithYears(runs: Cell[][], columns: number, labelCols: number): void {
  for (let k = 0; k + 1 < runs.length; k++) {
    const words = runs[k]!;
    const years = runs[k + 1]!;
    const size = words.length + years.length;
    if (bareYear(words[0]!) || !bareYear(years[0]!) || (size !== columns && size !== columns + labelCols)) continue;
    // The word right before the years is the one that would span them: a period of its own spans nothing.
    if (yearsIn(words[words.length - 1]!.text).length === 0) continue;
    runs.splice(k, 2, [...words, ...years]);
  }
}

/**
 * The words of a level that head the label columns: as many words as
 * columns and label columns, the first ones; words before exactly as many
 * column words as there are columns ("Hoofdtaakveld" ⏎ "Taakveld" ⏎
 * "Taakveld omschrijving" ⏎ "Baten" ⏎ "Lasten" over two amount columns), all
 * of them; else the top-left vocabulary words that open the level.
 */
function stubsOf(level: Cell[], columns: number, labelCols: number): number {
  if (level.length === columns + labelCols) return labelCols;
  if (level.length > columns && level.slice(level.length - columns).every((c) => opensColumns(c.text)) &&
      !opensColumns(level[level.length - columns - 1]!.text)) return level.length - columns;
  return Math.min(leadingStubs(level), Math.max(labelCols, 1));
}

function leadingStubs(level: Cell[]): number {
  let n = 0;
  while (n < level.length && isStub(level[n]!.text)) n++;
  return n;
}

/** Joins wrapped and hyphenated header cells and puts a V/N header on the amount column it marks. */
function prepare(cells: Cell[], markers: boolean): Cell[] {
  const joined = joinHeaderCells(cells);
  const out: Cell[] = [];
  for (const cell of joined) {
    const prev = out[out.length - 1];
    // "Lasten 2017" ⏎ "incidenteel": a lower-case word continues the cell before it.
    const continues = prev !== undefined && /^[a-zà-ÿ]/.test(cell.text) && yearsIn(prev.text).length > 0 &&
      budgetRowKind(cell.text) === null && !isHeaderWord(cell.text);
    // "Stand" ⏎ "1-1": a header holds no amounts, so a value-shaped cell after a word is the rest of that word's cell.
    const wrappedValue = prev !== undefined && classifyCell(cell.text) === 'value' && classifyCell(prev.text) === 'text';
    if (prev && (continues || wrappedValue || (markers && isMarkerHeader(cell.text)))) {
      out[out.length - 1] = headerCellOver([prev, cell]);
    } else out.push(cell);
  }
  return out;
}

/**
 * Builds the header rows. `cells` are the cells between the start of the
 * run and the first row, `classes` the run's cell classes from the same
 * start (`classes[k]` is `cells[k]`'s: grid inference has them already, so
 * no header cell is classified twice); `columns` the amount columns,
 * `labelCols` the label columns the body has. Null when the cells cannot
 * head these columns.
 */
export function headerGrid(cells: Cell[], classes: readonly CellClass[], columns: number, labelCols: number, markers: boolean): HeaderGrid | null {
  let caption: Cell | null = null;
  let leading = 0;
  const words: Cell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k]!;
    if (classes[k] !== 'caption') {
      words.push(cell);
      continue;
    }
    // A caption before every header word stands above the table, where the section builder takes it; so does
    // a caption said twice ("Bedragen x € 1.000" ⏎ "Bedragen x € 1.000" ⏎ "Omschrijving"): both stay paragraphs.
    if (words.length === 0) {
      leading = k + 1;
      continue;
    }
    // "Tabel 3 Lasten" ⏎ "Bedragen x € 1.000" ⏎ "Omschrijving": what stands above the caption titles the table.
    // Between column words and the years under them ("Realisatie" ⏎ "Begroting" ⏎ "(x € 1.000)" ⏎ "2024") it is part of the header.
    const next = cells[k + 1];
    const betweenWordsAndYears = next !== undefined && bareYear(next) &&
      words.every((w) => isHeaderWord(w.text) && w.text.trim().split(/\s+/).length < TITLE_WORDS);
    if (caption === null && !betweenWordsAndYears) {
      leading = k + 1;
      words.length = 0;
    } else if (caption === null) caption = cell;
    // The table has one caption cell: a second one in the header is a header cell, so that no line is lost.
    else words.push(cell);
  }
  let header = prepare(words, markers);
  const title = titleCells(header, labelCols, columns);
  if (title > 0) {
    leading = countBefore(cells, header[title]);
    header = header.slice(title);
  }
  const groups: Cell[] = [];
  while (header.length > 0 && mayBeGroupLine(header[header.length - 1]!, header) && nonStubs(header.slice(0, -1)) >= columns) {
    groups.unshift(header[header.length - 1]!);
    header = header.slice(0, -1);
  }
  // More words than columns on the top level: the first ones title the table.
  let levels = levelsOf(header, columns, labelCols);
  const top = levels[0];
  if (top && !bareYear(top[0]!)) {
    let drop = 0;
    while (top.length - drop - stubsOf(top.slice(drop), columns, labelCols) > columns) drop++;
    if (drop > 0) {
      leading = countBefore(cells, top[drop]);
      header = header.slice(drop);
      levels = levelsOf(header, columns, labelCols);
    }
  }
  // A caption the title or the dropped words took above the table is no longer the header's.
  if (caption !== null && caption.span.start < (cells[leading]?.span.start ?? Infinity)) caption = null;
  const rows = layLevels(levels, columns, labelCols);
  return rows === null ? null : { rows, leading, groups, caption };
}

/** Cells of `cells` before `cell` (by position in the text). */
function countBefore(cells: Cell[], cell: Cell | undefined): number {
  if (!cell) return cells.length;
  let n = 0;
  while (n < cells.length && cells[n]!.span.start < cell.span.start) n++;
  return n;
}

function nonStubs(cells: Cell[]): number {
  let n = 0;
  for (const c of cells) if (!isStub(c.text)) n++;
  return n;
}

/** Lays each level over the open columns (see the module comment). */
function layLevels(levels: Cell[][], columns: number, labelCols: number): Cell[][] | null {
  const closed: boolean[] = new Array<boolean>(columns).fill(false);
  const rows: Cell[][] = [];
  /** The columns under each cell of the level above, left to right. */
  let groups: number[][] = [];
  for (const level of levels) {
    if (level.length === 0) continue;
    const stubs = Math.min(stubsOf(level, columns, labelCols), level.length);
    const cells = level.slice(stubs);
    let open: number[] = [];
    for (let c = 0; c < columns; c++) if (!closed[c]) open.push(c);
    let reopened = false;
    if (open.length === 0) {
      open = Array.from({ length: columns }, (_, c) => c);
      closed.fill(false);
      reopened = true;
    }
    const row: Cell[] = [];
    const anchor = level[0]!.span.start;
    // A level without top-left words whose first column is headed starts there: the recogniser aligns a short header row
    // right, by one top-left cell; over more label columns (a code and a name) the row gets its empty label cells here.
    const at = reopened && cells.length < groups.length ? byGroups(cells, groups) : spread(cells, open);
    const stubCells = fitStubs(level.slice(0, stubs), labelCols);
    if (stubs > 0 || at[0] === undefined || labelCols > 1) {
      for (let c = 0; c < labelCols; c++) {
        const s = stubCells.length - (labelCols - c);
        row.push(s >= 0 ? stubCells[s]! : emptyCellAt(anchor));
      }
    }
    for (let c = 0; c < columns; c++) row.push(at[c] ?? emptyCellAt(anchor));
    rows.push(row);
    groups = groupsOf(at, columns);
    // A cell spanning several columns closes them all or none: its years are looked for once.
    let spanning: Cell | undefined;
    let hasYears = false;
    for (let c = 0; c < columns; c++) {
      const cell = at[c];
      if (!cell) continue;
      if (cell !== spanning) {
        spanning = cell;
        hasYears = yearsIn(cell.text).length > 0;
      }
      if (hasYears) closed[c] = true;
    }
    if (cells.length >= open.length) for (const c of open) closed[c] = true;
  }
  return rows;
}

/** Top-left words for the label columns: more words than columns join in the first. */
function fitStubs(stubs: Cell[], labelCols: number): Cell[] {
  const room = Math.max(labelCols, 1);
  if (stubs.length <= room) return stubs;
  return [joinAll(stubs.slice(0, stubs.length - room + 1)), ...stubs.slice(stubs.length - room + 1)];
}

/** Runs of columns under one cell. */
function groupsOf(at: Array<Cell | undefined>, columns: number): number[][] {
  const out: number[][] = [];
  for (let c = 0; c < columns; c++) {
    const last = out[out.length - 1];
    if (last && at[c] !== undefined && at[last[0]!] === at[c]) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** Qualifiers under spanning cells ("Primitief" ⏎ "(Bijgesteld)" under two periods): one per group, from the left. */
function byGroups(cells: Cell[], groups: number[][]): Array<Cell | undefined> {
  const at: Array<Cell | undefined> = [];
  cells.forEach((cell, k) => { for (const c of groups[k]!) at[c] = cell; });
  return at;
}

/** Which cell heads each open column. */
function spread(cells: Cell[], open: number[]): Array<Cell | undefined> {
  const at: Array<Cell | undefined> = [];
  const m = cells.length;
  const o = open.length;
  if (m === 0) return at;
  if (m >= o) {
    // More cells than columns: the extra words belong to the last column's cell.
    open.forEach((c, k) => { at[c] = k < o - 1 ? cells[k] : joinAll(cells.slice(k)); });
    return at;
  }
  if (o % m === 0) {
    const span = o / m;
    open.forEach((c, k) => { at[c] = cells[Math.floor(k / span)]; });
    return at;
  }
  open.forEach((c, k) => { at[c] = cells[Math.min(k, m - 1)]; });
  return at;
}

function joinAll(cells: Cell[]): Cell {
  if (cells.length === 1) return cells[0]!;
  return headerCellOver(cells);
}
