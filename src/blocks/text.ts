/**
 * The plain-text reader: a hand-written, linear-time pass over the lines of
 * the decoded text that groups them into blocks (paragraphs, bullet lists,
 * pipe tables, rows of space-separated amounts, clutter). It never looks at
 * a line twice in a way that grows with the document: every line is
 * normalised and classified once, then grouped in one more pass.
 *
 * One-cell-per-line tables are not rebuilt here: they reach the blocks as
 * standalone one-line paragraphs and `tables/cell-runs.ts` rebuilds them, for
 * any reader.
 */
import { tableWidth } from '../tables/width.js';
import type { Block, Cell, ListItem, ReadResult, Span, TableBlock } from './model.js';
import { nextChange, normaliseLine } from '../normalise/line.js';
import { clutterReason, repeatedKeys, runningKey } from '../vocabulary/clutter.js';
import { splitPipeRow, isPipeRow, isPipeSeparator, isPipeFiller, trimPadding } from './pipe-row.js';
import { isAmountToken, splitAmountRow, splitHeaderLine, splitLoneAmountRow } from './amount-row.js';
import { joinLines } from './join-lines.js';
import { isHeaderWord, isTableHeaderLine } from '../tables/cell-runs.js';
import { valueLike } from '../tables/cell-kind.js';
import { isYear } from '../values/index.js';
import { endsInFunctionWord, opensProse, startsLikeSentence } from '../vocabulary/line-ends.js';
import { isTitleShaped } from '../vocabulary/sections.js';

/** One physical line after normalisation, with the map back to the source. */
export interface Line {
  /** Normalised text of the line (no line break). */
  text: string;
  /** Source offset of the line's first character. */
  start: number;
  /** Source offset just past the line's last character (before its break). */
  end: number;
  /** Normalised index → index in the source line, or null when unchanged. */
  map: Int32Array | null;
  /** Where the line had tab characters (normalised indices; each became a space), or null. */
  tabs: number[] | null;
}

type LineKind = 'blank' | 'pipe' | 'pipeSep' | 'pipeFiller' | 'bullet' | 'amounts' | 'tabRow' | 'clutter' | 'text';

const BULLET = /^( *)([•▪◦●○·∙‣⁃*►■□➢✓-]|[–—]|o(?= ))[ ]+(?=\S)/;
/** "1. ", "2) ", "a. ": the marker of a numbered or lettered item (see `markNumberedItems`). */
const ITEM_MARKER = '(?:\\d{1,2}|[a-z])[.)]';
const NUMBERED_ITEM = new RegExp(`^( *)(${ITEM_MARKER})[ ]+(?=\\S)`);
/** A list's marker that numbers its items (an ordered list). */
const ORDERED_MARKER = new RegExp(`^${ITEM_MARKER}$`);
const SENTENCE_END = /[.!?:;]["')\]]?$/;
/** A word broken at the line end ("vroeg-" / "signalering", "Noord-" / "Brabant"). */
const WRAPPED_END = /\p{L}-$/u;
/** The subject of a sentence about the municipality's own work; titles rarely have one. */
const SUBJECT = /\b(?:we|wij|ze|zij|u|er|het college|de gemeente|de raad)\b/i;
/** A sentence that ends inside the line: prose, not a title ("… wonen. Samen met"). */
const INNER_SENTENCE_END = /\p{Ll}\p{Ll}[.!;] +\p{Lu}/u;
/** A line this close to the paragraph's width (in characters) reached the margin. */
const FULL_LINE = 0.9;
/** Narrower text (a list of names, a page set in two columns, where titles are as wide) is no evidence. */
const MIN_WRAP_WIDTH = 55;
/** A line shorter than this part of the width that does not end a sentence is no wrapped line. */
const HALF_LINE = 0.5;
const LINE_BREAK = /\r\n?|[\n\f\u2028\u2029]/g;
/** Whether the text breaks lines with anything but LF; four searches for one character beat one regex scan sixfold. */
function hasOtherBreak(text: string): boolean {
  return text.includes('\r') || text.includes('\f') || text.includes('\u2028') || text.includes('\u2029');
}

/** Maps a column of a normalised line to a source offset. */
export function sourceOffset(line: Line, column: number): number {
  if (!line.map) return line.start + column;
  const clamped = Math.min(Math.max(column, 0), line.map.length - 1);
  return line.start + (line.map[clamped] ?? clamped);
}

/** The source span of `[from, to)` in a normalised line. */
export function lineSpan(line: Line, from: number, to: number): Span {
  return { start: sourceOffset(line, from), end: sourceOffset(line, to) };
}

/** Splits the decoded text into normalised lines (CRLF, CR, LF, form feed). */
export function splitIntoLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  // Most texts break lines with LF alone: indexOf finds those without a match object per line;
  // the others take a regex, which finds every kind of break several times faster than a loop.
  const lfOnly = !hasOtherBreak(text);
  LINE_BREAK.lastIndex = 0;
  // Only a line holding a character that normalisation changes is normalised.
  let change = nextChange(text, 0);
  let start = 0;
  while (start <= n) {
    let end = n;
    let next = n + 1;
    if (lfOnly) {
      const k = text.indexOf('\n', start);
      if (k !== -1) {
        end = k;
        next = k + 1;
      }
    } else {
      const brk = LINE_BREAK.exec(text);
      if (brk) {
        end = brk.index;
        next = brk.index + brk[0].length;
      }
    }
    const raw = text.slice(start, end);
    if (change < end) {
      const norm = normaliseLine(raw);
      lines.push({ text: norm.text, start, end, map: norm.map, tabs: raw.includes('\t') ? tabsOf(raw, norm.map) : null });
      change = nextChange(text, end);
    } else lines.push({ text: raw, start, end, map: null, tabs: null });
    start = next;
  }
  return lines;
}

