/** A word hyphenated at the line end ("begrotings-"). */
const HYPHENATED_END = /[a-zà-ÿ]-$/;
/** A line that goes on in lower case ("wijziging"). */
const LOWER_START = /^[a-zà-ÿ]/;

/**
 * Joining the physical lines of one paragraph, list item or cell, the same
 * for every reader. A word hyphenated at the line end keeps its hyphen
 * ("wil-" + "len" → "wil-len"): the words stay exactly as written, so nothing
 * is lost and every word can be found in the source. Header words are joined
 * without the hyphen where they become column labels (`joinHeaderWords`).
 *
 * @example joinLines(['De begrotings-', 'wijziging is vastgesteld']) // 'De begrotings-wijziging is vastgesteld'
 * @example joinLines(['Voor-', '/ nadeel']) // 'Voor- / nadeel'
 */
export function joinLines(lines: readonly string[]): string {
  let out = lines[0] ?? '';
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k]!;
    // The text joined so far ends as the line before does (a one-character line always follows a space and is no
    // hyphenated word): testing that line spares flattening the growing text at every line.
    if (HYPHENATED_END.test(lines[k - 1]!) && LOWER_START.test(line)) out += line;
    else out += ' ' + line;
  }
  return out;
}
