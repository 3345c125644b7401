/**
 * What each line is (blank, pipe row, bullet, amounts, clutter, text) and the
 * one interface every text block reader shares: it reads one kind of block
 * starting at a line, pushes it, and says where the next block starts.
 */
import type { Block } from '../model.js';
import type { Line } from './lines.js';
import { clutterReason } from '../../vocabulary/clutter.js';
import { isPipeRow, isPipeSeparator, isPipeFiller } from '../pipe-row.js';
import type { AmountLine } from '../amount-row.js';

/** The kind of one line, decided once before the lines are grouped into blocks. */
export type LineKind = 'blank' | 'pipe' | 'pipeSep' | 'pipeFiller' | 'bullet' | 'amounts' | 'tabRow' | 'labelAmount' | 'clutter' | 'text';

/** A bullet item's marker ("• ", "- ", "o ", "► "). */
export const BULLET = /^( *)([•▪◦●○·∙‣⁃*►■□➢✓-]|[–—]|o(?= ))[ ]+(?=\S)/;
/** "1. ", "2) ", "a. ": the marker of a numbered or lettered item (see `markNumberedItems`). */
const ITEM_MARKER = '(?:\\d{1,2}|[a-z])[.)]';
/** A numbered or lettered item's indent and marker. */
export const NUMBERED_ITEM = new RegExp(`^( *)(${ITEM_MARKER})[ ]+(?=\\S)`);
/** A list's marker that numbers its items (an ordered list). */
export const ORDERED_MARKER = new RegExp(`^${ITEM_MARKER}$`);
/** A line ending a sentence (or a clause before a list: ":" and ";"). */
export const SENTENCE_END = /[.!?:;]["')\]]?$/;

/** The lines being read, their kinds (all marked before the first block is read), their amount cells, and the blocks emitted so far. */
export interface TextRun {
  readonly lines: Line[];
  readonly kinds: LineKind[];
  /** Each line's amount cells (`splitAmountLine`), read once for its kind and for the readers. */
  readonly amounts: readonly AmountLine[];
  readonly blocks: Block[];
}

/**
 * Reads one kind of block starting at line `from` of a run, pushes it (and
 * any clutter inside it) onto `run.blocks`, and returns the index of the
 * first line it did not take.
 */
export type TextBlockReader = (run: TextRun, from: number) => number;

/**
 * Whether the one-line paragraph of line `k` stands between blank lines (or
 * the text's start or end): the evidence of headings and of linearised table
 * cells. Asked when the paragraph is made: the kinds are all marked before
 * any block is read, so they are final by then.
 */
export function standsAlone(run: TextRun, k: number): boolean {
  const before = k === 0 || run.kinds[k - 1] === 'blank';
  return before && (k === run.lines.length - 1 || run.kinds[k + 1] === 'blank');
}

/** The first line at or after `from` that is not blank. */
export function nextNonBlank(run: TextRun, from: number): number {
  let j = from;
  while (j < run.lines.length && run.kinds[j] === 'blank') j++;
  return j;
}

/** Whether a line is empty or only spaces (normalised text has no other white space). */
export function isBlank(text: string): boolean {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) === 32) k++;
  return k === text.length;
}

/**
 * The kind of one line taken alone (numbered items, tab rows and one-amount
 * rows are marked later, over runs of lines); `amounts` is the line's
 * `splitAmountLine`.
 */
export function classify(line: Line, amounts: AmountLine): LineKind {
  const t = line.text;
  if (isBlank(t)) return 'blank';
  if (t.includes('|')) {
    if (isPipeSeparator(t)) return 'pipeSep';
    if (isPipeFiller(t)) return 'pipeFiller';
    if (isPipeRow(t)) return 'pipe';
  }
  if (clutterReason(t) !== null) return 'clutter';
  if (BULLET.test(t)) return 'bullet';
  if (amounts.row !== null) return 'amounts';
  return 'text';
}