/** The normalised indices of a raw line's tabs. */
function tabsOf(raw: string, map: Int32Array | null): number[] {
  const out: number[] = [];
  const n = map ? map.length - 1 : raw.length;
  for (let i = 0; i < n; i++) if (raw.charCodeAt(map ? map[i]! : i) === 9) out.push(i);
  return out;
}

function classify(line: Line): LineKind {
  const t = line.text;
  let k = 0;
  while (k < t.length && t.charCodeAt(k) === 32) k++;
  if (k === t.length) return 'blank';
  if (t.includes('|')) {
    if (isPipeSeparator(t)) return 'pipeSep';
    if (isPipeFiller(t)) return 'pipeFiller';
    if (isPipeRow(t)) return 'pipe';
  }
  if (clutterReason(t) !== null) return 'clutter';
  if (BULLET.test(t)) return 'bullet';
  if (splitAmountRow(t) !== null) return 'amounts';
  return 'text';
}

/**
 * Reads plain text (including the pipe tables that converters produce) into
 * blocks.
 *
 * @param text The decoded source text.
 * @returns The blocks in document order and reader diagnostics.
 * @example readText('Wat heeft het gekost?\n\nLasten | 2.762 | 303 |\n')
 */
export function readText(text: string): ReadResult {
  return readLines(splitIntoLines(text));
}

/** Groups already split lines into blocks (see `readText`). */
export function readLines(lines: Line[]): ReadResult {
  // A table's header repeated above each table ("Bedragen x € 1.000   Rekening   Begroting") is content.
  const keys = lines.map((l) => {
    const key = runningKey(l.text);
    return key !== null && isTableHeaderLine(l.text) ? null : key;
  });
  const running = repeatedKeys(keys);
  const kinds = lines.map((line, k) => (running.size > 0 && running.has(keys[k] ?? '') ? 'clutter' : classify(line)));
  markNumberedItems(lines, kinds);
  markTabRows(lines, kinds);
  const blocks: Block[] = [];
  let i = 0;
  const nextNonBlank = (from: number): number => {
    let j = from;
    while (j < lines.length && kinds[j] === 'blank') j++;
    return j;
  };
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === 'blank') {
      i++;
      continue;
    }
    if (kind === 'pipe' || kind === 'pipeSep' || kind === 'pipeFiller') {
      i = readPipeTables(lines, kinds, i, blocks, nextNonBlank);
      continue;
    }
    if (kind === 'clutter') {
      blocks.push(clutterBlock(lines[i]!));
      i++;
      continue;
    }
    if (kind === 'bullet') {
      i = readList(lines, kinds, i, blocks, nextNonBlank);
      continue;
    }
    if (kind === 'amounts') {
      i = readAmountRows(lines, kinds, i, blocks);
      continue;
    }
    if (kind === 'tabRow') {
      i = readTabRows(lines, kinds, i, blocks);
      continue;
    }
    i = readParagraph(lines, kinds, i, blocks);
  }
  markStandalone(blocks, lines, kinds);
  return { blocks, diagnostics: [] };
}

function trimmedSpan(line: Line): Span {
  const t = line.text;
  let a = 0;
  let b = t.length;
  while (a < b && t.charCodeAt(a) === 32) a++;
  while (b > a && t.charCodeAt(b - 1) === 32) b--;
  return lineSpan(line, a, b);
}

function lineCell(line: Line): Cell {
  return { text: line.text.trim(), span: trimmedSpan(line) };
}

function readParagraph(lines: Line[], kinds: LineKind[], from: number, blocks: Block[]): number {
  const parts: Cell[] = [lineCell(lines[from]!)];
  let widest = parts[0]!.text.length;
  let i = from + 1;
  while (i < lines.length && kinds[i] === 'text') {
    const prev = parts[parts.length - 1]!.text;
    if (SENTENCE_END.test(prev)) break;
    const next = lines[i]!.text.trim();
    if (!continuesParagraph(prev, next)) {
      const first = parts.length === 1;
      if (!fillsTheLine(prev, next, first ? wrappedWidth(lines, kinds, i) : widest, first)) break;
    }
    parts.push(lineCell(lines[i]!));
    widest = Math.max(widest, next.length);
    i++;
  }
  blocks.push({
    kind: 'paragraph',
    text: joinLines(parts.map((p) => p.text)),
    lines: parts,
    standalone: false,
    span: { start: parts[0]!.span.start, end: parts[parts.length - 1]!.span.end },
  });
  return i;
}

