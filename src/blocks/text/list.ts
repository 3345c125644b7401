/**
 * Lists: bullet items, and runs of numbered sentences, with their wrapped
 * lines and nesting by indent; a page break inside a list is kept as clutter
 * after it.
 */
import type { Block, ListItem } from '../model.js';
import { joinLines } from '../join-lines.js';
import { isTitleShaped } from '../../vocabulary/sections.js';
import { lineSpan, trimmedSpan, type Line } from './lines.js';
import { BULLET, NUMBERED_ITEM, ORDERED_MARKER, SENTENCE_END, nextNonBlank, kindAt, LineKind, type LineKinds, type TextBlockReader } from './kinds.js';
import { continuesParagraph } from './paragraph.js';
import { clutterBlock } from './clutter.js';

/** Reads a list: bullet (or numbered) items with their wrapped lines, across blank lines and page breaks. */
export const readList: TextBlockReader = (run, from) => {
  const { lines, kinds, blocks } = run;
  const items: ListItem[] = [];
  const indents: number[] = [];
  // Page furniture inside the list (a page break), kept as clutter after it.
  const furniture: Block[] = [];
  let i = from;
  while (i < lines.length) {
    const kind = kindAt(kinds, i);
    if ((kind === LineKind.clutter || kind === LineKind.blank) && items.length > 0) {
      const after = pageBreakEnd(lines, kinds, i);
      let pageBreak = false;
      for (let k = i; k < after && !pageBreak; k++) pageBreak = kinds[k] === LineKind.clutter;
      if (pageBreak && after < lines.length && continuesList(items[items.length - 1]!, lines[after]!, kindAt(kinds, after))) {
        for (let k = i; k < after; k++) if (kinds[k] === LineKind.clutter) furniture.push(clutterBlock(lines[k]!));
        i = after;
        continue;
      }
    }
    if (kind === LineKind.bullet) {
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
    if (kind === LineKind.text && items.length > 0) {
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
    if (kind === LineKind.blank) {
      const j = nextNonBlank(run, i);
      if (j < lines.length && kinds[j] === LineKind.bullet) {
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
};

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
export function markNumberedItems(lines: Line[], kinds: LineKinds): void {
  let run: number[] = [];
  let previous = 0;
  // Closed at nearly every line (most are no item): an empty run is kept, not replaced by a new array.
  const close = (): void => {
    if (run.length >= 2) for (const k of run) kinds[k] = LineKind.bullet;
    if (run.length > 0) run = [];
    previous = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] === LineKind.blank) continue;
    const m = kinds[i] === LineKind.text ? NUMBERED_ITEM.exec(lines[i]!.text) : null;
    if (!m) {
      close();
      continue;
    }
    const ordinal = itemOrdinal(m[2]!);
    // The item's wrapped lines: indented, or going on in lower case.
    let end = i;
    let text = lines[i]!.text.trim();
    while (end + 1 < lines.length && kinds[end + 1] === LineKind.text && !NUMBERED_ITEM.test(lines[end + 1]!.text)) {
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
function pageBreakEnd(lines: Line[], kinds: LineKinds, from: number): number {
  let j = from;
  while (j < lines.length && (kinds[j] === LineKind.clutter || kinds[j] === LineKind.blank)) j++;
  return j;
}

/**
 * Whether a line after a page break goes on with the list: its next item, or
 * the rest of the last item's text, which cannot follow a finished sentence
 * nor be a title ("Wat mag het kosten?").
 */
function continuesList(last: ListItem, line: Line, kind: LineKind): boolean {
  if (kind === LineKind.bullet) return true;
  const text = line.text.trim();
  if (kind !== LineKind.text || SENTENCE_END.test(last.text) || isTitleShaped(text)) return false;
  return line.text.startsWith('  ') || continuesParagraph(last.text, text);
}
