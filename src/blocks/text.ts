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
import { splitAmountLine, type AmountLine } from './amount-row.js';

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

/**
 * How many lines before the block being read a reader may still look at: the
 * header above a run of amount rows is at most two lines up
 * (`takeHeaderAbove`), a label-amount table's caption one. Lines further back
 * are let go (see `readLines`); the margin is generous on purpose.
 */
const LOOK_BACK_LINES = 16;

/**
 * Groups already split lines into blocks (see `readText`). It takes the
 * lines over: each line is let go (its slot emptied) once the blocks well
 * past it are read, so that a long text's line objects (a third of the
 * reader's memory on real text, a line every 18 bytes) are collected while
 * the blocks made of them grow, instead of both being held at the end.
 */
export function readLines(lines: Line[]): ReadResult {
  const { amounts, kinds } = lineKinds(lines);
  markNumberedItems(lines, kinds);
  markTabRows(lines, kinds);
  markLabelAmountRows(lines, kinds, amounts);
  const bounds = lineBounds(lines);
  const run: TextRun = { lines, kinds, amounts, blocks: [] };
  const count = lines.length;
  let i = 0;
  let kept = 0;
  while (i < count) {
    i = READERS[kinds[i]!](run, i);
    // The slot stays (the array keeps its shape); only the line object and its text go. No reader reaches this far back.
    for (; kept < i - LOOK_BACK_LINES; kept++) lines[kept] = RELEASED;
  }
  markStandalone(run.blocks, bounds, kinds);
  return { blocks: run.blocks, diagnostics: [] };
}

/**
 * Each line's amount cells and kind: clutter when it repeats as a running
 * header or footer, else what `classify` makes of it. One loop reads all
 * three things of a line (amounts, running key, kind) while it is at hand:
 * three passes called a closure per line each, which the engine could not
 * inline. A line's kind is classified before the running keys are all
 * known (`classify` has no side effects); the few running lines are then
 * marked clutter. The running keys (one slot a line) are needed only here,
 * so they go when this returns, before the blocks are read.
 */
function lineKinds(lines: Line[]): { amounts: AmountLine[]; kinds: LineKind[] } {
  const n = lines.length;
  // Filled by index, holey from the start as `filledArray` makes them (see there).
  const amounts = Array<AmountLine>(n);
  const kinds = Array<LineKind>(n);
  const keys = Array<string | null>(n);
  let keyed = false;
  for (let k = 0; k < n; k++) {
    const line = lines[k]!;
    const text = line.text;
    const lineAmounts = splitAmountLine(text);
    amounts[k] = lineAmounts;
    kinds[k] = classify(line, lineAmounts);
    const key = runningKey(text);
    // A table's header repeated above each table ("Bedragen x € 1.000   Rekening   Begroting") is content.
    keys[k] = key !== null && isTableHeaderLine(text) ? null : key;
    keyed ||= keys[k] !== null;
  }
  if (keyed) {
    const running = repeatedKeys(keys);
    if (running.size > 0) for (let k = 0; k < n; k++) if (running.has(keys[k] ?? '')) kinds[k] = 'clutter';
  }
  return { amounts, kinds };
}

/** What a let-go line's slot holds: one shared empty line. */
const RELEASED: Line = { text: '', start: 0, end: 0, map: null, tabs: null };

/**
 * Each line's source start and end, kept after the lines are let go, for
 * `markStandalone`: line k's start at 2k, its end at 2k + 1. One typed
 * array, not two: a small document makes one per read, and making a typed
 * array costs more than filling it. Offsets fit 32 bits: V8 strings are
 * shorter than 2^30 characters.
 */
type LineBounds = Int32Array;

function lineBounds(lines: Line[]): LineBounds {
  const bounds = new Int32Array(2 * lines.length);
  for (let k = 0; k < lines.length; k++) {
    bounds[2 * k] = lines[k]!.start;
    bounds[2 * k + 1] = lines[k]!.end;
  }
  return bounds;
}

/**
 * Marks one-line paragraphs that stand between blank lines (or block
 * boundaries): the evidence of headings and of linearised table cells.
 */
function markStandalone(blocks: Block[], bounds: LineBounds, kinds: LineKind[]): void {
  const last = bounds.length / 2 - 1;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue;
    const start = block.lines[0]!.span.start;
    const k = findLine(bounds, start);
    if (k < 0) continue;
    const before = k === 0 || kinds[k - 1] === 'blank';
    const after = k === last || kinds[k + 1] === 'blank';
    block.standalone = before && after;
  }
}

function findLine(bounds: LineBounds, offset: number): number {
  let lo = 0;
  let hi = bounds.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < bounds[2 * mid]!) hi = mid - 1;
    else if (offset > bounds[2 * mid + 1]!) lo = mid + 1;
    else return mid;
  }
  return -1;
}