/**
 * A wrapped line continues the paragraph when the previous one stops
 * mid-sentence and this one starts in lower case, or (whatever this one
 * starts with: a name, an abbreviation, a number) when the previous one
 * ends in a hyphenated word or a word that always has a word after it, or
 * holds the end of an earlier sentence, which no title does:
 *
 *   We willen dat inwoners zelfstandig wonen. Samen met de   ← "de" ends no line
 *   GGD Gelderland-Zuid zetten we in op preventie.
 *
 * A line shaped as a title ("Doelstelling 2.1: …", "Wat mag het kosten?") starts a block and ends
 * one unless the next line starts in lower case.
 */
function continuesParagraph(prev: string, next: string): boolean {
  if (SENTENCE_END.test(prev)) return false;
  const c = next.charAt(0);
  if (c === '') return false;
  if (c === c.toLowerCase() && c !== c.toUpperCase()) return true;
  // "… bedroeg per 31 december 2025" / "€ 41,3 miljoen (2024: …": an amount goes on with a long line of running text.
  const amountGoesOn = prev.length >= AMOUNT_WRAP_MIN && AMOUNT_START.test(next);
  if (!amountGoesOn && !WRAPPED_END.test(prev) && !endsInFunctionWord(prev) && !INNER_SENTENCE_END.test(prev)) return false;
  return !isTitleShaped(prev) && !isTitleShaped(next);
}

/** A line that starts with an amount ("€ 41,3 miljoen", "1.200 woningen"), not with an outline number ("2.3 Wonen"). */
const AMOUNT_START = /^(?:€\s?\d|\d{1,3}(?:\.\d{3})+(?:,\d+)?\s\p{Ll}|\d+,\d+\s\p{Ll}|\d+\s(?:procent|miljoen|euro|inwoners|woningen|keer)\b)/u;
/** Only a long line (wrapped at the margin) goes on into an amount. */
const AMOUNT_WRAP_MIN = 50;

/**
 * A line as wide as the paragraph's wrapped lines, stopping mid-sentence,
 * ran into the right margin: the next line goes on with it even when that
 * one starts with a capital ("… met de gemeenten" / "Wijchen, Druten …").
 * `width` is the widest line of the paragraph so far, or, for its first
 * line, the width of the next line when that is itself wrapped (0 when not
 * known). A title-shaped line is never taken as wrapped, nor is a first line
 * that opens like a title or whose next line opens a sentence of its own.
 */
function fillsTheLine(prev: string, next: string, width: number, first: boolean): boolean {
  if (width < MIN_WRAP_WIDTH || prev.length < width * FULL_LINE || SENTENCE_END.test(prev)) return false;
  const c = next.charAt(0);
  if (c === '' || c === c.toLowerCase()) return false;
  // A wrapped line is the text's width or ends the paragraph; a short line without a stop is a title.
  if (next.length < width * HALF_LINE && !SENTENCE_END.test(next)) return false;
  // A first line as wide as the text could be a long title over it ("Samen werken aan een gezonde
  // leefomgeving"): it must open like running text and have a subject as a sentence does
  // ("In 2025 voeren we …"), and the next line must not open like a sentence of its own.
  if (first && (!opensProse(prev) || !SUBJECT.test(prev) || startsLikeSentence(next))) return false;
  return !isTitleShaped(prev) && !isTitleShaped(next);
}

/** The width of line `i` when the line after it continues it in lower case (it is wrapped), else 0. */
function wrappedWidth(lines: Line[], kinds: LineKind[], i: number): number {
  const line = lines[i]!.text.trim();
  if (i + 1 >= lines.length || kinds[i + 1] !== 'text' || SENTENCE_END.test(line)) return 0;
  const c = lines[i + 1]!.text.trim().charAt(0);
  return c !== c.toLowerCase() || c === c.toUpperCase() ? 0 : line.length;
}

function readList(
  lines: Line[],
  kinds: LineKind[],
  from: number,
  blocks: Block[],
  nextNonBlank: (i: number) => number,
): number {
  const items: ListItem[] = [];
  const indents: number[] = [];
  // Page furniture inside the list (a page break), kept as clutter after it.
  const furniture: Block[] = [];
  let i = from;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if ((kind === 'clutter' || kind === 'blank') && items.length > 0) {
      const after = pageBreakEnd(lines, kinds, i);
      let pageBreak = false;
      for (let k = i; k < after && !pageBreak; k++) pageBreak = kinds[k] === 'clutter';
      if (pageBreak && after < lines.length && continuesList(items[items.length - 1]!, lines[after]!, kinds[after]!)) {
        for (let k = i; k < after; k++) if (kinds[k] === 'clutter') furniture.push(clutterBlock(lines[k]!));
        i = after;
        continue;
      }
    }
    if (kind === 'bullet') {
      const line = lines[i]!;
      const m = (BULLET.exec(line.text) ?? NUMBERED_ITEM.exec(line.text))!;
      const indent = m[1]!.length;
      while (indents.length > 0 && indents[indents.length - 1]! > indent) indents.pop();
      if (indents.length === 0 || indents[indents.length - 1]! < indent) indents.push(indent);
      const textStart = m[0].length;
      const body = line.text.slice(textStart).trimEnd();
      items.push({
        text: body,
        marker: m[2]!,
        depth: indents.length - 1,
        span: lineSpan(line, m[1]!.length, textStart + body.length),
      });
      i++;
      continue;
    }
    if (kind === 'text' && items.length > 0) {
      const line = lines[i]!;
      const last = items[items.length - 1]!;
      const indented = line.text.startsWith('  ');
      if (indented || continuesParagraph(last.text, line.text.trim())) {
        last.text = joinLines([last.text, line.text.trim()]);
        last.span = { start: last.span.start, end: trimmedSpan(line).end };
        i++;
        continue;
      }
    }
    if (kind === 'blank') {
      const j = nextNonBlank(i);
      if (j < lines.length && kinds[j] === 'bullet') {
        i = j;
        continue;
      }
    }
    break;
  }
  const ordered = items.every((it) => ORDERED_MARKER.test(it.marker));
  blocks.push({
    kind: 'list',
    ordered,
    items,
    span: { start: items[0]!.span.start, end: items[items.length - 1]!.span.end },
  });
  for (const b of furniture) blocks.push(b);
  return i;
}

