/**
 * Physical lines of plain text: the decoded text split at its line breaks,
 * each line normalised once with a map back to its source offsets. Every
 * text block reader works on these.
 */
import type { Cell, Span } from '../model.js';
import { splitTaking } from './line-texts.js';
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
 * Splits the decoded text into normalised lines (CRLF, CR, LF, form feed,
 * U+2028, U+2029). A large text's lines hold nothing of the text where it
 * holds a character past U+00FF (see `splitTaking`).
 * @param narrowFrom The size from which lines are cut from a one-byte copy of the text (a test gives its own).
 */
export function splitIntoLines(text: string, narrowFrom?: number): Line[] {
  return splitTaking({ text }, narrowFrom);
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
