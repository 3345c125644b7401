/**
 * Headings that give a part of a programme its role: the BBV W-questions in
 * their many wordings (DOMAIN.md §1.2, LAYOUTS.md "Headings"), indicator
 * blocks, verbonden partijen, ontwikkelingen. Matched against a heading that
 * is lower-cased, stripped of its outline number, its final "?" / ":" and of
 * a trailing year ("in 2023", "(2023)").
 */
import type { IndicatorKind, SectionRole } from '../schema/report.js';
import { memo } from './memo.js';
import { anchoredWithoutFlags, firstMatch } from './first-match.js';
import { YEAR } from './years.js';

/** Who the W-question asks about: "Wat gaan we …", "Wat gaat de gemeente …", "Wat heeft het college …". */
const WE = '(?:we|wij|de gemeente|het college|het gemeentebestuur)';
/** What a cost question asks about: "Wat mag het kosten?", "Wat heeft het programma gekost?". */
const IT = '(?:het|dit|dat)(?: programma)?';
const w = (source: string): RegExp => new RegExp(source);

const ROLES: ReadonlyArray<readonly [RegExp, SectionRole]> = [
  [w(`^wat (?:willen|wilden|wil|wilde) ${WE}(?: \\S+){0,3} (?:bereiken|bereikt)\\b`), 'goals'],
  [w(`^wat (?:hebben|heeft|hadden) ${WE}(?: \\S+){0,3} bereikt\\b`), 'goals'],
  [/^wat willen (?:we|wij)$/, 'goals'],
  [/^wat (?:we|wij) (?:hebben )?bereikt(?: hebben)?$/, 'goals'],
  [/^wat is het beoogde? (?:maatschappelijke? )?effect\b/, 'goals'],
  [/^wat (?:zijn|waren) (?:de|onze) (?:\S+ )?(?:doelstellingen|doelen)\b/, 'goals'],
  [/^(?:beoogde?|gewenste?) maatschappelijke? effect(?:en)?\b/, 'goals'],
  [/^hebben (?:we|wij) bereikt wat (?:we|wij)/, 'goals'],
  [w(`^wat (?:gaan|gingen|gaat|ging|zouden|zou|willen|wilden|wil|wilde) ${WE}(?: \\S+){0,3} (?:daarvoor|ervoor|hiervoor)? ?doen\\b`), 'actions'],
  [w(`^wat (?:doen|deden|doet|deed) ${WE}(?: (?:daarvoor|ervoor|hiervoor|daar voor))?$`), 'actions'],
  [w(`^wat (?:hebben|heeft|hadden) ${WE}(?: \\S+){0,4} (?:gedaan|uitgevoerd|gerealiseerd)\\b`), 'actions'],
  [/^wat (?:we|wij) (?:daarvoor |ervoor )?(?:hebben )?gedaan(?: hebben)?$/, 'actions'],
  [/^hebben (?:we|wij) gedaan wat/, 'actions'],
  [w(`^hoe (?:gaan|gaat|willen|wil) ${WE}(?: \\S+){0,3} (?:bereiken|realiseren)\\b`), 'actions'],
  [/^(?:speerpunten|activiteiten|maatregelen|acties|prestaties en activiteiten)$/, 'actions'],
  [w(`^wat (?:mag|mocht|gaat|zal) ${IT} (?:ons )?(?:kosten|gaan kosten)\\b`), 'costs'],
  [w(`^wat (?:heeft|hebben) ${IT} (?:ons )?gekost\\b`), 'costs'],
  [w(`^wat kost(?:te)? ${IT}\\b`), 'costs'],
  [/^wat dat heeft gekost\b/, 'costs'],
  [/^heeft het gekost wat/, 'costs'],
  [/^(?:wie en hoe gaan we het betalen|financi[eë]n|financieel overzicht|overzicht (?:van )?baten en lasten\b.*)$/, 'costs'],
  [/^(?:effect|prestatie|beleids|output|proces)[- ]?(?: ?en prestatie[- ]?)?indicatoren\b/, 'indicators'],
  [/^(?:verplichte |wettelijke |wettelijk voorgeschreven |landelijk vastgestelde |algemene |bbv[- ]?)?(?:beleids)?indicatoren\b/, 'indicators'],
  [/^(?:basisset |verplichte )?(?:bbv[- ])?beleidsindicatoren\b/, 'indicators'],
  [/^(?:financi[eë]le )?kengetallen\b/, 'indicators'],
  [/^wat hebben (?:we|wij) gemeten\b/, 'indicators'],
  [/^waar meten (?:we|wij)\b/, 'indicators'],
  [/^(?:betrokkenheid )?(?:van )?verbonden partij(?:en|\(en\))?\b/, 'connectedParties'],
  [/^(?:paragraaf )?(?:\d+[.:]? )?verbonden partijen\b/, 'connectedParties'],
  // "Overzicht verbonden partijen" over a list of the parties, where the paragraph's own heading is not in the text.
  [/^(?:overzicht|lijst)(?: van)?(?: de)? verbonden partijen\b/, 'connectedParties'],
  [/^(?:nieuwe |relevante |belangrijke )?ontwikkelingen\b/, 'developments'],
];