/**
 * Numbered or lettered sentences, one after another, are the items of a
 * list, as bullets are:
 *
 *   1. We actualiseren de Woonvisie.
 *   2. We bouwen 120 sociale huurwoningen, waarvan 40 in de
 *      kern Oost.
 *   → a list of two items
 *
 * Only a run of two or more items numbered in order (1, 2, 3 or a, b, c),
 * apart only by blank lines or their own wrapped lines, whose text ends as a
 * sentence does: a numbered title ("1. Veilige wijken") heads what follows
 * it and stays a line of its own.
 */
function markNumberedItems(lines: Line[], kinds: LineKind[]): void {
  let run: number[] = [];
  let previous = 0;
  const close = (): void => {
    if (run.length >= 2) for (const k of run) kinds[k] = 'bullet';
    run = [];
    previous = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === 'blank') continue;
    const m = kinds[i] === 'text' ? NUMBERED_ITEM.exec(lines[i]!.text) : null;
    if (!m) {
      close();
      continue;
    }
    const ordinal = itemOrdinal(m[2]!);
    // The item's wrapped lines: indented, or going on in lower case.
    let end = i;
    let text = lines[i]!.text.trim();
    while (end + 1 < lines.length && kinds[end + 1] === 'text' && !NUMBERED_ITEM.test(lines[end + 1]!.text)) {
      const next = lines[end + 1]!.text;
      if (!next.startsWith('  ') && !continuesParagraph(text, next.trim())) break;
      text = next.trim();
      end++;
    }
    if (!SENTENCE_END.test(text) || ordinal !== previous + 1) close();
    if (SENTENCE_END.test(text) && (ordinal === 1 || run.length > 0)) {
      run.push(i);
      previous = ordinal;
    }
    i = end;
  }
  close();
}

/** 1 for "1." and "a)", 2 for "2)" and "b." … */
function itemOrdinal(marker: string): number {
  const c = marker.charCodeAt(0);
  return c >= 97 ? c - 96 : Number.parseInt(marker, 10);
}

/** The first line after a run of clutter and blank lines (a page break) starting at `from`. */
function pageBreakEnd(lines: Line[], kinds: LineKind[], from: number): number {
  let j = from;
  while (j < lines.length && (kinds[j] === 'clutter' || kinds[j] === 'blank')) j++;
  return j;
}

/**
 * Whether a line after a page break goes on with the list: its next item, or
 * the rest of the last item's text, which cannot follow a finished sentence
 * nor be a title ("Wat mag het kosten?").
 */
function continuesList(last: ListItem, line: Line, kind: LineKind): boolean {
  if (kind === 'bullet') return true;
  const text = line.text.trim();
  if (kind !== 'text' || SENTENCE_END.test(last.text) || isTitleShaped(text)) return false;
  return line.text.startsWith('  ') || continuesParagraph(last.text, text);
}

function clutterBlock(line: Line): Block {
  return { kind: 'clutter', text: line.text.trim(), reason: clutterReason(line.text) ?? 'running-header', span: trimmedSpan(line) };
}

