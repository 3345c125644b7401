/**
 * The title: a short line near the top that names a kind of document
 * ("Jaarrekening 2018", "KADERNOTA 2020", "Concept Jaarverantwoording" with
 * "2014" on the next line), never a column header ("Begroting" over
 * "2017", between "Rekening 2016" and other cells), a letterhead field, a
 * sentence or a contents entry. Site chrome on the lines around it ("portal")
 * stays out of it.
 */
import type { DocumentType } from '../schema/report.js';
import { DOCUMENT_TYPE_WORD_TREE, documentTypeOf } from '../vocabulary/document-types.js';
import { columnLabel, budgetColumnKind, budgetRowKind } from '../vocabulary/column-words.js';
import { isContentsEntry } from '../vocabulary/sections.js';
import { clutterReason } from '../vocabulary/clutter.js';
import { inlineField } from '../vocabulary/letter-fields.js';

/** How many lines from the top a title may stand: a cover, a letterhead and a running header come before it. */
export const TITLE_LINES = 12;
/** Words before the type word: "Concept", "Tweede", "Boekje" — a longer run is a sentence or a row label. */
const MAX_WORDS_BEFORE_TYPE = 3;
/** A title is short; a longer line names the document in passing. */
const MAX_TITLE_WORDS = 12;

export const YEAR = /\b(19[89]\d|20[0-5]\d)\b/g;
const TYPE_AT = new RegExp(`(?<![\\p{L}-])${DOCUMENT_TYPE_WORD_TREE}(?![\\p{L}])`, 'iu');
/**
 * TYPE_AT's words with its flags, without the tests around them: a line
 * without one holds no title, and most of the first lines (a small
 * document's paragraphs) hold none, so they are turned away before they are
 * split into columns and tried as a field or a contents entry.
 */
const TYPE_WORD = new RegExp(DOCUMENT_TYPE_WORD_TREE, 'iu');
/** A line that is only a year or a period: "2014", "2024-2027". */
const YEAR_LINE = /^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/;
/** A line of cells: amounts, years, dates and dashes only. */
const CELL_LINE = /^[\s\d.,%€()+\-–/]+$/;
const AMOUNT = /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.,])/g;

export interface TitleLine {
  title: string;
  /** The whole line the title stands on, its other columns included ("Begroting 2026        Gemeente Land van Cuijk"). */
  line: string;
  type: DocumentType;
  year: number | null;
}

/**
 * The title among the first lines, or null.
 * @param lines The document's first physical lines (paragraph lines, headings, running headers).
 * @example titleLine(['Voorjaarsnota 2020', 'portal']) // { title: 'Voorjaarsnota 2020', type: 'voorjaarsnota', year: 2020 }
 */
export function titleLine(lines: readonly string[]): TitleLine | null {
  const top = lines.slice(0, TITLE_LINES);
  for (let i = 0; i < top.length; i++) {
    const line = top[i]!;
    if (!TYPE_WORD.test(line)) continue;
    // "Programmabegroting 2024-2027        Gemeente Zwolle": the title is the first column.
    const t = line.trim().split(/\s{2,}/)[0]!;
    if (t.length === 0 || t.length > 120 || inlineField(t) !== null || isContentsEntry(line) || /[.!?;:]$/.test(t)) continue;
    const m = TYPE_AT.exec(t);
    if (!m) continue;
    const words = t.split(/\s+/);
    if (words.length > MAX_TITLE_WORDS || t.slice(0, m.index).trim().split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_TYPE) continue;
    if ((t.match(AMOUNT) ?? []).length >= 2 || isHeaderCell(t, top[i - 1], top[i + 1])) continue;
    const type = documentTypeOf(m[1]!)!;
    let title = t;
    const next = top[i + 1]?.trim() ?? '';
    if (!t.match(YEAR) && YEAR_LINE.test(next)) title = `${t} ${next}`;
    const years = title.match(YEAR);
    return { title, line: line.trim(), type, year: years ? Number(years[0]) : null };
  }
  return null;
}

/**
 * A column word with its year standing among other cells: "Begroting" /
 * "2017" under "Totaal programma's" and over "Realisatie 30-06-2017".
 */
function isHeaderCell(t: string, before: string | undefined, after: string | undefined): boolean {
  const bare = t.replace(YEAR, '').trim();
  if (bare.split(/\s+/).length > 3 || (columnLabel(bare) === null && budgetColumnKind(bare) === null)) return false;
  return [before, after].some((n) => n !== undefined && isCell(n.trim()));
}

function isCell(line: string): boolean {
  if (line === '' || clutterReason(line) !== null) return false;
  if (CELL_LINE.test(line)) return true;
  const bare = line.replace(YEAR, '').replace(/\d{1,2}-\d{1,2}-?/g, '').trim();
  return bare.split(/\s+/).length <= 3 && (columnLabel(bare) !== null || budgetColumnKind(bare) !== null || budgetRowKind(bare) !== null);
}
