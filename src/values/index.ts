/**
 * Dutch numbers, units, qualifiers and not-available markers (see the
 * contract's "Dutch numbers").
 */
import { YEAR } from '../vocabulary/years.js';

export { isYear, yearsIn } from '../vocabulary/years.js';
export { parseMultiplier } from '../vocabulary/captions.js';

// Every field is set when the object is made, the optional ones to undefined:
// objects of one shape keep the hot recognisers' optimised code valid, where
// fields added later give each combination its own shape and deoptimise them.
export interface ParsedValue {
  raw: string;
  value: number | null;
  unit: string | null;
  missing: string | null;
  qualifier: string | null;
  ratio?: number[] | undefined;
  range?: [number, number] | undefined;
  measuredYear?: number | null | undefined;
  footnote?: string | null | undefined;
}
export interface ParsedAmount {
  raw: string;
  value: number | null;
  marker: 'V' | 'N' | null;
  missing: string | null;
  footnote?: string | null | undefined;
}

const MISSING: ReadonlyArray<readonly [RegExp, string]> = [
  [/^n\.?\s?n\.?\s?b\.?\*?$/i, 'nnb'],
  [/^n\.?\s?b\.?\*?$/i, 'nb'],
  [/^n\.?\s?v\.?\s?t\.?\*?$/i, 'nvt'],
  // "n.t.b.": nog te bepalen, a figure not yet known ("Inhuur (aantal FTE) | 175 | 188 | n.t.b.").
  [/^n\.?\s?t\.?\s?b\.?\*?$/i, 'ntb'],
  [/^x$/i, 'x'],
  [/^[-–—]$/, '-'],
  [/^\.$/, '.'],
  [/^#$/, '#'],
  [/^-?p\.?m\.?$/i, 'pm'],
  [/^niet beschikbaar$/i, 'niet-beschikbaar'],
  [/^zie toelichting$/i, 'zie-toelichting'],
  [/^nog in te vullen$/i, 'nog-in-te-vullen'],
  [/^geen (?:gegevens|data)$/i, 'geen-gegevens'],
  [/^(?:geen meting|niet gemeten)$/i, 'geen-meting'],
  [/^hier wordt niet op gestuurd$/i, 'niet-gestuurd'],
  [/^onbekend$/i, 'onbekend'],
];

/**
 * The characters a marker of MISSING opens with, as far as ASCII ("n.v.t.",
 * "x", "-", ".", "#", "p.m.", "zie toelichting", "geen gegevens", "hier …",
 * "onbekend"), and the digits: a new marker adds its first character here.
 */
const VALUE_OPENERS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (const c of 'nNxX-.#pPzZgGhHoO0123456789') table[c.charCodeAt(0)] = 1;
  return table;
})();

/**
 * Quick test before `isValueLike`: false only for a text that can be no
 * value, one without a digit whose first character is ASCII, no space and
 * opens no marker ("Sportbeleid", "Totaal lasten"). Tables ask about every
 * label cell; this spares them hashing each fresh text for the cache. A text
 * that starts with a space or beyond ASCII is left to the full test.
 * @example mayBeValueLike('Sportbeleid') // false
 * @example mayBeValueLike('nvt') // true
 */
export function mayBeValueLike(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c > 32 && c < 128) || VALUE_OPENERS[c] === 1) return true;
  for (let i = 1; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d >= 48 && d <= 57) return true;
  }
  return false;
}

/**
 * Any of the MISSING patterns, in one: asked of every cell and heading-like line, most of which are no marker, it
 * answers for them in one test instead of one per marker (the `i` flag changes none of the patterns without it).
 */
const ANY_MISSING = new RegExp(MISSING.map(([re]) => `(?:${re.source})`).join('|'), 'i');

/** The canonical not-available marker of a cell, or null. */
export function missingMarker(raw: string): string | null {
  const t = raw.trim();
  if (t === '') return 'empty';
  if (t.length > 40 || !ANY_MISSING.test(t)) return null;
  for (const [re, name] of MISSING) if (re.test(t)) return name;
  return null;
}

const UNITS = /^(%|‰|dagen|dag|werkdagen|weken|week|maanden|maand|jaar|jaren|uur|uren|minuten|min\.?|km|m2|m²|m3|ha|fte|euro|€|inwoners|leerlingen|woningen|personen|jongeren|keer|x|punten|cijfer)$/i;
const QUALIFIERS = /^(gemiddeld|binnen|circa|ca\.|ongeveer|minimaal|maximaal|min\.|max\.|ruim|bijna|meer dan|minder dan|ten minste|tenminste|hooguit|vanaf|tot|<=|>=|<|>|≤|≥|±|~)\s*/i;
const SCALE: Record<string, number> = { mln: 1e6, miljoen: 1e6, mld: 1e9, miljard: 1e9, dzd: 1e3, duizend: 1e3 };

