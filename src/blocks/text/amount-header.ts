/**
 * The header over a run of amount rows: the one or two one-line paragraphs
 * right above it, split into cells and placed over the columns they head.
 */
import type { Block, Cell } from '../model.js';
import { splitHeaderLine } from '../amount-row.js';
import { isHeaderWord } from '../../vocabulary/header-words.js';
import { headsAColumn } from '../../vocabulary/column-words.js';
import { cellOfLine, trimmedSpan, type Line } from './lines.js';
import { SENTENCE_END, LineKind, type LineKinds } from './kinds.js';
import { hasYear, YEAR } from '../../vocabulary/years.js';
import { withoutCaption } from '../../vocabulary/captions.js';
import { lineCount } from '../one-line-paragraph.js';

/** A header cell that is a year alone ("2025"). */
const BARE_YEAR = new RegExp(`^${YEAR}$`);

/**
 * The one or two one-line paragraphs right above a run of amount rows are
 * its header when they have no amounts of their own and do not read as
 * sentences (a row of column words, then a row of years). They are taken
 * back from the blocks already emitted and split into cells.
 */
export function takeHeaderAbove(
  blocks: Block[],
  lines: Line[],
  kinds: LineKinds,
  from: number,
  valueCount: number,
  single: boolean,
  firstRanges: Array<[number, number]> | null,
): Cell[][] {
  const header: Cell[][] = [];
  let k = from - 1;
  while (header.length < 2 && k >= 0 && kinds[k] === LineKind.text) {
    const prev = blocks[blocks.length - 1];
    const line = lines[k]!;
    const text = line.text.trim();
    if (!prev || prev.kind !== 'paragraph' || lineCount(prev) !== 1 || prev.lines[0]!.span.start !== trimmedSpan(line).start) break;
    const rest = withoutCaption(text);
    // A caption line alone ("Bedragen x € 1.000") stays a paragraph: the table's caption, not a header row.
    if (text.length > 200 || SENTENCE_END.test(text) || /\d[.,]\d{3}\b/.test(rest) || rest.replace(/[()\s]/g, '') === '') break;
    const yearIn = hasYear(text);
    if (single && !yearIn && header.length === 0) break;
    if (text.split(/\s+/).length < 2 && !yearIn) break;
    const ranges = splitHeaderLine(line.text, valueCount);
    // Over a single row, a line none of whose pieces is a column word or year is running text that ends in a year
    // (a contents line "Hoofdstuk 1 Begroting 2014 1.1 Algemeen …" over its page numbers), not a header.
    if (single && header.length === 0 && !ranges.some(([a, b]) => isHeaderWord(line.text.slice(a, b)))) break;
    // Above a header row that already heads every column, a line without column words is the title ("Demografische druk").
    if (header.length === 1 && header[0]!.length === valueCount + 1 && !yearIn && !ranges.some(([a, b]) => isHeaderWord(line.text.slice(a, b)))) break;
    // Above a header row that gives every column its year, a line with a year that splits into a piece a column, some
    // of them no column word, is the title ("Financieel perspectief begroting 2024" over "Omschrijving 2024 2025 2026
    // 2027"). Group words over the years ("Begroting 2024     Meerjarenraming") stay a header row.
    if (header.length === 1 && yearIn && headsEveryColumnWithAYear(header[0]!, valueCount) && wordsOverColumns(line.text, ranges, valueCount)) break;
    blocks.pop();
    const placed = firstRanges && ranges.length < valueCount && line.text.includes('  ') ? placeByColumn(ranges, firstRanges) : null;
    header.unshift((placed ?? ranges).map(([a, b]) => cellOfLine(line, a, b)));
    k--;
  }
  return header;
}

/**
 * Column-aligned text (PDF and layout extractions) puts a header word over
 * the columns it heads: "Realisatie" centred over three year columns. Each
 * value column takes the header piece nearest to it, so a group word repeats
 * over its columns as a spanning HTML cell does; pieces left of the first
 * amount head the label column.
 *
 *   Bedragen x € 1.000        Realisatie              Begroting
 *   Lasten              1.200    1.300    1.250      1.400
 *   → ["Bedragen x € 1.000", "Realisatie", "Realisatie", "Realisatie", "Begroting"]
 */
function placeByColumn(pieces: Array<[number, number]>, row: Array<[number, number]>): Array<[number, number]> | null {
  const values = row.slice(1);
  if (values.length === 0) return null;
  const firstStart = values[0]![0];
  const label = pieces.filter(([, b]) => b < firstStart - 1);
  const rest = pieces.filter(([, b]) => b >= firstStart - 1);
  if (rest.length === 0) return null;
  const out: Array<[number, number]> = [label.length > 0 ? [label[0]![0], label[label.length - 1]![1]] : [firstStart, firstStart]];
  if (rest.length > values.length || values.length > 16) return null;
  // The split of the columns into consecutive groups, one per piece, whose centres lie closest
  // to the pieces' centres: a group word is centred over the columns it spans.
  const centre = ([a, b]: [number, number]): number => (a + b) / 2;
  let best: number[] | null = null;
  let bestCost = Infinity;
  const sizes: number[] = [];
  const search = (from: number, piece: number, cost: number): void => {
    if (cost >= bestCost) return;
    if (piece === rest.length) {
      if (from === values.length) [best, bestCost] = [[...sizes], cost];
      return;
    }
    const left = rest.length - piece - 1;
    for (let size = 1; from + size + left <= values.length; size++) {
      const group = values.slice(from, from + size);
      const mid = (centre(group[0]!) + centre(group[group.length - 1]!)) / 2;
      sizes.push(size);
      search(from + size, piece + 1, cost + Math.abs(mid - centre(rest[piece]!)));
      sizes.pop();
    }
  };
  search(0, 0, 0);
  if (!best) return null;
  (best as number[]).forEach((size, piece) => {
    for (let s = 0; s < size; s++) out.push(rest[piece]!);
  });
  return out;
}

/** Whether a header row heads each of `valueCount` columns with a year of its own ("Omschrijving 2024 2025 2026 2027"). */
function headsEveryColumnWithAYear(row: Cell[], valueCount: number): boolean {
  if (row.length !== valueCount + 1) return false;
  for (let c = 1; c < row.length; c++) if (!BARE_YEAR.test(row[c]!.text.trim())) return false;
  return true;
}

/**
 * Whether a line splits into a piece for every column and some piece is
 * neither a column word nor a year: words of a sentence one a column
 * ("Financieel | perspectief | begroting | 2024"), no header row.
 */
function wordsOverColumns(text: string, ranges: Array<[number, number]>, valueCount: number): boolean {
  if (ranges.length < valueCount) return false;
  return ranges.some(([a, b]) => {
    return !headsAColumn(text.slice(a, b));
  });
}
