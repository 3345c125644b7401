/**
 * The HTML reader: pages of the online P&C sites (and HTML exports) into the
 * block model. The page is parsed by cheerio with htmlparser2, which records
 * where every node starts and ends in the source, then walked once in
 * document order with an explicit stack (20,000 nested divs are fine).
 *
 * Choices, so that the same content reads the same from text, Markdown and
 * HTML:
 * - h1–h6 are headings; p, div, section … and loose text between blocks are
 *   paragraphs, split into lines at `<br>`; `pre` keeps its lines and splits
 *   paragraphs at blank lines. Lines (of a paragraph, or at a `<br>` in a
 *   cell) join as the text reader joins wrapped lines: with a space, or
 *   without the hyphen of "Begrotings-" before "wijziging".
 * - ul/ol become one list block with depths; dl becomes a two-column table
 *   (dt | dd) without header rows.
 * - Tables become grids with spans expanded (see `html-table.ts`). A table
 *   inside a cell (or inside a list item, heading or definition) is a block
 *   of its own right after the enclosing block; the cell's text leaves it out.
 * - script, style, template, noscript, iframe, object, embed, canvas, video
 *   and audio are dropped unread; nothing is fetched or executed.
 * - nav, aside, page-level header and footer (not inside article, section or
 *   main), svg (chart labels) and form controls become clutter blocks, as do
 *   lines like "Terug naar navigatie", "Top", "Download pdf".
 * - `<title>` becomes a paragraph before everything else, unless a heading
 *   repeats it (the same words, the title inside the heading, or the heading
 *   plus the site's name after a separator: "Programma 6 - Jaarstukken").
 */
import * as cheerio from 'cheerio/slim';
import type { Block, BlockDiagnostic, Cell, ClutterBlock, ListItem, ReadResult, Span } from './model.js';
import { clutterReason } from '../vocabulary/clutter.js';
import { BREAK, SPACE, collapse, isStandalone, lineRanges, runToBlocks, toCell, type Piece } from './html-text.js';
import { cover } from './span.js';
import { layoutTable, spanAttribute, type RawRow } from './html-table.js';
import { BLOCK, BOLD, DROP, HEADING, ROLE_CLUTTER, SECTIONING, SKIP, insideStart, orderedMarker, rangeOf, walk, type DomNode, type DomVisitor, type Exit } from './html-dom.js';
import { cellAt, emptyCellAt } from './cell.js';

type Capture =
  | { kind: 'heading'; pieces: Piece[]; depth: number; clutter: string | null }
  | { kind: 'cell'; pieces: Piece[]; el: DomNode }
  | { kind: 'caption' | 'title' | 'table'; pieces: Piece[] }
  | { kind: 'item'; pieces: Piece[] }
  | { kind: 'term'; pieces: Piece[]; el: DomNode; dd: boolean };

interface Level {
  ordered: boolean;
  type: string;
  next: number;
}

interface PendingItem {
  marker: string;
  depth: number;
  pieces: Piece[];
  at: number;
}

type Composite =
  | { kind: 'list'; ordered: boolean; levels: Level[]; items: PendingItem[]; clutter: string | null; deferred: Block[] }
  | { kind: 'table'; rows: RawRow[]; row: RawRow | null; group: RawRow['group']; groupId: number; caption: string | null; span: Span; clutter: string | null; deferred: Block[] }
  | { kind: 'dl'; rows: Array<{ dt: Cell | null; dd: Cell | null }>; span: Span; clutter: string | null; deferred: Block[] };


/**
 * Reads an HTML page into blocks.
 *
 * @param text The decoded page source; every span is an offset range in it.
 * @returns The blocks in document order and reader diagnostics
 *   (`html.span-clamped` for absurd colspan/rowspan).
 * @example readHtml('<h2>Wat heeft het gekost?</h2><table><tr><th>Lasten</th><td>2.762</td></tr></table>')
 */
