/**
 * Running a long pattern only around the words each of its matches must
 * hold, for the meta rules that read a document's introduction with one
 * ("Voor u ligt de begroting 2018", "de begroting 2018 van de
 * Omgevingsdienst West-Holland"): such a pattern, with its leading
 * lookbehind and optional phrases, is costly to try at every character,
 * while its words are found fast. How far before and after such a word a
 * match can reach is counted in characters that are not space, because a run
 * of spaces (`\s+`) can be of any length.
 */

/** A pattern whose every match holds one of some words, and how far from that word a match reaches. */
export interface WordPattern {
  /** The pattern, with the `g` flag. */
  pattern: RegExp;
  /** The words, with the `g` flag and the same case rules (`i`, `u`) as in `pattern`. */
  word: RegExp;
  /**
   * What a match reads right before its word, as a lookbehind with the `y` flag and the pattern's case rules,
   * tried at the word's start: a word without it is held by no match, and gets no window.
   */
  before: RegExp;
  /** The most characters other than spaces a match reads before its word. */
  maxLead: number;
  /** Where a match whose word ends at `wordEnd` ends at the latest, a lookahead's character included. */
  tailEnd: (text: string, wordEnd: number) => number;
}

/**
 * Every match of `p.pattern` in `text`, the same as `text.matchAll(p.pattern)`,
 * found by running the pattern only over windows around the words that have
 * `p.before` before them: from `maxLead` characters (not counting spaces)
 * before such a word to `tailEnd` after it. A match can start nowhere else,
 * and windows whose reach overlaps are read as one, so that no match is cut
 * at a window's edge.
 * @example matchesAroundWords(head, { pattern: SELF, word: TYPE_WORD, maxLead: 50, tailEnd }) // as head.matchAll(SELF)
 */
export function* matchesAroundWords(text: string, p: WordPattern): Generator<RegExpExecArray> {
  const spans = heldSpans(text, p);
  let scanned = 0;
  let lead = spans.length > 0 ? spaceWalkBack(text, spans[0]!, p.maxLead) : 0;
  for (let k = 0; k < spans.length; ) {
    const from = Math.max(scanned, lead);
    let to = 0;
    do {
      to = Math.max(to, Math.min(text.length, p.tailEnd(text, spans[k + 1]!)));
      k += 2;
      // Where a match holding the next word could start.
      if (k < spans.length) lead = spaceWalkBack(text, spans[k]!, p.maxLead);
    } while (k < spans.length && lead < to);
    // Two characters before the window for a lookbehind (one code point, maybe a surrogate pair). The pattern
    // starts at `from - offset` >= 2 in the window unless the window starts the text, so a `^` stays the text's.
    const offset = Math.max(0, from - 2);
    const window = text.slice(offset, to);
    // lastIndex is set before every exec: a caller may use the pattern between two matches it is given.
    for (let at = from - offset; ; ) {
      p.pattern.lastIndex = at;
      const m = p.pattern.exec(window);
      if (m === null) break;
      at = p.pattern.lastIndex;
      m.index += offset;
      yield m;
    }
    scanned = to;
  }
}

/**
 * The spans of the words in `text` that have `p.before` right before them.
 * Most type words in a document stand in tables and running text ("Begroting
 * 2023", "in de begroting"), where a window would be read for nothing.
 */
function heldSpans(text: string, p: WordPattern): number[] {
  const spans = wordSpans(text, p.word);
  const held: number[] = [];
  for (let k = 0; k < spans.length; k += 2) {
    p.before.lastIndex = spans[k]!;
    if (p.before.test(text)) held.push(spans[k]!, spans[k + 1]!);
  }
  return held;
}

/**
 * Texts shorter than this keep their word spans for the next rule: the
 * introduction the rules read (5,000 characters), so a kept text is a small
 * document's whole text, never a slice that would hold a large document in
 * memory after its parse.
 */
const MAX_SHARED_TEXT = 5_000;
/**
 * The spans found last, with the words and the text they were found in: the
 * self-reference and the own-document rule look for the same type words in
 * the same introduction, which for a small document is its whole text, so
 * one scan serves both.
 */
let last: { word: RegExp; text: string; spans: number[] } | null = null;

/**
 * Where the words stand in `text`, as start and end, one after the other; a
 * word starting inside another is one too ("ontwerpbegroting" holds
 * "begroting").
 */
function wordSpans(text: string, word: RegExp): number[] {
  if (last !== null && last.word === word && last.text === text) return last.spans;
  const spans: number[] = [];
  for (let from = 0; ; ) {
    word.lastIndex = from;
    const m = word.exec(text);
    if (m === null) break;
    spans.push(m.index, m.index + m[0].length);
    from = m.index + 1;
  }
  if (text.length < MAX_SHARED_TEXT) last = { word, text, spans };
  return spans;
}

/** Whether a UTF-16 code unit is what `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The first position from which `[position, at)` holds at most `count`
 * characters that are not space (spaces between them are free), or 0.
 * @example spaceWalkBack('voor u ligt  de begroting', 16, 2) // 11: "  de " before "begroting"; "ligt" would be more
 */
export function spaceWalkBack(text: string, at: number, count: number): number {
  let i = at;
  let seen = 0;
  while (i > 0) {
    if (isSpace(text.charCodeAt(i - 1))) i--;
    else if (seen < count) {
      seen++;
      i--;
    } else break;
  }
  return i;
}

/**
 * The last position up to which `[from, position)` holds at most `count`
 * characters that are not space, or the text's length.
 * @example spaceWalkForward('begroting  van de Omgevingsdienst', 9, 5) // 18: "  van de " ("O" would be the sixth)
 */
export function spaceWalkForward(text: string, from: number, count: number): number {
  let i = from;
  let seen = 0;
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) i++;
    else if (seen < count) {
      seen++;
      i++;
    } else break;
  }
  return i;
}

/** The position after the run of spaces that starts at `from` (`from` itself when none does). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
