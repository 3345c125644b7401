/**
 * A paragraph of one line: a title, a label, a linearised table cell
 * ("Wat willen we bereiken?", "Lasten", "2.762") between blank lines. In
 * real text nearly every block is one (271,960 of 279,720 blocks of 10 MB of
 * the real excerpts joined), so its size is the reader's memory: at 100 MB
 * the blocks of the whole text are held at once, before the tables are
 * rebuilt and the tree is built.
 *
 * Its one line is the paragraph itself (the same trimmed text, the same
 * span), so it keeps no array and no cell for it, and its span is two
 * numbers in it: `lines` and `span` are made when read, a new
 * `[cell]` (a `SpanCell`) and `{ start, end }` each time. Nothing changes a
 * paragraph's lines in place (`lines` has no setter, so code that would give
 * a paragraph other lines makes a plain paragraph instead), and spans are
 * replaced, not changed, except by the PDF reader, which sets a span's page
 * and box in place and so takes `plain()` paragraphs (a span that already
 * carries them gets a plain paragraph from `oneLineParagraph`). That leaves
 * one object where there were four (the block, the array with its backing
 * store, the cell, the span): about 130 bytes less a block.
 * Blocks are internal (no reader result leaves the library), and
 * `JSON.stringify` of one writes the same as a plain paragraph.
 * @example new OneLineParagraph('Wat willen we bereiken?', true, { start: 0, end: 23 }).lines
 * // [{ text: 'Wat willen we bereiken?', span: { start: 0, end: 23 } }]
 */
import type { Cell, ParagraphBlock, Span } from './model.js';
import { cellFrom } from './cell.js';
import { onAPage } from './span.js';

/**
 * A paragraph of one line: a `OneLineParagraph`, or a plain paragraph when
 * its span carries a PDF page or box, which two offsets would not keep.
 * @example oneLineParagraph('Lasten', true, { start: 0, end: 6 }) // a OneLineParagraph
 */
export function oneLineParagraph(text: string, standalone: boolean, span: Span): ParagraphBlock {
  if (!onAPage(span)) return new OneLineParagraph(text, standalone, span);
  return { kind: 'paragraph', text, lines: [{ text, span }], standalone, span };
}

/**
 * How many lines a paragraph has, without making a `OneLineParagraph`'s
 * `lines` (a new array, cell and span on every read): the rules and the table
 * passes ask it of nearly every block, several times each.
 * @example lineCount(oneLineParagraph('Lasten', true, { start: 0, end: 6 })) // 1
 */
export function lineCount(paragraph: ParagraphBlock): number {
  return paragraph instanceof OneLineParagraph ? 1 : paragraph.lines.length;
}

/**
 * A paragraph's first line as a cell, without making a `OneLineParagraph`'s
 * whole `lines`: the table passes take it as the cell of nearly every block.
 * @example firstLine(oneLineParagraph('Lasten', true, { start: 0, end: 6 })) // { text: 'Lasten', span: { start: 0, end: 6 } }
 */
export function firstLine(paragraph: ParagraphBlock): Cell {
  return paragraph instanceof OneLineParagraph ? paragraph.cell() : paragraph.lines[0]!;
}

export class OneLineParagraph implements ParagraphBlock {
  readonly kind = 'paragraph';
  text: string;
  standalone: boolean;
  private start: number;
  private end: number;

  constructor(text: string, standalone: boolean, span: Span) {
    this.text = text;
    this.standalone = standalone;
    this.start = span.start;
    this.end = span.end;
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }

  set span(span: Span) {
    this.start = span.start;
    this.end = span.end;
  }

  /** The paragraph's one line as a cell (see `firstLine`). */
  cell(): Cell {
    return cellFrom(this.text, this.start, this.end);
  }

  /** The paragraph's one line: itself as a cell. */
  get lines(): Cell[] {
    return [this.cell()];
  }

  /**
   * The same paragraph as a plain object, its line's span and its own one
   * object: for a reader that sets a span's page and box in place (the PDF
   * reader), which a span made when read would not keep.
   */
  plain(): ParagraphBlock {
    const span = this.span;
    return { kind: this.kind, text: this.text, lines: [{ text: this.text, span }], standalone: this.standalone, span };
  }

  /** What a plain one-line paragraph object would serialise as (debugging, test output). */
  toJSON(): ParagraphBlock {
    return this.plain();
  }
}
