/**
 * Column words of indicator and budget tables, reduced to the vocabulary of
 * the contract. The exported lookups are memoised: tables ask about the
 * same few words many times.
 */
import { memo } from './memo.js';
import { firstMatch } from './first-match.js';
import { findMunicipality } from './municipalities.js';
import { hasYear, YEAR } from './years.js';
import { UNIT_COLUMN } from './card-fields.js';
import { STATUS } from './status-words.js';

/** Years (with their stars) at the end of a column word: "Begroting 2024 2025*". */
const TRAILING_YEARS = new RegExp(`\\s*(?:\\b${YEAR}\\b\\*?\\s*)+$`);

/**
 * A column word as the lookups below read it: lower case, single spaces, no
 * trailing years or marks ("Begroting 2024*:" → "begroting"). Memoised on its
 * own: each lookup's first question about a word (is it a label, a role, a
 * budget column, a row kind?) would otherwise make the same key again.
 */
const key: (word: string) => string = memo((word) => word.toLowerCase().replace(/\s+/g, ' ').replace(TRAILING_YEARS, '').replace(/[:*]+$/, '').trim());

const LABELS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:realisatie|reali-?|realisa-?|werkelijk|rekening|uitkomst|gerealiseerd|resultaat|actueel|stand|score|meting)$/, 'realisatie'],
  [/^(?:begroting|begroot|begr\.?|begro-?)$/, 'begroting'],
  [/^(?:raming|geraamd|meerjarenraming|ramingen)$/, 'raming'],
  [/^(?:streefwaarde|streef-?|streefcijfers?|streefwaarden|norm|ambitie|target|streven)$/, 'streefwaarde'],
  [/^(?:doel|doel-|doelstelling|doelwaarde|doelen)$/, 'doel'],
  [/^(?:nulmeting|nul-?|0-meting|0-waarde|nulwaarde|uitgangssituatie|uitgangswaarde|basiswaarde|startwaarde|basis)$/, 'nulmeting'],
  [/^(?:prognose|verwachting|verwacht|verwachte realisatie)$/, 'prognose'],
  [/^(?:laatste meting|laatst gemeten|laatste|meest recente meting)$/, 'laatste meting'],
  [/^peildatum$/, 'peildatum'],
];

/** Labels of a planned value, which may follow "Doel" in one column word ("Doel begroting"). */
const PLANNED: ReadonlySet<string> = new Set(['begroting', 'streefwaarde', 'raming']);

/** The label the first wording of LABELS that fits names; the same among all but Doel; whether a word is a Realisatie wording. */
const labelOf = firstMatch(LABELS);
const labelOtherThanDoel = firstMatch(LABELS.filter(([, label]) => label !== 'doel'));
const realisatieOf = firstMatch(LABELS.filter(([, label]) => label === 'realisatie'));

/** The canonical observation label of a header word, or null. */
function columnLabelUncached(word: string): string | null {
  const k = key(word);
  if (k === '' || k.length > 40) return null;
  const whole = labelOf(k);
  if (whole !== null) return whole;
  const words = k.split(' ');
  const first = words[0]!;
  if (first !== k) {
    const opening = labelOtherThanDoel(first);
    if (opening !== null) return opening;
  }
  // "Doel begroting 2022": the target as the budget set it; a lone "Doel …" may be a description column.
  if (first === 'doel' && PLANNED.has(columnLabelUncached(k.slice(first.length)) ?? '')) return 'doel';
  // "Laatst bekende realisatie", "Voorgaande laatst bekende realisatie": the last word names what the column holds
  // ("Doel realisatie" says neither which: no column word).
  const last = words[words.length - 1]!;
  if (last !== k && first !== 'doel' && /^[a-z]/.test(last)) return realisatieOf(last);
  return null;
}
export const columnLabel: (word: string) => string | null = memo(columnLabelUncached);

export type DescriptorRole = 'id' | 'name' | 'source' | 'unit' | 'period' | 'note' | 'progress' | 'benchmark';

