/**
 * A paragraph of one line: a title, a label, a linearised table cell
 * ("Wat willen we bereiken?", "Lasten", "2.762") between blank lines. In
 * real text nearly every block is one (271,960 of 279,720 blocks of 10 MB of
 * the real excerpts joined), so its size is the reader's memory: at 100 MB
 * the blocks of the whole text are held at once, before the tables are
 * rebuilt and the tree is built.
 *
 * Its one line is the paragraph itself (the same trimmed text, the same
 * span), so it keeps no array and no cell for it: `lines` is made when read,
 * a new `[{ text, span }]` each time (nothing changes a paragraph's lines in
 * place; `lines` has no setter, so code that would give a paragraph other
 * lines makes a plain paragraph instead). That leaves one object where there
 * were three (the block, the array with its backing store, the cell): about
 * 100 bytes less a block.
 * Blocks are internal (no reader result leaves the library), and
 * `JSON.stringify` of one writes the same as a plain paragraph.
 * @example new OneLineParagraph('Wat willen we bereiken?', true, { start: 0, end: 23 }).lines
 * // [{ text: 'Wat willen we bereiken?', span: { start: 0, end: 23 } }]
 */
import type { Cell, ParagraphBlock, Span } from './model.js';

export class OneLineParagraph implements ParagraphBlock {
  readonly kind = 'paragraph';
  text: string;
  standalone: boolean;
  span: Span;

  constructor(text: string, standalone: boolean, span: Span) {
    this.text = text;
    this.standalone = standalone;
    this.span = span;
  }

  /** The paragraph's one line: itself as a cell. */
  get lines(): Cell[] {
    return [{ text: this.text, span: this.span }];
  }

  /** What a plain one-line paragraph object would serialise as (debugging, test output). */
  toJSON(): ParagraphBlock {
    return { kind: this.kind, text: this.text, lines: this.lines, standalone: this.standalone, span: this.span };
  }
}
