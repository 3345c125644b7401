/**
 * Rows of space-separated amounts as PDF text extraction leaves them:
 * `Lasten 2.298.266 1.997.057 2.038.407`, with dot leaders
 * (`Lasten ........ 2.762   303`), V/N markers before or after an amount
 * (`N 31.393`, `2.762 V`) and nil dashes.
 */
import { closesOpenBracket } from './closing-bracket.js';
import { columnLabel, descriptorRole } from '../vocabulary/column-words.js';
import { hasYear, YEAR } from '../vocabulary/years.js';

const AMOUNT = /^[-−+(]?€?[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?[)-]?%?[¹²³*]?$/;
const NIL = /^(?:[-–—]|pm|-pm|n\.?v\.?t\.?|nnb|n\.b\.?)$/i;
/** The longest nil word ("n.v.t."): a longer piece is spared the regex. */
const NIL_MAX = 6;
/** A V/N marker standing alone ("V", "N"). */
function isMarker(t: string): boolean {
  return t === 'V' || t === 'N';
}
/** Whether a piece is a nil word or dash ("-", "pm", "n.v.t."). */
function isNil(t: string): boolean {
  return t.length <= NIL_MAX && NIL.test(t);
}
const YEAR_TOKEN = new RegExp(`^${YEAR}\\*?$`);
/** A header word that ends a column: a year, or a date that ends in one ("31-12-2022", a realisation's peildatum). */
const HEADER_YEAR_TOKEN = new RegExp(`^(?:\\d{1,2}-\\d{1,2}-)?${YEAR}\\*?$`);
/**
 * The longest label of a row of amounts, in characters, when it does not
 * end in its unit (see UNIT_LABEL_MAX). Indicator names in performance
 * tables run to a long clause ("425 km primaire waterkeringen,
 * inclusief kunstwerken, is beoordeeld o.b.v. de wettelijke
 * veiligheids-normering (%)", 114); running text is told apart by its
 * sentence end, not by this cap, which only stops whole paragraphs.
 */
const ROW_LABEL_MAX = 100;
/** The longest row label that ends in its unit in brackets: a performance indicator's clause (114 characters above). */
const UNIT_LABEL_MAX = 150;
/** A value with its measuring year or a remark in brackets, one cell: "7,4 (2024)", "44,2% (2022)", "12.460 (plus 65)". */
const MEASURED_IN = new RegExp(`^(\\S+) \\((?:${YEAR}|(?=[^()]*[A-Za-z]{2})[^()]{1,30})\\)$`);
/** A measuring year in brackets alone, as a token after its value: "(2024)". */
const YEAR_NOTE = new RegExp(`^\\(${YEAR}\\)$`);
/** A comparison before a target value: "≥ 8,0", "<5%". */
const COMPARATOR = /^(?:[<>≤≥±~]=?)/;
/** A V/N marker before or after its amount, one space apart at most ("N 31", "2.762 V"). */
const MARKED_AMOUNT = /^([VN]) ?(\S+)$|^(\S+) ([VN])$/;
/** A label that ends a clause or sentence: running text, no row label. */
const CLAUSE_END = /[.!?;:]$/;
/** Dot leaders in a label ("Lasten ........"). */
const LEADER = /\.{2,}|…/;

interface Token {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits a line into pieces at spaces; `wide` splits only at runs of two or
 * more spaces, so a piece may hold single spaces ("N 31.393").
 */
function pieces(text: string, wide: boolean): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) break;
    const start = i;
    // A piece ends at a space (`wide`: at a space followed by another space or the end).
    while (i < n && !(text.charCodeAt(i) === 32 && (!wide || i + 1 >= n || text.charCodeAt(i + 1) === 32))) i++;
    out.push({ start, end: i, text: text.slice(start, i) });
  }
  return out;
}

function tokens(text: string): Token[] {
  return pieces(text, false);
}

/**
 * The piece that ends at or before `before` (spaces skipped), or null when
 * only spaces come before it: `pieces` read from the end, one at a time, so
 * that reading a line's trailing amounts makes no piece of the words before
 * them (a third of the text's lines end like an amount, most of them prose).
 *
 *   "Lasten  2.298.266  1.997.057"
 *                       ^^^^^^^^^ pieceBefore(text, text.length, true)
 *            ^^^^^^^^^ pieceBefore(text, 19, true)
 */
