/**
 * Small span utilities shared by the readers, the recognisers and the
 * position index: covering spans, and finding lines by offset.
 */
import type { Span } from './model.js';

/**
 * Whether a span carries a PDF page or box: then it is more than two
 * offsets, and what keeps spans as two offsets (`OffsetPosition`,
 * `OneLineParagraph`) must keep it as it is.
 * @example onAPage({ start: 0, end: 6, page: 2 }) // true
 */
export function onAPage(span: Span): boolean {
  return span.page !== undefined || span.bbox !== undefined;
}

/**
 * The span covering a list of spans (first start to last end). PDF spans on
 * the first span's page have their boxes joined.
 * @example cover([{ start: 4, end: 9 }, { start: 12, end: 20 }]) // { start: 4, end: 20 }
 */
export function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  let page: number | undefined;
  let box: { x0: number; y0: number; x1: number; y1: number } | undefined;
  // An index loop: the iterator here showed in the allocation profile, a result object per span.
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!;
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
    page ??= s.page;
    if (s.bbox && s.page === page) {
      const b = s.bbox;
      box = box
        ? { x0: Math.min(box.x0, b.x), y0: Math.min(box.y0, b.y), x1: Math.max(box.x1, b.x + b.width), y1: Math.max(box.y1, b.y + b.height) }
        : { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    }
  }
  if (start === Infinity) return { start: 0, end: 0 };
  const out: Span = { start, end };
  if (page !== undefined) out.page = page;
  if (box) out.bbox = { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
  return out;
}

/** LF, CR and CRLF (`nextLineStart` sets its lastIndex before each search). */
const LINE_BREAK = /\r\n?|\n/g;

/**
 * The offsets where lines start: 0, then after every LF, CR and CRLF. The
 * breaks are counted first and the starts written into a typed array of that
 * length: one allocation, outside the collected heap, where pushing onto an
 * array grew and copied it over and over (a line every 18 bytes of real
 * text; millions of lines in a 100 MB text).
 * @example lineStarts('a\r\nb\nc') // Int32Array [0, 3, 5]
 */
export function lineStarts(text: string): Int32Array {
  const breaks = text.includes('\r') ? LINE_BREAK : null;
  let count = 1;
  for (let s = nextLineStart(text, 0, breaks); s !== -1; s = nextLineStart(text, s, breaks)) count++;
  const starts = new Int32Array(count);
  let j = 1;
  for (let s = nextLineStart(text, 0, breaks); s !== -1; s = nextLineStart(text, s, breaks)) starts[j++] = s;
  return starts;
}

/**
 * The start of the line after the first break at or after `from`, or -1.
 * Most texts break lines with LF alone (`breaks` null): indexOf finds those.
 * Else a regex finds LF, CR and CRLF several times faster than a loop over
 * the characters; `test` leaves its lastIndex just past the break, where the
 * next line starts, without a match array.
 */
function nextLineStart(text: string, from: number, breaks: RegExp | null): number {
  if (breaks === null) {
    const k = text.indexOf('\n', from);
    return k === -1 ? -1 : k + 1;
  }
  breaks.lastIndex = from;
  return breaks.test(text) ? breaks.lastIndex : -1;
}

/**
 * The index of the line holding `offset`, by binary search over ascending
 * line starts.
 * @example lineIndex([0, 3, 5], 4) // 1
 */
export function lineIndex(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