/** The role the first wording of ROLES that fits a heading's key names (one search; see first-match.ts). */
const roleOfKey = firstMatch(ROLES);

/**
 * Letter-spaced PDF titles ("V e r b o n d e n  p a r t i j e n") read as
 * words again: single letters joined, two or more spaces kept as word
 * breaks ("P r o g r a m m a   3   S o c i a a l  d o m e i n").
 */
export function unspace(text: string): string {
  const t = text.trim();
  // Letter-spaced text has a space after its first letter; nearly no other text does.
  if (t.length < 7 || t.charCodeAt(1) !== 32 || !/^(?:\S +){3,}\S$/.test(t)) return text;
  // Only wide gaps, not one single space: a spaced row of values ("1   2   3"), no title.
  if (t.includes('   ') && !/\S \S/.test(t)) return text;
  return t.split(/ {2,}/).map((w) => w.replace(/ /g, '')).join(' ');
}

/** "3.1 ", "2. ", "b) " in front of a heading: its number in the document's outline. */
const OUTLINE_NUMBER = /^(\d{1,2}(?:\.\d{1,3}){0,3}[.)]?|[a-z][.)])\s+(?=\S)/i;

/**
 * The outline number in front of a heading, without its final "." or ")".
 * @example outlineNumber('3.1 Wat hebben we bereikt?') // '3.1'
 */
export function outlineNumber(heading: string): string | null {
  const m = OUTLINE_NUMBER.exec(heading.trimStart());
  return m ? m[1]!.replace(/[.)]$/, '') : null;
}

/** Lower-cases and strips the outline number, question mark, colon and trailing year of a heading. */
/** "(in 2019)", "2023-2024", "over 2022/23" at the end of a heading. */
const YEARS_AT_END = new RegExp(`\\s+\\(?(?:in |over )?${YEAR}(?:[-–/](?:${YEAR}|\\d\\d))?\\)?$`);

export function headingKey(heading: string): string {
  return unspace(heading)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trimStart()
    .replace(OUTLINE_NUMBER, '')
    .replace(/\s*[?:!.]+\s*$/, '')
    .replace(YEARS_AT_END, '')
    .replace(/\s*[?:]+\s*$/, '')
    .trim();
}

/**
 * The role of a section heading, or null when it is not a known section.
 * @example sectionRole('Wat hebben we bereikt in 2019?') // 'goals'
 */
/** A line of a table of contents: dot leaders or a wide gap, then a page number ("3.6 Verbonden partijen ..... 102"). */
const CONTENTS_ENTRY = /(?:\.{3,}|…|\s{2,})\s*\d{1,4}\s*$/;

/** Whether a line is an entry of a table of contents (see CONTENTS_ENTRY). */
export function isContentsEntry(line: string): boolean {
  return CONTENTS_ENTRY.test(line);
}

