/**
 * Turns source offsets into unist points (1-based line and column, 0-based
 * offset), with one binary search per lookup over line starts found once.
 */
import type { Span } from './model.js';
import { lineIndex, lineStarts, onAPage } from './span.js';
import type { Point, Position } from '../schema/report.js';

export class Positions {
  private readonly starts: Int32Array;
  private readonly length: number;
  private readonly lazy: boolean;

  /**
   * @param text The text offsets refer to (the decoded input).
   * @param lazy Give text positions as `OffsetPosition`s (see there) instead of plain objects.
   */
  constructor(text: string, lazy = false) {
    const starts = lineStarts(text);
    this.starts = starts;
    this.length = text.length;
    this.lazy = lazy;
  }

  /** The point of a source offset (clamped into the text). */
  point(offset: number): Point {
    const o = Math.min(Math.max(0, offset), this.length);
    const lo = lineIndex(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /** The position of a span, with the page and box a PDF span carries. */
  position(span: Span): Position {
    const end = Math.max(span.start, span.end);
    // A PDF's positions stay plain objects: they carry a page and a box, and a PDF's text is small.
    if (this.lazy && !onAPage(span)) return new OffsetPosition(this, span.start, end);
    const pos: Position = { start: this.point(span.start), end: this.point(end) };
    if (span.page !== undefined) pos.page = span.page;
    if (span.bbox !== undefined) pos.bbox = { page: span.page ?? 1, ...span.bbox };
    return pos;
  }
}

/**
 * A text position held as two offsets, its points made when read: one small
 * object where a plain position is three (a 10 MB real text has 160,000
 * positions; its tree is 21% smaller this way, 67.5 → 53.4 MB live). Reading
 * `start` or `end` gives a new `{ line, column, offset }` each time, and
 * `JSON.stringify` writes exactly what the plain position would.
 *
 * It is an object with getters, not a plain record: `structuredClone`, a
 * spread or `Object.keys` see no `start` and `end`. So the library gives it
 * only when asked (`ParseOptions.lazyPositions`); the CLI, which only
 * serialises its reports, asks.
 * @example JSON.stringify(new Positions('Programma 1\nVeiligheid', true).position({ start: 12, end: 22 }))
 * // '{"start":{"line":2,"column":1,"offset":12},"end":{"line":2,"column":11,"offset":22}}'
 */
export class OffsetPosition implements Position {
  // Private fields: a for-in (the generated schema check's test for unknown keys) and JSON see none of them.
  readonly #positions: Positions;
  readonly #start: number;
  readonly #end: number;

  constructor(positions: Positions, start: number, end: number) {
    this.#positions = positions;
    this.#start = start;
    this.#end = end;
  }

  get start(): Point {
    return this.#positions.point(this.#start);
  }

  get end(): Point {
    return this.#positions.point(this.#end);
  }

  /** The end's offset, without making its point (a line search and an object) as `end.offset` would. */
  endOffset(): number {
    return this.#end;
  }

  toJSON(): Position {
    return { start: this.start, end: this.end };
  }
}

/**
 * A position's end offset; of an `OffsetPosition` without making its end
 * point (and without clamping it into the text as its point does: the same
 * for every offset within the text). The outline reads it of every child of
 * every section it closes.
 * @example endOffset(new Positions('Programma 1\nVeiligheid', true).position({ start: 12, end: 22 })) // 22
 */
export function endOffset(position: Position): number {
  return position instanceof OffsetPosition ? position.endOffset() : position.end.offset;
}