function readPipeTables(
  lines: Line[],
  kinds: LineKind[],
  from: number,
  blocks: Block[],
  nextNonBlank: (i: number) => number,
): number {
  let rows: Cell[][] = [];
  // Where each row's leading pipe is, or null: in a table written without outer pipes it opens an empty cell.
  let leading: Array<Span | null> = [];
  let headerRows = 0;
  let sawSeparator = false;
  let sawValues = false;
  let spanStart = lines[from]!.start;
  let spanEnd = lines[from]!.end;
  const flush = (): void => {
    if (rows.length > 0) blocks.push(pipeTable(emptyFirstCells(trimPadding(rows), leading), headerRows, spanStart, spanEnd));
    rows = [];
    leading = [];
    headerRows = 0;
    sawSeparator = false;
    sawValues = false;
  };
  let i = from;
  while (i < lines.length) {
    const kind = kinds[i]!;
    const line = lines[i]!;
    if (kind === 'pipe') {
      if (rows.length === 0) spanStart = line.start;
      const row = splitPipeRow(line.text, (a, b) => lineSpan(line, a, b));
      sawValues ||= hasValueCell(row);
      rows.push(row);
      leading.push(leadingPipe(line));
      spanEnd = line.end;
      i++;
      continue;
    }
    if (kind === 'pipeSep') {
      // A separator under a row that already follows an earlier separator
      // starts a new table: that row was the new table's header.
      if (sawSeparator && rows.length > headerRows + 1) {
        const header = rows.pop()!;
        const pipe = leading.pop()!;
        flush();
        rows = [header];
        leading = [pipe];
        spanStart = header[0]?.span.start ?? line.start;
      }
      if (!sawSeparator) headerRows = rows.length;
      sawSeparator = true;
      spanEnd = line.end;
      i++;
      continue;
    }
    if (kind === 'pipeFiller') {
      i++;
      continue;
    }
    if (kind === 'blank') {
      const j = nextNonBlank(i);
      if (j < lines.length && (kinds[j] === 'pipe' || kinds[j] === 'pipeSep')) {
        // After a gap, a row of header words under rows of values starts the next table.
        if (kinds[j] === 'pipe' && sawValues && isHeaderRow(splitPipeRow(lines[j]!.text, (a, b) => lineSpan(lines[j]!, a, b)))) flush();
        i = j;
        continue;
      }
    }
    break;
  }
  flush();
  return i;
}

function hasValueCell(row: Cell[]): boolean {
  return row.some((c) => c.text !== '' && isYear(c.text) === null && valueLike(c.text));
}

/** "Indicator | Rekening 2023 | Begroting 2024": two or more cells, all column words or years. */
function isHeaderRow(row: Cell[]): boolean {
  let words = 0;
  for (const c of row) {
    if (c.text === '') continue;
    if (!isHeaderWord(c.text)) return false;
    words++;
  }
  return words >= 2;
}

function leadingPipe(line: Line): Span | null {
  const at = line.text.length - line.text.trimStart().length;
  return line.text.charCodeAt(at) === 124 ? lineSpan(line, at, at) : null;
}

/**
 * A table written without outer pipes ("Programma 1 | Lasten | 5.112") whose
 * row starts with a pipe and is one cell short ("| Baten | 325"): that pipe
 * closes an empty first cell, as in a grouped table's follow-up rows.
 */
function emptyFirstCells(rows: Cell[][], leading: Array<Span | null>): Cell[][] {
  if (leading[0] !== null) return rows;
  let width = 0;
  rows.forEach((row, r) => {
    if (leading[r] === null && row.length > width) width = row.length;
  });
  rows.forEach((row, r) => {
    const pipe = leading[r];
    if (pipe && row.length === width - 1) row.unshift({ text: '', span: pipe });
  });
  return rows;
}

/**
 * Tab-separated rows (text copied from a spreadsheet or a word processor's
 * table): two or more lines in a row that hold tabs, one of them at least
 * three cells and one a value. Each tab parts two cells, so two tabs in a
 * row leave an empty cell where column-aligned spaces would lose it:
 *
 *   Taakveld⇥Rekening 2023⇥Begroting 2024⇥Begroting 2025
 *   3.3 Bedrijvenloket⇥144⇥⇥150
 *   → ["3.3 Bedrijvenloket", "144", "", "150"]
 */
