/**
 * Text runs of the markup readers: pieces of decoded text that remember the
 * source range they came from, and how a run of them becomes one or more
 * cells (collapsed whitespace, exact source spans). Used by the HTML and the
 * Markdown reader alike.
 */
import { cover } from './span.js';
import { joinLines } from './join-lines.js';
import type { Block, Cell, Span } from './model.js';
import { clutterReason } from '../vocabulary/clutter.js';
import { missingMarker } from '../values/index.js';
import { cellFrom } from './cell.js';

/** A piece of text with its source range, a forced line break, or a soft space. */
export type Piece =
  | { kind: 'text'; text: string; start: number; end: number; bold: boolean }
  | { kind: 'break' }
  | { kind: 'space' };

/** Ends a line: `<br>` in a paragraph, a hard break in Markdown. */
export const BREAK: Piece = { kind: 'break' };
/** A block boundary inside a cell or item: words on either side stay apart. */
export const SPACE: Piece = { kind: 'space' };

/** Characters that render as nothing: soft hyphen, zero-width spaces and joiners, BOM, controls. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** Typographic quotes and ligatures, read the way the text reader's line normaliser reads them. */
const TYPOGRAPHIC = /[\u2018-\u201f\ufb00-\ufb06]/g;
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"',
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
};
/** Every kind of white space, the no-break space included. */
const WHITESPACE = /\s+/g;
/** Ends a sentence (the same test the text reader uses). */
const SENTENCE_END = /[.!?:;]["')\]]?$/;

/**
 * Collapses white space (no-break spaces included) to single spaces, drops
 * invisible characters, reads typographic quotes and ligatures as plain
 * letters (as the text reader does) and trims.
 *
 * @param text Decoded text.
 * @returns The text as it reads.
 * @example collapse('  \u2018Realisatie\u2019\u00a0\n 2019 ') // "'Realisatie' 2019"
 */
export function collapse(text: string): string {
  return text.replace(INVISIBLE, '').replace(TYPOGRAPHIC, (c) => PLAIN[c] ?? c).replace(WHITESPACE, ' ').trim();
}

/** Whether a character code is white space in the source (the no-break space included). */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Narrows `[start, end)` of the source to its first and last non-space
 * character (an all-space range becomes empty at its start).
 */
export function trimSpan(source: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && isSpaceCode(source.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(source.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

/**
 * Joins pieces into one cell: soft spaces become spaces, breaks join lines
 * as `joinLines` does, and the span runs from the first to the last piece
 * that has visible text.
 *
 * @param source The decoded source (for trimming spans).
 * @param pieces The run.
 * @param fallback The span of an empty cell.
 * @returns The cell, with text "" when nothing visible was in the run.
 * @example toCell(src, [{ kind: 'text', text: 'Begroting', start: 40, end: 49, bold: false }], { start: 36, end: 36 })
 */
export function toCell(source: string, pieces: readonly Piece[], fallback: Span): Cell {
  const lines: string[] = [];
  let raw = '';
  let first: Piece | null = null;
  let last: Piece | null = null;
  for (const p of pieces) {
    if (p.kind === 'break') {
      const line = collapse(raw);
      if (line !== '') lines.push(line);
      raw = '';
      continue;
    }
    if (p.kind === 'space') {
      raw += ' ';
      continue;
    }
    raw += p.text;
    if (collapse(p.text) === '') continue;
    first ??= p;
    last = p;
  }
  const line = collapse(raw);
  if (line !== '') lines.push(line);
  const text = joinLines(lines);
  if (text === '' || first?.kind !== 'text' || last?.kind !== 'text') return cellFrom('', fallback.start, fallback.end);
  return cellFrom(text, trimSpan(source, first.start, first.end).start, trimSpan(source, last.start, last.end).end);
}

/**
 * Line ranges `[from, to)` of a string, line breaks excluded (CR LF, CR and
 * LF alike).
 *
 * @example lineRanges('Lasten\r\nBaten') // [[0, 6], [8, 13]]
 */
export function lineRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    out.push([from, i]);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  out.push([from, text.length]);
  return out;
}

/** Whether every piece with visible text is bold (and there is one). */
export function allBold(pieces: readonly Piece[]): boolean {
  let any = false;
  for (const p of pieces) {
    if (p.kind !== 'text' || collapse(p.text) === '') continue;
    if (!p.bold) return false;
    any = true;
  }
  return any;
}

/**
 * The `standalone` flag of a paragraph from markup: one line, short (at most
 * 80 characters) and not ending like a sentence — a heading without markup
 * or a cell of a table laid out in blocks.
 *
 * @example isStandalone(['Realisatie 2019']) // true
 * @example isStandalone(['Wij hebben de doelen gehaald.']) // false
 * @example isStandalone(['n.v.t.']) // true
 */
export function isStandalone(lines: readonly string[]): boolean {
  if (lines.length !== 1) return false;
  const t = lines[0]!;
  // "n.b.", "n.v.t.", "p.m.": a marker cell ends in a point but is no sentence.
  return t.length <= 80 && (!SENTENCE_END.test(t) || missingMarker(t) !== null);
}

/**
 * Turns a run of pieces into blocks the way a plain-text reader would see its
 * lines: lines that are page furniture ("Terug naar navigatie", "Top") become
 * clutter, runs of other lines become paragraphs (strong when every line is
 * bold). Inside navigation (`context` set) every line is clutter.
 *
 * @param source The decoded source.
 * @param run The pieces, lines ended by breaks.
 * @param context The clutter reason of an enclosing nav/header/footer, or null.
 * @returns Paragraph and clutter blocks in order.
 * @example runToBlocks(src, pieces, null) // [{ kind: 'paragraph', text: 'Wat willen we bereiken?', … }]
 */
export function runToBlocks(source: string, run: readonly Piece[], context: string | null): Block[] {
  const out: Block[] = [];
  let para: Array<{ cell: Cell; bold: boolean }> = [];
  const endParagraph = (): void => {
    if (para.length === 0) return;
    const lines = para.map((p) => p.cell);
    const texts = lines.map((l) => l.text);
    out.push({
      kind: 'paragraph',
      text: joinLines(texts),
      lines,
      standalone: isStandalone(texts),
      ...(para.every((p) => p.bold) ? { strong: true } : {}),
      span: cover(lines.map((l) => l.span)),
    });
    para = [];
  };
  let from = 0;
  for (let k = 0; k <= run.length; k++) {
    if (k < run.length && run[k]!.kind !== 'break') continue;
    const pieces = run.slice(from, k);
    from = k + 1;
    const cell = toCell(source, pieces, { start: 0, end: 0 });
    if (cell.text === '') continue;
    const reason = context ?? clutterReason(cell.text);
    if (reason === null) {
      para.push({ cell, bold: allBold(pieces) });
      continue;
    }
    endParagraph();
    out.push({ kind: 'clutter', text: cell.text, reason, span: cell.span });
  }
  endParagraph();
  return out;
}