/**
 * A wording of ROLES as it may match a heading's lower-cased text where the
 * key starts, before the key is made: without its `^` and its final `$`. A
 * key is that text with an outline number taken off its start and a mark or
 * a year taken off its end, so a wording that matches the key matches the
 * text from the same place. A final `\b` still holds there, since what the
 * key lost after it opens with a space or a mark. That holds for a wording
 * with no other `$` and no lookaround; one written otherwise is refused when
 * this module loads, and every test fails.
 */
function wordingWithoutAnchors(pattern: RegExp): string {
  const source = anchoredWithoutFlags(pattern).source;
  const end = source.indexOf('$');
  if ((end >= 0 && end !== source.length - 1) || /\(\?[=!<]/.test(source)) throw new Error(`wording ${pattern} must end in its only $ and have no lookaround`);
  return source.slice(1, end >= 0 ? end : undefined);
}

/** White space that making the key changes: a space at the start (dropped), a run of two or one other than " " (made one space). */
const SPACE_THE_KEY_CHANGES = /^\s|\s\s|[^\S ]/;

/** Every wording of ROLES, tried where a heading's key starts in its lower-cased text (`lastIndex`). */
const ROLE_AT = new RegExp(`(?:${ROLES.map(([p]) => wordingWithoutAnchors(p)).join('|')})`, 'y');
/** OUTLINE_NUMBER tried at the start, to find where the key starts. */
const OUTLINE_NUMBER_AT = new RegExp(OUTLINE_NUMBER.source.slice(1), 'iy');

/**
 * Whether a heading may name a role: false when no wording of ROLES can match
 * its key, told from its lower-cased text without making the key. Making the
 * key takes five replacements, most of the time a text new to the lookup
 * cache costs here (a table's row labels, a document's short lines), and
 * nearly none of them names a role. A text with white space the key
 * changes is let through to the key.
 * @example mayMatchRoleWording('Sportpark De Weide') // false
 * @example mayMatchRoleWording('3.1 Wat willen we bereiken in 2024?') // true
 */
export function mayMatchRoleWording(heading: string): boolean {
  const text = unspace(heading);
  if (SPACE_THE_KEY_CHANGES.test(text)) return true;
  const lower = text.toLowerCase();
  // The key starts after an outline number ("3.1 ", "a) "), as `headingKey` takes it off.
  OUTLINE_NUMBER_AT.lastIndex = 0;
  ROLE_AT.lastIndex = OUTLINE_NUMBER_AT.test(lower) ? OUTLINE_NUMBER_AT.lastIndex : 0;
  return ROLE_AT.test(lower);
}

/**
 * The role a heading's key names, or null: `sectionRoleUncached` without its
 * pre-test; exported for the property test that holds the pre-test to it.
 */
export function roleOfHeading(heading: string): SectionRole | null {
  // A contents entry names a section elsewhere in the document; it opens none here.
  if (heading.length > 120 || CONTENTS_ENTRY.test(heading)) return null;
  return roleOfKey(headingKey(heading));
}

function sectionRoleUncached(heading: string): SectionRole | null {
  return heading.length <= 120 && mayMatchRoleWording(heading) ? roleOfHeading(heading) : null;
}
const sectionRoleCached = memo(sectionRoleUncached);
export const sectionRole = (heading: string): SectionRole | null => (mayNameRole(heading) ? sectionRoleCached(heading) : null);

/**
 * Cheap first test: every role above is named in words of ASCII letters, so
 * a text of ASCII characters without a letter ("1.840", "2024", "-24", a
 * linearised table's value cell) names none and is spared the cache lookup.
 * Any character beyond ASCII may lower-case to a letter and is left to the
 * patterns.
 */
function mayNameRole(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || text.charCodeAt(i) >= 128) return true;
  }
  return false;
}

/** A programme's number: "3", "3a", "IV". */
const PROGRAMME_NUMBER = '(?:\\d{1,2}[a-z]?|[IVX]{1,4})';

/** "Doelstelling 3.1: Inwoners doen mee": a goal heading, however long its title. */
export const GOAL_WITH_ID = /^(?:sub)?doelstelling\s+\d{1,2}(?:[.-]\d{1,3}){0,3}[a-z]?\s*[:.–-]\s*\S/i;
/**
 * "Programma 2 Zorg en welzijn", without a sentence after it. A final ".",
 * ";" or ":" ends a sentence ("Programma 3 bestaat uit de volgende taakvelden:"), not a title.
 */
