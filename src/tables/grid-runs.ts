/**
 * The second pass over one-cell-per-line text: runs of short paragraphs that
 * the vocabulary-led reader (`cell-runs.ts`) did not take are given to grid
 * inference (`grid/infer-grid.ts`), which finds the table from the kinds of
 * its cells. A run it cannot read stays as it was, paragraph by paragraph.
 *
 *   Omschrijving ⏎ Ontwerpbegroting 2024 ⏎ Actueel ⏎ Sportpark ⏎ 1.210 ⏎ 1.305 ⏎ …
 *   → a table: "Ontwerpbegroting" is no column word we know, but two amounts
 *     follow every label, so it heads a column.
 */
import type { Block, BlockDiagnostic, Cell, ParagraphBlock } from '../blocks/model.js';
import { sectionRole } from '../vocabulary/sections.js';
import { joinHeaderWords } from './columns.js';
import { inferGrid } from './grid/infer-grid.js';
import { MAX_LABEL } from './grid/body-units.js';
import { exactRows } from '../blocks/exact-rows.js';
import { cellParagraph, oneColumnCells } from './grid/one-column-cells.js';
import { classifyCell } from './grid/cell-class.js';
import { firstLine, lineCount } from '../blocks/one-line-paragraph.js';
import { cellAt } from '../blocks/cell.js';

/** Longest line of a wrapped cell ("Rekening" ⏎ "2022", "Begroting 2023" ⏎ "na wijzigingen"). */
const MAX_WRAPPED_LINE = 40;
/** Lines a wrapped cell may have. */
const MAX_WRAPPED_LINES = 3;

/** A dash a list item may open with and still be a row label ("- Uitkering gemeentefonds"). */
const DASH_MARKERS: ReadonlySet<string> = new Set(['-', '–']);

/**
 * The cells of a block that is no one-cell paragraph (see `asCell`): a dash
 * item ("- Uitkering gemeentefonds") is a row label written as a bullet, its
 * dash kept; a one-column pipe table gives its filled cells. Other blocks end a run.
 */
function cellsOf(block: Block): Cell[] | null {
  if (block.kind === 'list') {
    if (block.ordered || !block.items.every((it) => DASH_MARKERS.has(it.marker) && it.depth === 0 && it.text.length <= MAX_LABEL)) return null;
    // Pushed, not mapped: packed in every tier, as the one-cell lists below (an optimised `map` makes a holey array).
    const cells: Cell[] = [];
    for (const it of block.items) cells.push(cellAt(`${it.marker} ${it.text}`, it.span));
    return cells;
  }
  return oneColumnCells(block);
}

/** A paragraph that can be one table cell: one line, or a few short lines of one wrapped cell. */
function asCell(block: Block): Cell | null {
  if (block.kind !== 'paragraph') return null;
  const p = block as ParagraphBlock;
  if (lineCount(p) === 1) return p.text.length <= MAX_LABEL && sectionRole(p.text) === null ? firstLine(p) : null;
  if (lineCount(p) > MAX_WRAPPED_LINES || p.lines.some((l) => l.text.trim().length > MAX_WRAPPED_LINE)) return null;
  return cellAt(joinHeaderWords(p.lines.map((l) => l.text)), p.span);
}

/**
 * A sentence right after an amount, on one line: the note of that row when
 * the table has a note column ("Inhuur (aantal FTE)*" ⏎ 175 ⏎ 188 ⏎ n.t.b. ⏎ 186 ⏎
 * "over het aantal fte inhuur wordt op realisatiebasis gerapporteerd. …").
 * Grid inference decides (`grid/note-column.ts`); a table without that
 * column ends before it.
 */
function noteAfterAmount(block: Block, cells: Cell[]): Cell | null {
  const last = cells[cells.length - 1];
  if (block.kind !== 'paragraph' || !last || lineCount(block as ParagraphBlock) !== 1) return null;
  // The cheap tests first: most blocks that end a run are paragraphs of several lines, whose run's last cell need not be classified.
  const p = block as ParagraphBlock;
  return classifyCell(last.text) === 'value' && sectionRole(p.text) === null ? firstLine(p) : null;
}

