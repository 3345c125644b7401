/**
 * The organisation whose document it is, with its kind, from evidence only.
 * Rules in the order they are trusted (the first that finds one wins):
 *
 * 1. `title`: the title line names it ("Jaarverslag en Jaarrekening 2015
 *    Veiligheidsregio Fryslân", "Programmabegroting 2025 Bergen op Zoom").
 * 2. `colophon`: "uitgave Wassenaar", "Samenstelling: Provincie Groningen".
 *    `letterhead`: a first line (not a contents list) or a letterhead field
 *    names a body by its kind word before its address ("Veiligheidsregio
 *    Brabant-Noord Postbus 218"), or is "Gemeente X" alone. A body merely
 *    named at the top is no evidence: an excerpt about a connected party
 *    opens with that party's name.
 * 3. `own-document`: the text presents the document as the body's ("Voor u
 *    ligt de begroting 2018 van de Omgevingsdienst West-Holland", "Het
 *    jaarverslag van Heumen laat zien …" opening a sentence); "op basis van
 *    de Begroting 2024 van de Veiligheidsregio" names another's in passing.
 *    `running-header`: the header on every page names the body ("Pagina 2
 *    van 57 Hoogheemraadschap van Rijnland").
 * 4. `acronym`: the title's acronym is spelled out in the text ("… OMWB" and
 *    "de Omgevingsdienst Midden en West-Brabant (OMWB)").
 * 5. `gemeente`: "gemeente X" in the text, the most often named one; never in
 *    a connected party's field ("Deelnemers: gemeente Tiel").
 * 6. `place`: a municipality's bare name, named at least three times.
 *
 * A body of another kind named often is no evidence either: a begroting's
 * verbonden partijen name "Veiligheidsregio Haaglanden" on every line.
 *
 * Rules 1–4 come first because a gemeenschappelijke regeling names its member
 * municipalities: they would win rule 5, and the organisation is the regeling.
 */
import type { Organisation, OrganisationKind } from '../schema/report.js';
import { ORGANISATION_KIND_WORD, ORGANISATION_KIND_WORD_TREE, organisationKindOf } from '../vocabulary/organisations.js';
import { DOCUMENT_TYPE_WORD_TREE } from '../vocabulary/document-types.js';
import { findMunicipality, mayNameMunicipality, NAME_CONNECTORS } from '../vocabulary/municipalities.js';
import { isPartyField } from '../vocabulary/party-fields.js';
import { matchesAroundWords, spaceWalkForward, type WordPattern } from './word-windows.js';
import { TYPE_WORD } from './self-reference.js';

export interface OrganisationEvidence {
  /** The title line as written, columns included ("Begroting 2026        Gemeente Land van Cuijk"), or null. */
  titleLine: string | null;
  /** The document's first physical lines. */
  lead: readonly string[];
  /** Running headers (lines repeated at the top of every page). */
  runningHeaders: readonly string[];
  /** Letterhead field values. */
  fieldValues: readonly string[];
  /** The text; only its first MAX_TEXT characters are read. */
  text: string;
}

/** How much of the text is read for the own-document rule: it stands in the introduction. */
export const INTRODUCTION_CHARS = 5_000;
/** How often a body of another kind, or a bare place name, must be named before it counts. */
export const MIN_MENTIONS = 3;
/** Only this much of a (very large) text is counted (and all the meta reads of it: see `metaPart`). */
export const MAX_TEXT = 2_000_000;