export const PROGRAMME_TITLE = new RegExp(`^programma\\s+${PROGRAMME_NUMBER}\\b[^.;]*(?<!:)$`, 'i');
/** "Programma 3: Veiligheid", "Programma II – Wonen": a programme's number (when it has one) and its title. */
export const PROGRAMME = new RegExp(`^programma\\s+(?:(${PROGRAMME_NUMBER})(?:\\s*[.:–-]\\s*|\\s+))?(\\S.{1,100})$`, 'i');
/** "Programma 3" alone: a programme heading whose title comes on the next line. */
/** "P1 Veiligheid en Handhaving": a programme numbered with a P, as a heading (never a sentence). */
export const PROGRAMME_CODE = /^P(\d{1,2})\s+(\p{Lu}[^.;:]{1,100})$/u;
export const PROGRAMME_NUMBER_ONLY = new RegExp(`^programma\\s+(${PROGRAMME_NUMBER})$`, 'i');
/**
 * "De begroting bestaat uit de volgende programma's:": a line that
 * introduces the document's list of programmes.
 */
export const PROGRAMME_OVERVIEW = /\bprogramma(?:'|’)?s\b[^.]*:$/i;
/** "1. Inwoners voelen zich veilig" / "2.3 Een meldpunt": a numbered title. */
export const NUMBERED_TITLE = /^\d{1,2}(?:\.\d{1,3}){0,3}[.)]?\s+[A-ZÀ-Þ]/;

/**
 * Whether a line has the shape of a structural title: a W-question, a
 * programme, a goal with its number, a numbered title. Such a line starts a
 * block of its own in running text.
 *
 * @example isTitleShaped('Doelstelling 3.2: Minder armoede') // true
 * @example isTitleShaped('GGD Gelderland-Zuid en de huisartsen') // false
 */
export function isTitleShaped(line: string): boolean {
  const t = unspace(line).trim();
  if (t.length > 300) return false;
  if (GOAL_WITH_ID.test(t)) return true;
  if (t.length > 150) return false;
  if (NUMBERED_TITLE.test(t) && !/[.;]$/.test(t)) return true;
  return t.length <= 120 && (PROGRAMME_TITLE.test(t) || sectionRole(t) !== null);
}

const INDICATOR_WORDS = /indicator|effect|prestatie|kengetal|basisset|wettelijk/i;

/**
 * Indicator kind named by a heading or table title ("Effectindicatoren" →
 * effect). A heading over both kinds ("Effect- en prestatie-indicatoren")
 * says which rows are indicators, not which kind each is: other.
 */
export function indicatorKindOf(text: string): IndicatorKind | null {
  // Each pattern of indicatorKindInFull holds one of these words; most headings hold none.
  return INDICATOR_WORDS.test(text) ? indicatorKindInFull(text) : null;
}

/**
 * `indicatorKindOf` without its quick test; exported for the property test
 * that holds the quick test to it.
 */
export function indicatorKindInFull(text: string): IndicatorKind | null {
  const t = text.toLowerCase();
  if (/\beffect-? en prestatie|\bprestatie-? en effect/.test(t)) return 'other';
  if (/\beffect[- ]?(?:indicator|maat)/.test(t) || /\beffect- en\b/.test(t)) return 'effect';
  if (/\bprestatie[- ]?(?:indicator|gegeven)|\boutput[- ]?indicator/.test(t)) return 'prestatie';
  if (/\bbeleidsindicator|\bverplichte indicator|\bbbv[- ]?indicator|\bkengetal|\bbasisset|\bwettelijk/.test(t)) return 'beleid';
  return null;
}

/** "2.3.1 Professionalisering van het meldpunt" → id and title, or null. */
export function numberedMeasure(text: string): { id: string; title: string } | null {
  const m = /^(\d{1,2}(?:\.\d{1,3}){2,4})\.?\s+(\S.{0,150})$/.exec(text.trim());
  return m ? { id: m[1]!, title: m[2]!.trim() } : null;
}