export function readHtml(text: string): ReadResult {
  const $ = cheerio.load(text, { xml: { xmlMode: false, withStartIndices: true, withEndIndices: true } });
  const root = $.root()[0] as unknown as DomNode;
  const reader = new HtmlReader(text);
  walk(root, reader);
  return reader.finish();
}

/** The state of one walk: open captures, open composites, the loose text run. */
class HtmlReader implements DomVisitor {
  private readonly blocks: Block[] = [];
  private readonly diagnostics: BlockDiagnostic[] = [];
  private run: Piece[] = [];
  private readonly captures: Capture[] = [];
  private readonly composites: Composite[] = [];
  private readonly clutter: string[] = [];
  private readonly headings: string[] = [];
  private title: Cell | null = null;
  private bold = 0;
  private pre = 0;
  private sectioning = 0;
  private svg = 0;

  constructor(private readonly source: string) {}

  finish(): ReadResult {
    this.flushRun();
    const title = this.title;
    if (title && title.text !== '' && !this.headings.some((h) => repeatsTitle(title.text, h))) {
      this.blocks.unshift({ kind: 'paragraph', text: title.text, lines: [title], standalone: isStandalone([title.text]), span: title.span });
    }
    return { blocks: this.blocks, diagnostics: this.diagnostics };
  }

  text(node: DomNode): void {
    const { start, end } = rangeOf(node);
    const data = node.data ?? '';
    const piece: Piece = { kind: 'text', text: data, start, end, bold: this.bold > 0 };
    const capture = this.captures[this.captures.length - 1];
    if (capture) capture.pieces.push(piece);
    else if (this.pre > 0) this.preText(data, start, end);
    else this.run.push(piece);
  }

  /** Text inside `pre`: its lines stay lines, a blank line ends a paragraph. */
  private preText(data: string, start: number, end: number): void {
    const decoded = lineRanges(data);
    const raw = lineRanges(this.source.slice(start, end));
    const exact = raw.length === decoded.length;
    for (let k = 0; k < decoded.length; k++) {
      const [a, b] = decoded[k]!;
      const part = data.slice(a, b);
      if (k > 0) {
        this.run.push(BREAK);
        if (collapse(part) === '' && k < decoded.length - 1) this.flushRun();
      }
      const [ra, rb] = exact ? raw[k]! : [0, end - start];
      this.run.push({ kind: 'text', text: part, start: start + ra, end: start + rb, bold: this.bold > 0 });
    }
  }

  enter(el: DomNode): Exit | typeof SKIP {
    const name = el.name ?? '';
    if (DROP.has(name)) return SKIP;
    const capture = this.captures[this.captures.length - 1];
    if (name === 'br') {
      (capture ? capture.pieces : this.run).push(BREAK);
      return SKIP;
    }
    const undo: Array<() => void> = [];
    if (BOLD.has(name)) {
      this.bold++;
      undo.push(() => this.bold--);
    }
    if (SECTIONING.has(name)) {
      this.sectioning++;
      undo.push(() => this.sectioning--);
    }
    if (name === 'svg') {
      this.svg++;
      undo.push(() => this.svg--);
    }
    const reason = this.clutterOf(el, name);
    if (reason !== null) {
      // What came before the navigation is not navigation.
      this.boundary();
      this.clutter.push(reason);
      undo.push(() => this.clutter.pop());
    }
    const own = this.structure(el, name, capture);
    if (own) undo.push(own);
    else if (BLOCK.has(name) || reason !== null || (this.svg > 0 && (name === 'text' || name === 'title' || name === 'desc'))) {
      if (reason === null) this.boundary();
      undo.push(() => this.boundary());
    }
    if (undo.length === 0) return null;
    return () => {
      for (let k = undo.length - 1; k >= 0; k--) undo[k]!();
    };
  }

  /** Why an element's whole content is clutter, or null. */
  private clutterOf(el: DomNode, name: string): string | null {
    const role = el.attribs?.['role'];
    if (role !== undefined && ROLE_CLUTTER[role] !== undefined && this.sectioning === 0) return ROLE_CLUTTER[role]!;
    switch (name) {
      case 'nav':
        return 'navigation';
      case 'aside':
        return 'aside';
      case 'svg':
        return 'chart';
      case 'button':
      case 'select':
      case 'textarea':
        return 'control';
      case 'header':
      case 'footer':
        return this.sectioning === 0 ? name : null;
      default:
        return null;
    }
  }

