/**
 * The block model: what every reader (text, Markdown, HTML, PDF) produces and
 * the only thing the section builder and the recognisers ever see. A block
 * knows its text and where it came from, never which format it came from.
 */
import type { DiagnosticCode } from '../schema/diagnostic-codes.js';

/** A half-open range `[start, end)` of offsets into the decoded source text. */
export interface Span {
  start: number;
  end: number;
  /** PDF only: the page (1-based) and the box the text occupies on it. */
  page?: number;
  bbox?: { x: number; y: number; width: number; height: number };
}

/**
 * One table cell as written (after normalisation), with its source range.
 * Most cells are their own span (`SpanCell`, blocks/cell.ts): read the range
 * as `cell.span`, never as the cell's own fields.
 */
export interface Cell {
  text: string;
  span: Span;
}

/** One item of a bullet or numbered list. */
export interface ListItem {
  /** The item text without its marker. */
  text: string;
  /** The marker as written: `•`, `-`, `o`, `1.`, `a)`, `2.3.1` … */
  marker: string;
  /** Nesting depth, 0 for a top-level item. */
  depth: number;
  span: Span;
}

/**
 * A heading: from markup (Markdown `#`, HTML `h1`–`h6`, a PDF font size) it
 * has a depth; the text reader gives headings it can infer from layout alone
 * (a letter-spaced title, an underlined line) and leaves the rest to the
 * section builder, which reads short standalone paragraphs as candidates.
 */
export interface HeadingBlock {
  kind: 'heading';
  text: string;
  depth: number | null;
  span: Span;
}

/**
 * Running text. `lines` keeps the physical lines (wrapped lines of one
 * paragraph, joined by the reader) so that positions stay exact. `standalone`
 * is true when the paragraph is one short line with blank lines (or block
 * boundaries) around it: the layout evidence a heading or a linearised table
 * cell leaves in plain text. `strong` is set when markup emphasised all of it.
 */
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  lines: Cell[];
  standalone: boolean;
  strong?: boolean;
  span: Span;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
  span: Span;
}

/**
 * A table as a grid of rows. `headerRows` counts the leading rows that markup
 * or layout marks as header (a pipe table's row above `---|---`, `<thead>`,
 * `<th>` rows); 0 when nothing says so and the recognisers must judge from
 * the words. Spanning cells are expanded: a cell spanning three columns
 * appears three times with the same span.
 */
export interface TableBlock {
  kind: 'table';
  rows: Cell[][];
  headerRows: number;
  caption: string | null;
  span: Span;
}

/**
 * Text that is not content: navigation ("Terug naar navigatie"), page
 * numbers, running headers and footers, chart-widget text. Kept (nothing is
 * lost) but never allowed to join a table or become a goal.
 */
export interface ClutterBlock {
  kind: 'clutter';
  text: string;
  reason: string;
  span: Span;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ClutterBlock;

/** A problem found while reading, positioned in source offsets. */
export interface BlockDiagnostic {
  severity: 'error' | 'warning' | 'info';
  /** A code of the catalogue (`schema/diagnostic-codes.ts`). */
  code: DiagnosticCode;
  message: string;
  span: Span | null;
}

/** What every reader returns. */
export interface ReadResult {
  blocks: Block[];
  diagnostics: BlockDiagnostic[];
}