function pieceBefore(text: string, before: number, wide: boolean): Token | null {
  let end = before;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return null;
  let start = end - 1;
  // A piece starts after a space (`wide`: after two spaces, or after one at the start of the line).
  while (start > 0 && !(text.charCodeAt(start - 1) === 32 && (!wide || start < 2 || text.charCodeAt(start - 2) === 32))) start--;
  return { start, end, text: text.slice(start, end) };
}

/** Whether a line is one piece with at most spaces around it ("2.762", a cell of a one-cell-per-line table). */
function isOnePiece(text: string): boolean {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) === 32) a++;
  while (b > a && text.charCodeAt(b - 1) === 32) b--;
  const space = text.indexOf(' ', a);
  return space === -1 || space >= b;
}

/** A run of two or more spaces after some text: the column layout of PDF text. */
function hasWideGap(text: string): boolean {
  // A line that opens with a printable ASCII character needs no search for its first non-space.
  const c = text.charCodeAt(0);
  const first = c > 32 && c < 127 ? 0 : text.search(/\S/);
  return first >= 0 && text.indexOf('  ', first) > 0;
}

/** Pieces separated by runs of two or more spaces. */
function segments(text: string): Token[] {
  return pieces(text, true);
}

/** Whether a piece of text is one amount cell ("1.455.019", "N 31", "-"). */
export function isAmountToken(t: string): boolean {
  if (isNil(t)) return true;
  // Every other reading holds an amount, which has a digit: a word without one is spared four regexes.
  if (!hasDigit(t)) return false;
  if (AMOUNT.test(t)) return true;
  const dated = MEASURED_IN.exec(t);
  if (dated && AMOUNT.test(dated[1]!)) return true;
  const cmp = COMPARATOR.exec(t);
  if (cmp && AMOUNT.test(t.slice(cmp[0].length))) return true;
  const m = MARKED_AMOUNT.exec(t);
  return m !== null && AMOUNT.test(m[2] ?? m[3]!);
}

/** Whether a piece of text holds a digit 0-9 (a loop of character tests, cheaper than a regex on short pieces). */
function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Splits a line into its label and at least two trailing amount cells (the
 * `row` of `splitAmountLine`), or
 * returns null when the line is not such a row. Each cell is a `[from, to)`
 * range of the line; the label (possibly empty) comes first.
 *
 * @example splitAmountRow('Lasten 2.298.266 1.997.057') // [[0,6],[7,16],[17,26]]
 */
export function splitAmountRow(text: string): Array<[number, number]> | null {
  return splitAmountLine(text).row;
}

/**
 * Columns laid out with wide gaps: a single space belongs to the label ("per
 * 1.000 woningen"). Null when the line has no wide gap or its label ends in
 * dot leaders with single spaces after them ("Lasten ........ 4.512   4.730"),
 * which are read word by word.
 */
function splitByColumns(text: string): Array<[number, number]> | null {
  if (!hasWideGap(text)) return null;
  const bySegments = splitTokens(text, true, COLUMN_LABEL_MAX);
  const label = bySegments ? text.slice(bySegments[0]![0], bySegments[0]![1]) : '';
  return bySegments && !LEADER.test(label) ? bySegments : null;
}

/** A line's amount cells as a row of amounts (`splitAmountRow`) and as a label with its amounts (`splitLabelAmounts`). */
export interface AmountLine {
  readonly row: Array<[number, number]> | null;
  readonly labelAmounts: Array<[number, number]> | null;
}

/** A line that is neither a row of amounts nor a label with amounts: one shared object. */
export const NO_AMOUNTS: AmountLine = { row: null, labelAmounts: null };

/**
 * `splitAmountRow` and `splitLabelAmounts` of one line at once. The text
 * reader asks both of nearly every line (its kind, then runs of one-amount
 * rows); both read the same words from the end, so they are read once.
 * @example splitAmountLine('Lasten 2.298.266 1.997.057').row // [[0,6],[7,16],[17,26]]
 */
export function splitAmountLine(text: string): AmountLine {
  if (text.length > 2000 || !endsLikeAmount(text)) return NO_AMOUNTS;
  // One piece alone has no label before its amount and is no row of two: most such lines are a table's cells, one per line.
  if (isOnePiece(text)) return NO_AMOUNTS;
  // The words read as a label and its amounts: one amount makes a label-amount line, two a row.
  const words = trailingAmounts(text, false, ROW_LABEL_MAX);
  const labelAmounts = words !== null && words.cells[0]![1] > words.cells[0]![0] ? words.cells : null;
  const row = splitByColumns(text) ?? (words !== null && words.amounts >= 2 ? words.cells : null);
  return row === null && labelAmounts === null ? NO_AMOUNTS : { row, labelAmounts };
}