  /**
   * Elements that open something of their own (a table, a cell, a list, a
   * heading …). Returns what to do on leaving it, or null for an element
   * that is only a block boundary or inline.
   */
  private structure(el: DomNode, name: string, capture: Capture | undefined): (() => void) | null {
    if (name === 'table') return this.openTable(el, capture);
    if (capture?.kind === 'table') return this.tablePart(el, name);
    const list = this.innermostList();
    const inFlowOrItem = capture === undefined || capture.kind === 'item';
    if ((name === 'ul' || name === 'ol') && inFlowOrItem) return this.openLevel(el, name === 'ol', list);
    if (name === 'li' && inFlowOrItem && list) return this.openItem(el, list);
    if (capture) return null;
    const heading = HEADING.exec(name);
    if (heading && this.svg === 0) return this.openHeading(Number(heading[1]));
    if (name === 'title' && this.svg === 0) {
      this.captures.push({ kind: 'title', pieces: [] });
      return () => {
        const c = this.captures.pop()!;
        this.title ??= toCell(this.source, c.pieces, rangeOf(el));
      };
    }
    if (name === 'dl') return this.openDl(el);
    const dl = this.composites[this.composites.length - 1];
    if ((name === 'dt' || name === 'dd') && dl?.kind === 'dl') {
      this.captures.push({ kind: 'term', pieces: [], el, dd: name === 'dd' });
      return () => this.closeTerm(dl);
    }
    if (name === 'pre') {
      this.flushRun();
      this.pre++;
      return () => {
        this.flushRun();
        this.pre--;
      };
    }
    return null;
  }

  private innermostList(): Extract<Composite, { kind: 'list' }> | null {
    const top = this.composites[this.composites.length - 1];
    return top?.kind === 'list' && top.levels.length > 0 ? top : null;
  }

  /** A block boundary: ends the loose paragraph, or keeps words apart in a capture. */
  private boundary(): void {
    const capture = this.captures[this.captures.length - 1];
    if (capture) capture.pieces.push(SPACE);
    else this.flushRun();
  }

  private currentClutter(): string | null {
    return this.clutter.length > 0 ? this.clutter[this.clutter.length - 1]! : null;
  }

  /** Adds a block where it belongs: after the innermost open composite, or to the output. */
  private emit(block: Block): void {
    const top = this.composites[this.composites.length - 1];
    if (top) top.deferred.push(block);
    else this.blocks.push(block);
  }

  private emitClosed(block: Block | null, deferred: Block[], clutter: string | null): void {
    if (block) for (const b of clutter === null ? [block] : asClutter(block, clutter)) this.emit(b);
    for (const b of deferred) this.emit(b);
  }

  /** Turns the loose text run into paragraphs and clutter lines. */
  private flushRun(): void {
    const run = this.run;
    if (run.length === 0) return;
    this.run = [];
    this.emitPieces(run);
  }

  private emitPieces(run: Piece[]): void {
    for (const block of runToBlocks(this.source, run, this.currentClutter())) this.emit(block);
  }

  private openHeading(depth: number): () => void {
    this.flushRun();
    this.captures.push({ kind: 'heading', pieces: [], depth, clutter: this.currentClutter() });
    return () => {
      const c = this.captures.pop() as Extract<Capture, { kind: 'heading' }>;
      const cell = toCell(this.source, c.pieces, { start: 0, end: 0 });
      if (cell.text === '') return;
      const reason = c.clutter ?? clutterReason(cell.text);
      if (reason !== null) {
        this.emit({ kind: 'clutter', text: cell.text, reason, span: cell.span });
        return;
      }
      this.headings.push(cell.text);
      this.emit({ kind: 'heading', text: cell.text, depth, span: cell.span });
    };
  }