/**
 * A Dutch number: "2.762" → 2762, "0,78" → 0.78, "(2.730)" → -2730,
 * "4.977-" → -4977, "1.5" → 1.5 (a point not followed by three digits is a
 * decimal point). Returns null for anything else.
 */
export function dutchNumber(text: string): number | null {
  let t = text.replace(/\s+/g, '');
  if (t === '' || t.length > 40) return null;
  let negative = false;
  if (t.startsWith('(') && t.endsWith(')')) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-/-')) {
    negative = true;
    t = t.slice(3);
  } else if (t.startsWith('+/+')) t = t.slice(3);
  if (/^[-−–]/.test(t)) {
    negative = !negative;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (t.endsWith('-') && !t.endsWith(',-')) {
    negative = !negative;
    t = t.slice(0, -1);
  }
  if (t.endsWith(',-')) t = t.slice(0, -2);
  let n: number;
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t)) n = Number(t.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+(?:,\d+)?$/.test(t)) n = Number(t.replace(',', '.'));
  else if (/^\d+\.\d+$/.test(t)) n = Number(t);
  else if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(t)) n = Number(t.replace(/,/g, ''));
  else return null;
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

const FOOTNOTE = /\s*([¹²³⁴⁵*]+)$/;
/** A remark in words in brackets after a value: "12.460 (plus 65)", "80 (landelijk)". */
const REMARK_AFTER = /\s+\((?=[^()]*[A-Za-zÀ-ÿ]{2})[^()]{1,30}\)$/;
const YEAR_AFTER = new RegExp(`\\s*\\((${YEAR})\\)$`);

/**
 * Parses an indicator cell.
 * @example parseValue('gemiddeld 19,8 dagen') // { value: 19.8, unit: 'dagen', qualifier: 'gemiddeld', … }
 */
export function parseValue(input: string): ParsedValue {
  const raw = input.trim();
  // Most cells are a plain number ("2.180", "12,5", "-3", "85%"): read as the full parse reads them, at once.
  const plain = raw.length <= 40 ? PLAIN_VALUE.exec(raw) : null;
  if (plain) {
    const n = Number(plain[1]!.replace(/\./g, '').replace(',', '.'));
    return { raw, value: n, unit: plain[2] ? '%' : null, missing: null, qualifier: null, ratio: undefined, range: undefined, measuredYear: undefined, footnote: undefined };
  }
  return parseValueInFull(raw);
}

/** A plain Dutch number, thousands grouped by points or not, with an optional decimal comma and percent sign. */
const PLAIN_VALUE = /^(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)(%?)$/;

/**
 * Whether a cell is a plain Dutch number as `parseValue` reads it at once
 * ("2.180", "12,5", "-3", "85%"): such a cell is value-like whatever else is
 * asked of it. A cell with space around it is not taken here (its trimmed
 * text may be one); the full test answers for it.
 * @example isPlainValue('1.840') // true
 * @example isPlainValue('n.v.t.') // false
 */
export function isPlainValue(text: string): boolean {
  return text.length <= 40 && PLAIN_VALUE.test(text);
}

