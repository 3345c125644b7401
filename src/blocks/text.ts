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
import type { ReadResult } from './model.js';
import { repeatedKeys, runningKey } from '../vocabulary/clutter.js';
import { isTableHeaderLine } from '../vocabulary/header-words.js';
import { splitIntoLines, type Line } from './text/lines.js';
import { classify, isBlank, LineKind, type LineKinds, type TextBlockReader, type TextRun } from './text/kinds.js';
import { readParagraph } from './text/paragraph.js';
import { markNumberedItems, readList } from './text/list.js';
import { readPipeTables } from './text/pipe-table.js';
import { markTabRows, readTabRows } from './text/tab-rows.js';
import { readAmountRows } from './text/amount-rows.js';
import { markLabelAmountRows, readLabelAmountRows } from './text/label-amount-rows.js';
import { readClutter } from './text/clutter.js';
import { NO_AMOUNTS, splitAmountLine, type AmountLine } from './amount-row.js';

export { splitIntoLines, sourceOffset, lineSpan } from './text/lines.js';
export type { Line } from './text/lines.js';

/** A blank line belongs to no block. */
const skipBlank: TextBlockReader = (_run, from) => from + 1;

/** The reader of the block that starts with a line of each kind. */
const READER_OF: Readonly<Record<keyof typeof LineKind, TextBlockReader>> = {
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

/** `READER_OF` by the kind's number, the line's byte in `LineKinds`. */
const READERS: readonly TextBlockReader[] = readersByNumber(READER_OF);

function readersByNumber(byName: Readonly<Record<keyof typeof LineKind, TextBlockReader>>): TextBlockReader[] {
  const out: TextBlockReader[] = [];
  for (const [name, kind] of Object.entries(LineKind)) out[kind] = byName[name as keyof typeof LineKind];
  return out;
}

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
  const run: TextRun = { lines, kinds, amounts, blocks: [] };
  const count = lines.length;
  let i = 0;
  let kept = 0;
  while (i < count) {
    // Nearly half the lines of real text are blank: they are stepped over here, not through the table (`skipBlank`).
    if (kinds[i] === LineKind.blank) {
      i++;
      continue;
    }
    i = READERS[kinds[i]!]!(run, i);
    // The slots stay (the arrays keep their shape); only the line object, its text and its amount cells go. No reader reaches this far
    // back: the header above amount rows is two lines up at most, and amount cells are read only at or after the line being read.
    for (; kept < i - LOOK_BACK_LINES; kept++) {
      lines[kept] = RELEASED;
      amounts[kept] = NO_AMOUNTS;
    }
  }
  return { blocks: run.blocks, diagnostics: [] };
}

/**
 * Each line's amount cells and kind: clutter when it repeats as a running
 * header or footer, else what `classify` makes of it. One loop reads all
 * three things of a line (amounts, running key, kind) while it is at hand:
 * three passes called a closure per line each, which the engine could not
 * inline. A line's kind is classified before the running keys are all
 * known (`classify` has no side effects); the few running lines are then
 * marked clutter. The running keys (of the few lines that have one) are
 * needed only here, so they go when this returns, before the blocks are read.
 */
function lineKinds(lines: Line[]): { amounts: AmountLine[]; kinds: LineKinds } {
  const n = lines.length;
  // Filled by index, holey from the start as `filledArray` makes them (see there).
  const amounts = Array<AmountLine>(n);
  const kinds: LineKinds = new Uint8Array(n);
  // Few lines have a running key (a wide gap and a page-like word): they are listed, not given a slot each.
  const keyed: number[] = [];
  const keys: string[] = [];
  for (let k = 0; k < n; k++) {
    const line = lines[k]!;
    const text = line.text;
    // A blank line (nearly half of them) has no amounts, no running key, and its kind says so.
    if (isBlank(text)) {
      amounts[k] = NO_AMOUNTS;
      kinds[k] = LineKind.blank;
      continue;
    }
    const lineAmounts = splitAmountLine(text);
    amounts[k] = lineAmounts;
    kinds[k] = classify(line, lineAmounts);
    const key = runningKey(text);
    // A table's header repeated above each table ("Bedragen x € 1.000   Rekening   Begroting") is content.
    if (key !== null && !isTableHeaderLine(text)) {
      keyed.push(k);
      keys.push(key);
    }
  }
  if (keys.length > 0) {
    const running = repeatedKeys(keys);
    if (running.size > 0) for (let j = 0; j < keyed.length; j++) if (running.has(keys[j]!)) kinds[keyed[j]!] = LineKind.clutter;
  }
  return { amounts, kinds };
}

/** What a let-go line's slot holds: one shared empty line. */
const RELEASED: Line = { text: '', start: 0, end: 0, map: null, tabs: null };