  private openLevel(el: DomNode, ordered: boolean, list: Extract<Composite, { kind: 'list' }> | null): () => void {
    const start = spanAttribute(el.attribs?.['start'], 1);
    const level: Level = { ordered, type: el.attribs?.['type'] ?? '1', next: start };
    if (list) {
      this.captures[this.captures.length - 1]?.pieces.push(SPACE);
      list.levels.push(level);
      return () => {
        list.levels.pop();
      };
    }
    this.flushRun();
    const created: Composite = { kind: 'list', ordered, levels: [level], items: [], clutter: this.currentClutter(), deferred: [] };
    this.composites.push(created);
    return () => {
      created.levels.pop();
      this.composites.pop();
      this.emitClosed(this.listBlock(created), created.deferred, created.clutter);
    };
  }

  private openItem(el: DomNode, list: Extract<Composite, { kind: 'list' }>): () => void {
    if (this.captures.length === 0) this.flushRun();
    const level = list.levels[list.levels.length - 1]!;
    const value = el.attribs?.['value'];
    if (value !== undefined && /^\s*\d/.test(value)) level.next = spanAttribute(value, level.next);
    const marker = level.ordered ? orderedMarker(level.next, level.type) : '•';
    level.next++;
    const item: PendingItem = { marker, depth: list.levels.length - 1, pieces: [], at: insideStart(this.source, el).start };
    list.items.push(item);
    this.captures.push({ kind: 'item', pieces: item.pieces });
    return () => {
      this.captures.pop();
    };
  }

  private listBlock(list: Extract<Composite, { kind: 'list' }>): Block | null {
    const items: ListItem[] = [];
    for (const item of list.items) {
      const cell = toCell(this.source, item.pieces, { start: item.at, end: item.at });
      if (cell.text !== '') items.push({ text: cell.text, marker: item.marker, depth: item.depth, span: cell.span });
    }
    if (items.length === 0) return null;
    return { kind: 'list', ordered: list.ordered, items, span: cover(items.map((i) => i.span)) };
  }

  private openTable(el: DomNode, capture: Capture | undefined): () => void {
    if (!capture) this.flushRun();
    const table: Composite = {
      kind: 'table', rows: [], row: null, group: 'body', groupId: 0, caption: null,
      span: rangeOf(el), clutter: this.currentClutter(), deferred: [],
    };
    this.composites.push(table);
    this.captures.push({ kind: 'table', pieces: [] });
    return () => {
      const stray = this.captures.pop()!.pieces;
      this.composites.pop();
      // Text directly inside <table> is shown before it by browsers.
      if (stray.some((p) => p.kind === 'text' && collapse(p.text) !== '')) this.emitPieces(stray);
      const block = layoutTable(table.rows, table.caption, table.span, this.diagnostics);
      this.emitClosed(block.rows.length > 0 || block.caption !== null ? block : null, table.deferred, table.clutter);
    };
  }

  /** Row groups, rows, cells and the caption of the innermost table. */
  private tablePart(el: DomNode, name: string): (() => void) | null {
    const table = this.composites[this.composites.length - 1];
    if (table?.kind !== 'table') return null;
    switch (name) {
      case 'thead':
      case 'tbody':
      case 'tfoot':
        table.group = name === 'thead' ? 'head' : name === 'tfoot' ? 'foot' : 'body';
        table.groupId++;
        table.row = null;
        return () => {
          table.group = 'body';
          table.groupId++;
          table.row = null;
        };
      case 'tr': {
        const row: RawRow = { cells: [], group: table.group, groupId: table.groupId, start: rangeOf(el).start };
        table.rows.push(row);
        table.row = row;
        return () => {
          table.row = null;
        };
      }
      case 'td':
      case 'th':
        this.captures.push({ kind: 'cell', pieces: [], el });
        return () => this.closeCell(table, name === 'th');
      case 'caption':
        this.captures.push({ kind: 'caption', pieces: [] });
        return () => {
          const text = collapse(this.captures.pop()!.pieces.map((p) => (p.kind === 'text' ? p.text : ' ')).join(''));
          if (text !== '') table.caption = text;
        };
      default:
        return null;
    }
  }