/** A Dutch number as a range bound: "1.000", "12,5", "75". */
const BOUND = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** "1,4 < x < 2,0", "10-15", "75%-80%", "1.000 – 1.200". */
const RANGE = new RegExp(String.raw`^(\d+(?:,\d+)?)\s*[<≤]\s*x\s*[<≤]\s*(\d+(?:,\d+)?)$|^(${BOUND})\s*(%?)\s*[-–]\s*(${BOUND})\s*(%?)$`);
/** A sign written out before the number: "-/- 2,1%", "+/+ 400". */
const SPELLED_SIGN = /^([-+])\/\1\s*(?=[\d€(])/;
/** A negative value in brackets with its unit: "(0,6%)", "(€ 1.200)". */
const BRACKETED = /^\(([^()]+)\)$/;
/** A percent sign, possibly with a word: "%", "%-punt", "% pt." — not "%-80%". */
const PERCENT_WORD = /^%(?:\s*-?[a-zà-ÿ][a-zà-ÿ.]*)?$/i;

/**
 * `parseValue` without its fast path for plain numbers; exported for the
 * property test that holds the fast path to it.
 */
export function parseValueInFull(input: string): ParsedValue {
  const raw = input.trim();
  const out: ParsedValue = { raw, value: null, unit: null, missing: null, qualifier: null, ratio: undefined, range: undefined, measuredYear: undefined, footnote: undefined };
  if (raw.length > 200) return out;
  const { text: t0, footnote } = withoutFootnote(raw);
  let t = t0;
  if (footnote !== null) out.footnote = footnote;
  const miss = missingMarker(t);
  if (miss) {
    out.missing = miss;
    return out;
  }
  // "12.460 (plus 65)": a remark in brackets after the value explains it; it stays in raw.
  const remark = REMARK_AFTER.exec(t);
  if (remark && DIGIT.test(t.slice(0, t.length - remark[0].length))) t = t.slice(0, t.length - remark[0].length);
  const yr = YEAR_AFTER.exec(t);
  if (yr && t.length > yr[0].length) {
    out.measuredYear = Number(yr[1]);
    t = t.slice(0, t.length - yr[0].length);
  }
  const ratio = /^(\d+(?:,\d+)?)\s*(%?)\s*\/\s*(\d+(?:,\d+)?)\s*(%?)$/.exec(t);
  if (ratio) {
    out.ratio = [Number(ratio[1]!.replace(',', '.')), Number(ratio[3]!.replace(',', '.'))];
    out.unit = ratio[2] || ratio[4] ? '%' : null;
    return out;
  }
  const range = RANGE.exec(t);
  if (range) {
    const a = range[1] ?? range[3]!;
    const b = range[2] ?? range[5]!;
    out.range = [dutchNumber(a)!, dutchNumber(b)!];
    out.qualifier = 'range';
    if (range[4] || range[6]) out.unit = '%';
    return out;
  }
  const q = QUALIFIERS.exec(t);
  if (q) {
    out.qualifier = q[1]!.toLowerCase();
    t = t.slice(q[0].length);
  }
  // "-/- 2,1%" and "(0,6%)": the sign or the brackets go round the number with its unit.
  let negative = false;
  const sign = SPELLED_SIGN.exec(t);
  if (sign) {
    negative = sign[1] === '-';
    t = t.slice(sign[0].length);
  }
  const bracketed = BRACKETED.exec(t);
  if (bracketed) {
    negative = !negative;
    t = bracketed[1]!.trim();
  }
  let unit: string | null = null;
  if (t.startsWith('€')) {
    unit = '€';
    t = t.slice(1).trim();
  }
  const m = /^([-−–+(]?[\d.,]+\)?-?(?:,-)?)\s*(.*)$/.exec(t);
  if (!m) {
    out.qualifier = null;
    return out;
  }
  let value = dutchNumber(m[1]!);
  if (value === null) {
    out.qualifier = null;
    return out;
  }
  let rest = m[2]!.trim();
  const scale = /^(mln|miljoen|mld|miljard)\b\.?\s*(.*)$/i.exec(rest);
  if (scale) {
    value *= SCALE[scale[1]!.toLowerCase()]!;
    rest = scale[2]!.trim();
  }
  if (rest !== '') {
    if (/^(euro|€)$/i.test(rest)) unit = '€';
    else if (UNITS.test(rest) || /^per \S+(?: \S+){0,2}$/i.test(rest) || PERCENT_WORD.test(rest)) unit = rest.startsWith('%') ? '%' : rest;
    else {
      out.qualifier = null;
      return out;
    }
  }
  out.value = negative ? -value : value;
  out.unit = unit;
  return out;
}

/** A cell's text and its footnote mark ("12,5¹", "nvt*"), the mark taken off. */
function withoutFootnote(text: string): { text: string; footnote: string | null } {
  const fn = FOOTNOTE.exec(text);
  if (fn && text.length > fn[0].length) return { text: text.slice(0, text.length - fn[0].length), footnote: fn[1]! };
  return { text, footnote: null };
}

const DIGIT = /\d/;

/**
 * The characters a value, a ratio, a range, a qualifier ("circa", "<") or a marker ("nvt", "x", "-") starts with:
 * what the patterns of `parseValueInFull` and MISSING are anchored on. A text that starts otherwise (most headings
 * and labels) is none, and is answered without them.
 */
const VALUE_START = /^[\d.,\-−–—+(€#<>≤≥±~bcghmnoprtvxz]/i;

/** True when a cell is a value, a ratio, a range or a not-available marker. */
export function isValueLike(raw: string): boolean {
  if (!VALUE_START.test(raw.trim())) return false;
  // Every value, ratio and range has a digit; without one only a marker ("nvt", "x", "-") is left to look for.
  if (!DIGIT.test(raw)) {
    const t = raw.trim();
    if (t.length > 200) return false;
    const marker = missingMarker(withoutFootnote(t).text);
    return marker !== null && marker !== 'empty';
  }
  const p = parseValue(raw);
  return p.value !== null || (p.missing !== null && p.missing !== 'empty') || p.ratio !== undefined || p.range !== undefined;
}

const PLAIN_AMOUNT = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)$/;

/** Digits a double holds exactly whatever they are (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/**
 * The digits of a plain amount read as one whole number, its sign and group
 * points passed over ("-1.204" → 1204), or null when it has more digits than
 * `EXACT_DIGITS`.
 */
function plainDigits(raw: string): number | null {
  let n = 0;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      digits++;
    }
  }
  return digits <= EXACT_DIGITS ? n : null;
}

