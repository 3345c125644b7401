/**
 * Where the lines of a large text get their strings: cut from a copy of the
 * text with one byte a character, so that the text itself, held at two bytes
 * a character, can go once it is split. A text without a character past
 * U+00FF is held at one byte a character already: its lines stay views into
 * it.
 *
 * V8 keeps a string with one character past U+00FF ('€', '–', '’') at two
 * bytes a character, and real report text has one every few hundred
 * characters: 100 MB of real text is a 214 MB string. A line cut from it is
 * a view that keeps all of it alive, through the blocks and the tree made of
 * the line, to the end of the parse. The lines of a large text are therefore
 * cut from a copy at one byte a character (100 MB, kept by the views instead),
 * and the few lines that hold a wide character ("Lasten € 2.762") are copies
 * of their own. The CLI's 100 MB parse: live heap peak 835 → 587 MB, RSS
 * peak 1.25–1.29 → 1.08–1.11 GB.
 *
 * Only from NARROW_LINES_MIN_CHARS on: lines of both widths in one text are
 * read 8–12% slower than lines of one width (`readLines` on 10 MB of real
 * text), a price a large input pays for its memory and a small one need not.
 * @example new LineTexts('Lasten € 2.762\nBaten 303', 0).cut(15, 24) // 'Baten 303', one byte a character
 */
import { ownCopy } from '../../vocabulary/memo.js';

/** Texts of at least this many characters have their lines cut from a one-byte copy (see the module comment). */
export const NARROW_LINES_MIN_CHARS = 32 * 1024 * 1024;

/** A character past U+00FF: a string holding one takes two bytes a character. */
const WIDE = /[^\x00-\xff]/g;

/**
 * Cuts a text's lines, in order, from a one-byte copy of it (a large text
 * with a character past U+00FF) or from the text itself.
 * @example const texts = new LineTexts(text); texts.cut(0, 14) // 'Lasten € 2.762'
 */
export class LineTexts {
  private readonly text: string;
  /**
   * The text at one byte a character (a wide character keeps its low byte only: no line holding one is cut from it), or
   * null below the size or when the text has no wide character (V8 holds a decoded text without one at a byte a
   * character already: a copy would only add to the peak).
   */
  private readonly narrow: string | null;
  /** The first wide character at or after the end of the last line cut. */
  private wide: number;

  /**
   * @param text The text the lines are cut from, in order.
   * @param narrowFrom The size from which lines are cut from a one-byte copy.
   */
  constructor(text: string, narrowFrom: number = NARROW_LINES_MIN_CHARS) {
    this.text = text;
    const wide = text.length >= narrowFrom ? nextWide(text, 0) : text.length;
    this.narrow = wide < text.length ? Buffer.from(text, 'latin1').toString('latin1') : null;
    this.wide = this.narrow === null ? Infinity : wide;
  }

  /** The text of `[start, end)`; lines are cut in order, each after the one before. */
  cut(start: number, end: number): string {
    if (this.narrow === null) return this.text.slice(start, end);
    if (this.wide >= end) return this.narrow.slice(start, end);
    // A wide character in the line (or in the break before it, U+2028): a copy of its own, not a view of the text.
    this.wide = nextWide(this.text, end);
    return ownCopy(this.text.slice(start, end));
  }
}

/** Where the next character past U+00FF is, at or after `from`, or the text's length. */
function nextWide(text: string, from: number): number {
  WIDE.lastIndex = from;
  return WIDE.test(text) ? WIDE.lastIndex - 1 : text.length;
}
