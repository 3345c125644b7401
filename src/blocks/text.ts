/**
 * The plain-text reader: a hand-written, linear-time pass over the lines of
 * the decoded text that groups them into blocks (paragraphs, bullet lists,
 * pipe tables, rows of space-separated amounts, tab rows, clutter). It never
 * looks at a line twice in a way that grows with the document: every line
 * is normalised and classified once, then grouped in one more pass, in which
 * the kind of the first line of each block picks its reader (`READERS`; one
 * file per block kind under `text/`).
 *
 * One-cell-per-line tables are not rebuilt here: they reach the blocks as
 * standalone one-line paragraphs and `tables/cell-runs.ts` rebuilds them, for
 * any reader.
 */
import type { Block, ReadResult } from './model.js';
import { repeatedKeys, runningKey } from '../vocabulary/clutter.js';
import { isTableHeaderLine } from '../vocabulary/header-words.js';
import { splitIntoLines, type Line } from './text/lines.js';
import { classify, type LineKind, type TextBlockReader, type TextRun } from './text/kinds.js';
import { readParagraph } from './text/paragraph.js';
import { markNumberedItems, readList } from './text/list.js';
import { readPipeTables } from './text/pipe-table.js';
import { markTabRows, readTabRows } from './text/tab-rows.js';
import { readAmountRows } from './text/amount-rows.js';
import { markLabelAmountRows, readLabelAmountRows } from './text/label-amount-rows.js';
import { readClutter } from './text/clutter.js';
import { splitAmountLine } from './amount-row.js';

export { splitIntoLines, sourceOffset, lineSpan } from './text/lines.js';
export type { Line } from './text/lines.js';

/** A blank line belongs to no block. */
const skipBlank: TextBlockReader = (_run, from) => from + 1;

/** The reader of the block that starts with a line of each kind. */
const READERS: Readonly<Record<LineKind, TextBlockReader>> = {
  blank: skipBlank,
  pipe: readPipeTables,
  pipeSep: readPipeTables,
  pipeFiller: readPipeTables,
  clutter: readClutter,
  bullet: readList,
  amounts: readAmountRows,
  tabRow: readTabRows,
  labelAmount: readLabelAmountRows,
  text: readParagraph,
};

/**
 * Reads plain text (including the pipe tables that converters produce) into
 * blocks.
 *
 * @param text The decoded source text.
 * @returns The blocks in document order and reader diagnostics.
 * @example readText('Wat heeft het gekost?\n\nLasten | 2.762 | 303 |\n')
 */
export function readText(text: string): ReadResult {
  return readLines(splitIntoLines(text));
}

/** Groups already split lines into blocks (see `readText`). */
export function readLines(lines: Line[]): ReadResult {
  // A table's header repeated above each table ("Bedragen x € 1.000   Rekening   Begroting") is content.
  const keys = lines.map((l) => {
    const key = runningKey(l.text);
    return key !== null && isTableHeaderLine(l.text) ? null : key;
  });
  const running = repeatedKeys(keys);
  const amounts = lines.map((line) => splitAmountLine(line.text));
  const kinds: LineKind[] = lines.map((line, k) => (running.size > 0 && running.has(keys[k] ?? '') ? 'clutter' : classify(line, amounts[k]!)));
  markNumberedItems(lines, kinds);
  markTabRows(lines, kinds);
  markLabelAmountRows(lines, kinds, amounts);
  const run: TextRun = { lines, kinds, amounts, blocks: [] };
  let i = 0;
  while (i < lines.length) i = READERS[kinds[i]!](run, i);
  markStandalone(run.blocks, lines, kinds);
  return { blocks: run.blocks, diagnostics: [] };
}

/**
 * Marks one-line paragraphs that stand between blank lines (or block
 * boundaries): the evidence of headings and of linearised table cells.
 */
function markStandalone(blocks: Block[], lines: Line[], kinds: LineKind[]): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue;
    const start = block.lines[0]!.span.start;
    const k = findLine(lines, start);
    if (k < 0) continue;
    const before = k === 0 || kinds[k - 1] === 'blank';
    const after = k === lines.length - 1 || kinds[k + 1] === 'blank';
    block.standalone = before && after;
  }
}

function findLine(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
