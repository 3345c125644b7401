/**
 * Walking over text the way a regex's `\s` sees it, for the meta rules that
 * run a long pattern only around the words it must contain (see
 * `self-reference.ts`): how far before or after such a word a match can
 * reach is counted in characters that are not space.
 */

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

/** The position after the run of spaces that starts at `from` (`from` itself when none does). */
export function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
