/**
 * The unit an indicator's name states, for a table that gives none (no
 * Eenheid column or field, no unit on its values):
 *
 *   "Werkloze jongeren (%)"                          → "%"
 *   "% werkloze jongeren", "Percentage sporters"     → "%"
 *   "Banen: aantal per 1.000 inwoners 15-64 jaar"    → "aantal per 1.000 inwoners 15-64 jaar"
 *   "Bijstandsuitkeringen per 10.000 inwoners"        → "per 10.000 inwoners"
 *
 * A rate counts as a unit only at the end of the name: "Inwoners per 1.000
 * met een lopende voorziening" says more than a unit, and gets none.
 */
import { memo } from './memo.js';

/** A unit in brackets at the end of the name. */
const BRACKETED = /\(\s*(%|€|in %|in €|x € 1\.000|km|fte|ha|kg)\s*\)\s*$/i;
/** "% …" or "Percentage …" at the start: the name is a share. */
const SHARE_FIRST = /^(?:%\s|percentage\s)/i;
/** After a colon, the unit written out: "aantal per 1.000 inwoners 15-64 jaar", "% van de inwoners". */
const AFTER_COLON = /:\s*((?:aantal|percentage|%|fte|kg|€|bedrag in €)(?:\s+\S+)*)\s*$/i;
const TRAILING_NOTE = /\s*\([^)]*\)$/;
/** A rate at the end: "per 1.000 inwoners", "per 10.000 jongeren van 12 t/m 21 jaar". */
const RATE_AT_END = /\s(per\s+(?:\d{1,3}(?:\.\d{3})+|\d{2,6})\s+[a-zà-ÿ]+(?:\s+(?:van\s+)?\d{1,2}\s*(?:-|t\/m|tot)\s*\d{1,2}(?:\s+jaar)?)?)\s*$/i;

function unitFromNameUncached(name: string): string | null {
  const n = name.trim();
  const bracketed = BRACKETED.exec(n);
  if (bracketed) return bracketed[1]!.replace(/^in\s+/i, '');
  const colon = AFTER_COLON.exec(n);
  // "… 12 - 17 jaar (BBV)": a note in brackets after the unit is no part of it.
  if (colon) return colon[1]!.replace(TRAILING_NOTE, '');
  const rate = RATE_AT_END.exec(n);
  if (rate) return rate[1]!;
  return SHARE_FIRST.test(n) ? '%' : null;
}

/**
 * The unit an indicator's name states, or null (see the module comment).
 * @example unitFromName('Werkloze jongeren (%)') // '%'
 * @example unitFromName('Banen: aantal per 1.000 inwoners 15-64 jaar') // 'aantal per 1.000 inwoners 15-64 jaar'
 * @example unitFromName('Banen') // null
 */
export const unitFromName: (name: string) => string | null = memo(unitFromNameUncached);