/**
 * Whether a text opens with a digit or a minus and ends in a digit, as every plain amount does (PLAIN_AMOUNT and
 * PLAIN_DECIMAL): a budget row asks `plainAmount` of a cell and then `parseAmount`, which asks it again, so most
 * cells that are none ("", "-", "x", "N 31", "12%", "4.977-") are answered here without the two patterns.
 * @example hasPlainShape('-24,9') // true
 * @example hasPlainShape('4.977-') // false
 */
function hasPlainShape(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return (first === 45 || (first >= 48 && first <= 57)) && last >= 48 && last <= 57;
}

/**
 * The amount of a plain amount cell ("8.412", "-1.204", "516"), as `parseAmount` reads it, without the result
 * object; null for any other text, a cell with space around it included (ask `parseAmount` then). A table reader
 * asks this of every amount cell first: most are plain, and a result object per cell showed in the allocation profile.
 * @example plainAmount('-1.204') // -1204
 * @example plainAmount('N 31') // null
 */
export function plainAmount(text: string): number | null {
  if (!hasPlainShape(text)) return null;
  if (!PLAIN_AMOUNT.test(text)) return plainDecimalAmount(text);
  // Read digit by digit (no string built without its points and parsed again); an amount of more digits than a
  // double holds exactly is read by Number, which rounds it. Only a grouped amount has points to take out.
  const n = plainDigits(text) ?? Number(text.includes('.') ? text.replace(/\./g, '') : text);
  return text.charCodeAt(0) === 45 ? -Math.abs(n) : n;
}

/** A plain amount with a decimal comma: "92,8", "-24,9", "1.204,25". */
const PLAIN_DECIMAL = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+),\d+$/;

/**
 * A plain amount with a decimal comma ("-24,9") as `dutchNumber` reads it (a table in tenths has nothing else), or
 * null. Longer texts than `dutchNumber` reads are left to it.
 */
function plainDecimalAmount(text: string): number | null {
  if (text.length > 40 || !PLAIN_DECIMAL.test(text)) return null;
  const negative = text.charCodeAt(0) === 45;
  const n = Number((negative ? text.slice(1) : text).replace(/\./g, '').replace(',', '.'));
  return negative ? -n : n;
}

/**
 * Parses a budget cell: signs in every convention, V/N markers that never
 * change the sign, a lone dash as nil.
 * @example parseAmount('N 31.393') // { value: 31393, marker: 'N', … }
 */
export function parseAmount(input: string): ParsedAmount {
  const raw = input.trim();
  const out: ParsedAmount = { raw, value: null, marker: null, missing: null, footnote: undefined };
  // Most cells are a plain amount ("8.412", "-1.204", "516"): read as dutchNumber reads them, at once.
  const plain = plainAmount(raw);
  if (plain !== null) {
    out.value = plain;
    return out;
  }
  if (raw === '') {
    out.missing = 'empty';
    return out;
  }
  if (raw.length > 60) return out;
  const stripped = withoutFootnote(raw);
  let t = stripped.text.trim();
  if (stripped.footnote !== null) out.footnote = stripped.footnote;
  if (/^[-–—]$/.test(t)) {
    out.value = 0;
    return out;
  }
  const pre = /^([VN])\s*(?=[\d(€-])/.exec(t);
  if (pre) {
    out.marker = pre[1] as 'V' | 'N';
    t = t.slice(pre[0].length);
  }
  const post = /\s*([VN])$/.exec(t);
  if (post && t.length > post[0].length) {
    out.marker = post[1] as 'V' | 'N';
    t = t.slice(0, t.length - post[0].length);
  } else if (/^[VNvn]$/.test(t)) {
    out.marker = t.toUpperCase() as 'V' | 'N';
    return out;
  }
  t = t.replace(/^€\s*/, '').replace(/^([-−–(])\s*€\s*/, '$1');
  const miss = missingMarker(t);
  if (miss) {
    out.missing = miss;
    return out;
  }
  out.value = dutchNumber(t);
  return out;
}

