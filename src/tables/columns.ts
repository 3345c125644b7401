/**
 * Reads a table's header rows into one description per data column: what
 * the column holds (an id, a name, a source, values …) and, for value
 * columns, the document's column word and year.
 *
 * Linearised tables lose their header geometry, so this works from evidence:
 * broken words are joined ("Begrotings-" over "wijziging"), a row of years
 * is distributed over the value columns, and group words that span several
 * year columns ("Realisatie" over 2015–2017, then "Raming", then
 * "Realisatie") are spread by the only split that fits the years:
 *
 *   Doel | Omschrijving | Bron | Realisatie | Raming | Realisatie
 *                               | 2015 | 2016 | 2017 | 2018 |
 *   3.1  | Jongeren …   | WSJG | 0,78% | X | nnb | 0,75% | nnb
 *   → realisatie 2015, realisatie 2016, realisatie 2017, raming 2018, realisatie 2018
 */
import type { Cell } from '../blocks/model.js';
import { cellOver } from '../blocks/cell.js';
import { columnLabel, descriptorRole, seriesColumn } from '../vocabulary/column-words.js';
import { isYear, yearsIn } from '../values/index.js';
import { valueLike } from '../values/value-like.js';
import { countsRows } from './grid/row-numbers.js';
import { withoutYears } from '../vocabulary/years.js';
import { filledArray } from '../vocabulary/filled-array.js';

export type ColumnRole =
  | 'id'
  | 'name'
  | 'source'
  | 'unit'
  | 'period'
  | 'note'
  | 'progress'
  | 'benchmark'
  | 'value';

export interface Column {
  role: ColumnRole;
  /** The header text over this column, broken words joined ("Begrotingswijziging"). */
  header: string;
  /** The canonical column word for value columns ("realisatie"), else null. */
  label: string | null;
  year: number | null;
  /** The group word of a two-level header ("Realisatie" over its years), when there is one. */
  group: string | null;
  /** The area a value column compares ("Lochem" → gemeente, "Nederland" → nederland), else null. */
  series: string | null;
}

export interface ColumnReading {
  columns: Column[];
  /** Problems worth a diagnostic (the header does not fit the rows). */
  problems: string[];
}

/** Joins header pieces, undoing hyphenation: "Begrotings-" + "wijziging" → "Begrotingswijziging". */
export function joinHeaderWords(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (out === '') out = part;
    else if (/[A-Za-zÀ-ÿ]-$/.test(out) && /^[a-zà-ÿ]/.test(part)) out = out.slice(0, -1) + part;
    else out += ' ' + part;
  }
  return out;
}

/**
 * Header cells read as one cell over them, their words joined as
 * `joinHeaderWords` joins them ("Begrotings-" / "wijziging" → "Begrotingswijziging").
 */
export function headerCellOver(cells: readonly Cell[]): Cell {
  return cellOver(joinHeaderWords(cells.map((c) => c.text)), cells[0]!, cells[cells.length - 1]!);
}

const YEAR_ONLY = (t: string): boolean => t.trim() === '' || isYear(t) !== null;

/** True when every non-empty cell of the row is a year ("2021 | 2022 | 2024"). */
export function isYearRow(row: string[]): boolean {
  return row.some((t) => t.trim() !== '') && row.every(YEAR_ONLY);
}

/** The role of a header word, with the evidence of the cells under it. */
function roleOf(header: string, cellsBelow: string[]): ColumnRole {
  const stripped = withoutYears(header).trim();
  const desc = stripped === '' ? null : descriptorRole(stripped) ?? descriptorRole(stripped.split(/\s+/)[0] ?? '');
  const label = stripped === '' ? null : columnLabel(stripped);
  if (desc === 'id' && label !== null) {
    // "Doel 2025": an id column has no year.
    if (stripped !== header.trim()) return 'value';
    // "Doel" heads an id column ("3.1") or a target-value column ("80%").
    const valueShare = share(cellsBelow, (t) => valueLike(t) && !/^\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?$/i.test(t));
    return valueShare > 0.5 ? 'value' : 'id';
  }
  // An unheaded column that counts 1, 2, 3 … numbers the rows.
  if (stripped === '' && countsRows(cellsBelow)) return 'id';
  const valueShare = share(cellsBelow, valueLike);
  if (stripped !== '' && !label && seriesColumn(stripped) !== null) return 'value';
  if (desc && !label) return desc;
  if (label) return 'value';
  if (header.trim() !== '' && isYear(header) !== null) return 'value';
  return valueShare > 0.6 ? 'value' : 'name';
}