/**
 * A row with one amount in column-aligned text ("Aanleg fietsbrug      2.150"):
 * a label, a gap of two or more spaces, one amount. Only read as a row inside
 * a table of amount rows (one amount alone is no evidence of a table).
 * @example splitLoneAmountRow('Aanleg fietsbrug        2.150') // [[0,16],[24,29]]
 */
export function splitLoneAmountRow(text: string): Array<[number, number]> | null {
  if (text.length > 2000 || !endsLikeAmount(text) || !hasWideGap(text)) return null;
  const segs = segments(text);
  if (segs.length !== 2 || !isAmountToken(segs[1]!.text) || isAmountToken(segs[0]!.text)) return null;
  const label = stripLeader(text.slice(segs[0]!.start, segs[0]!.end)).trim();
  if (label === '' || label.length > 100 || CLAUSE_END.test(label)) return null;
  return [
    [segs[0]!.start, segs[0]!.start + label.length],
    [segs[1]!.start, segs[1]!.end],
  ];
}

/**
 * Splits a line into a label and its trailing amount cells when it ends in
 * at least one amount ("Lasten € 20.699.141" → label and one cell); null when
 * it does not, when the label is empty or when every amount is a year. The
 * one-amount lines of `text/label-amount-rows.ts` are read so (through
 * `splitAmountLine`, which the text reader runs once per line).
 * @example splitLabelAmounts('Baten € -4.392.328') // [[0,5],[6,18]]
 */
export function splitLabelAmounts(text: string): Array<[number, number]> | null {
  return splitAmountLine(text).labelAmounts;
}

/** A line's label and at least two trailing amount cells read from its pieces (`wide`: see `pieces`), or null. */
function splitTokens(text: string, wide: boolean, labelMax: number): Array<[number, number]> | null {
  const split = trailingAmounts(text, wide, labelMax);
  return split !== null && split.amounts >= 2 ? split.cells : null;
}

/** A line's label and trailing amount cells (`[from, to)` ranges, label first) and the number of amounts. */
interface AmountSplit {
  cells: Array<[number, number]>;
  amounts: number;
}

/**
 * Reads a line's trailing amounts from its last piece back (`wide`: see
 * `pieces`), and the label before them; null when there are none, when
 * every amount is a year or when the label is too long or ends a sentence.
 * The pieces are read one at a time from the end (`pieceBefore`): the label's
 * words are never cut up. The cells are gathered last first and reversed once
 * at the end (unshifting each one moved the others every time).
 */
function trailingAmounts(text: string, wide: boolean, labelMax: number): AmountSplit | null {
  const cells: Array<[number, number]> = [];
  let amounts = 0;
  let years = 0;
  let t = pieceBefore(text, text.length, wide);
  while (t !== null) {
    const prev = pieceBefore(text, t.start, wide);
    // Each regex below is tried only on a piece of its length or first character ("(2024)", "V", "1.000", "2024").
    if (t.text.length === 6 && YEAR_NOTE.test(t.text) && prev !== null && t.start - prev.end === 1 && AMOUNT.test(prev.text)) {
      // "7,4 (2024)": the year in brackets one space after a value is its measuring year, not an amount.
      cells.push([prev.start, t.end]);
      amounts++;
      t = pieceBefore(text, prev.start, wide);
      continue;
    }
    if (isMarker(t.text) && prev !== null && isAmountToken(prev.text) && !isMarker(prev.text)) {
      // "2.762 V": a loose marker after its amount stays with it.
      cells.push([prev.start, t.end]);
      amounts++;
      t = pieceBefore(text, prev.start, wide);
      continue;
    }
    // "(20 % van 1)": a piece that closes the label's bracket is the label's, however like an amount it reads.
    if (isAmountToken(t.text) && !closesOpenBracket(text, t.start, t.text)) {
      // "(x € 1.000)", "x 1.000,-": the table's unit caption, not a first amount.
      // The multiplier word before it is the rarer half of the test: a line's only piece has none and ends the test at once.
      if (t.text.charCodeAt(0) === 49 && isCaptionAmount(text, prev, wide) && CAPTION_NUMBER.test(t.text)) break;
      let first = t;
      const before = prev !== null ? prev.text : '';
      if (isMarker(before) || before === '€' || (before.length <= 2 && COMPARATOR.exec(before)?.[0] === before)) first = prev!;
      if ((t.text.length === 4 || t.text.length === 5) && YEAR_TOKEN.test(t.text)) years++;
      cells.push([first.start, t.end]);
      amounts++;
      t = first === t ? prev : pieceBefore(text, first.start, wide);
      continue;
    }
    break;
  }
  if (years === amounts) return null;
  const labelEnd = t !== null ? t.end : 0;
  const label = stripLeader(text.slice(0, labelEnd));
  // Column-aligned text pads a label's own columns apart: the words count, not the padding.
  const words = (label.includes('  ') ? label.replace(/ {2,}/g, ' ') : label).trim();
  // An indicator's name that closes on its unit ("… veiligheids-normering (%)") may run longer than prose's words before a number do.
  const cap = words.endsWith(')') ? Math.max(labelMax, UNIT_LABEL_MAX) : labelMax;
  if (words.length > cap || CLAUSE_END.test(words)) return null;
  let a = 0;
  while (a < label.length && label.charCodeAt(a) === 32) a++;
  cells.push([a, a + label.trim().length]);
  return { cells: cells.reverse(), amounts };
}