/** The twelve provinces, as "Provincie X" writes them. */
const PROVINCES = ['Groningen', 'Fryslân', 'Friesland', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'];
/** Municipality names that are also ordinary capitalised words; only "gemeente X" or a title counts for them. */
const AMBIGUOUS = new Set(['best', 'beek', 'laren', 'putten', 'goes', 'sluis', 'stein', 'grave', 'leek', 'haren', 'bergen', 'son', 'echt']);

const CONNECTOR = `(?:${NAME_CONNECTORS.join('|')})`;
/** A capitalised word ("Fryslân", "West-Brabant", "Midden-"), or one in capitals as a title writes it ("OOST-"). */
const CAPITALISED = "(?:'s-)?(?:[A-ZÀ-Þ]{2,}(?:-[A-ZÀ-Þ]+)*|(?:IJ|[A-ZÀ-Þ])[\\p{Ll}'’]*(?:-[\\p{L}][\\p{Ll}]*)*)-?(?![\\p{L}])";
/** A name after a kind word: capitalised words and the connectors of names ("van Rijnland", "Midden- en West-Brabant"). */
const NAME_WORDS = `((?:(?:van|de|het)\\s+)?${CAPITALISED}(?:\\s+(?:${CONNECTOR}(?![\\p{L}])|${CAPITALISED})){0,4})`;
/** A kind word and the name after it ("Veiligheidsregio Brabant-Noord"), tried at one position; see `kindNames`. */
export const KIND_NAME = new RegExp(`(?<![\\p{L}])${ORGANISATION_KIND_WORD}\\s+${NAME_WORDS}`, 'uy');
/**
 * A kind word alone: KIND_NAME starts with one, so it is tried only where
 * one starts (its lookbehind and name words made it costly to try at every
 * character of a text). Written as a tree with the `i` flag: the same starts,
 * found with fewer tries per position (this scan reads every document whole).
 */
const KIND_WORD = new RegExp(ORGANISATION_KIND_WORD_TREE, 'gi');
/** A capitalised name, its words joined by connectors ("Zwolle", "Bergen op Zoom", "Hof van Twente"). */
const PLACE = new RegExp(`(?:'s-)?(?<![\\p{L}])[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -](?:${CONNECTOR} ){0,2}[A-ZÀ-Þ][a-zà-ÿ]+){0,3}(?![\\p{L}])`, 'gu');
/** The text presenting the document as a body's, the name that follows in its capture; see `ownDocument`. */
export const OWN_DOCUMENT = new RegExp(`(?:(?:^|[.!?]\\s+|\\n\\s*)(?:Het|De)|(?:voor u ligt|hierbij (?:bied(?:en|t) (?:wij|we|het college|het bestuur) u|ontvangt u))\\s+(?:de|het)|(?<![\\p{L}])(?:deze|dit|voorliggende))\\s+${DOCUMENT_TYPE_WORD_TREE}(?:\\s+(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?)?\\s+van\\s+(?:de\\s+|het\\s+)?([^.;:\\n]{2,80})`, 'giu');
/**
 * OWN_DOCUMENT around its type word (see `matchesAroundWords`): before the word at most "hierbij bieden het
 * college u" (24 characters that are not space) and "het" (3); after it a period "2018 - 2019" (9), "van" (3)
 * and "het" (3), then the name (80 characters, spaces included).
 */
const OWN_DOCUMENT_AROUND_TYPE_WORD: WordPattern = {
  pattern: OWN_DOCUMENT,
  // SELF's own type words, with its flags: the spans found for the self-reference serve here too.
  word: TYPE_WORD,
  // The word OWN_DOCUMENT reads before its type word, in any of its three ways ("Het", "u de", "deze").
  before: /(?<=(?:het|de|deze|dit|voorliggende)\s+)/iuy,
  maxLead: 24 + 3,
  tailEnd: (text, wordEnd) => spaceWalkForward(text, wordEnd, 9 + 3 + 3) + 80,
};
/** PLACE tried at one position. */
const PLACE_AT = new RegExp(PLACE.source, 'uy');
const ACRONYM = /\b([A-Z]{3,6})\b/g;
/** Words that start an address after a name in a letterhead ("Postbus 218", "Prins Bernhardplein 112"). */
const POSTBUS = /^(?:postbus|antwoordnummer)$/i;
/** A name connector as a whole word ("en" in "Waterschap Aa en"). */
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`);

/**
 * Every body named by its kind word in `text`, in order, as a scan for
 * KIND_NAME from left to right finds them (a match read, the scan goes on
 * after it): KIND_NAME is tried at each position a kind word starts.
 * @example [...kindNames('de Gemeente Tiel, Veiligheidsregio Fryslân')] // "Gemeente Tiel" at 3, "Veiligheidsregio Fryslân" at 18
 */
export function* kindNames(text: string): Generator<RegExpExecArray> {
  let scanned = 0;
  for (let from = 0; ; ) {
    // lastIndex is set before every exec: a caller may read another text between two matches it is given.
    KIND_WORD.lastIndex = from;
    const word = KIND_WORD.exec(text);
    if (word === null) return;
    from = word.index + 1;
    if (word.index < scanned) continue;
    const m = kindNameAt(text, word.index);
    if (m === null) continue;
    scanned = m.index + m[0].length;
    yield m;
  }
}

/** KIND_NAME's match starting at `index`, or null. */
function kindNameAt(text: string, index: number): RegExpExecArray | null {
  KIND_NAME.lastIndex = index;
  return KIND_NAME.exec(text);
}

/**
 * The organisation and the rule that found it, or null.
 * @example organisationOf({ titleLine: 'Jaarstukken 2014', lead: ['Jaarstukken 2014', 'Veiligheidsregio Zaanstreek-Waterland Prins Bernhardplein 112'], fieldValues: [], text })
 *   // { name: 'Veiligheidsregio Zaanstreek-Waterland', kind: 'gemeenschappelijke regeling' }
 */
export function organisationOf(evidence: OrganisationEvidence): Organisation | null {
  return (
    (evidence.titleLine !== null ? (kindNamed(evidence.titleLine) ?? placeIn(evidence.titleLine)) : null) ??
    firstOf(evidence.lead, colophon) ??
    firstOf([...evidence.fieldValues, ...evidence.lead.filter((l) => !isContentsLine(l))], letterhead) ??
    ownDocument(evidence.text.slice(0, INTRODUCTION_CHARS)) ??
    firstOf([...evidence.runningHeaders, ...pageFooters(evidence.text)], kindNamed) ??
    acronym(evidence.titleLine, evidence.text) ??
    mostNamed(evidence.text, 'gemeente', 1) ??
    mostNamedPlace(evidence.text)
  );
}

function firstOf(texts: readonly string[], read: (text: string) => Organisation | null): Organisation | null {
  for (const t of texts) {
    const found = read(t);
    if (found) return found;
  }
  return null;
}

/** A page footer as converted text keeps it: "Pagina 2 van 57 Hoogheemraadschap van Rijnland". */
export const PAGE_FOOTER = /^.{0,80}?\b(?:pagina|blz\.?)\s*\d{1,4}(?:\s*(?:van|\/)\s*\d{1,4})?\b(.{3,120})$/imy;
/**
 * The page word alone, in the footer's case rules: a footer holds it in the
 * first 80 characters of its line, so PAGE_FOOTER is tried only at the start
 * of such a line, not at every line of the text.
 */
const PAGE_WORD = /pagina|blz/gi;
/** How far into its line a footer's page word stands at most (PAGE_FOOTER's `.{0,80}?`). */
const MAX_PAGE_WORD_AT = 80;
/** How many footers are read: they repeat. */
const MAX_FOOTERS = 5;

/**
 * The text after the page number of the first page footers: what a scan for
 * PAGE_FOOTER from left to right finds (a footer read, the scan goes on after
 * it; a footer may go on over the next lines, as `\s*` reads line breaks).
 * @example pageFooters('Inleiding\nPagina 2 van 57 Hoogheemraadschap van Rijnland\n') // [' Hoogheemraadschap van Rijnland']
 */
export function pageFooters(text: string): string[] {
  const head = text.slice(0, INTRODUCTION_CHARS * 4);
  const out: string[] = [];
  let scanned = 0;
  let tried = -1;
  for (let from = 0; out.length < MAX_FOOTERS; ) {
    PAGE_WORD.lastIndex = from;
    const word = PAGE_WORD.exec(head);
    if (word === null) break;
    from = word.index + word[0].length;
    const start = lineStart(head, word.index);
    if (start < 0 || start < scanned || start === tried) continue;
    tried = start;
    PAGE_FOOTER.lastIndex = start;
    const m = PAGE_FOOTER.exec(head);
    if (m === null) continue;
    out.push(m[1]!);
    scanned = m.index + m[0].length;
  }
  return out;
}

/** Where the line that `index` stands in starts (after \n, \r, U+2028 or U+2029, as `^` and `.` read lines), or -1 when that is more than MAX_PAGE_WORD_AT before it. */
function lineStart(text: string, index: number): number {
  for (let i = index; i > 0 && index - i <= MAX_PAGE_WORD_AT; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i;
  }
  return index <= MAX_PAGE_WORD_AT ? 0 : -1;
}

/** A letterhead's address right after a name (the street or "Postbus" ends the name's words): "… Postbus 218", "… Prins Bernhardplein 112"; a year or a taakveld code ("0.61") is none. */
const HOUSE_NUMBER = /^\s*(?!(?:19|20)\d\d(?!\d))\d{1,5}(?![.,]?\d)/;

/** A body named in a letterhead: before its address, or "Gemeente X" as the whole line (or field). */
function letterhead(line: string): Organisation | null {
  for (const m of kindNames(line)) {
    const after = line.slice(m.index + m[0].length);
    const alone = line.slice(0, m.index).trim() === '' && after.trim() === '';
    if (!HOUSE_NUMBER.test(after) && !(alone && organisationKindOf(m[1]!) === 'gemeente')) continue;
    const found = organisation(m[1]!, m[2]!, after);
    if (found) return found;
  }
  return null;
}

/** The first body named by its kind word in a line: "Gemeente Zwolle", "Veiligheidsregio Brabant-Noord Postbus 218". */
function kindNamed(line: string): Organisation | null {
  for (const m of kindNames(line)) {
    const found = organisation(m[1]!, m[2]!, line.slice(m.index + m[0].length));
    if (found) return found;
  }
  return null;
}

/**
 * The body a kind word and the name after it make, or null when the name is
 * none of a known municipality or province, or is empty.
 */
function organisation(kindWord: string, nameWords: string, after: string): Organisation | null {
  const kind = organisationKindOf(kindWord);
  if (!kind) return null;
  const words = withoutAddress(nameWords.split(/\s+/), after);
  if (kind === 'gemeente') {
    for (let n = words.length; n >= 1; n--) {
      const found = findMunicipality(words.slice(0, n).join(' '));
      if (found) return { name: found, kind };
    }
    return null;
  }
  if (kind === 'provincie') {
    const province = PROVINCES.find((p) => p.toLowerCase() === (words[0] ?? '').toLowerCase());
    return province ? { name: `Provincie ${province}`, kind } : null;
  }
  // A connector closes no name: "Waterschap Aa en" is cut back to "Waterschap Aa".
  while (words.length > 0 && CONNECTOR_WORD.test(words[words.length - 1]!)) words.pop();
  if (words.length === 0 || /^(?:van|de|het)$/i.test(words[words.length - 1]!)) return null;
  const word = kindWord.replace(/\s+/g, ' ');
  const name = words.map(titleCase).join(' ').replace(/([\p{L}])- (?=[\p{Lu}])/gu, '$1-');
  return { name: `${word[0]!.toUpperCase()}${word.slice(1).toLowerCase()} ${name}`, kind };
}

/** "OOST-" → "Oost-": a name in capitals, as a title writes it, in the case the body writes it. */
function titleCase(word: string): string {
  return /^[\p{Lu}-]{2,}$/u.test(word) ? word.toLowerCase().replace(/(^|-)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase()) : word;
}

/**
 * A name's words without the address that follows it in a letterhead:
 * "Brabant-Noord Postbus" (218 after it) → "Brabant-Noord";
 * "Zaanstreek-Waterland Prins Bernhardplein" (112 after it) → "Zaanstreek-Waterland".
 */
function withoutAddress(words: string[], after: string): string[] {
  // A year after the name ("… OOST- BRABANT 2016") is no house number.
  if (!/^\s*(?!(?:19|20)\d\d(?!\d))\d/.test(after) || words.length < 2) return words;
  const out = words.slice(0, -1);
  if (POSTBUS.test(words[words.length - 1]!)) return out;
  // A street name is one or two words ("Prins Bernhardplein"); the body's own name keeps its first word.
  if (out.length >= 2 && /^[A-ZÀ-Þ]/.test(out[out.length - 1]!)) out.pop();
  return out;
}

const COLOPHON = /^\s*(?:colofon:?\s*)?(?:uitgave|uitgegeven door|samenstelling|uitgever)\s*:?\s+(.{2,300})$/i;
const CONTENTS = /\binhoud(?:sopgave)?\b|\.{4,}/i;

/** "uitgave Wassenaar": a colophon names the publisher. */
function colophon(line: string): Organisation | null {
  const m = COLOPHON.exec(line);
  return m ? (kindNamed(m[1]!) ?? placeIn(m[1]!)) : null;
}

/** A line of a table of contents names chapters, not the publisher. */
function isContentsLine(line: string): boolean {
  return CONTENTS.test(line);
}

/**
 * The first PLACE match at or after `from`, or null. The place scans loop
 * over this, not matchAll: its iterator copies the pattern and costs more per
 * match than the match itself. lastIndex is set before every search, since
 * the rules a scan calls between two matches may use PLACE too.
 */
function placeFrom(text: string, from: number): RegExpExecArray | null {
  PLACE.lastIndex = from;
  return PLACE.exec(text);
}

/** "Jaarverslag 2023 Alphen aan den Rijn": a municipality's bare name in the title. */
function placeIn(title: string): Organisation | null {
  for (let m = placeFrom(title, 0); m !== null; m = placeFrom(title, m.index + m[0].length)) {
    const found = municipalitiesIn(m[0])[0];
    if (found) return { name: found, kind: 'gemeente' };
  }
  return null;
}

/** "de begroting 2018 van de Omgevingsdienst West-Holland", "Het jaarverslag van Heumen laat zien …". */
function ownDocument(intro: string): Organisation | null {
  for (const m of ownDocumentMatches(intro)) {
    const rest = m[2]!;
    // "Op basis van de Begroting 2024 van de Veiligheidsregio Haaglanden": another body's document, named in passing.
    const named = kindNamed(rest);
    if (named && kindNameAt(rest, 0) !== null) return named;
    PLACE_AT.lastIndex = 0;
    const place = PLACE_AT.exec(rest);
    if (place) {
      const found = municipalitiesIn(place[0])[0];
      if (found) return { name: found, kind: 'gemeente' };
    }
  }
  return null;
}

/** Every match of OWN_DOCUMENT in `intro`, the same as `intro.matchAll(OWN_DOCUMENT)` but read only around the type words. */
export function ownDocumentMatches(intro: string): Iterable<RegExpExecArray> {
  return matchesAroundWords(intro, OWN_DOCUMENT_AROUND_TYPE_WORD);
}

/** The part of a (very large) text the rules below read: its first MAX_TEXT characters. */
function countedPart(text: string): string {
  return text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
}

/** The title's acronym ("OMWB") spelled out before it in brackets: "Omgevingsdienst Midden en West-Brabant (OMWB)". */
function acronym(title: string | null, text: string): Organisation | null {
  if (title === null) return null;
  const sample = countedPart(text);
  for (const m of title.matchAll(ACRONYM)) {
    const at = sample.indexOf(`(${m[1]})`);
    if (at < 0) continue;
    const before = sample.slice(Math.max(0, at - 120), at).trimEnd();
    const kinds = [...kindNames(before)];
    const last = kinds[kinds.length - 1];
    // The spelled-out name ends right before the bracket.
    if (last && last.index + last[0].length === before.length) {
      const found = organisation(last[1]!, last[2]!, '');
      if (found) return found;
    }
  }
  return null;
}

/**
 * The body named most often by its kind word (`kind` only, or any kind other
 * than gemeente when null), named at least `min` times; never in a connected
 * party's field.
 */
function mostNamed(text: string, kind: OrganisationKind | null, min: number): Organisation | null {
  const sample = countedPart(text);
  const counts = new Map<string, { org: Organisation; n: number }>();
  for (const m of kindNames(sample)) {
    const k = organisationKindOf(m[1]!);
    if (k === null || (kind !== null ? k !== kind : k === 'gemeente')) continue;
    if (isPartyFieldValue(sample, m.index)) continue;
    const org = organisation(m[1]!, m[2]!, sample.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (!org) continue;
    const entry = counts.get(org.name) ?? { org, n: 0 };
    entry.n++;
    counts.set(org.name, entry);
  }
  let best: { org: Organisation; n: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.n > best.n) best = entry;
  return best !== null && best.n >= min ? best.org : null;
}

/** A municipality's bare name, named at least MIN_MENTIONS times in running text (not as a field value or a cell). */
function mostNamedPlace(text: string): Organisation | null {
  const sample = countedPart(text);
  const counts = new Map<string, number>();
  for (let m = placeFrom(sample, 0); m !== null; m = placeFrom(sample, m.index + m[0].length)) {
    const names = municipalitiesIn(m[0]);
    // "Vestigingsplaats: Tilburg", "| Gouda |": where a connected party sits says nothing of the document's own municipality.
    if (names.length === 0 || isFieldValue(sample, m.index)) continue;
    for (const found of names) if (!AMBIGUOUS.has(found.toLowerCase())) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, c] of counts) if (c > bestCount) [best, bestCount] = [name, c];
  return best !== null && bestCount >= MIN_MENTIONS ? { name: best, kind: 'gemeente' } : null;
}

const FIELD_PREFIX = /^\s*(?:\|.*|[^\s:|][^:|]{0,40}:\s*)$/;

/** Whether the text at `index` is the value of a "Veld: waarde" line or a table cell. */
function isFieldValue(text: string, index: number): boolean {
  // Looks back at most 200 characters: on a long line (minified HTML) a search for its start would make this quadratic.
  let lineStart = index;
  const limit = Math.max(0, index - 200);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return false;
  return FIELD_PREFIX.test(text.slice(lineStart, index));
}

/**
 * Whether the text at `index` stands in the value of a connected party's
 * field: the line opens with a party field key, ended by a colon, a cell
 * border or a run of spaces ("Deelnemers: gemeente Tiel", "| Deelnemende
 * gemeenten | gemeente Buren |", "Deelnemers      gemeente Tiel").
 */
function isPartyFieldValue(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index);
  if (before.trimStart().startsWith('|') && isPartyColumn(text, lineStart, before)) return true;
  if (before.length > 80) return false;
  const key = PARTY_KEY.exec(before);
  return key !== null && isPartyField(key[1]!);
}

/** How far up a pipe table's header row is looked for. */
const MAX_TABLE_ROWS = 60;

/**
 * Whether the pipe-table cell that `before` (the row up to a point in it)
 * ends in lies in a column headed by a party field ("Deelnemende gemeenten").
 */
function isPartyColumn(text: string, lineStart: number, before: string): boolean {
  const column = before.split('|').length - 1;
  let top = lineStart;
  for (let n = 0; n < MAX_TABLE_ROWS && top > 0; n++) {
    const prev = text.lastIndexOf('\n', top - 2) + 1;
    if (!text.slice(prev, top).trimStart().startsWith('|')) break;
    top = prev;
  }
  const end = text.indexOf('\n', top);
  const header = text.slice(top, end < 0 ? text.length : end).split('|');
  return isPartyField((header[column] ?? '').trim());
}

/** The first segment of a line, up to a colon, a cell border or a run of spaces. */
const PARTY_KEY = /^\s*\|?\s*([^:|\s][^:|]*?)\s*(?::|\||\s{2,})/;

/** The municipalities a run of capitalised words names, longest first from the left ("Ede en Wageningen" → Ede, Wageningen). */
function municipalitiesIn(name: string): string[] {
  const found = findMunicipality(name);
  if (found || !name.includes(' ')) return found ? [found] : [];
  const words = name.split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const n = longestAt(words, i);
    if (n > 0) out.push(findMunicipality(words.slice(i, i + n).join(' '))!);
    i += Math.max(n, 1);
  }
  return out;
}

/** The number of words from `i` on that name a municipality, longest first; 0 when none does. */
function longestAt(words: string[], i: number): number {
  // Every name tried here opens with words[i]: when that opens none, nothing is joined.
  if (!mayNameMunicipality(words[i]!)) return 0;
  for (let n = words.length - i; n >= 1; n--) if (findMunicipality(words.slice(i, i + n).join(' ')) !== null) return n;
  return 0;
}