function markTabRows(lines: Line[], kinds: LineKind[]): void {
  let i = 0;
  while (i < lines.length) {
    if (!isTabCandidate(lines[i]!, kinds[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let wide = false;
    let values = false;
    while (j < lines.length && isTabCandidate(lines[j]!, kinds[j]!)) {
      const cells = tabCells(lines[j]!);
      wide ||= cells.length >= 3;
      values ||= cells.slice(1).some((c) => c.text !== '' && valueLike(c.text));
      j++;
    }
    if (j - i >= 2 && wide && values) for (let k = i; k < j; k++) kinds[k] = 'tabRow';
    i = j;
  }
}

function isTabCandidate(line: Line, kind: LineKind): boolean {
  return line.tabs !== null && line.tabs.length > 0 && (kind === 'text' || kind === 'amounts');
}

/** A line's cells between its tabs, trimmed, with their spans. */
function tabCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const to of [...line.tabs!, line.text.length]) {
    let a = from;
    let b = to;
    while (a < b && line.text.charCodeAt(a) === 32) a++;
    while (b > a && line.text.charCodeAt(b - 1) === 32) b--;
    cells.push({ text: line.text.slice(a, b), span: lineSpan(line, a, b) });
    from = to + 1;
  }
  return cells;
}

function readTabRows(lines: Line[], kinds: LineKind[], from: number, blocks: Block[]): number {
  const rows: Cell[][] = [];
  let i = from;
  while (i < lines.length && kinds[i] === 'tabRow') rows.push(tabCells(lines[i++]!));
  blocks.push({ kind: 'table', rows, headerRows: 0, caption: null, span: { start: lines[from]!.start, end: lines[i - 1]!.end } });
  return i;
}

function pipeTable(rows: Cell[][], headerRows: number, start: number, end: number): TableBlock {
  return { kind: 'table', rows, headerRows, caption: null, span: { start, end } };
}

/** An amount row's line and its cell ranges, to place its cells by their columns. */
interface LaidOutRow {
  line: Line;
  parts: Array<[number, number]>;
}

/**
 * Column-aligned text leaves an empty cell as spaces, so a row with an empty
 * cell has fewer amounts than its neighbours and they would slide left:
 *
 *   Herinrichting centrum        450       300       120
 *   Vervanging verkeerslichten             120        80
 *   → 120 and 80 under the second and third columns, the first left empty
 *
 * When the rows are laid out in columns (their amounts' right edges, or else
 * left edges, fall into as many columns as the widest row has, and every
 * row's amounts into increasing columns), each amount of a shorter row goes
 * under its column and the columns it leaves empty get an empty cell.
 */
function placeSparseRows(rows: Cell[][], laidOut: Map<Cell[], LaidOutRow>): void {
  const amountRows = rows.filter((r) => laidOut.has(r) && r.length >= 2);
  // Only text laid out in columns: every cell parted from the one before by a gap of two or more spaces.
  if (amountRows.length < 2 || !amountRows.every((r) => widelySpaced(laidOut.get(r)!.parts))) return;
  let widest = 0;
  for (const r of amountRows) widest = Math.max(widest, r.length - 1);
  if (amountRows.every((r) => r.length - 1 === widest)) return;
  // Amounts are right-aligned in most layouts, left-aligned in some. The full rows set the columns:
  // an edge whose positions fall into more columns than they have is not aligned.
  let columns: number[] = [];
  let placed: number[][] | null = null;
  let side: 0 | 1 = 1;
  for (const edge of [1, 0] as const) {
    const found = columnEdges(amountRows.flatMap((r) => laidOut.get(r)!.parts.slice(1).map((p) => p[edge])));
    if (found.length !== widest) continue;
    const cols = amountRows.map((r) => laidOut.get(r)!.parts.slice(1).map((p) => found.findIndex((c) => Math.abs(c - p[edge]) <= COLUMN_SLACK)));
    if (!cols.every((cs) => cs.every((c, k) => c >= 0 && (k === 0 || c > cs[k - 1]!)))) continue;
    columns = found;
    placed = cols;
    side = edge;
    break;
  }
  if (!placed) return;
  const where = placed;
  amountRows.forEach((row, k) => {
    const { line, parts } = laidOut.get(row)!;
    const at = new Map(where[k]!.map((col, j) => [col, row[j + 1]!]));
    const label = splitOffAmount(row[0]!, line, parts[0]!, columns, side, where[k]![0] ?? columns.length);
    if (label.amount) at.set(label.amount.column, label.amount.cell);
    const cells: Cell[] = [label.cell];
    for (let c = 0; c < columns.length; c++) {
      const offset = sourceOffset(line, Math.min(columns[c]!, line.text.length));
      cells.push(at.get(c) ?? { text: '', span: { start: offset, end: offset } });
    }
    row.splice(0, row.length, ...cells);
  });
}

/**
 * An amount only one space after its label ("Onderwijsbeleid 1.455.019   1.512.300")
 * was read as part of the label. When it stands under an empty column before
 * the row's first amount, it is that column's cell.
 */
function splitOffAmount(
  label: Cell,
  line: Line,
  range: [number, number],
  columns: number[],
  side: 0 | 1,
  firstColumn: number,
): { cell: Cell; amount: { column: number; cell: Cell } | null } {
  const text = line.text.slice(range[0], range[1]);
  const m = /\s(\S+)$/.exec(text);
  if (!m || !isAmountToken(m[1]!)) return { cell: label, amount: null };
  const start = range[1] - m[1]!.length;
  const edge = side === 1 ? range[1] : start;
  const column = columns.findIndex((c) => Math.abs(c - edge) <= COLUMN_SLACK);
  if (column < 0 || column >= firstColumn) return { cell: label, amount: null };
  const labelEnd = range[0] + text.slice(0, text.length - m[0].length).trimEnd().length;
  return {
    cell: { text: line.text.slice(range[0], labelEnd), span: lineSpan(line, range[0], labelEnd) },
    amount: { column, cell: { text: m[1]!, span: lineSpan(line, start, range[1]) } },
  };
}

/**
 * The left and right edges of the amounts of the rows read so far, so that
 * whether a new amount stands under a column is one lookup per character of
 * slack, not a pass over every row above.
 */
class ColumnEdges {
  private readonly lefts = new Set<number>();
  private readonly rights = new Set<number>();

  add(parts: Array<[number, number]>): void {
    for (let k = 1; k < parts.length; k++) {
      this.lefts.add(parts[k]![0]);
      this.rights.add(parts[k]![1]);
    }
  }

  /** Whether an amount's right or left edge lines up with an amount of the rows above. */
  under(amount: [number, number]): boolean {
    for (let d = -COLUMN_SLACK; d <= COLUMN_SLACK; d++) {
      if (this.rights.has(amount[1] + d) || this.lefts.has(amount[0] + d)) return true;
    }
    return false;
  }
}

function widelySpaced(parts: Array<[number, number]>): boolean {
  for (let k = 1; k < parts.length; k++) if (parts[k]![0] - parts[k - 1]![1] < 2) return false;
  return true;
}

/** How far (in characters) an amount's edge may stray from its column's. */
const COLUMN_SLACK = 2;

/** The columns of a set of edge positions: runs of positions no more than COLUMN_SLACK apart. */
function columnEdges(positions: number[]): number[] {
  const sorted = [...positions].sort((a, b) => a - b);
  const out: number[] = [];
  let first = -Infinity;
  for (const p of sorted) {
    if (p - first > COLUMN_SLACK) {
      out.push(p);
      first = p;
    }
  }
  return out;
}

const LABEL_YEAR = /^(?:19|20)\d\d$/;

/**
 * A year at the end of a row label ("Toevoeging reserve Corona 2020 0 25.000
 * 50.000 0") reads as a first amount and gives the row one cell more than
 * the others. When most rows agree on their width, such a row's first amount
 * is put back into its label, if it is a year one space after it.
 */
function foldYearsIntoLabels(rows: Cell[][]): void {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length > 2) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [w, n] of counts) if (n > most) [width, most] = [w, n];
  if (most < 2) return;
  for (const row of rows) {
    if (row.length !== width + 1) continue;
    const label = row[0]!;
    const year = row[1]!;
    if (label.text === '' || !LABEL_YEAR.test(year.text) || year.span.start - label.span.end !== 1) continue;
    row.splice(0, 2, { text: `${label.text} ${year.text}`, span: { start: label.span.start, end: year.span.end } });
  }
}