/**
 * A label set apart from its amounts by a wide gap (column-aligned text) may
 * be longer: an indicator's name wrapped over four lines in its cell runs to
 * 110 characters, and prose does not stand in columns before two amounts.
 */
const COLUMN_LABEL_MAX = 160;

/** A multiplier word before an amount (x, ×, *, in), with or without € between. */
const MULTIPLIER_WORD = /^\(?(?:x|×|\*|in)$/i;

/** True when the number after piece `before` is a unit caption's ("x € 1.000"), not an amount (`wide`: see `pieces`). */
function isCaptionAmount(text: string, before: Token | null, wide: boolean): boolean {
  const word = before !== null && before.text === '€' ? pieceBefore(text, before.start, wide) : before;
  return word !== null && MULTIPLIER_WORD.test(word.text);
}

const CAPTION_NUMBER = /^1(?:\.000)*(?:,-)?\)?$/;
const CAPTION_SCALE = /^(?:mln|miljoen|mld|miljard)\.?\)?$/i;

/** The number of leading tokens that form a unit caption ("Bedragen x € 1.000", "(x € 1 mln)"), or 0. */
function captionEnd(text: string, toks: Token[]): number {
  for (let k = 1; k < toks.length && k < 8; k++) {
    if (!CAPTION_NUMBER.test(toks[k]!.text) || !isCaptionAmount(text, toks[k - 1]!, false)) continue;
    return k + 1 < toks.length && CAPTION_SCALE.test(toks[k + 1]!.text) ? k + 2 : k + 1;
  }
  return 0;
}

/** Drops dot leaders ("Lasten ........") from the end of a label. */
function stripLeader(label: string): string {
  let end = label.length;
  let leaderChars = 0;
  while (end > 0) {
    const c = label.charCodeAt(end - 1);
    if (c === 46 || c === 0x2026 || c === 95) leaderChars++;
    else if (c !== 32) break;
    end--;
  }
  return leaderChars >= 2 ? label.slice(0, end) : label;
}


/**
 * Splits a one-line header above `n` amount columns into cells: on runs of
 * two or more spaces when there are such runs, one word per column when the
 * words and columns agree, else after each year ("Begroting 2024 Raming
 * 2025"). Returns `[from, to)` ranges of the line.
 *
 * @example splitHeaderLine('Rekening 2022   Begroting 2023', 2) // [[0,13],[16,30]]
 */
export function splitHeaderLine(text: string, n: number): Array<[number, number]> {
  const toks = tokens(text);
  if (toks.length === 0) return [];
  const byGaps: Array<[number, number]> = [];
  let cur: [number, number] = [toks[0]!.start, toks[0]!.end];
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.start - cur[1] >= 2) {
      byGaps.push(cur);
      cur = [t.start, t.end];
    } else cur[1] = t.end;
  }
  byGaps.push(cur);
  if (byGaps.length > 1) return byGaps;
  // "Investeringen (x € 1.000) 2025 2026 2027": the caption heads the label column.
  const caption = captionEnd(text, toks);
  if (caption > 0 && caption < toks.length) {
    const restStart = toks[caption]!.start;
    const rest = splitHeaderLine(text.slice(restStart), n).map(([a, b]): [number, number] => [a + restStart, b + restStart]);
    return [[toks[0]!.start, toks[caption - 1]!.end], ...rest];
  }
  const years = toks.filter((t) => HEADER_YEAR_TOKEN.test(t.text)).length;
  const words = years === 0 ? capitalisedWords(text, toks) : null;
  if (words && words.length >= 2 && words.length <= n + 1) return words;
  if (toks.length === n || toks.length === n + 1) return toks.map((t) => [t.start, t.end]);
  if (years >= 2) {
    const out: Array<[number, number]> = [];
    let start = -1;
    for (const t of toks) {
      if (start < 0) start = t.start;
      if (HEADER_YEAR_TOKEN.test(t.text)) {
        out.push([start, t.end]);
        start = -1;
      }
    }
    const last = toks[toks.length - 1]!;
    if (start >= 0) out.push([start, last.end]);
    return splitLeadingDescriptor(text, toks, out.length === n ? splitWordsBeforeYears(text, toks, out) : out);
  }
  return [[toks[0]!.start, toks[toks.length - 1]!.end]];
}

