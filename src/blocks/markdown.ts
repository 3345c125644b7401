/**
 * The Markdown reader: CommonMark with GitHub tables (remark-parse +
 * remark-gfm) into the block model, one document at a time.
 *
 * - Headings (ATX and setext) keep their depth.
 * - A paragraph keeps its physical lines as cells with exact source spans;
 *   its text is the lines joined as the text reader joins wrapped lines (a
 *   space, or nothing after a hyphenated word: "Begrotings-" "wijziging"). A paragraph whose lines all hold
 *   `|` (pipe text that is not a valid GFM table) stays a paragraph: the
 *   lenient pipe-table reader downstream works on paragraph lines.
 * - Lists (nested) become one list block with depths and markers as written.
 *   A table inside a list item becomes its own block right after the list.
 * - GFM tables have one header row. Code blocks become paragraphs of their
 *   lines (a blank line splits them); raw HTML becomes the paragraphs of its
 *   visible text; block quotes and footnote definitions are read for their
 *   content; thematic breaks and link definitions are dropped.
 * - Lines that are page furniture ("Terug naar navigatie", "Top") become
 *   clutter, as in the text reader.
 * - Input nested deeper than remark handles well (more than 100 block quote
 *   or list levels) is read as plain lines instead (paragraphs split at blank
 *   lines), with a warning `markdown.too-deep`.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Code, Html, List, ListItem as MdListItem, Nodes, Root, RootContent, Table } from 'mdast';
import type { Block, BlockDiagnostic, Cell, ListItem, ReadResult, TableBlock } from './model.js';
import { BREAK, SPACE, collapse, lineRanges, runToBlocks, toCell, type Piece } from './html-text.js';
import { cover } from './span.js';
import { SourceLines, htmlPieces, inlinePieces, offsets } from './markdown-inline.js';
import { clutterReason } from '../vocabulary/clutter.js';
import { isPipeRow, isPipeSeparator, splitPipeRow } from './pipe-row.js';
import { lineCount } from './one-line-paragraph.js';

/** Deeper container nesting than this is read as plain text (remark slows down steeply). */
export const MAX_MARKDOWN_NESTING = 100;

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Reads a Markdown document into blocks.
 *
 * @param text The decoded source; every span is an offset range in it.
 * @returns The blocks in document order and reader diagnostics.
 * @example readMarkdown('## Wat mag het kosten?\n\n| | 2019 |\n|---|---|\n| Lasten | 2.762 |\n')
 */
export function readMarkdown(text: string): ReadResult {
  // micromark drops a leading BOM and counts offsets without it.
  const base = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = base === 1 ? text.slice(1) : text;
  const depth = nestingDepth(body);
  if (depth > MAX_MARKDOWN_NESTING) return asPlainText(text, `containers nest ${depth} levels deep; read as plain text`);
  const reader = new MarkdownReader(text);
  const starts = headingStarts(body);
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    let tree: Root;
    try {
      tree = parser.parse(body.slice(from, starts[k + 1] ?? body.length));
    } catch (error) {
      if (error instanceof RangeError) return asPlainText(text, `the Markdown parser gave up (${error.message}); read as plain text`);
      throw error;
    }
    reader.read(tree.children, base + from);
  }
  return { blocks: reader.blocks, diagnostics: [] };
}

/**
 * Offsets where the document may be cut into pieces that parse alone: the
 * start, and every ATX heading at the start of a line outside fenced code
 * and HTML comments. A heading there closes every open block, so each piece
 * parses as it would in the whole (except that a link reference defined in
 * another section stays literal text); it keeps remark's list handling,
 * which grows with the square of the events in one parse, to one section.
 */
function headingStarts(text: string): number[] {
  const starts = [0];
  let fence: string | null = null;
  let comment = false;
  let i = 0;
  while (i < text.length) {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(i, Math.min(end, i + 200));
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (marker && marker[1]![0] === fence[0] && marker[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/.test(line)) fence = null;
    } else if (comment) {
      if (text.slice(i, end).includes('-->')) comment = false;
    } else if (marker) {
      fence = marker[1]!;
    } else if (i > 0 && /^#{1,6}(?:[ \t]|\r?$)/.test(line)) {
      starts.push(i);
    } else {
      const body = text.slice(i, end);
      const open = body.lastIndexOf('<!--');
      if (open >= 0 && !body.includes('-->', open + 4)) comment = true;
    }
    i = end + 1;
  }
  return starts;
}

function asPlainText(text: string, message: string): ReadResult {
  const run: Piece[] = [];
  for (const [a, b] of lineRanges(text)) {
    if (run.length > 0) run.push(BREAK);
    run.push({ kind: 'text', text: text.slice(a, b), start: a, end: b, bold: false });
  }
  const warning: BlockDiagnostic = { severity: 'warning', code: 'markdown.too-deep', message, span: null };
  return { blocks: blankLineParagraphs(text, run), diagnostics: [warning] };
}