/**
 * Rows of amounts separated by spaces ("Lasten 2.298.266 1.997.057"), with
 * the header line above them and label-only group lines between them.
 */
function readAmountRows(lines: Line[], kinds: LineKind[], from: number, blocks: Block[]): number {
  const rows: Cell[][] = [];
  // Each amount row's line and cell ranges, to place its cells by their columns.
  const laidOut = new Map<Cell[], LaidOutRow>();
  const edges = new ColumnEdges();
  let i = from;
  let pendingLabels: number[] = [];
  let firstRanges: Array<[number, number]> | null = null;
  while (i < lines.length) {
    const kind = kinds[i]!;
    if (kind === 'amounts') {
      for (const p of pendingLabels) rows.push([lineCell(lines[p]!)]);
      pendingLabels = [];
      const line = lines[i]!;
      const parts = splitAmountRow(line.text)!;
      firstRanges ??= parts;
      rows.push(parts.map(([a, b]) => ({ text: line.text.slice(a, b), span: lineSpan(line, a, b) })));
      laidOut.set(rows[rows.length - 1]!, { line, parts });
      edges.add(parts);
      i++;
      continue;
    }
    // One amount in a column-aligned table: a row with its other cells empty.
    const lone = kind === 'text' && rows.length > 0 && pendingLabels.length === 0 ? splitLoneAmountRow(lines[i]!.text) : null;
    // Only under a column of the rows above: a footer line with a page number is no row.
    if (lone && edges.under(lone[1]!)) {
      const line = lines[i]!;
      rows.push(lone.map(([a, b]) => ({ text: line.text.slice(a, b), span: lineSpan(line, a, b) })));
      laidOut.set(rows[rows.length - 1]!, { line, parts: lone });
      edges.add(lone);
      i++;
      continue;
    }
    // A lower-case line right under a row continues its label ("Aantal inbraken per 1.000" / "woningen").
    if (kind === 'text' && rows.length > 0 && pendingLabels.length === 0 && /^\s*[a-zà-ÿ]/.test(lines[i]!.text)) {
      const label = rows[rows.length - 1]![0]!;
      const cont = lineCell(lines[i]!);
      label.text = label.text === '' ? cont.text : `${label.text} ${cont.text}`;
      label.span = { start: label.span.start, end: cont.span.end };
      i++;
      continue;
    }
    // A short label line between amount rows is a group row ("Programma 1 Veiligheid").
    if (kind === 'text' && rows.length > 0 && pendingLabels.length < 2) {
      const t = lines[i]!.text.trim();
      if (t.length <= 80 && !SENTENCE_END.test(t)) {
        pendingLabels.push(i);
        i++;
        continue;
      }
    }
    if (kind === 'blank' && pendingLabels.length === 0 && i + 1 < lines.length && kinds[i + 1] === 'amounts') {
      i++;
      continue;
    }
    break;
  }
  foldYearsIntoLabels(rows);
  placeSparseRows(rows, laidOut);
  // Label lines that did not lead to more amounts are not part of the table.
  i -= pendingLabels.length;
  while (i > from && kinds[i - 1] === 'blank') i--;
  const single = rows.length === 1;
  const valueCount = tableWidth(rows) - 1;
  const header = takeHeaderAbove(blocks, lines, kinds, from, valueCount, single, firstRanges);
  if (single && header.length === 0) {
    const line = lines[from]!;
    blocks.push({ kind: 'paragraph', text: line.text.trim(), lines: [lineCell(line)], standalone: false, span: trimmedSpan(line) });
    return from + 1;
  }
  const allRows = [...header, ...rows];
  blocks.push({
    kind: 'table',
    rows: allRows,
    headerRows: header.length,
    caption: null,
    span: { start: allRows[0]![0]!.span.start, end: lines[i - 1]!.end },
  });
  return i;
}

