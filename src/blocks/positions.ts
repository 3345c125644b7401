/**
 * Turns source offsets into unist points (1-based line and column, 0-based
 * offset), with one binary search per lookup over line starts found once.
 */
import type { Span } from './model.js';
import { lineIndex, lineStarts } from './span.js';
import type { Point, Position } from '../schema/report.js';

export class Positions {
  private readonly starts: Int32Array;
  private readonly length: number;

  /** @param text The text offsets refer to (the decoded input). */
  constructor(text: string) {
    const starts = lineStarts(text);
    this.starts = starts;
    this.length = text.length;
  }

  /** The point of a source offset (clamped into the text). */
  point(offset: number): Point {
    const o = Math.min(Math.max(0, offset), this.length);
    const lo = lineIndex(this.starts, o);
    return { line: lo + 1, column: o - this.starts[lo]! + 1, offset: o };
  }

  /** The position of a span, with the page and box a PDF span carries. */
  position(span: Span): Position {
    const pos: Position = { start: this.point(span.start), end: this.point(Math.max(span.start, span.end)) };
    if (span.page !== undefined) pos.page = span.page;
    if (span.bbox !== undefined) pos.bbox = { page: span.page ?? 1, ...span.bbox };
    return pos;
  }
}