/**
 * "Realisatie Begroting" over five year columns, "Laatste meting
 * Streefwaarde" over two: column words, each starting with a capital, its
 * lower-case continuation kept ("Laatste meting", "Begroting na wijziging").
 * Null unless every piece is a column or descriptor word.
 */
function capitalisedWords(text: string, toks: Token[]): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  for (const t of toks) {
    const c = t.text.charCodeAt(0);
    const lower = c >= 97 && c <= 122;
    if (lower && out.length > 0) out[out.length - 1]![1] = t.end;
    else if (lower) return null;
    else out.push([t.start, t.end]);
  }
  for (const [a, b] of out) {
    const word = text.slice(a, b);
    if (columnLabel(word) === null && descriptorRole(word) === null) return null;
  }
  return out;
}

/**
 * "Nr. Maatregel 2025 2026 2027" over three amount columns: when every cell
 * after the first is a bare year and the header is one cell short, the first
 * cell's year is a column like the others, and the words before it head the
 * label column, unless one of them is a column word that
 * the year qualifies ("Primitieve begroting 2024 2025 2026" keeps
 * "Primitieve begroting 2024").
 */
function splitWordsBeforeYears(text: string, toks: Token[], cells: Array<[number, number]>): Array<[number, number]> {
  const [from, to] = cells[0]!;
  if (!cells.slice(1).every(([a, b]) => HEADER_YEAR_TOKEN.test(text.slice(a, b)))) return cells;
  const inFirst = toks.filter((t) => t.start >= from && t.end <= to);
  if (inFirst.length < 2) return cells;
  const year = inFirst[inFirst.length - 1]!;
  const words = text.slice(from, inFirst[inFirst.length - 2]!.end);
  if (hasYear(words) || words.split(/\s+/).some((w) => columnLabel(w) !== null)) return cells;
  return [[from, inFirst[inFirst.length - 2]!.end], [year.start, year.end], ...cells.slice(1)];
}

/**
 * "Indicator Realisatie 2022 | Realisatie 2023": the name column's header word
 * went into the first year cell. A leading descriptor word ("Indicator",
 * "Omschrijving", "Nr") before a column word becomes a cell of its own.
 */
function splitLeadingDescriptor(text: string, toks: Token[], cells: Array<[number, number]>): Array<[number, number]> {
  const [from, to] = cells[0]!;
  const inFirst = toks.filter((t) => t.start >= from && t.end <= to);
  for (let k = 1; k < inFirst.length - 1; k++) {
    const head = text.slice(from, inFirst[k - 1]!.end);
    const rest = text.slice(inFirst[k]!.start, to);
    if (descriptorRole(head) !== null && columnLabel(head) === null && columnLabel(rest) !== null) {
      return [[from, inFirst[k - 1]!.end], [inFirst[k]!.start, to], ...cells.slice(1)];
    }
  }
  return cells;
}

/** Cheap first test: an amount row ends in a digit, a sign, a bracket, a marker or a nil word. */
function endsLikeAmount(text: string): boolean {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  if (end === 0) return false;
  const c = text.charCodeAt(end - 1);
  // 0-9 ) - % * ¹²³ – —
  if ((c >= 48 && c <= 57) || c === 41 || c === 45 || c === 37 || c === 42 || c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2013 || c === 0x2014) return true;
  // A marker is one character, a nil word at most NIL_MAX: a longer last word (most lines end in one) is not cut out.
  const start = text.lastIndexOf(' ', end - 1) + 1;
  if (end - start > NIL_MAX) return false;
  const last = text.slice(start, end);
  return isMarker(last) || isNil(last);
}
