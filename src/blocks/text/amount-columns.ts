/**
 * Column layout of amount rows in column-aligned text: where each amount of
 * a shorter row stands, found from the edges of the amounts of all rows.
 */
import type { Cell } from '../model.js';
import { isAmountToken } from '../amount-row.js';
import { cellOfLine, sourceOffset, type Line } from './lines.js';
import { emptyCellAt } from '../cell.js';

/** An amount row's line and its cell ranges, to place its cells by their columns. */
export interface LaidOutRow {
  line: Line;
  parts: Array<[number, number]>;
}

/**
 * Column-aligned text leaves an empty cell as spaces, so a row with an empty
 * cell has fewer amounts than its neighbours and they would slide left:
 *
 *   Herinrichting centrum        450       300       120
 *   Vervanging verkeerslichten             120        80
 *   → 120 and 80 under the second and third columns, the first left empty
 *
 * When the rows are laid out in columns (their amounts' right edges, or else
 * left edges, fall into as many columns as the widest row has, and every
 * row's amounts into increasing columns), each amount of a shorter row goes
 * under its column and the columns it leaves empty get an empty cell.
 */
export function placeSparseRows(rows: Cell[][], laidOut: Map<Cell[], LaidOutRow>): void {
  const amountRows = rows.filter((r) => laidOut.has(r) && r.length >= 2);
  // Only text laid out in columns: every cell parted from the one before by a gap of two or more spaces.
  if (amountRows.length < 2 || !amountRows.every((r) => widelySpaced(laidOut.get(r)!.parts))) return;
  let widest = 0;
  for (const r of amountRows) widest = Math.max(widest, r.length - 1);
  if (amountRows.every((r) => r.length - 1 === widest)) return;
  // Amounts are right-aligned in most layouts, left-aligned in some. The full rows set the columns:
  // an edge whose positions fall into more columns than they have is not aligned.
  let columns: number[] = [];
  let placed: number[][] | null = null;
  let side: 0 | 1 = 1;
  for (const edge of [1, 0] as const) {
    const found = columnEdges(amountRows.flatMap((r) => laidOut.get(r)!.parts.slice(1).map((p) => p[edge])));
    if (found.length !== widest) continue;
    const cols = amountRows.map((r) => laidOut.get(r)!.parts.slice(1).map((p) => found.findIndex((c) => Math.abs(c - p[edge]) <= COLUMN_SLACK)));
    if (!cols.every((cs) => cs.every((c, k) => c >= 0 && (k === 0 || c > cs[k - 1]!)))) continue;
    columns = found;
    placed = cols;
    side = edge;
    break;
  }
  if (!placed) return;
  const where = placed;
  amountRows.forEach((row, k) => {
    const { line, parts } = laidOut.get(row)!;
    const at = new Map(where[k]!.map((col, j) => [col, row[j + 1]!]));
    const label = splitOffAmount(row[0]!, line, parts[0]!, columns, side, where[k]![0] ?? columns.length);
    if (label.amount) at.set(label.amount.column, label.amount.cell);
    const cells: Cell[] = [label.cell];
    for (let c = 0; c < columns.length; c++) {
      const offset = sourceOffset(line, Math.min(columns[c]!, line.text.length));
      cells.push(at.get(c) ?? emptyCellAt(offset));
    }
    row.splice(0, row.length, ...cells);
  });
}

/**
 * An amount only one space after its label ("Onderwijsbeleid 1.455.019   1.512.300")
 * was read as part of the label. When it stands under an empty column before
 * the row's first amount, it is that column's cell.
 */
function splitOffAmount(
  label: Cell,
  line: Line,
  range: [number, number],
  columns: number[],
  side: 0 | 1,
  firstColumn: number,
): { cell: Cell; amount: { column: number; cell: Cell } | null } {
  const text = line.text.slice(range[0], range[1]);
  const m = /\s(\S+)$/.exec(text);
  if (!m || !isAmountToken(m[1]!)) return { cell: label, amount: null };
  const start = range[1] - m[1]!.length;
  const edge = side === 1 ? range[1] : start;
  const column = columns.findIndex((c) => Math.abs(c - edge) <= COLUMN_SLACK);
  if (column < 0 || column >= firstColumn) return { cell: label, amount: null };
  const labelEnd = range[0] + text.slice(0, text.length - m[0].length).trimEnd().length;
  return {
    cell: cellOfLine(line, range[0], labelEnd),
    amount: { column, cell: cellOfLine(line, start, range[1], m[1]!) },
  };
}

/**
 * The left and right edges of the amounts of the rows read so far, so that
 * whether a new amount stands under a column is one lookup per character of
 * slack, not a pass over every row above.
 */
export class ColumnEdges {
  private readonly lefts = new Set<number>();
  private readonly rights = new Set<number>();

  add(parts: Array<[number, number]>): void {
    for (let k = 1; k < parts.length; k++) {
      this.lefts.add(parts[k]![0]);
      this.rights.add(parts[k]![1]);
    }
  }

  /** Whether an amount's right or left edge lines up with an amount of the rows above. */
  under(amount: [number, number]): boolean {
    for (let d = -COLUMN_SLACK; d <= COLUMN_SLACK; d++) {
      if (this.rights.has(amount[1] + d) || this.lefts.has(amount[0] + d)) return true;
    }
    return false;
  }
}

function widelySpaced(parts: Array<[number, number]>): boolean {
  for (let k = 1; k < parts.length; k++) if (parts[k]![0] - parts[k - 1]![1] < 2) return false;
  return true;
}

/** How far (in characters) an amount's edge may stray from its column's. */
const COLUMN_SLACK = 2;

/** The columns of a set of edge positions: runs of positions no more than COLUMN_SLACK apart. */
function columnEdges(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  let first = -Infinity;
  for (const p of sorted) {
    if (p - first > COLUMN_SLACK) {
      out.push(p);
      first = p;
    }
  }
  return out;
}