/** Blocks of a run of lines in which empty lines separate paragraphs (code, raw HTML). */
function blankLineParagraphs(source: string, run: Piece[]): Block[] {
  const out: Block[] = [];
  let from = 0;
  let lineStart = 0;
  let blank = false;
  const flushTo = (k: number): void => {
    for (const block of runToBlocks(source, run.slice(from, k), null)) out.push(block);
    from = k;
  };
  for (let k = 0; k <= run.length; k++) {
    if (k < run.length && run[k]!.kind !== 'break') continue;
    const empty = run.slice(lineStart, k).every((p) => p.kind !== 'text' || collapse(p.text) === '');
    if (empty && !blank) flushTo(k);
    blank = empty;
    lineStart = k + 1;
  }
  flushTo(run.length);
  return out;
}

/**
 * An upper bound of container nesting: block quote markers plus list
 * indentation levels at the start of a line. Linear in the text.
 */
function nestingDepth(text: string): number {
  let max = 0;
  let i = 0;
  while (i <= text.length) {
    let quotes = 0;
    let columns = 0;
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === 62) quotes++;
      else if (c === 32) columns++;
      else if (c === 9) columns += 4;
      else break;
    }
    const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/.test(text.slice(j, j + 12));
    const level = quotes + (listMarker ? Math.floor(columns / 2) + 1 : 0);
    if (level > max) max = level;
    const nl = text.indexOf('\n', j);
    if (nl < 0) break;
    i = nl + 1;
  }
  return max;
}

/** Walks the block tree in document order with an explicit stack. */
class MarkdownReader {
  readonly blocks: Block[] = [];
  private readonly lines: SourceLines;
  /** Source offset of the piece being read (offsets in its tree count from there). */
  private base = 0;

  constructor(private readonly source: string) {
    this.lines = new SourceLines(source);
  }

  read(children: readonly RootContent[], base: number): void {
    this.base = base;
    const stack: Array<{ nodes: readonly RootContent[]; next: number }> = [{ nodes: children, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.nodes.length) {
        stack.pop();
        continue;
      }
      const node = frame.nodes[frame.next++]!;
      switch (node.type) {
        case 'heading': {
          const cell = this.cell(inlinePieces(node.children, this.lines, this.base), node);
          if (cell.text === '') break;
          const reason = clutterReason(cell.text);
          this.blocks.push(reason === null ? { kind: 'heading', text: cell.text, depth: node.depth, span: cell.span } : { kind: 'clutter', text: cell.text, reason, span: cell.span });
          break;
        }
        case 'paragraph':
          for (const block of runToBlocks(this.source, inlinePieces(node.children, this.lines, this.base), null)) this.blocks.push(block);
          break;
        case 'list':
          this.list(node);
          break;
        case 'table':
          this.blocks.push(this.withRowAbove(this.table(node)));
          break;
        case 'code':
          this.paragraphs(this.codePieces(node));
          break;
        case 'html':
          this.paragraphs(this.htmlPieces(node));
          break;
        case 'blockquote':
        case 'footnoteDefinition':
          stack.push({ nodes: node.children, next: 0 });
          break;
        default:
          break;
      }
    }
  }

  private paragraphs(run: Piece[]): void {
    for (const block of blankLineParagraphs(this.source, run)) this.blocks.push(block);
  }

  /** A cell from pieces; an empty one sits at the node's start. */
  private cell(pieces: Piece[], node: Nodes): Cell {
    const range = offsets(node, this.base) ?? { start: 0, end: 0 };
    let at = range.start;
    if (this.source.charCodeAt(at) === 124) at++;
    return toCell(this.source, pieces, { start: at, end: at });
  }

  private table(node: Table): TableBlock {
    const rows = node.children.map((row) => row.children.map((c) => this.cell(inlinePieces(c.children, this.lines, this.base), c)));
    const range = offsets(node, this.base) ?? { start: 0, end: 0 };
    return { kind: 'table', rows, headerRows: rows.length > 0 ? 1 : 0, caption: null, span: range };
  }

