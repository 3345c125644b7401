/**
 * Table cells that are their own span: `{ text, start, end, span }` with
 * `span` the cell itself, one object where a cell with a span of its own is
 * two. A table's cells are most of the blocks a text is read into (368,743
 * cells in 10 MB of real text, nearly each with a span of its own), and the
 * blocks of a whole text are held from reading until the tree takes them:
 * 10 MB of real text read into blocks and through the table passes held
 * 68.4 MB, 59.8 MB with cells of one object; the CLI's 100 MB parse peaked
 * at 1,011-1,046 MB, 971-986 MB after (three runs each, taking turns).
 *
 * The span stays an ordinary field: code that reads `cell.span.start`, gives
 * a cell another span (`cell.span = { … }`) or spreads a cell
 * (`{ ...cell, text }`: a plain object with the cell's offsets and its span)
 * reads the offsets it read of a two-object cell. A span with a PDF page or
 * box keeps its own object, as two offsets would not keep it.
 * @example cellAt('2.762', { start: 12, end: 17 }).span.end // 17
 */
import type { Cell, Span } from './model.js';
import { onAPage } from './span.js';

/**
 * A cell that is its own span. `JSON.stringify` writes it as a two-object
 * cell would (the field pointing to itself would be a cycle), with the page
 * and box the PDF reader sets on a cell's span in place once it is read.
 */
export class SpanCell implements Cell, Span {
  text: string;
  start: number;
  end: number;
  span: Span;
  // Declared, not fields: a text cell has neither, and a field set to undefined would cost every cell 16 bytes.
  declare page?: number;
  declare bbox?: NonNullable<Span['bbox']>;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.span = this;
  }

  /**
   * @param key The field it is written under: under `span` it is a span (a heading's or an item's taken from a cell),
   * written as one.
   */
  toJSON(key?: string): Cell | Span {
    if (key === 'span') return this.ownSpan();
    return { text: this.text, span: this.span === this ? this.ownSpan() : this.span };
  }

  /** The cell's span as a plain object of its own. */
  ownSpan(): Span {
    const span: Span = { start: this.start, end: this.end };
    if (this.page !== undefined) span.page = this.page;
    if (this.bbox !== undefined) span.bbox = this.bbox;
    return span;
  }
}

/**
 * A cell of `text` at `span`: its own span when the span is two offsets. A
 * span with a page or box stays an object apart; when it is another cell's
 * (a `SpanCell` the PDF reader gave a page), a plain copy of it, so that the
 * new cell's span is no cell.
 * @example cellAt('Lasten', { start: 0, end: 6 }) // SpanCell { text: 'Lasten', start: 0, end: 6 }
 */
export function cellAt(text: string, span: Span): Cell {
  if (!onAPage(span)) return new SpanCell(text, span.start, span.end);
  return { text, span: span instanceof SpanCell ? span.ownSpan() : span };
}

/**
 * A cell of `text` from `start` to `end`, made without a span object first.
 * @example cellFrom('Lasten', 0, 6) // a cell "Lasten" over offsets 0 to 6
 */
export function cellFrom(text: string, start: number, end: number): Cell {
  return new SpanCell(text, start, end);
}

/**
 * One cell over the cells `first` to `last` of a row, holding `text`: pieces
 * the reader split that read as one, from the first's start to the last's end.
 * @example cellOver('Begroting 2021', begroting, year) // one cell where "Begroting" and "2021" were two
 */
export function cellOver(text: string, first: Cell, last: Cell): Cell {
  return new SpanCell(text, first.span.start, last.span.end);
}

/**
 * The cells joined by a space into one cell over them.
 * @example spacedCell([amount, marker]).text // "120 V" from "120" and "V"
 */
export function spacedCell(cells: readonly Cell[]): Cell {
  let text = cells[0]!.text;
  for (let k = 1; k < cells.length; k++) text += ' ' + cells[k]!.text;
  return cellOver(text, cells[0]!, cells[cells.length - 1]!);
}

/**
 * An empty cell at offset `at`: the place of a cell a row leaves out.
 * @example emptyCellAt(40) // SpanCell { text: '', start: 40, end: 40 }
 */
export function emptyCellAt(at: number): Cell {
  return new SpanCell('', at, at);
}

/** How many empty cells a row ends in. */
export function emptyCellsAtEnd(row: readonly Cell[]): number {
  let k = 0;
  while (k < row.length && row[row.length - 1 - k]!.text === '') k++;
  return k;
}
