/**
 * Small span utilities shared by the readers, the recognisers and the
 * position index: covering spans, and finding lines by offset.
 */
import type { Span } from './model.js';

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
  for (const s of spans) {
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

/**
 * The offsets where lines start: 0, then after every LF, CR and CRLF. A typed
 * array of exactly one slot per line (4 bytes, where a grown number[] holds 8
 * and up to half again as many): a 100 MB text has 6 million lines, and this
 * index lives through the whole parse.
 * @example lineStarts('a\r\nb\nc') // Int32Array [0, 3, 5]
 */
export function lineStarts(text: string): Int32Array {
  // Most texts break lines with LF alone: indexOf finds those without a match object per line, counted first to size the array.
  if (!text.includes('\r')) {
    let count = 1;
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) count++;
    const starts = new Int32Array(count);
    let n = 1;
    for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts[n++] = k + 1;
    return starts;
  }
  // A regex finds the breaks several times faster than a loop over the characters.
  const starts = [0];
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return Int32Array.from(starts);
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
