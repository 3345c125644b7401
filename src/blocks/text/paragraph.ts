/**
 * Paragraphs: consecutive text lines joined while each goes on with the one
 * before (wrapped mid-sentence, at the margin, or into an amount).
 */
import type { Cell } from '../model.js';
import { joinLines } from '../join-lines.js';
import { oneLineParagraph } from '../one-line-paragraph.js';
import { endsInFunctionWord, opensProse, startsLikeSentence } from '../../vocabulary/line-ends.js';
import { isTitleShaped } from '../../vocabulary/sections.js';
import { lineCell, trimmedSpan, type Line } from './lines.js';
import { SENTENCE_END, standsAlone, LineKind, type LineKinds, type TextBlockReader } from './kinds.js';
import { cellAt } from '../cell.js';

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

/** Reads a paragraph: the line at `from` and the text lines that go on with it. */
export const readParagraph: TextBlockReader = (run, from) => {
  const { lines, kinds, blocks } = run;
  // No text line after it: a paragraph of one line, read without the list of parts and the line's cell, which it would
  // not keep (see OneLineParagraph). Most paragraphs of real text: a title, a label, a cell between blank lines.
  if (kinds[from + 1] !== LineKind.text) {
    const line = lines[from]!;
    blocks.push(oneLineParagraph(line.text.trim(), standsAlone(run, from), trimmedSpan(line)));
    return from + 1;
  }
  const parts: Cell[] = [lineCell(lines[from]!)];
  let widest = parts[0]!.text.length;
  let i = from + 1;
  while (i < lines.length && kinds[i] === LineKind.text) {
    const prev = parts[parts.length - 1]!.text;
    if (SENTENCE_END.test(prev)) break;
    const next = lines[i]!.text.trim();
    if (!continuesParagraph(prev, next)) {
      const first = parts.length === 1;
      if (!fillsTheLine(prev, next, first ? wrappedWidth(lines, kinds, i) : widest, first)) break;
    }
    // The line's cell, its text trimmed once above.
    parts.push(cellAt(next, trimmedSpan(lines[i]!)));
    widest = Math.max(widest, next.length);
    i++;
  }
  if (parts.length === 1) {
    // Most paragraphs of real text: its line is itself (see OneLineParagraph).
    blocks.push(oneLineParagraph(parts[0]!.text, standsAlone(run, from), parts[0]!.span));
    return i;
  }
  blocks.push({
    kind: 'paragraph',
    text: joinLines(parts.map((p) => p.text)),
    lines: parts,
    standalone: false,
    span: { start: parts[0]!.span.start, end: parts[parts.length - 1]!.span.end },
  });
  return i;
};

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
export function continuesParagraph(prev: string, next: string): boolean {
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
function wrappedWidth(lines: Line[], kinds: LineKinds, i: number): number {
  const line = lines[i]!.text.trim();
  if (i + 1 >= lines.length || kinds[i + 1] !== LineKind.text || SENTENCE_END.test(line)) return 0;
  const c = lines[i + 1]!.text.trim().charAt(0);
  return c !== c.toLowerCase() || c === c.toUpperCase() ? 0 : line.length;
}
