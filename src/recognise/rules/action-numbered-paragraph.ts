/**
 * Rule `action-numbered-paragraph`: under "Wat gaan we daarvoor doen?", a
 * numbered result or measure whose title wrapped onto a second line is a
 * heading as much as a one-line one: it opens the action it numbers, not
 * text of the action above.
 *
 * @example
 *   Wat gaan we daarvoor doen?
 *   3.1 Het jongerenwerk is uitgebreid met twee ambulante jongerenwerkers in
 *       de kernen Hoorn en Zwaag
 *   → action 3.1 "Het jongerenwerk is uitgebreid … in de kernen Hoorn en Zwaag"
 */
import { classifyHeading, sentenceInside, type HeadingKind } from '../headings.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** Two or three lines: a wrapped title. Longer is a paragraph that starts with a number. */
const MAX_TITLE_LINES = 3;
const NUMBERED_START = /^\d{1,2}(?:\.\d{1,3}){1,3}\.?\s+\S/;

export const actionNumberedParagraph: ParagraphRule<HeadingKind> = {
  name: 'action-numbered-paragraph',
  claims(block, _next, ctx) {
    if (ctx.role() !== 'actions' || lineCount(block) < 2 || lineCount(block) > MAX_TITLE_LINES) return null;
    if (!NUMBERED_START.test(block.lines[0]!.text.trim()) || sentenceInside(block.text)) return null;
    const h = classifyHeading(joined(block.lines.map((l) => l.text)));
    return h.kind === 'numbered' || h.kind === 'measure' ? h : null;
  },
  take(heading, block, _next, ctx) {
    ctx.takeHeading({ text: joined(block.lines.map((l) => l.text)), span: block.span }, heading);
  },
};

/** The lines of a wrapped title as one ("Bibob-" / "beleid" → "Bibob-beleid"). */
function joined(lines: string[]): string {
  return lines
    .map((l) => l.trim())
    .reduce((acc, l) => (acc === '' ? l : /\p{Ll}-$/u.test(acc) ? `${acc}${l}` : `${acc} ${l}`), '');
}
