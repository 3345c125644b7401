/**
 * The split of a large text in two passes, so that the text itself can go
 * before its lines are made: the lines are cut from a copy of the text at one
 * byte a character, the few that hold a wider character made first, from the
 * text, as copies of their own.
 *
 * V8 keeps a string with one character past U+00FF ('€', '–', '’') at two
 * bytes a character, and real report text has one every few hundred
 * characters: 100 MB of real text is a 214 MB string. A line cut from it is
 * a view that keeps all of it alive, through the blocks and the tree made of
 * the line, to the end of the parse; lines cut from a one-byte copy keep the
 * copy instead (100 MB, outside V8's heap). And the text is let go before
 * the lines are made, not after: the first pass reads it for the lines with
 * a wide character ("Lasten € 2.762", 2.2% of the lines of real text, 18.5%
 * of its characters) and for nothing else, the second makes every other line
 * from the copy. Made in one pass, all of a 100 MB text's 5.8 million lines were
 * held beside the text at the end of the split: the parse's largest live
 * heap.
 *
 * Only from NARROW_LINES_MIN_CHARS on: lines of both widths in one text are
 * read 8–12% slower than lines of one width (`readLines` on 10 MB of real
 * text), a price a large input pays for its memory and a small one need not.
 * @example splitTaking({ text: 'Lasten € 2.762\nBaten 303' }, 0) // 'Baten 303' cut from the one-byte copy
 */
import { ownCopy } from '../../vocabulary/memo.js';
import { hasOtherBreak, LineBreaks } from './line-breaks.js';
import type { Line } from './lines.js';
import { makeLine } from './make-line.js';
import { nextChange } from '../../normalise/line.js';
import { forgetLastMatch } from '../../vocabulary/forget-last-match.js';

/** Texts of at least this many characters are split from a one-byte copy (see the module comment). */
export const NARROW_LINES_MIN_CHARS = 32 * 1024 * 1024;

/** A character past U+00FF: a string holding one takes two bytes a character. */
const WIDE = /[^\x00-\xff]/g;

/** A line with a wide character in it or in its break, made in the first pass, and where the line after it starts. */
interface WideLine {
  line: Line;
  next: number;
}

/**
 * What the lines are cut from: the one-byte copy and the lines the first pass
 * made (or a small text itself, no line made), and whether LF is the only break.
 */
interface LineSource {
  text: string;
  made: WideLine[];
  lfOnly: boolean;
}

/**
 * The lines of the text `holder` holds, the holder emptied: from a one-byte
 * copy (see the module comment) when the text is large and has a wide
 * character, else as views into the text.
 * @param narrowFrom The size from which lines are cut from a one-byte copy (a test gives its own).
 */
export function splitTaking(holder: { text: string }, narrowFrom: number = NARROW_LINES_MIN_CHARS): Line[] {
  // A large text is read only in firstPass, never into a variable of this function, which is still running while the
  // second pass makes the lines; a text split as views is held by its lines anyway.
  return cutLines(firstPass(holder, narrowFrom) ?? asViews(holder));
}

/** The holder's text as a source of views into it, the holder emptied. */
function asViews(holder: { text: string }): LineSource {
  const text = holder.text;
  holder.text = '';
  return { text, made: [], lfOnly: !hasOtherBreak(text) };
}

/**
 * The first pass, over the text itself: the one-byte copy, and each line
 * with a wide character made as a copy of its own. Null when the text is
 * below `narrowFrom` or has no wide character; the holder is emptied
 * otherwise, and once this returns nothing holds the text.
 */
function firstPass(holder: { text: string }, narrowFrom: number): LineSource | null {
  const text = holder.text;
  if (text.length < narrowFrom) return null;
  let wideAt = nextWide(text, 0);
  if (wideAt === text.length) return null;
  holder.text = '';
  // A wide character keeps its low byte only: no line holding one (or broken by U+2028) is cut from the copy.
  const narrow = Buffer.from(text, 'latin1').toString('latin1');
  const lfOnly = !hasOtherBreak(text);
  const breaks = new LineBreaks(text, lfOnly);
  const wide: WideLine[] = [];
  const n = text.length;
  for (let start = 0; wideAt < n && start <= n; start = breaks.next) {
    breaks.find(start);
    if (wideAt >= breaks.next) continue;
    wide.push({ line: makeLine(ownCopy(text.slice(start, breaks.end)), start, breaks.end), next: breaks.next });
    wideAt = nextWide(text, breaks.next);
  }
  // The last regex subject (`RegExp.input`, kept by the engine) is the text now: a match on a constant lets it go.
  forgetLastMatch();
  return { text: narrow, made: wide, lfOnly };
}

/**
 * The second pass, over the one-byte copy alone: each line cut from it, but
 * where the first pass made the line. The copy's breaks are the text's on
 * every line without a wide character; a wide character's low byte can look
 * like a break ('Ċ', U+010A, like LF) only within the lines the first pass made.
 * A text split as views (small, or without a wide character) is cut from
 * itself, no line made before.
 */
function cutLines({ text: narrow, made: wide, lfOnly }: LineSource): Line[] {
  const lines: Line[] = [];
  const n = narrow.length;
  const breaks = new LineBreaks(narrow, lfOnly);
  let k = 0;
  let wideStart = wide.length > 0 ? wide[0]!.line.start : Infinity;
  let change = nextChange(narrow, 0);
  for (let start = 0; start <= n; ) {
    if (start === wideStart) {
      lines.push(wide[k]!.line);
      start = wide[k]!.next;
      k++;
      wideStart = k < wide.length ? wide[k]!.line.start : Infinity;
      continue;
    }
    breaks.find(start);
    const end = breaks.end;
    // A CR before a wide line whose first character's low byte is LF would read as CRLF: the line after starts there.
    const next = Math.min(breaks.next, wideStart);
    // Past a wide line the search may have stopped in it, at a low byte that looked like a change.
    if (change < start) change = nextChange(narrow, start);
    lines.push(makeLine(narrow.slice(start, end), start, end, change < end));
    if (change < end) change = nextChange(narrow, end);
    start = next;
  }
  return lines;
}

/** Where the next character past U+00FF is, at or after `from`, or the text's length. */
function nextWide(text: string, from: number): number {
  WIDE.lastIndex = from;
  return WIDE.test(text) ? WIDE.lastIndex - 1 : text.length;
}