function share(cells: string[], test: (t: string) => boolean, countEmpty = false): number {
  const filled = countEmpty ? cells : cells.filter((t) => t.trim() !== '');
  if (filled.length === 0) return 0;
  return filled.filter(test).length / filled.length;
}

/**
 * Describes each of `width` data columns from the header rows.
 *
 * @param header Header rows as written (may be narrower or wider than the data).
 * @param body Data rows (used as evidence of what a column holds).
 * @param width The number of data columns.
 */
export function readColumns(header: string[][], body: string[][], width: number): ColumnReading {
  const reading = readColumnsFromHeader(header, body, width);
  markPeriodColumns(reading.columns, body);
  markOwnSeries(reading.columns);
  return reading;
}

/**
 * Value columns set against a national or regional comparison column
 * ("Laatst bekende realisatie | Landelijk vergelijkingscijfer") hold the
 * municipality's own figures: series gemeente.
 */
function markOwnSeries(columns: Column[]): void {
  const compared = columns.some((c) => c.role === 'benchmark' || (c.series !== null && c.series !== 'gemeente'));
  if (!compared) return;
  for (const c of columns) if (c.role === 'value' && c.series === null) c.series = 'gemeente';
}

/**
 * A value column whose cells are (nearly) all years holds the year a value
 * was measured ("Nulmeting | 2015"), not observations: it becomes a period
 * column and its cells go to the indicator's fields.
 */
function markPeriodColumns(columns: Column[], body: string[][]): void {
  columns.forEach((col, c) => {
    if (col.role !== 'value') return;
    // Pushed, not mapped and filtered (see `columnCells`).
    const cells: string[] = [];
    for (const r of body) {
      const t = (r[c] ?? '').trim();
      if (t !== '') cells.push(t);
    }
    if (cells.length >= 2 && cells.filter((t) => isYear(t) !== null).length / cells.length >= 0.8) col.role = 'period';
  });
}

/** Column `c` of `rows`, "" where a row is short (one array shape in every tier: see `filledArray`). */
export function columnCells(rows: readonly string[][], c: number): string[] {
  return filledArray(rows.length, (r) => rows[r]![c] ?? '');
}

function readColumnsFromHeader(header: string[][], body: string[][], width: number): ColumnReading {
  const problems: string[] = [];
  // A header one cell short over a label column lost its empty top-left cell,
  // unless it starts with the name or id word itself: then a group word spans years.
  const labelFirst = share(columnCells(body, 0), (t) => !valueLike(t), true) >= 0.6;
  if (labelFirst) header = header.map((r) => (r.length === width - 1 && lostTopLeft(r[0] ?? '') ? ['', ...r] : r));
  header = padFlattenedColspan(header, width);
  const below = (c: number): string[] => columnCells(body, c);
  const yearRows = header.filter(isYearRow);
  const wordRows = header.filter((r) => !isYearRow(r) && r.some((t) => t.trim() !== ''));

  // Join word rows column by column when they are as wide as the data.
  let words: string[];
  const exact = wordRows.filter((r) => r.length === width);
  if (wordRows.length > 0 && exact.length === wordRows.length) {
    words = Array.from({ length: width }, (_, c) => joinHeaderWords(columnCells(wordRows, c)));
  } else if (wordRows.length > 0) {
    words = mergeRaggedWordRows(wordRows);
  } else {
    words = [];
  }
  const years = yearRows.length > 0 ? spreadYearRow(yearRows[yearRows.length - 1]!) : [];
  words = shiftLostNameHeader(words, below(0), width);

  if (words.length === width || words.length === 0) {
    return { columns: alignedColumns(words, years, width, below), problems };
  }
  if (words.length > width) {
    const merged = mergeBrokenAcrossCells(words, width);
    if (merged.length === width) return { columns: alignedColumns(merged, years, width, below), problems };
    problems.push(`header has ${words.length} cells for ${width} columns`);
    return { columns: alignedColumns(words.slice(words.length - width), years, width, below), problems };
  }
  return { columns: groupedColumns(words, years, width, below, problems), problems };
}

