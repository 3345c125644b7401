/**
 * Header words of tables: the column vocabulary (with or without a year), a
 * bare year, the top-left words that name an amounts table's label column,
 * and the test for a line laid out as a table's header.
 *
 *   Bedragen x € 1.000      Rekening 2023    Begroting 2024    Raming 2025
 */
import { budgetColumnKind, budgetRowKind, columnLabel, descriptorRole, isBalanceColumnWord } from './column-words.js';
import { sectionRole } from './sections.js';
import { isYear, withoutYears } from './years.js';
import { parseMultiplier } from './captions.js';
import { memo } from './memo.js';

/** A header word: column vocabulary (with or without a year) or a bare year. */
export const isHeaderWord: (text: string) => boolean = memo(isHeaderWordUncached);

function isHeaderWordUncached(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 60) return false;
  if (isYear(t) !== null) return true;
  // "Effectindicatoren", "Wat heeft het gekost?": the heading above the table, not a column.
  if (sectionRole(t) !== null) return false;
  if (isBalanceColumnWord(t)) return true;
  const stripped = withoutYears(t).replace(/[:*]+$/, '').trim();
  if (stripped === '') return false;
  return columnLabel(stripped) !== null || descriptorRole(stripped) !== null || budgetColumnKind(stripped) !== null ||
    ROW_HEADERS.test(stripped);
}

/**
 * A line laid out as a table's header: it carries a multiplier caption, or
 * split on its wide gaps it has three or more cells that are header words
 * (or budget row words: "Lasten 2025" over a column), at most one other
 * cell (the top-left label) and no page number. Such a line may come back
 * above every table; it is no running header.
 * @example isTableHeaderLine('Bedragen x € 1.000      Rekening    Begroting   Raming') // true
 * @example isTableHeaderLine('Begroting 2025      Gemeente Ede      3') // false
 */
export function isTableHeaderLine(line: string): boolean {
  if (parseMultiplier(line) !== null) return true;
  const cells = line.trim().split(/ {2,}|\t+/);
  if (cells.length < 3) return false;
  let words = 0;
  for (const cell of cells) {
    if (PAGE_NUMBER.test(cell)) return false;
    if (isHeaderWord(cell) || budgetRowKind(cell) !== null) words++;
  }
  return words >= 3 && words >= cells.length - 1;
}

const PAGE_NUMBER = /^(?:(?:pagina|blz\.?|page|p\.)\s*)?\d{1,3}$/i;

/**
 * A top-left header word of an amount table ("Omschrijving", "Taakveld",
 * "Programma's"): it names the label column, not a column of values.
 */
export function isRowHeaderWord(text: string): boolean {
  return ROW_HEADERS.test(text.trim());
}

/** Top-left header words of amount tables: they name the label column. */
const ROW_HEADERS = /^(?:taakveld(?:en)?|programma(?:'s)?|product(?:en)?|onderdeel|omschrijving|kostenplaats|reserve(?:s)?|voorziening(?:en)?|investering(?:en)?|soort)(?:\s*\/\s*(?:taakveld(?:en)?|product(?:en)?|onderdeel|soort))?$/i;
