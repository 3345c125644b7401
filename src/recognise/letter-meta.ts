/**
 * Letterheads: the key/value block at the top of a raadsinformatiebrief or
 * raadsvoorstel (Datum, Van, Aan, Onderwerp, Zaaknummer …), as a table
 * ("Datum: | 19 maart 2019 | Zaaknummer: 177287 |") or as "Key: value" lines.
 */
import type { Cell, ParagraphBlock, TableBlock } from '../blocks/model.js';
import { lineCount } from '../blocks/one-line-paragraph.js';
import { joinLines } from '../blocks/join-lines.js';
import { inlineField, isBareKey, letterKey } from '../vocabulary/letter-fields.js';
import { filledArray } from '../vocabulary/filled-array.js';

/** A wrapped field value runs onto two lines at most; a longer paragraph is text that opens with a key. */
const MAX_FIELD_LINES = 3;

/**
 * The field of a paragraph whose first line is "Key: value", its value going
 * on over the wrapped lines under it; null when another line holds a key of
 * its own, or the paragraph is too long to be a letterhead line.
 * @example paragraphField(['Onderwerp:   Uitkomsten tweede bestuursrapportage 2023 en', 'voorlopig rekeningresultaat'])
 *   // ['Onderwerp', 'Uitkomsten tweede bestuursrapportage 2023 en voorlopig rekeningresultaat']
 */
export function paragraphField(lines: readonly string[]): [string, string] | null {
  if (lines.length === 0 || lines.length > MAX_FIELD_LINES) return null;
  const first = inlineField(lines[0]!);
  if (!first || lines.length === 1) return first;
  const rest = lines.slice(1).map((l) => l.trim());
  if (rest.some((l) => inlineField(l) !== null)) return null;
  const value = joinLines([first[1], ...rest]);
  return value.length <= 300 ? [first[0], value] : null;
}

/**
 * `paragraphField` of a paragraph's lines; a paragraph without a colon, or
 * too long to be a field, is answered without reading its lines (the tree
 * asks this of every paragraph, and a one-line paragraph makes its lines
 * when read).
 */
export function linesField(paragraph: ParagraphBlock): [string, string] | null {
  // A field's first line holds its colon: a paragraph with none has no field.
  if (!paragraph.text.includes(':') || lineCount(paragraph) > MAX_FIELD_LINES) return null;
  return paragraphField(paragraph.lines.map((l) => l.text));
}

/**
 * The fields of a letterhead table, or null when fewer than two rows carry a
 * known key.
 * @example letterheadFields(table('| Datum: | 19 maart 2019 | Zaaknummer: 177287 |')) // { Datum: '19 maart 2019', Zaaknummer: '177287' }
 */
export function letterheadFields(table: TableBlock): Record<string, string> | null {
  // Every key has a colon: a table with fewer than two rows holding one is no letterhead.
  // Index loops here and below (not for-of): this is asked of every table, and the iterators' result objects showed
  // in the allocation profile.
  let withColon = 0;
  for (let r = 0; r < table.rows.length && withColon < 2; r++) {
    const row = table.rows[r]!;
    for (let k = 0; k < row.length; k++) {
      if (row[k]!.text.indexOf(':') >= 0) {
        withColon++;
        break;
      }
    }
  }
  if (withColon < 2) return bareKeyFields(table);
  const fields: Record<string, string> = {};
  let keyed = 0;
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    const cells = filledArray(row.length, (k) => row[k]!.text.trim());
    let rowKeyed = false;
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k]!;
      const key = letterKey(cell);
      if (key !== null) {
        rowKeyed = true;
        const value = cells[k + 1] ?? '';
        if (value !== '' && letterKey(value) === null && inlineField(value) === null) {
          fields[key] = value;
          k++;
        }
        continue;
      }
      const inline = inlineField(cell);
      if (inline) {
        rowKeyed = true;
        fields[inline[0]] = inline[1];
      }
    }
    if (rowKeyed) keyed++;
  }
  return keyed >= 2 ? fields : null;
}

/** Keys only a letter has: without one of them a two-column table of "Status", "Team" … is no letterhead. */
const LETTER_KEYS = /^(?:datum|onderwerp|zaaknummer|zaaknr\.?|kenmerk|ons kenmerk|portefeuillehouder|registratienummer)$/i;

/**
 * A letterhead written without colons, as converters make of a two-column
 * table (`| Datum | 5 februari 2025 |`, `<th>Aan</th><td>…</td>`): the
 * first cell of nearly every row is a key, the next cell its value. Needs
 * three such rows, two thirds of the rows, and a key only letters have.
 * @example bareKeyFields(table('| Aan | De gemeenteraad |\n| Datum | 5 februari 2025 |\n| Onderwerp | Stand van zaken Wmo |')) // { Aan: 'De gemeenteraad', … }
 */
function bareKeyFields(table: TableBlock): Record<string, string> | null {
  const fields: Record<string, string> = {};
  let rows = 0;
  let keyed = 0;
  let letterOnly = false;
  for (let r = 0; r < table.rows.length; r++) {
    // Enough rows without a key already settle it: even if every row left were keyed, keyed rows would stay
    // fewer than two thirds (keyed >= 2 × unkeyed). Most tables (budgets, indicators) are settled this way in their first third.
    if (keyed + (table.rows.length - r) < 2 * (rows - keyed)) return null;
    const row = table.rows[r]!;
    // Asked of every table: the row's first filled cell decides before its cells are gathered.
    const first = firstFilled(row);
    if (first < 0) continue;
    rows++;
    if (!isBareKey(row[first]!.text.trim())) continue;
    const cells: string[] = [];
    for (let k = first; k < row.length; k++) {
      const t = row[k]!.text.trim();
      if (t !== '') cells.push(t);
    }
    if (cells.length < 2) continue;
    keyed++;
    // "| Datum | 5 februari 2025 | Kenmerk | 2025-0412 |": key, value, key, value.
    for (let k = 0; k + 1 < cells.length; k += 2) {
      const key = cells[k]!;
      if (!isBareKey(key)) break;
      if (LETTER_KEYS.test(key)) letterOnly = true;
      fields[key] = cells[k + 1]!;
    }
  }
  return keyed >= 3 && keyed * 3 >= rows * 2 && letterOnly ? fields : null;
}

/** The index of the row's first cell with text, or -1. */
function firstFilled(row: readonly Cell[]): number {
  for (let k = 0; k < row.length; k++) if (row[k]!.text.trim() !== '') return k;
  return -1;
}
