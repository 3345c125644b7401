/**
 * The kind of one linearised table cell, read from the cell alone: the
 * evidence grid inference weighs. Whether a code-shaped cell is a row code
 * or an amount depends on its neighbours and is decided by the row reader.
 *
 *   "Bedragen x € 1.000" → caption   "2024" → year   "V" → marker
 *   "1.840", "-24", "48%", "n.v.t.", "-" → value     "Sportbeleid" → text
 */
import { isYear } from '../../values/index.js';
import { isCaptionLine } from '../../vocabulary/captions.js';
import { valueLike } from '../../values/value-like.js';
import { isIdLike } from '../cell-runs.js';

export type CellClass = 'caption' | 'year' | 'marker' | 'value' | 'text';

/** See the module comment. */
export function classifyCell(text: string): CellClass {
  const t = text.trim();
  if (isYear(t) !== null) return 'year';
  if (t === 'V' || t === 'N') return 'marker';
  if (valueLike(t)) return 'value';
  if (isCaptionLine(t)) return 'caption';
  return 'text';
}

/**
 * A cell that may be a row's code when a label follows it: "4.2", "0.61",
 * "31-2-1-4", "3A", "P1", "12", or "-" standing for no number.
 */
export function isCodeShaped(text: string): boolean {
  const t = text.trim();
  return t === '-' || isIdLike(t);
}

/** A header cell that names the V/N marker column ("V/N", "Voordeel/Nadeel"). */
export function isMarkerHeader(text: string): boolean {
  return /^(?:v\s*\/\s*n|n\s*\/\s*v|voordeel\s*\/\s*nadeel|nadeel\s*\/\s*voordeel)\*?$/i.test(text.trim());
}