/**
 * A colspan flattened to empty cells ("Realisatie | | | Begroting | |") is
 * positional, but the reader drops the empty cells at the end of a row. With
 * a year row as wide as the data, such a word row gets them back.
 */
function padFlattenedColspan(header: string[][], width: number): string[][] {
  const yearRow = header.find((r) => isYearRow(r) && r.length === width && isYear(r[width - 1]!) !== null);
  if (!yearRow) return header;
  return header.map((r) => (r.length < width && !isYearRow(r) && hasInnerGap(r) ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

/** An empty cell between two words: "Realisatie | | Begroting". */
function hasInnerGap(row: string[]): boolean {
  let seenWord = false;
  let gap = false;
  for (const t of row) {
    if (t.trim() === '') gap ||= seenWord;
    else if (gap) return true;
    else seenWord = true;
  }
  return false;
}

/** True when a header row's first cell can stand over a value column, not over the names. */
function lostTopLeft(first: string): boolean {
  const word = withoutYears(first).trim();
  if (first.trim() === '') return false;
  const role = word === '' ? null : descriptorRole(word);
  return !(role === 'name' || (role === 'id' && columnLabel(word) === null));
}

/**
 * Converters often drop the empty header cell over the name column: the
 * header then starts with a value word ("Nul- | Reali- | Doel-") while the
 * first column holds names. Shift the header one to the right, dropping a
 * trailing note word ("Details") that has no column left under it.
 */
function shiftLostNameHeader(words: string[], firstColumn: string[], width: number): string[] {
  if (words.length === 0) return words;
  const first = withoutYears(words[0]!).trim();
  if (first === '' || columnLabel(first) === null || descriptorRole(first) === 'id') return words;
  if (share(firstColumn, (t) => !valueLike(t)) <= 0.6) return words;
  const shifted = ['', ...words];
  while (shifted.length > width) {
    const last = shifted[shifted.length - 1]!.trim();
    if (last !== '' && columnLabel(last) !== null) break;
    shifted.pop();
  }
  return shifted;
}

/** Word rows of different widths: keep the widest, joining broken words from the next row where they line up. */
function mergeRaggedWordRows(rows: string[][]): string[] {
  let widest = rows[0]!;
  for (const r of rows) if (r.length > widest.length) widest = r;
  return widest.map((t) => t.trim());
}

/** Adjacent header cells that are one broken word ("Streef-" | "waarde") become one cell. */
function mergeBrokenAcrossCells(words: string[], width: number): string[] {
  const out: string[] = [];
  let excess = words.length - width;
  for (const w of words) {
    const prev = out[out.length - 1];
    if (excess > 0 && prev !== undefined && (/-$/.test(prev) || w.trim() === '')) {
      out[out.length - 1] = joinHeaderWords([prev, w]);
      excess--;
    } else out.push(w);
  }
  return out;
}

/** The years of a year row in order; empty cells are kept as null placeholders. */
function spreadYearRow(row: string[]): Array<number | null> {
  const out: Array<number | null> = [];
  for (const t of row) if (t.trim() !== '') out.push(isYear(t));
  return out;
}

function column(header: string, role: ColumnRole, year: number | null, group: string | null): Column {
  const stripped = withoutYears(header).trim();
  const word = role === 'value' && stripped !== '' ? columnLabel(stripped) : null;
  // "Lochem | Nederland": the columns name areas, not column words.
  const series = role === 'value' && stripped !== '' && word === null ? seriesColumn(stripped) : null;
  const label = role === 'value' && series === null ? word ?? (stripped === '' ? null : stripped.toLowerCase()) : null;
  const ownYear = yearsIn(header);
  return { role, header, label, year: ownYear.length === 1 ? ownYear[0]! : year, group, series };
}

/** One header word per column; a year row (if any) goes over the value columns from the right. */
function alignedColumns(
  words: string[],
  years: Array<number | null>,
  width: number,
  below: (c: number) => string[],
): Column[] {
  const columns: Column[] = [];
  for (let c = 0; c < width; c++) {
    const header = words[c] ?? '';
    const role = header === '' && years.length === 0 ? guessRole(below(c), c) : roleOf(header, below(c));
    columns.push(column(header, role, null, null));
  }
  const valueIdx = columns.flatMap((col, c) => (col.role === 'value' ? [c] : []));
  if (years.length > 0 && years.length <= valueIdx.length) {
    const offset = valueIdx.length - years.length;
    years.forEach((y, k) => {
      const col = columns[valueIdx[offset + k]!]!;
      if (col.year === null) col.year = y;
    });
  } else if (years.length > valueIdx.length && years.length <= width) {
    // More years than value words: the year row names the columns itself.
    const offset = width - years.length;
    years.forEach((y, k) => {
      const col = columns[offset + k]!;
      if (col.role !== 'value' && col.header === '') col.role = 'value';
      if (col.role === 'value' && col.year === null) col.year = y;
    });
  }
  if (years.length > 0) carryGroupWords(columns);
  return columns;
}

/**
 * A flattened colspan: "Realisatie | | | Verwachting" over "2021 | 2022 |
 * 2023 | 2024". The group word goes right over the empty word cells under
 * which there is a year, up to the next word.
 */
function carryGroupWords(columns: Column[]): void {
  let head: Column | null = null;
  for (const col of columns) {
    if (col.role !== 'value') head = null;
    else if (col.header.trim() !== '') head = col.label !== null && yearsIn(col.header).length === 0 ? col : null;
    else if (head !== null && col.label === null && col.year !== null) {
      col.label = head.label;
      col.group = head.header;
      head.group = head.header;
    } else head = null;
  }
}

function guessRole(cells: string[], index: number): ColumnRole {
  if (countsRows(cells)) return 'id';
  if (share(cells, valueLike) > 0.6) return 'value';
  return index === 0 ? 'name' : 'note';
}

/**
 * Fewer header words than columns: descriptor words take their columns from
 * the left, trailing note words from the right, and the value words in
 * between are spread over the value columns as groups fitted to the years.
 */
function groupedColumns(
  words: string[],
  years: Array<number | null>,
  width: number,
  below: (c: number) => string[],
  problems: string[],
): Column[] {
  const roles = words.map((w) => {
    const stripped = withoutYears(w).trim();
    if (columnLabel(stripped) !== null && descriptorRole(stripped) !== 'id') return 'value' as const;
    return descriptorRole(stripped) ?? (stripped === '' ? 'value' : null);
  });
  // A header that starts with value words while the first data column holds names lost its name header;
  // so did one over an empty first column (a card's value row has no label).
  const firstIsText = share(below(0), (t) => !valueLike(t), true) > 0.6;
  let lead = 0;
  while (lead < words.length && roles[lead] !== 'value' && roles[lead] !== null) lead++;
  if (lead === 0 && firstIsText && roles[0] === 'value') {
    words = ['', ...words];
    roles.unshift('name');
    lead = 1;
  }
  let tail = words.length;
  while (tail > lead && roles[tail - 1] !== 'value' && roles[tail - 1] !== null) tail--;
  const descriptorsLeft = words.slice(0, lead);
  const groups = words.slice(lead, tail);
  const descriptorsRight = words.slice(tail);
  let valueCount = width - descriptorsLeft.length - descriptorsRight.length;
  let right = descriptorsRight;
  if (valueCount < groups.length) {
    // Trailing note words without cells under them (a "Details" column the extraction dropped).
    right = descriptorsRight.slice(0, Math.max(0, width - descriptorsLeft.length - groups.length));
    valueCount = width - descriptorsLeft.length - right.length;
  }
  const columns: Column[] = [];
  descriptorsLeft.forEach((w, c) => columns.push(column(w, w === '' ? guessRole(below(c), c) : roleOf(w, below(c)), null, null)));
  const spread = spreadGroups(groups, years, valueCount);
  if (!spread.fits) problems.push(`header words ${groups.join(' | ')} do not fit ${valueCount} value columns`);
  spread.columns.forEach(({ word, year }) => columns.push(column(word, 'value', year, groups.length < valueCount ? word : null)));
  for (const w of right) columns.push(column(w, roleOf(w, below(columns.length)), null, null));
  while (columns.length < width) columns.push(column('', guessRole(below(columns.length), columns.length), null, null));
  return columns.slice(0, width);
}

interface Spread {
  fits: boolean;
  columns: Array<{ word: string; year: number | null }>;
}

/**
 * Spreads group words over `n` value columns. With a year row, the split
 * must give each group consecutive increasing years, groups in year order
 * (a year may repeat only where the group changes, as in "Raming 2018 |
 * Realisatie 2018"), together using every year of the row. Of the splits
 * that fit, the one giving the earliest groups the most columns wins: that
 * is how "Realisatie" over past years is laid out.
 */
export function spreadGroups(groups: string[], years: Array<number | null>, n: number): Spread {
  const g = Math.max(groups.length, 1);
  const words = groups.length > 0 ? groups : [''];
  const yearList = years.filter((y): y is number => y !== null);
  if (n <= 0) return { fits: false, columns: [] };
  if (words.length >= n) {
    return {
      fits: words.length === n && (yearList.length === 0 || yearList.length === n),
      columns: words.slice(0, n).map((word, k) => ({ word, year: yearList.length === n ? yearList[k]! : null })),
    };
  }
  let best: number[] | null = null;
  let bestYears: number[] | null = null;
  for (const sizes of compositions(n, g)) {
    if (yearList.length === 0) {
      best = sizes;
      break;
    }
    const assigned = assignYears(sizes, yearList);
    if (assigned) {
      best = sizes;
      bestYears = assigned;
      break;
    }
  }
  const fits = best !== null;
  const sizes = best ?? evenSizes(n, g);
  const columns: Array<{ word: string; year: number | null }> = [];
  sizes.forEach((size, k) => {
    for (let s = 0; s < size; s++) columns.push({ word: words[k]!, year: null });
  });
  if (bestYears) bestYears.forEach((y, k) => (columns[k]!.year = y));
  else if (yearList.length === n) yearList.forEach((y, k) => (columns[k]!.year = y));
  return { fits, columns };
}

/** Compositions of n into g positive parts, earliest parts largest first. */
function* compositions(n: number, g: number): Generator<number[]> {
  if (g === 1) {
    yield [n];
    return;
  }
  for (let first = n - g + 1; first >= 1; first--) {
    for (const rest of compositions(n - first, g - 1)) yield [first, ...rest];
  }
}

function evenSizes(n: number, g: number): number[] {
  const base = Math.floor(n / g);
  return Array.from({ length: g }, (_, k) => base + (k < n % g ? 1 : 0));
}

/** Years per column for group sizes, or null when the year row does not fit them. */
function assignYears(sizes: number[], years: number[]): number[] | null {
  const out: number[] = [];
  let yi = 0;
  for (let k = 0; k < sizes.length; k++) {
    const size = sizes[k]!;
    // A new group may restart at the previous group's last year.
    if (k > 0 && yi > 0 && yi + size > years.length) yi--;
    if (yi + size > years.length) return null;
    for (let s = 0; s < size; s++) out.push(years[yi + s]!);
    yi += size;
  }
  if (yi !== years.length) return null;
  for (let k = 1; k < out.length; k++) if (out[k]! < out[k - 1]!) return null;
  return out;
}

/** Texts of a row of cells. */
export function texts(row: Cell[]): string[] {
  return filledArray(row.length, (k) => row[k]!.text);
}
