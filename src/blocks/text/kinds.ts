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

/**
 * The kind of one line, decided once before the lines are grouped into
 * blocks. A small number, not a word, so that a text's kinds are one byte a
 * line (`LineKinds`) instead of a pointer of eight: at 100 MB of real text
 * (5.7 million lines) that is 41 MB less held while the blocks are read.
 */
export const LineKind = { blank: 0, pipe: 1, pipeSep: 2, pipeFiller: 3, bullet: 4, amounts: 5, tabRow: 6, labelAmount: 7, clutter: 8, text: 9 } as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** Each line's kind, by line index. */
export type LineKinds = Uint8Array;

/** The kind of line `i`. */
export function kindAt(kinds: LineKinds, i: number): LineKind {
  return kinds[i] as LineKind;
}

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
  readonly kinds: LineKinds;
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
  const before = k === 0 || run.kinds[k - 1] === LineKind.blank;
  return before && (k === run.lines.length - 1 || run.kinds[k + 1] === LineKind.blank);
}

/** The first line at or after `from` that is not blank. */
export function nextNonBlank(run: TextRun, from: number): number {
  let j = from;
  while (j < run.lines.length && run.kinds[j] === LineKind.blank) j++;
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
  if (isBlank(t)) return LineKind.blank;
  if (t.includes('|')) {
    if (isPipeSeparator(t)) return LineKind.pipeSep;
    if (isPipeFiller(t)) return LineKind.pipeFiller;
    if (isPipeRow(t)) return LineKind.pipe;
  }
  if (clutterReason(t) !== null) return LineKind.clutter;
  if (BULLET.test(t)) return LineKind.bullet;
  if (amounts.row !== null) return LineKind.amounts;
  return LineKind.text;
}