  /**
   * GFM takes only the row right above `|---|` as the header, so the upper
   * row of a two-row header ("| Indicator | Realisatie | | |" over "| | 2021 |
   * 2022 | 2023 |") is left as a one-line paragraph just above the table. It
   * becomes the table's first header row when it is a pipe row no wider
   * than the table, on the line right above it.
   */
  private withRowAbove(table: TableBlock): TableBlock {
    const prev = this.blocks[this.blocks.length - 1];
    if (!prev || prev.kind !== 'paragraph' || lineCount(prev) !== 1 || table.rows.length === 0) return table;
    const { start, end } = prev.lines[0]!.span;
    const raw = this.source.slice(start, end);
    if (!isPipeRow(raw) || isPipeSeparator(raw) || !/^[ \t]*\r?\n[ \t]*$/.test(this.source.slice(end, table.span.start))) return table;
    const cells = splitPipeRow(raw, (a, b) => ({ start: start + a, end: start + b }));
    // Empty cells written beyond the table's width are padding, not columns.
    const width = table.rows[0]!.length;
    while (cells.length > width && cells[cells.length - 1]!.text === '') cells.pop();
    if (cells.length < 2 || cells.length > width) return table;
    this.blocks.pop();
    return { ...table, rows: [cells, ...table.rows], headerRows: table.headerRows + 1, span: { start, end: table.span.end } };
  }

  /**
   * Lines of a code block with the ranges of their source lines (the fence
   * lines left out; indentation and quote markers skipped).
   */
  private codePieces(node: Code): Piece[] {
    const range = offsets(node, this.base);
    if (!range) return [];
    const startLine = this.lines.lineOf(range.start);
    const opener = this.source.slice(this.lines.contentStart(startLine, range.end), range.end);
    const first = /^(?:```|~~~)/.test(opener) ? startLine + 1 : startLine;
    const out: Piece[] = [];
    const parts = lineRanges(node.value);
    for (let k = 0; k < parts.length; k++) {
      const [a, b] = parts[k]!;
      const value = node.value.slice(a, b);
      const line = first + k;
      const end = Math.min(this.lines.end(line), range.end);
      const from = Math.max(this.lines.start(line), end - value.length);
      if (k > 0) out.push(BREAK);
      out.push({ kind: 'text', text: value, start: from, end, bold: false });
    }
    return out;
  }

  private htmlPieces(node: Html): Piece[] {
    const range = offsets(node, this.base);
    if (!range) return [];
    if (this.source.slice(range.start, range.end) === node.value) return htmlPieces(node.value, range.start);
    // Inside a block quote the value lacks the `>` markers: keep the text, span the node.
    return htmlPieces(node.value, 0).map((p) => (p.kind === 'text' ? { ...p, start: range.start, end: range.end } : p));
  }

  /** A list with its nested lists as one block; tables inside items follow it. */
  private list(root: List): void {
    const items: ListItem[] = [];
    const after: Block[] = [];
    const stack: Array<{ list: List; next: number; depth: number }> = [{ list: root, next: 0, depth: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.list.children.length) {
        stack.pop();
        continue;
      }
      const item = frame.list.children[frame.next++]!;
      const { pieces, nested, tables } = this.itemContent(item);
      after.push(...tables);
      const range = offsets(item, this.base) ?? { start: 0, end: 0 };
      const marker = /^(?:[-+*]|\d{1,9}[.)])/.exec(this.source.slice(range.start, range.start + 12))?.[0] ?? (frame.list.ordered ? `${(frame.list.start ?? 1) + frame.next - 1}.` : '-');
      const cell = toCell(this.source, pieces, { start: range.start, end: range.start });
      if (cell.text !== '') items.push({ text: cell.text, marker, depth: frame.depth, span: cell.span });
      for (let k = nested.length - 1; k >= 0; k--) stack.push({ list: nested[k]!, next: 0, depth: frame.depth + 1 });
    }
    if (items.length > 0) this.blocks.push({ kind: 'list', ordered: root.ordered === true, items, span: cover(items.map((i) => i.span)) });
    this.blocks.push(...after);
  }

  /** The text of an item (its nested lists and tables apart), found without recursion. */
  private itemContent(item: MdListItem): { pieces: Piece[]; nested: List[]; tables: TableBlock[] } {
    const pieces: Piece[] = [];
    const nested: List[] = [];
    const tables: TableBlock[] = [];
    const stack: Array<{ nodes: readonly Nodes[]; next: number }> = [{ nodes: item.children, next: 0 }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next >= frame.nodes.length) {
        stack.pop();
        continue;
      }
      const node = frame.nodes[frame.next++]!;
      if (pieces.length > 0) pieces.push(SPACE);
      switch (node.type) {
        case 'paragraph':
        case 'heading':
          pieces.push(...inlinePieces(node.children, this.lines, this.base));
          break;
        case 'code':
          pieces.push(...this.codePieces(node));
          break;
        case 'html':
          pieces.push(...this.htmlPieces(node));
          break;
        case 'list':
          nested.push(node);
          break;
        case 'table':
          tables.push(this.table(node));
          break;
        case 'blockquote':
        case 'footnoteDefinition':
          stack.push({ nodes: node.children, next: 0 });
          break;
        default:
          break;
      }
    }
    return { pieces, nested, tables };
  }
}