/**
 * The one or two one-line paragraphs right above a run of amount rows are
 * its header when they have no amounts of their own and do not read as
 * sentences (a row of column words, then a row of years). They are taken
 * back from the blocks already emitted and split into cells.
 */
function takeHeaderAbove(
  blocks: Block[],
  lines: Line[],
  kinds: LineKind[],
  from: number,
  valueCount: number,
  single: boolean,
  firstRanges: Array<[number, number]> | null,
): Cell[][] {
  const header: Cell[][] = [];
  let k = from - 1;
  while (header.length < 2 && k >= 0 && kinds[k] === 'text') {
    const prev = blocks[blocks.length - 1];
    const line = lines[k]!;
    const text = line.text.trim();
    if (!prev || prev.kind !== 'paragraph' || prev.lines.length !== 1 || prev.lines[0]!.span.start !== trimmedSpan(line).start) break;
    const rest = withoutCaption(text);
    // A caption line alone ("Bedragen x € 1.000") stays a paragraph: the table's caption, not a header row.
    if (text.length > 200 || SENTENCE_END.test(text) || /\d[.,]\d{3}\b/.test(rest) || rest.replace(/[()\s]/g, '') === '') break;
    const hasYear = /\b(?:19|20)\d\d\b/.test(text);
    if (single && !hasYear && header.length === 0) break;
    if (text.split(/\s+/).length < 2 && !hasYear) break;
    const ranges = splitHeaderLine(line.text, valueCount);
    // Above a header row that already heads every column, a line without column words is the title ("Demografische druk").
    if (header.length === 1 && header[0]!.length === valueCount + 1 && !hasYear && !ranges.some(([a, b]) => isHeaderWord(line.text.slice(a, b)))) break;
    blocks.pop();
    const placed = firstRanges && ranges.length < valueCount && line.text.includes('  ') ? placeByColumn(ranges, firstRanges) : null;
    header.unshift((placed ?? ranges).map(([a, b]) => ({ text: line.text.slice(a, b), span: lineSpan(line, a, b) })));
    k--;
  }
  return header;
}

/**
 * Column-aligned text (PDF and layout extractions) puts a header word over
 * the columns it heads: "Realisatie" centred over three year columns. Each
 * value column takes the header piece nearest to it, so a group word repeats
 * over its columns as a spanning HTML cell does; pieces left of the first
 * amount head the label column.
 *
 *   Bedragen x € 1.000        Realisatie              Begroting
 *   Lasten              1.200    1.300    1.250      1.400
 *   → ["Bedragen x € 1.000", "Realisatie", "Realisatie", "Realisatie", "Begroting"]
 */
function placeByColumn(pieces: Array<[number, number]>, row: Array<[number, number]>): Array<[number, number]> | null {
  const values = row.slice(1);
  if (values.length === 0) return null;
  const firstStart = values[0]![0];
  const label = pieces.filter(([, b]) => b < firstStart - 1);
  const rest = pieces.filter(([, b]) => b >= firstStart - 1);
  if (rest.length === 0) return null;
  const out: Array<[number, number]> = [label.length > 0 ? [label[0]![0], label[label.length - 1]![1]] : [firstStart, firstStart]];
  if (rest.length > values.length || values.length > 16) return null;
  // The split of the columns into consecutive groups, one per piece, whose centres lie closest
  // to the pieces' centres: a group word is centred over the columns it spans.
  const centre = ([a, b]: [number, number]): number => (a + b) / 2;
  let best: number[] | null = null;
  let bestCost = Infinity;
  const sizes: number[] = [];
  const search = (from: number, piece: number, cost: number): void => {
    if (cost >= bestCost) return;
    if (piece === rest.length) {
      if (from === values.length) [best, bestCost] = [[...sizes], cost];
      return;
    }
    const left = rest.length - piece - 1;
    for (let size = 1; from + size + left <= values.length; size++) {
      const group = values.slice(from, from + size);
      const mid = (centre(group[0]!) + centre(group[group.length - 1]!)) / 2;
      sizes.push(size);
      search(from + size, piece + 1, cost + Math.abs(mid - centre(rest[piece]!)));
      sizes.pop();
    }
  };
  search(0, 0, 0);
  if (!best) return null;
  (best as number[]).forEach((size, piece) => {
    for (let s = 0; s < size; s++) out.push(rest[piece]!);
  });
  return out;
}

/** The text without a unit caption ("Bedragen x € 1.000"), whose number is no amount. */
function withoutCaption(text: string): string {
  return text.replace(/(?:bedragen\s*)?(?:x|×|\*|in)\s*€?\s*1(?:\.000)+(?:,-)?/gi, '');
}

/**
 * Marks one-line paragraphs that stand between blank lines (or block
 * boundaries): the evidence of headings and of linearised table cells.
 */
function markStandalone(blocks: Block[], lines: Line[], kinds: LineKind[]): void {
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue;
    const start = block.lines[0]!.span.start;
    const k = findLine(lines, start);
    if (k < 0) continue;
    const before = k === 0 || kinds[k - 1] === 'blank';
    const after = k === lines.length - 1 || kinds[k + 1] === 'blank';
    block.standalone = before && after;
  }
}

function findLine(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = lines[mid]!;
    if (offset < l.start) hi = mid - 1;
    else if (offset > l.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
