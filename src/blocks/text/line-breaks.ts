/**
 * Where a text's lines end and the next begin: at LF, CRLF, CR, a form feed,
 * U+2028 or U+2029 (CRLF is one break). The splitter asks line by line, in
 * order, and may ask of a text and of its one-byte copy in turn (see
 * `splitTaking`).
 * @example const b = new LineBreaks('Lasten\r\nBaten'); b.find(0); [b.end, b.next] // [6, 8]
 */

/** Every line break; `find` sets its lastIndex before each search. */
const LINE_BREAK = /\r\n?|[\n\f\u2028\u2029]/g;

/** Whether the text breaks lines with anything but LF; four searches for one character beat one regex scan sixfold. */
export function hasOtherBreak(text: string): boolean {
  return text.includes('\r') || text.includes('\f') || text.includes('\u2028') || text.includes('\u2029');
}

export class LineBreaks {
  /** The end of the line found last (before its break). */
  end = 0;
  /** Where the line after it starts; the text's length + 1 after the last line. */
  next = 0;
  private readonly text: string;
  private readonly lfOnly: boolean;
  private readonly breaks = new RegExp(LINE_BREAK);

  /**
   * @param lfOnly Whether LF is the only break: most texts, where indexOf finds each without a match object; the others
   * take the regex, which finds every kind of break several times faster than a loop over the characters.
   */
  constructor(text: string, lfOnly: boolean = !hasOtherBreak(text)) {
    this.text = text;
    this.lfOnly = lfOnly;
  }

  /** Finds the line that starts at `start`: sets `end` and `next`. */
  find(start: number): void {
    const text = this.text;
    if (this.lfOnly) {
      const k = text.indexOf('\n', start);
      this.end = k === -1 ? text.length : k;
      this.next = k === -1 ? text.length + 1 : k + 1;
      return;
    }
    const breaks = this.breaks;
    breaks.lastIndex = start;
    if (!breaks.test(text)) {
      this.end = text.length;
      this.next = text.length + 1;
      return;
    }
    // `test` leaves lastIndex just past the break and makes no match array; a break is one character but CRLF.
    const next = breaks.lastIndex;
    this.next = next;
    this.end = next - (next >= 2 && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1);
  }
}
