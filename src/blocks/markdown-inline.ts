/**
 * Phrasing content of Markdown (text, emphasis, code spans, breaks …) as
 * pieces with exact source ranges, one physical line at a time, and the text
 * of raw HTML inside Markdown.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { BREAK, lineRanges, type Piece } from './html-text.js';
import { lineIndex, lineStarts } from './span.js';

/** Where lines start in the source, for mapping a multi-line text node back. */
export class SourceLines {
  private readonly starts: Int32Array;

  /** @param source The decoded source. */
  constructor(readonly source: string) {
    this.starts = lineStarts(source);
  }

  /** The index of the line holding `offset`. */
  lineOf(offset: number): number {
    return lineIndex(this.starts, offset);
  }

  /** The first offset of line `k`. */
  start(k: number): number {
    return this.starts[Math.min(k, this.starts.length - 1)]!;
  }

  /** The offset just past line `k`'s last character (before its break). */
  end(k: number): number {
    if (k + 1 >= this.starts.length) return this.source.length;
    let e = this.starts[k + 1]! - 1;
    if (this.source.charCodeAt(e) === 10 && this.source.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  /** Skips the container prefix of a continuation line (indentation, `>` markers). */
  contentStart(k: number, limit: number): number {
    let i = this.start(k);
    while (i < limit) {
      const c = this.source.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 62) break;
      i++;
    }
    return i;
  }
}

/** A node's source range, shifted by `base` (a stripped BOM). */
export function offsets(node: Pick<Nodes, 'position'>, base: number): { start: number; end: number } | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: s + base, end: e + base };
}

/**
 * Pieces of a value that may run over several source lines (a text node of
 * a wrapped paragraph): each line of the value gets the range of its own
 * source line, breaks in between.
 */
function multiline(value: string, start: number, end: number, lines: SourceLines, bold: boolean, out: Piece[]): void {
  const parts = lineRanges(value);
  if (parts.length === 1) {
    out.push({ kind: 'text', text: value, start, end, bold });
    return;
  }
  const first = lines.lineOf(start);
  for (let k = 0; k < parts.length; k++) {
    const [a, b] = parts[k]!;
    const from = k === 0 ? start : Math.min(lines.contentStart(first + k, end), end);
    const to = k === parts.length - 1 ? end : Math.max(from, Math.min(lines.end(first + k), end));
    if (k > 0) out.push(BREAK);
    out.push({ kind: 'text', text: value.slice(a, b), start: from, end: to, bold });
  }
}

/**
 * Phrasing content as pieces: soft line endings and hard breaks end lines,
 * strong emphasis marks pieces bold, images and footnote calls are left out
 * (they are not running text).
 *
 * @param children The phrasing children of a paragraph, heading or cell.
 * @param lines Line map of the source.
 * @param base Offset shift (1 when a BOM was stripped before parsing).
 * @returns The pieces in order.
 * @example inlinePieces(paragraph.children, lines, 0) // for "**Lasten** 2.762"
 */
export function inlinePieces(children: readonly PhrasingContent[], lines: SourceLines, base: number): Piece[] {
  const out: Piece[] = [];
  const stack: Array<{ nodes: readonly PhrasingContent[]; next: number; bold: boolean }> = [{ nodes: children, next: 0, bold: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.next++]!;
    const range = offsets(node, base);
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        if (range) multiline(node.value, range.start, range.end, lines, frame.bold, out);
        break;
      case 'break':
        out.push(BREAK);
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) out.push(BREAK);
        break;
      case 'strong':
        stack.push({ nodes: node.children, next: 0, bold: true });
        break;
      case 'emphasis':
      case 'delete':
      case 'link':
      case 'linkReference':
        stack.push({ nodes: node.children, next: 0, bold: frame.bold });
        break;
      default:
        break;
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', eacute: 'é', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', egrave: 'è',
  agrave: 'à', ccedil: 'ç', deg: '°', middot: '·', bull: '•', times: '×', copy: '©', shy: '\u00ad',
};

/**
 * Decodes the character references that raw HTML in Markdown commonly
 * holds; unknown names stay as written.
 *
 * @example decodeEntities('Bedragen x &euro;&nbsp;1.000') // 'Bedragen x €\u00a01.000'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const BREAK_TAGS = /^\/?(?:br|p|div|li|tr|h[1-6]|table|ul|ol|dt|dd|section|article)\b/i;
const RAW_TAGS = ['script', 'style', 'template'];

/**
 * The visible text of raw HTML as pieces: tags and comments removed,
 * script/style/template content dropped, block tags and line ends as breaks,
 * entities decoded. Linear: every character is looked at a bounded number
 * of times.
 *
 * @param value The HTML exactly as in the source.
 * @param start Its source offset.
 * @example htmlPieces('<p>Wat &amp; hoe</p>', 120)
 */
export function htmlPieces(value: string, start: number): Piece[] {
  const out: Piece[] = [];
  const lower = value.toLowerCase();
  let text = 0;
  const flush = (to: number): void => {
    if (to > text) out.push({ kind: 'text', text: decodeEntities(value.slice(text, to)), start: start + text, end: start + to, bold: false });
  };
  let i = 0;
  let noMoreTags = false;
  while (i < value.length) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) {
      flush(i);
      out.push(BREAK);
      if (c === 13 && value.charCodeAt(i + 1) === 10) i++;
      text = ++i;
      continue;
    }
    if (c !== 60 || noMoreTags || !/[a-zA-Z/!?]/.test(value.charAt(i + 1))) {
      i++;
      continue;
    }
    const close = value.startsWith('<!--', i) ? lower.indexOf('-->', i + 4) : value.indexOf('>', i + 1);
    if (close < 0) {
      noMoreTags = true;
      i++;
      continue;
    }
    flush(i);
    const tag = lower.slice(i + 1, Math.min(close, i + 12));
    let next = close + (value.startsWith('<!--', i) ? 3 : 1);
    const raw = RAW_TAGS.find((t) => tag.startsWith(t) && !/[a-z0-9-]/.test(tag.charAt(t.length)));
    if (raw) {
      const end = lower.indexOf(`</${raw}`, next);
      next = end < 0 ? value.length : Math.max(next, lower.indexOf('>', end) + 1 || value.length);
    }
    if (BREAK_TAGS.test(tag)) out.push(BREAK);
    i = next;
    text = next;
  }
  flush(value.length);
  return out;
}
