/**
 * The body of a linearised table read as units: an optional code, the label
 * cells, then the amounts. A unit without amounts is a group line.
 *
 *   4 Leren en ontmoeten ⏎ 4.2 ⏎ Onderwijshuisvesting ⏎ 1.840 ⏎ 1.912 ⏎ 72 ⏎ V
 *   → group [4 Leren en ontmoeten]; row code 4.2, label Onderwijshuisvesting, amounts [1.840, 1.912, 72 V]
 *
 * With the column count known (`cap`), a run of more amounts than columns
 * is cut into rows, and a "-" standing where other rows carry their V/N
 * marker is that marker, not an amount.
 */
import type { Cell } from '../../blocks/model.js';
import { isCodeShaped, type CellClass } from './cell-class.js';
import { isNoteAt } from './note-column.js';

export interface Unit {
  code: Cell | null;
  texts: Cell[];
  values: Cell[];
  /** Index in `values` of the amount that carries a V/N marker, or -1. */
  markerAt: number;
  /** Index of the unit's first cell in the run. */
  from: number;
  /** The row's cell in a note column after the amounts ("exclusief griffie"), when the table has one. */
  note?: Cell;
}

/** A label longer than this is running text: the table ended before it. */
export const MAX_LABEL = 120;

const NO_NUMBERS: ReadonlySet<number> = new Set();

export interface Units {
  units: Unit[];
  /** Index after the last cell the units took. */
  end: number;
}

/**
 * The shape of the row codes when rows open with a code cell ("31-2-1-4" ⏎
 * "Sportvelden" ⏎ 412): the first row has one, and so do most rows after
 * it; null when they do not.
 */
export function codeShapeOf(cells: Cell[], classes: CellClass[], firstLabel: number): string | null {
  if (firstLabel < 1 || !opensLabel(cells, classes, firstLabel - 1)) return null;
  const shape = shapeOf(cells[firstLabel - 1]!.text);
  let codes = 1;
  let labels = 1;
  for (let k = firstLabel + 1; k + 1 < cells.length; k++) {
    // A group line before a code ("Groep 2" ⏎ "2.1" ⏎ "Riolering") is no label followed by an amount.
    if (classes[k] === 'text' && (classes[k + 1] === 'value' || classes[k + 1] === 'year') && !opensLabel(cells, classes, k + 1)) labels++;
    if (opensLabel(cells, classes, k) && shapeOf(cells[k]!.text) === shape) codes++;
  }
  return codes >= 2 && codes * 2 >= labels ? shape : null;
}

/** A code's shape with its digits folded: "4.2" and "5.12" are "#.#", "31-2-1-4" is "#-#-#-#". */
export function shapeOf(text: string): string {
  return text.trim().replace(/\d+/g, '#');
}

/** A code-shaped cell followed by a label that is no code itself. */
function opensLabel(cells: Cell[], classes: CellClass[], k: number): boolean {
  const next = cells[k + 1];
  return next !== undefined && classes[k + 1] === 'text' && !isCodeShaped(next.text) && isCodeShaped(cells[k]!.text);
}

/**
 * A row code of this table: its shape is the table's code shape, or a "-"
 * for a row without one. Plain numbers ("#") are codes only where they
 * count the rows (`numbered`, see row-numbers.ts), when the table counts.
 */
function isCode(cells: Cell[], classes: CellClass[], k: number, shape: string | null, numbered: ReadonlySet<number>): boolean {
  if (shape === null || !opensLabel(cells, classes, k)) return false;
  const t = cells[k]!.text.trim();
  if (t === '-') return true;
  return shape === '#' && numbered.size > 0 ? numbered.has(k) : shapeOf(t) === shape;
}

/**
 * Reads units from `from` until the table ends: a paragraph-long cell or a
 * run of years (the next table's header) after a row. `slots` counts, per
 * amount index, the rows whose V/N marker follows that amount; it is
 * filled as rows are read and lets a later pass read a "-" in that slot.
 */