  private closeCell(table: Extract<Composite, { kind: 'table' }>, header: boolean): void {
    const c = this.captures.pop() as Extract<Capture, { kind: 'cell' }>;
    const cell = toCell(this.source, c.pieces, insideStart(this.source, c.el));
    let row = table.row;
    if (!row) {
      row = { cells: [], group: table.group, groupId: table.groupId, start: cell.span.start };
      table.rows.push(row);
      table.row = row;
    }
    row.cells.push({
      cell,
      header,
      colspan: spanAttribute(c.el.attribs?.['colspan'], 1),
      rowspan: spanAttribute(c.el.attribs?.['rowspan'], 1),
    });
  }

  private openDl(el: DomNode): () => void {
    this.flushRun();
    const dl: Composite = { kind: 'dl', rows: [], span: rangeOf(el), clutter: this.currentClutter(), deferred: [] };
    this.composites.push(dl);
    return () => {
      this.composites.pop();
      const rows = dl.rows.map(({ dt, dd }) => [
        dt ?? emptyCellAt(dd!.span.start),
        dd ?? emptyCellAt(dt!.span.end),
      ]);
      const block: Block | null = rows.length === 0 ? null : { kind: 'table', rows, headerRows: 0, caption: null, span: dl.span };
      this.emitClosed(block, dl.deferred, dl.clutter);
    };
  }

  /** A dt starts a row (or joins the dt above it); a dd fills the row, or repeats the dt above. */
  private closeTerm(dl: Extract<Composite, { kind: 'dl' }>): void {
    const c = this.captures.pop() as Extract<Capture, { kind: 'term' }>;
    const cell = toCell(this.source, c.pieces, insideStart(this.source, c.el));
    if (cell.text === '') return;
    const last = dl.rows[dl.rows.length - 1];
    if (!c.dd) {
      if (last && last.dt && last.dd === null) last.dt = cellAt(`${last.dt.text} ${cell.text}`, cover([last.dt.span, cell.span]));
      else dl.rows.push({ dt: cell, dd: null });
      return;
    }
    if (last && last.dd === null) last.dd = cell;
    else dl.rows.push({ dt: last?.dt ? cellAt(last.dt.text, last.dt.span) : null, dd: cell });
  }
}

/**
 * Whether a heading says what the page title says: the same words, the
 * title inside the heading ("Verbonden partijen" in "Paragraaf Verbonden
 * partijen"), or the heading with the site's name after or before a
 * separator ("Programma 6 Sport - Jaarstukken 2022").
 */
function repeatsTitle(title: string, heading: string): boolean {
  // "Programma 2: Onderwijs" and "Programma 2. Onderwijs" name the same page as "Programma 2 Onderwijs";
  // only the mark after a number goes, so that "Sport: Jaarstukken" keeps its separator.
  const key = (s: string): string => s.toLowerCase().replace(/(\d)[:.](?=\s)/g, '$1').replace(/\s+/g, ' ').trim();
  const t = key(title);
  const h = key(heading);
  if (h.includes(t)) return true;
  if (t.startsWith(h) && /^\s*[-–—|:·]/.test(t.slice(h.length))) return true;
  return t.endsWith(h) && /[-–—|:·]\s*$/.test(t.slice(0, t.length - h.length));
}

/** A block inside navigation, a page header or footer, as clutter lines. */
function asClutter(block: Block, reason: string): ClutterBlock[] {
  const one = (text: string, span: Span): ClutterBlock => ({ kind: 'clutter', text, reason, span });
  switch (block.kind) {
    case 'list':
      return block.items.map((i) => one(i.text, i.span));
    case 'table':
      return block.rows
        .map((row) => row.filter((c) => c.text !== ''))
        .filter((row) => row.length > 0)
        .map((row) => one(row.map((c) => c.text).join(' '), cover(row.map((c) => c.span))));
    case 'clutter':
      return [block];
    default:
      return [one(block.text, block.span)];
  }
}
