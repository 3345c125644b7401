/**
 * Rows under a row head: a web export writes each item of a table as a head
 * of several label cells (name, unit, source) and then the same few
 * sub-row labels, each with its amounts. The sub-row labels are found by
 * repetition, not by their words: the same short label closes the label
 * cells of most rows, and stands alone before the amounts of the others.
 *
 *   Banen ⏎ Aantal per 1.000 inwoners ⏎ LISA ⏎ Neder-Betuwe ⏎ 669,8 ⏎ … ⏎ Landelijk ⏎ 740,1 ⏎ …
 *   Werkloze jongeren ⏎ % 16 t/m 22 jarigen ⏎ CBS ⏎ Neder-Betuwe ⏎ 0,44% ⏎ … ⏎ Landelijk ⏎ 1,27% ⏎ …
 *   → head row   Banen | Aantal per 1.000 inwoners | LISA
 *     sub-rows   Neder-Betuwe | | | 669,8 …   and   Landelijk | | | 740,1 …
 *
 * A head of one cell is a group line, which the grid already makes of it
 * ("Programma 1" ⏎ "Lasten" ⏎ 4.820 ⏎ "Baten" ⏎ 310): this rule only lays a
 * head of several cells over the label columns as one row, instead of one
 * group line per cell.
 */
import type { Cell } from '../../blocks/model.js';
import type { Unit } from './body-units.js';

/** Cells a head must have for this rule: one cell is a group line (see the module comment). */
const MIN_HEAD_CELLS = 2;
/** Heads closed by the same sub-row label after the first row (whose head is not seen): three items at least. */
const MIN_HEADS = 2;
/** Share of the rows with amounts that are sub-rows of the pattern; the rest (a total, a stray row) stay rows. */
const MIN_SUB_ROW_SHARE = 0.8;
/** Sub-row labels a pattern has at most (municipality, region, province, country …). */
const MAX_SUB_ROW_LABELS = 4;

export interface RowHeads {
  /** Label cells of a head: the label columns of the table. */
  size: number;
  /** The sub-row labels ("Neder-Betuwe", "Landelijk"). */
  labels: ReadonlySet<string>;
}

/**
 * Finds the row-head pattern in `units` (read from the second row on, so
 * that every head is whole); null when the units do not show it.
 */
export function rowHeads(units: Unit[]): RowHeads | null {
  const closing = new Map<string, number>();
  const sizes = new Map<number, number>();
  let rows = 0;
  for (const u of units) {
    if (u.values.length === 0 || u.texts.length === 0) continue;
    rows++;
    if (u.texts.length - 1 < MIN_HEAD_CELLS) continue;
    const label = u.texts[u.texts.length - 1]!.text;
    closing.set(label, (closing.get(label) ?? 0) + 1);
    sizes.set(u.texts.length - 1, (sizes.get(u.texts.length - 1) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of closing) if (best === null || entry[1] > best[1]) best = entry;
  if (best === null || best[1] < MIN_HEADS) return null;
  // The labels of the sub-rows: the one that closes the heads, and those that stand alone between heads.
  const labels = new Set<string>([best[0]]);
  let subRows = 0;
  for (const u of units) {
    if (u.values.length === 0 || u.texts.length === 0) continue;
    const last = u.texts[u.texts.length - 1]!.text;
    if (u.texts.length === 1) labels.add(last);
    if (last === best[0] || u.texts.length === 1) subRows++;
  }
  if (labels.size < 2 || labels.size > MAX_SUB_ROW_LABELS || subRows / rows < MIN_SUB_ROW_SHARE) return null;
  let size = 0;
  let most = 0;
  for (const [n, c] of sizes) if (c > most) [size, most] = [n, c];
  return { size, labels };
}

/**
 * A unit as rows under the pattern: its head cells as one row over the
 * label columns, then its sub-row with the label in the first column. Null
 * when the unit is no part of the pattern.
 */
export function headAndSubRow(unit: Unit, heads: RowHeads, pad: (at: number) => Cell): Cell[][] | null {
  const texts = unit.texts;
  const last = texts[texts.length - 1];
  if (unit.values.length === 0 || !last || !heads.labels.has(last.text)) return null;
  if (texts.length !== 1 && texts.length !== heads.size + 1) return null;
  const out: Cell[][] = [];
  if (texts.length > 1) out.push(texts.slice(0, heads.size));
  const gap = Array.from({ length: heads.size - 1 }, () => pad(last.span.end));
  out.push([last, ...gap, ...unit.values]);
  return out;
}