export function readUnits(
  cells: Cell[],
  classes: CellClass[],
  from: number,
  codes: string | null,
  cap: number | null,
  slots: Map<number, number>,
  numbered: ReadonlySet<number> = NO_NUMBERS,
  notes = false,
): Units {
  const units: Unit[] = [];
  let k = from;
  while (k < cells.length) {
    const start = k;
    const unit: Unit = { code: null, texts: [], values: [], markerAt: -1, from: k };
    if (isCode(cells, classes, k, codes, numbered)) {
      unit.code = cells[k]!;
      k++;
    }
    while (k < cells.length && (classes[k] === 'text' || labelStatingUnit(classes, k, units.length)) && cells[k]!.text.length <= MAX_LABEL) {
      unit.texts.push(cells[k]!);
      k++;
    }
    if (unit.texts.length === 0 && unit.code !== null) {
      k = start;
      unit.code = null;
    }
    // The next table's header: two years in a row after label cells.
    if (classes[k] === 'year' && classes[k + 1] === 'year' && units.length > 0) {
      k = start;
      break;
    }
    // "Groep 2" ⏎ "2.1" ⏎ "Riolering": a code opens the next row, so these label cells were a group line.
    if (unit.texts.length > 0 && isCode(cells, classes, k, codes, numbered)) {
      units.push(unit);
      continue;
    }
    k = readAmounts(cells, classes, k, unit, codes, cap, slots, numbered);
    if (k === start) break;
    if (notes && unit.values.length === cap && isNoteAt(classes, k)) unit.note = cells[k++]!;
    units.push(unit);
  }
  return { units, end: k };
}

/**
 * A row label that states its unit ("Automatiseringskosten (* € 1 mln.)" ⏎ 10,8): inside the body, a
 * caption-like cell with an amount right after it labels that row; before the first row it titles the table.
 */
function labelStatingUnit(classes: CellClass[], k: number, rowsRead: number): boolean {
  return rowsRead > 0 && classes[k] === 'caption' && isAmountClass(classes[k + 1]);
}

function isAmountClass(cls: CellClass | undefined): boolean {
  return cls === 'value' || cls === 'year' || cls === 'marker';
}

function readAmounts(
  cells: Cell[],
  classes: CellClass[],
  from: number,
  unit: Unit,
  codes: string | null,
  cap: number | null,
  slots: Map<number, number>,
  numbered: ReadonlySet<number>,
): number {
  let k = from;
  while (k < cells.length && isAmountClass(classes[k])) {
    const text = cells[k]!.text.trim();
    if (classes[k] === 'marker' && unit.values.length > 0 && unit.markerAt < 0) {
      mergeMarker(unit, cells[k]!);
      if (cap === null) slots.set(unit.markerAt, (slots.get(unit.markerAt) ?? 0) + 1);
      k++;
      continue;
    }
    if (cap !== null && text === '-' && unit.markerAt < 0 && (slots.get(unit.values.length - 1) ?? 0) > 0 &&
        unit.values.length + runLength(classes, k) > cap) {
      // "0" ⏎ "-" where other rows have "490" ⏎ "V": the dash is this row's marker.
      mergeMarker(unit, cells[k]!);
      k++;
      continue;
    }
    if (cap !== null && unit.values.length >= cap) break;
    // A code cell opens the next row: "27.291" ⏎ "2" ⏎ "Bereikbaar en Verbonden".
    if (unit.values.length > 0 && (cap === null || unit.values.length === cap || text !== '-') && isCode(cells, classes, k, codes, numbered)) break;
    unit.values.push(cells[k]!);
    k++;
  }
  return k;
}

/** Amount cells from `k` on. */
function runLength(classes: CellClass[], k: number): number {
  let n = 0;
  while (isAmountClass(classes[k + n])) n++;
  return n;
}

function mergeMarker(unit: Unit, marker: Cell): void {
  const last = unit.values.length - 1;
  const amount = unit.values[last]!;
  const text = marker.text.trim() === '-' ? amount.text : `${amount.text} ${marker.text.trim()}`;
  unit.values[last] = { text, span: { start: amount.span.start, end: marker.span.end } };
  unit.markerAt = last;
}