/**
 * Replaces runs of cell paragraphs that form a table by table blocks; other
 * blocks pass through unchanged, in order. Clutter inside a run (a page
 * number, "Terug naar navigatie") stays, after the table.
 *
 * It takes the blocks over, as the tree builder does: each entry of `blocks`
 * is cleared once the pass is past it, so that the paragraphs a table was
 * made of are collected while the pass goes on instead of being held with
 * the tables until it ends.
 */
export function rebuildGridRuns(blocks: Array<Block | undefined>, diagnostics: BlockDiagnostic[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  /** Blocks before this index were in a run the grid did not read: runs there end at a sentence, as they did. */
  let plainUntil = 0;
  /** Blocks before this index are cleared: no run reaches back before `i` (one read again starts at its first sentence, after `i`). */
  let released = 0;
  while (i < blocks.length) {
    for (; released < i; released++) blocks[released] = undefined;
    const cells: Cell[] = [];
    const at: number[] = [];
    /** The first sentence-long note the run took: a run the grid does not read ends before it, as it did. */
    let firstLong = -1;
    let j = i;
    while (j < blocks.length) {
      const b = blocks[j]!;
      if (b.kind === 'clutter') { j++; continue; }
      // A block of one cell (most of them) is taken without an array of its own.
      const one = asCell(b);
      const own = one === null ? cellsOf(b) : null;
      const cell = one ?? (own === null && j >= plainUntil ? noteAfterAmount(b, cells) : null);
      if (cell !== null || (own !== null && own.length === 1)) {
        const only = cell ?? own![0]!;
        if (only.text.length > MAX_LABEL && firstLong < 0) firstLong = j;
        cells.push(only);
        at.push(j);
      } else if (own !== null) {
        for (const c of own) {
          cells.push(c);
          at.push(j);
        }
      } else break;
      j++;
    }
    const grid = cells.length >= 4 ? inferGrid(cells, j === blocks.length) : null;
    if (!grid) {
      // Nothing in this run is a table: keep it as it is and go on after it.
      // A run that took a sentence is read again from that sentence on, without sentences this time, so that
      // every block is read at most twice and the pass stays linear.
      if (firstLong >= 0) plainUntil = j;
      const to = Math.max(firstLong >= 0 ? firstLong : j, i + 1);
      for (let k = i; k < to; k++) out.push(blocks[k]!);
      i = to;
      continue;
    }
    const firstBlock = at[grid.leading]!;
    const endBlock = grid.end < at.length ? at[grid.end]! : j;
    const splitsFirst = grid.leading > 0 && at[grid.leading - 1] === firstBlock;
    const splitsEnd = grid.end < at.length && grid.end > 0 && at[grid.end - 1] === endBlock;
    // A list block is one unit: a table that ends or begins inside one leaves the run as it was.
    if ((splitsFirst && blocks[firstBlock]!.kind === 'list') || (splitsEnd && blocks[endBlock]!.kind === 'list')) {
      for (let k = i; k < j; k++) out.push(blocks[k]!);
      i = j;
      continue;
    }
    for (let k = i; k < firstBlock; k++) out.push(blocks[k]!);
    // A one-column table the grid begins or ends inside: its other cells stay, as the lines they were.
    if (splitsFirst) for (let c = 0; c < grid.leading; c++) if (at[c] === firstBlock) out.push(cellParagraph(cells[c]!));
    const clutter: Block[] = [];
    for (let k = firstBlock; k < endBlock; k++) if (blocks[k]!.kind === 'clutter') clutter.push(blocks[k]!);
    let start = Infinity;
    let end = 0;
    for (const row of grid.rows) for (const c of row) {
      if (c.span.start < start) start = c.span.start;
      if (c.span.end > end) end = c.span.end;
    }
    out.push({ kind: 'table', rows: exactRows(grid.rows), headerRows: grid.headerRows, caption: null, span: { start, end } });
    for (const c of clutter) out.push(c);
    // Pushed one by one: the grid's diagnostics come as arrays of two shapes (a literal, a copy), and a spread of them deoptimised this.
    for (const d of grid.diagnostics) diagnostics.push(d);
    if (splitsEnd) {
      for (let c = grid.end; c < at.length && at[c] === endBlock; c++) out.push(cellParagraph(cells[c]!));
      i = endBlock + 1;
    } else i = endBlock;
  }
  // The last run's blocks too: the input holds none once the pass is done.
  for (; released < blocks.length; released++) blocks[released] = undefined;
  return out;
}
