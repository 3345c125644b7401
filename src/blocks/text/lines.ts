/**
 * Physical lines of plain text: the decoded text split at its line breaks,
 * each line normalised once with a map back to its source offsets. Every
 * text block reader works on these.
 */
import type { Cell, Span } from '../model.js';
import { nextChange, normaliseLine } from '../../normalise/line.js';
import { LineTexts, NARROW_LINES_MIN_CHARS } from './line-texts.js';
import { cellAt, cellFrom } from '../cell.js';

/** One physical line after normalisation, with the map back to the source. */
export interface Line {
  /** Normalised text of the line (no line break). */
  text: string;
  /** Source offset of the line's first character. */
  start: number;
  /** Source offset just past the line's last character (before its break). */
  end: number;
  /** Normalised index → index in the source line, or null when every index is its own (see `normaliseLine`). */
  map: Int32Array | null;
  /** Where the line had tab characters (normalised indices; each became a space), or null. */
  tabs: number[] | null;
}

/**
 * A line that normalisation left as it was (all but about one in 200 lines
 * of real text): its text is the source's own, so it has no map and no
 * tabs. Three fields where a record has five: 16 bytes less on each line,
 * and a MB of real text has about 57,000 of them, all held from the split
 * until the blocks past them are read.
 */
class SourceLine implements Line {
  readonly text: string;
  readonly start: number;
  readonly end: number;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  get map(): null {
    return null;
  }

  get tabs(): null {
    return null;
  }
}

const LINE_BREAK = /\r\n?|[\n\f\u2028\u2029]/g;
/** Whether the text breaks lines with anything but LF; four searches for one character beat one regex scan sixfold. */
function hasOtherBreak(text: string): boolean {
  return text.includes('\r') || text.includes('\f') || text.includes('\u2028') || text.includes('\u2029');
}

/** Maps a column of a normalised line to a source offset. */
export function sourceOffset(line: Line, column: number): number {
  // Clamped into the line as through a map: a column past the end (a header placed by the columns of the rows below
  // it) stays on the line, whether or not normalisation changed it.
  if (!line.map) return line.start + Math.min(Math.max(column, 0), line.text.length);
  const clamped = Math.min(Math.max(column, 0), line.map.length - 1);
  return line.start + (line.map[clamped] ?? clamped);
}

/** The source span of `[from, to)` in a normalised line. */
export function lineSpan(line: Line, from: number, to: number): Span {
  return { start: sourceOffset(line, from), end: sourceOffset(line, to) };
}

/**
 * Splits the decoded text into normalised lines (CRLF, CR, LF, form feed).
 * A large text's lines hold nothing of the text where it holds a character
 * past U+00FF (see `LineTexts`).
 * @param narrowFrom The size from which lines are cut from a one-byte copy of the text (a test gives its own).
 */
export function splitIntoLines(text: string, narrowFrom: number = NARROW_LINES_MIN_CHARS): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // Most texts break lines with LF alone: indexOf finds those without a match object per line;
  // the others take a regex, which finds every kind of break several times faster than a loop.
  const lfOnly = !hasOtherBreak(text);
  LINE_BREAK.lastIndex = 0;
  // Only a line holding a character that normalisation changes is normalised.
  let change = nextChange(text, 0);
  const texts = new LineTexts(text, narrowFrom);
  let start = 0;
  while (start <= n) {
    let end = n;
    let next = n + 1;
    if (lfOnly) {
      const k = text.indexOf('\n', start);
      if (k !== -1) {
        end = k;
        next = k + 1;
      }
    } else if (LINE_BREAK.test(text)) {
      // `test` leaves lastIndex just past the break and makes no match array (one per line, in a CRLF text);
      // a break is one character but CRLF, which the regex always takes whole.
      next = LINE_BREAK.lastIndex;
      end = next - (next >= 2 && text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? 2 : 1);
    }
    const raw = texts.cut(start, end);
    if (change < end) {
      const norm = normaliseLine(raw);
      lines.push({ text: norm.text, start, end, map: norm.map, tabs: raw.includes('\t') ? tabsOf(raw, norm.map) : null });
      change = nextChange(text, end);
    } else lines.push(new SourceLine(raw, start, end));
    start = next;
  }
  return lines;
}

/** The normalised indices of a raw line's tabs. */
function tabsOf(raw: string, map: Int32Array | null): number[] {
  const out: number[] = [];
  const n = map ? map.length - 1 : raw.length;
  for (let i = 0; i < n; i++) if (raw.charCodeAt(map ? map[i]! : i) === 9) out.push(i);
  return out;
}

/** The span of a line's text without its leading and trailing spaces. */
export function trimmedSpan(line: Line): Span {
  const t = line.text;
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 32) a++;
  while (b > a && t.charCodeAt(b - 1) === 32) b--;
  return lineSpan(line, a, b);
}

/**
 * The cell of `[from, to)` in a normalised line, its span in the source.
 * @example cellOfLine(line, 0, 6) // { text: 'Lasten', … } of the line 'Lasten   2.762'
 */
export function cellOfLine(line: Line, from: number, to: number, text: string = line.text.slice(from, to)): Cell {
  return cellFrom(text, sourceOffset(line, from), sourceOffset(line, to));
}

/** A whole line as one cell, trimmed. */
export function lineCell(line: Line): Cell {
  return cellAt(line.text.trim(), trimmedSpan(line));
}
