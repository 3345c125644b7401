/**
 * Rule `header-lines-caption`: the header lines of a table that the reader
 * left as a paragraph right above it (their cells did not line up with the
 * rows) still give the table its unit when one of them states it.
 *
 * @example
 *     Totaal investeringen Totaal
 * bedragen x € 1.000 Totaal bruto investering 2021 2022 2023 2024 2021-2024
 * Frisse scholen fase 3 601 601 0 0 0 601
 * → the paragraph stays a paragraph; the table under it is in thousands
 */
import { parseMultiplier } from '../../values/index.js';
import { withoutCaption } from '../../vocabulary/captions.js';
import { emitParagraph } from './plain-paragraph.js';
import type { ParagraphRule } from './rule.js';

/** Header lines above a table are few: a longer paragraph is running text. */
const MAX_HEADER_LINES = 3;
/** A header line is at most this long; a longer one is a sentence. */
const MAX_HEADER_LINE = 120;
/** A sentence ends in a full stop; a header line does not. */
const SENTENCE_END = /[.:;!?]\s*$/;

/** The line of a short paragraph right above a table that states the unit, or null. */
function unitLine(lines: ReadonlyArray<{ text: string }>): string | null {
  if (lines.length < 2 || lines.length > MAX_HEADER_LINES) return null;
  if (lines.some((l) => l.text.trim().length > MAX_HEADER_LINE || SENTENCE_END.test(l.text))) return null;
  const stating = lines.filter((l) => parseMultiplier(l.text) !== null);
  if (stating.length !== 1) return null;
  // The unit opening a header line ("bedragen x € 1.000 Totaal 2021 2022") stands over
  // the labels and covers the table; a line of the unit alone under a line of column
  // names ("Gerekend  Gepresenteerde bedragen" ⏎ "x € 1.000") may be one column's only.
  const line = stating[0]!.text.trim();
  return withoutCaption(line).trim() === '' ? null : line;
}

export const headerLinesCaption: ParagraphRule<string> = {
  name: 'header-lines-caption',
  claims: (block, next) => (next?.kind === 'table' ? unitLine(block.lines) : null),
  take(line, block, _next, ctx) {
    emitParagraph(ctx, block.text, block.span);
    // The unit only: the line's other words are column names, no title for the table.
    ctx.captionAbove = line;
  },
};
