/**
 * Text normalisation and similarity of the real-world scorer, ported from
 * `score.py` (`norm`, `sim`) so that both give the same figure: "Programma 2:
 * Veiligheid" and "programma 2 veiligheid" are the same name.
 */
import { sequenceRatio } from './sequence-matcher.js';
import { memo } from '../vocabulary/memo.js';

/**
 * Code points of canonical combining class 1 (overlays): the one class the
 * reordering test in `isCombining` cannot see, listed from the Unicode data.
 */
const OVERLAYS = new Set(
  [
    [0x0334, 0x0338], [0x1cd4, 0x1cd4], [0x1ce2, 0x1ce8], [0x20d2, 0x20d3], [0x20d8, 0x20da], [0x20e5, 0x20e6],
    [0x20ea, 0x20eb], [0x10a39, 0x10a39], [0x16af0, 0x16af4], [0x1bc9e, 0x1bc9e], [0x1d167, 0x1d169],
  ].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, k) => String.fromCodePoint(from! + k))),
);

const combiningCache = new Map<string, boolean>();

/**
 * Python's `unicodedata.combining(c) != 0`. JavaScript has no table of
 * combining classes, but canonical ordering shows them: a mark of class 1
 * after `c` moves in front of it exactly when `c`'s class is above 1.
 */
function isCombining(c: string): boolean {
  if (c < '\u0300') return false;
  let known = combiningCache.get(c);
  if (known === undefined) {
    known = OVERLAYS.has(c) || (c + '\u0334').normalize('NFD') !== c + '\u0334';
    combiningCache.set(c, known);
  }
  return known;
}

/** Python's `str(x)` for the JSON values the scorer meets. */
export function pyStr(x: unknown): string {
  if (x === null || x === undefined) return 'None';
  if (x === true) return 'True';
  if (x === false) return 'False';
  return String(x);
}

/**
 * `norm` of score.py: accents off (NFKD, combining marks dropped), lower
 * case, every run of characters other than letters, digits, `_` and `%` one
 * space. Null is the empty string.
 * @example norm('Doelstelling 3: Veilige wijken') // 'doelstelling 3 veilige wijken'
 */
export function norm(s: unknown): string {
  if (s === null || s === undefined) return '';
  return normText(pyStr(s));
}

/**
 * `match` compares every gold item with every item of the output, so each
 * string would be normalised again for every pair: normalised once, it is
 * looked up.
 */
const normText: (s: string) => string = memo((s) => {
  let out = '';
  for (const c of s.normalize('NFKD')) if (!isCombining(c)) out += c;
  out = out.toLowerCase().replaceAll('\u2019', "'").replaceAll('\u2018', "'");
  return out.replace(/[^\p{L}\p{N}_%]+/gu, ' ').replace(/\s+/g, ' ').trim();
}, 50_000);

/**
 * `sim` of score.py: the larger of the word overlap (Dice over the sets of
 * words) and difflib's character ratio of the normalised strings; 0 when
 * either is empty.
 * @example sim('Veiligheidsregio Gelderland-Zuid', 'Veiligheidsregio Gelderland Zuid') // 1
 */
export function sim(a: unknown, b: unknown): number {
  const na = norm(a);
  const nb = norm(b);
  if (!na || !nb) return 0;
  const ta = new Set(na.split(' '));
  const tb = new Set(nb.split(' '));
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  const dice = (2 * common) / (ta.size + tb.size);
  return Math.max(dice, sequenceRatio(na, nb));
}