const ROLES: ReadonlyArray<readonly [RegExp, DescriptorRole]> = [
  [/^(?:nr\.?|nummer|no\.?|doel|code|indicator ?nr\.?|id|#)$/, 'id'],
  [/^(?:omschrijving|indicator|indicatoren|naam|prestatie|prestaties|beschrijving|kengetal|kengetallen|effectindicator|prestatie-?indicator|beleidsindicator|maatstaf|activiteit|onderwerp)(?: (?:prestatie|indicator|effect|van de indicator|activiteit))?$/, 'name'],
  [/^bron(?:nen)?$/, 'source'],
  [UNIT_COLUMN, 'unit'],
  [/^(?:periode|jaar|meetjaar|meet|jaar waarop cijfer betrekking heeft|peiljaar)$/, 'period'],
  [/^(?:toelichting|details|opmerking|opmerkingen|toel\.?)$/, 'note'],
  [new RegExp(`^${STATUS}$`), 'progress'],
  [/^(?:nederland|landelijk|vergelijkend cijfer|benchmark|regio|provincie|gemeenten? \S+|grootteklasse)$/, 'benchmark'],
];

/** The role the first wording of ROLES that fits names. */
const roleOf = firstMatch(ROLES);

/** The role of a non-value column header, or null. */
function descriptorRoleUncached(word: string): DescriptorRole | null {
  const k = key(word);
  if (k === '' || k.length > 60) return null;
  return roleOf(k);
}
export const descriptorRole: (word: string) => DescriptorRole | null = memo(descriptorRoleUncached);

/** The series named by a comparison row label, or null. */
function seriesOfUncached(word: string): string | null {
  const k = key(word);
  if (/^(?:gemeente|eigen gemeente)$/.test(k)) return 'gemeente';
  if (/^provincie$/.test(k)) return 'provincie';
  if (/^(?:nederland|landelijk|land)$/.test(k)) return 'nederland';
  if (/^regio$/.test(k)) return 'regio';
  if (/^(?:gemeenten \S+|grootteklasse.*)$/.test(k)) return 'grootteklasse';
  return null;
}
export const seriesOf: (word: string) => string | null = memo(seriesOfUncached);

/**
 * The series a value column's header names: a comparison word ("Nederland",
 * "Provincie", "Regio"), or the municipality itself, by its name ("Lochem",
 * "Gemeente Lochem") or as "Gemeente"; else null.
 * @example seriesColumn('Lochem') // 'gemeente'
 * @example seriesColumn('Realisatie') // null
 */
function seriesColumnUncached(header: string): string | null {
  const own = seriesOf(header);
  if (own !== null) return own;
  const name = header.trim().replace(/^gemeente\s+/i, '');
  return findMunicipality(name) !== null ? 'gemeente' : null;
}
export const seriesColumn: (header: string) => string | null = memo(seriesColumnUncached);

/**
 * Header words of a code column in an amount table: row numbers, taakveld and
 * product codes ("Nr", "Taakveld", "Productcode", "Kostenplaats").
 */
const CODE_COLUMN = /^(?:nr\.?|nummer|no\.?|volgnr\.?|volgnummer|code|id|#|taakveld(?:en|nummer|code)?|product(?:en|nummer|code|nr\.?)?|kostenplaats|kostendrager|grootboek(?:nummer)?)$/;

/** True when a header word names a column of codes, e.g. "Nr" or "Taakveld". */
export function isCodeColumnWord(word: string): boolean {
  return CODE_COLUMN.test(key(word));
}

/**
 * Column words of reserves and voorzieningen tables: the balance at a date and
 * its mutations ("Saldo 1-1-2021", "Stand per 31 december", "Vermeerdering",
 * "Aanwending", "Vrijval").
 */
const BALANCE_COLUMN = /^(?:(?:saldo|stand|boekwaarde)(?: per| op)? (?:\d{1,2}[-/ ]\d{1,2}|\d{1,2} (?:januari|december)|(?:begin|eind|einde) )|(?:begin|eind)saldo|(?:boekwaarde|saldo) (?:begin|eind)|(?:toevoeging|onttrekking|vermeerdering|vermindering|aanwending|storting|dotatie|besteding|rentetoevoeging)(?:en|s)?$|vrijval(?:len)?$)/;

/** True when a header word names a balance or mutation column, e.g. "Saldo 1-1-2021" or "Vrijval". */
export const isBalanceColumnWord: (word: string) => boolean = memo((word) => BALANCE_COLUMN.test(word.toLowerCase().replace(/\s+/g, ' ').trim()));

/** A sign legend in a header ("+ is voordeel", "- = nadelig"): the column holds amounts for or against the budget. */
const SIGN_LEGEND = /(?:^|[\s(])[+\-−]\s*(?:=|is)\s*(?:voordeel|nadeel|voordelig|nadelig)\b/i;

/**
 * True when a header cell states which sign is voordeel and which nadeel.
 * @example isSignLegend('Bedrag + is voordeel - is nadeel') // true
 */
export function isSignLegend(text: string): boolean {
  return SIGN_LEGEND.test(text);
}

export type BudgetColumnKind = 'begroting-primitief' | 'wijziging' | 'begroting-gewijzigd' | 'realisatie' | 'verschil' | 'raming' | 'begroting';

/** The kind of a budget column label, or null. */
function budgetColumnKindUncached(label: string): BudgetColumnKind | null {
  const k = key(label);
  if (/primitie|primair|oorspronkelijk/.test(k)) return 'begroting-primitief';
  if (/na wijziging|gewijzigd|bijgesteld|actuele? begroting|begroting .*actueel|begroting incl/.test(k)) return 'begroting-gewijzigd';
  if (/^(?:begrotings-?\s?wijziging(?:en)?|wijziging(?:en)?|mutatie(?:s)?|begrotingswijziging)$/.test(k)) return 'wijziging';
  if (/^(?:realisatie|rekening|werkelijk|jaarrekening)\b/.test(k)) return 'realisatie';
  if (/^(?:verschil|afwijking|voor-? ?\/? ?nadeel|saldo verschil)/.test(k)) return 'verschil';
  if (/^(?:raming|meerjarenraming)\b/.test(k)) return 'raming';
  if (/^begroting\b/.test(k)) return 'begroting';
  return null;
}
export const budgetColumnKind: (word: string) => BudgetColumnKind | null = memo(budgetColumnKindUncached);

export type BudgetRowKindName = 'lasten' | 'baten' | 'saldo' | 'toevoeging' | 'onttrekking' | 'resultaat';

/** The wordings of each budget row kind, after a leading "Totaal" ("Saldo van baten en lasten" is a saldo, "Uitgaven" lasten). */
const ROW_KINDS: ReadonlyArray<readonly [RegExp, BudgetRowKindName]> = [
  [/^(?:saldo (?:van )?(?:de )?(?:lasten en baten|baten en lasten)|saldo rekening baten en lasten|saldo|totaal saldo)\b/, 'saldo'],
  [/^(?:lasten|uitgaven)\b/, 'lasten'],
  [/^(?:baten|inkomsten|opbrengsten)\b/, 'baten'],
  [/^(?:toevoeging(?:en)?|storting(?:en)?|dotatie(?:s)?)\b/, 'toevoeging'],
  [/^(?:onttrekking(?:en)?|putting(?:en)?)\b/, 'onttrekking'],
  [/^(?:(?:geraamd|gerealiseerd) )?resultaat\b/, 'resultaat'],
];
const rowKindOf = firstMatch(ROW_KINDS);

/** The kind of a budget row label (and whether it is a total), or null. */
function budgetRowKindUncached(label: string): { kind: BudgetRowKindName; total: boolean } | null {
  let k = key(label);
  let total = false;
  if (/^totaal\b/.test(k)) {
    total = true;
    k = k.replace(/^totaal\s*/, '');
  }
  const kind = rowKindOf(k);
  if (kind !== null) return { kind, total };
  // A bare "Totaal" is the table's saldo.
  if (total && k === '') return { kind: 'saldo', total };
  return null;
}
const budgetRowKindCached = memo(budgetRowKindUncached);

/**
 * A cell that starts with a digit or a sign ("2.762", "-1.204", "(12)", "+5") names no row kind: every kind
 * starts with a word. Tables ask this of every amount cell; the pre-test spares them the cache lookup.
 */
function startsLikeAmount(text: string): boolean {
  // Asked first: charCodeAt(0) of "" reads out of bounds, which deoptimised this once the first empty cell came.
  if (text === '') return false;
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 40 || c === 43;
}

export const budgetRowKind = (word: string): { kind: BudgetRowKindName; total: boolean } | null =>
  startsLikeAmount(word) ? null : budgetRowKindCached(word);

/** True when a row label names a total: "Totaal", "Totaal programma 2", "Subtotaal lasten". */
export function isTotalLabel(label: string): boolean {
  return TOTAL.test(label);
}

const TOTAL = /^\s*(?:sub)?totaal\b/i;

/** A column word ("Lasten", "Begroting") or a year: what stands over a column of amounts, not over the labels. */
export function headsAColumn(text: string): boolean {
  const t = text.trim();
  return t !== '' && (hasYear(t) || columnLabel(t) !== null || budgetRowKind(t) !== null);
}
