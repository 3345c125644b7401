/**
 * HTML tables as grids: rows of cells with their colspan and rowspan, laid
 * out the way a browser does (the HTML table model, simplified), so that a
 * header cell spanning three year columns appears three times.
 *
 *   <th colspan=3>Realisatie</th><th colspan=2>Begroting</th>
 *   → Realisatie | Realisatie | Realisatie | Begroting | Begroting
 */
import type { BlockDiagnostic, Cell, Span, TableBlock } from './model.js';
import { cellFrom, emptyCellAt } from './cell.js';

/** A cell as written, before spans are expanded. */
export interface RawCell {
  cell: Cell;
  colspan: number;
  rowspan: number;
  header: boolean;
}

/** A row as written: which row group (thead, tbody, tfoot) it belongs to. */
export interface RawRow {
  cells: RawCell[];
  group: 'head' | 'body' | 'foot';
  /** Rows of one group element share this number; rowspans stop at its end. */
  groupId: number;
  /** Source offset of the row, the span of cells it has none of its own. */
  start: number;
}

/** The largest colspan honoured (the HTML limit). */
export const MAX_COLSPAN = 1000;
/** The largest rowspan honoured. */
export const MAX_ROWSPAN = 10000;
/** Grids larger than this stop expanding spans (each cell is then placed once). */
export const MAX_GRID_CELLS = 2_000_000;

/**
 * Reads a colspan or rowspan attribute the lenient way browsers do: leading
 * digits count, anything else is the default.
 *
 * @example spanAttribute('3', 1) // 3
 * @example spanAttribute('drie', 1) // 1
 */
export function spanAttribute(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^\s*\+?(\d{1,15})/.exec(value);
  return m ? Number(m[1]) : fallback;
}

/**
 * Lays rows out as a grid: spanning cells repeated, holes left by rowspans
 * filled with empty cells, header rows counted.
 *
 * @param rows The rows in source order (tfoot rows are moved to the end).
 * @param caption The caption text, or null.
 * @param span The table's source range.
 * @param diagnostics Receives `html.span-clamped` warnings.
 * @returns The table block.
 * @example layoutTable(rowsOf('<tr><th colspan=2>Realisatie</th></tr><tr><td>2019</td><td>2020</td></tr>'), null, span, [])
 */
export function layoutTable(rows: RawRow[], caption: string | null, span: Span, diagnostics: BlockDiagnostic[]): TableBlock {
  const ordered = [...rows.filter((r) => r.group !== 'foot'), ...rows.filter((r) => r.group === 'foot')];
  const groupEnd = new Array<number>(ordered.length);
  for (let r = ordered.length - 1; r >= 0; r--) {
    const next = ordered[r + 1];
    groupEnd[r] = next && next.groupId === ordered[r]!.groupId ? groupEnd[r + 1]! : r + 1;
  }
  const grid: Array<Array<Cell | undefined>> = ordered.map(() => []);
  let placed = 0;
  let clampedBudget = false;
  for (let r = 0; r < ordered.length; r++) {
    const row = ordered[r]!;
    const line = grid[r]!;
    let col = 0;
    for (const raw of row.cells) {
      while (line[col] !== undefined) col++;
      let colspan = Math.max(1, raw.colspan);
      let rowspan = raw.rowspan === 0 ? groupEnd[r]! - r : raw.rowspan;
      if (colspan > MAX_COLSPAN || rowspan > MAX_ROWSPAN) {
        diagnostics.push({
          severity: 'warning',
          code: 'html.span-clamped',
          message: `a table cell spans ${raw.colspan} columns and ${raw.rowspan} rows; clamped to at most ${MAX_COLSPAN} columns and ${MAX_ROWSPAN} rows`,
          span: raw.cell.span,
        });
        colspan = Math.min(colspan, MAX_COLSPAN);
        rowspan = Math.min(rowspan, MAX_ROWSPAN);
      }
      rowspan = Math.max(1, Math.min(rowspan, groupEnd[r]! - r));
      if (placed + colspan * rowspan > MAX_GRID_CELLS) {
        if (!clampedBudget) {
          diagnostics.push({
            severity: 'warning',
            code: 'html.span-clamped',
            message: `the table grows past ${MAX_GRID_CELLS} cells; further spanning cells are placed once`,
            span: raw.cell.span,
          });
        }
        clampedBudget = true;
        colspan = 1;
        rowspan = 1;
      }
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colspan; dc++) {
          target[col + dc] = cellFrom(raw.cell.text, raw.cell.span.start, raw.cell.span.end);
        }
      }
      placed += colspan * rowspan;
      col += colspan;
    }
  }
  const out: Cell[][] = [];
  let headerRows = 0;
  let inHeader = true;
  for (let r = 0; r < ordered.length; r++) {
    const line = grid[r]!;
    if (line.length === 0) continue;
    const row = ordered[r]!;
    const filled: Cell[] = [];
    for (let c = 0; c < line.length; c++) filled.push(line[c] ?? emptyCellAt(row.start));
    const isHeader = row.group === 'head' || (row.cells.length > 0 && row.cells.every((c) => c.header));
    if (inHeader && isHeader) headerRows++;
    else inHeader = false;
    out.push(filled);
  }
  return { kind: 'table', rows: out, headerRows, caption, span };
}
