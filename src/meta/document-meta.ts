/**
 * The document's meta from text evidence only: a title line naming the
 * document type ("Jaarrekening 2018"), the letterhead, the tense of the
 * W-questions, "gemeente X". What the text does not support stays null.
 */
import type { DocumentType, Meta } from '../schema/report.js';
import { documentTypeOf } from '../vocabulary/document-types.js';
import { findMunicipality, NAME_CONNECTORS } from '../vocabulary/municipalities.js';
import { isContentsEntry, sectionRole } from '../vocabulary/sections.js';
import { inlineField } from '../vocabulary/letter-fields.js';
import { isPartyField } from '../vocabulary/party-fields.js';

export interface MetaEvidence {
  /** The first lines of the document (normalised text). */
  firstLines: string[];
  /** All heading texts, in order. */
  headings: string[];
  /** Letterhead fields. */
  fields: Record<string, string>;
  /** The whole text, for "gemeente X" and year counts. */
  text: string;
}

const TYPE_WORDS =
  /\b(programmabegroting|meerjarenbegroting|begroting|jaarrekening|jaarverslag|jaarstukken|voorjaarsnota|kadernota|perspectiefnota|zomernota|najaarsnota|bestuursrapportage|berap|voortgangsrapportage|tussenrapportage|programmarekening|slotwijziging|raadsinformatiebrief|collegebericht|raadsvoorstel|raadsbrief)\b/i;
const YEAR = /\b(19[89]\d|20[0-5]\d)\b/g;
/** Municipality names that are also ordinary capitalised words; only "gemeente X" or a title counts for them. */
const AMBIGUOUS = new Set(['best', 'beek', 'laren', 'putten', 'goes', 'sluis', 'stein', 'grave', 'leek', 'haren', 'bergen', 'son', 'echt']);
const CONNECTOR = `(?:${NAME_CONNECTORS.join('|')})`;
const CAPITALISED = "[A-ZÀ-Þ][A-Za-zÀ-ÿ'-]+";
/** "gemeente X": X is capitalised words and the connectors of municipality names ("Gemeente Wijk bij Duurstede"). */
const GEMEENTE_NAME = new RegExp(`\\b[Gg]emeente\\s+((?:'s-)?${CAPITALISED}(?:[ -](?:${CONNECTOR}(?![A-Za-zÀ-ÿ])|${CAPITALISED})){0,4})`, 'g');
/** A capitalised name, its words joined by connectors ("Zwolle", "Bergen op Zoom", "Hof van Twente"). */
const NAME = new RegExp(`(?:'s-)?\\b[A-ZÀ-Þ][a-zà-ÿ]+(?:[ -](?:${CONNECTOR} ){0,2}[A-ZÀ-Þ][a-zà-ÿ]+){0,3}(?![A-Za-zÀ-ÿ])`, 'g');

/** Derives the meta (see the module comment). */
export function documentMeta(evidence: MetaEvidence): Meta {
  const { title, type: titleType, year: titleYear } = titleLine(evidence.firstLines);
  let documentType: DocumentType = titleType ?? 'unknown';
  const letter = isLetterhead(evidence.fields);
  if (documentType === 'unknown' && letter) {
    documentType = /voorstel/i.test(evidence.firstLines.join(' ')) ? 'raadsvoorstel' : 'raadsinformatiebrief';
  }
  if (documentType === 'unknown') documentType = typeFromWords(evidence.headings) ?? typeFromTense(evidence.headings) ?? typeFromWords([evidence.text.slice(0, 5000)]) ?? 'unknown';
  const year = titleYear ?? letterYear(evidence.fields) ?? headingYear(evidence.headings) ?? commonYear(evidence.text);
  return {
    documentType,
    year,
    municipality: municipality(evidence, title),
    title,
    fields: evidence.fields,
  };
}

function titleLine(lines: string[]): { title: string | null; type: DocumentType | null; year: number | null } {
  for (const line of lines.slice(0, 8)) {
    // "Programmabegroting 2024-2027        Gemeente Zwolle": the title is the first column.
    const t = line.trim().split(/\s{2,}/)[0]!;
    // "Onderwerp: Uitkomsten tweede bestuursrapportage 2023" is a letterhead field, not the title.
    // A sentence ("Voor u ligt de begroting 2025.") or a contents entry names the document but is no title.
    if (t.length === 0 || t.length > 120 || inlineField(t) !== null || isContentsEntry(line) || /[.!?;]$/.test(t)) continue;
    const m = TYPE_WORDS.exec(t);
    if (!m || t.split(' ').length > 12) continue;
    const type = documentTypeOf(m[1]!) ?? null;
    const years = t.match(YEAR);
    return { title: t, type, year: years ? Number(years[0]) : null };
  }
  return { title: null, type: null, year: null };
}

function isLetterhead(fields: Record<string, string>): boolean {
  const keys = Object.keys(fields).map((k) => k.toLowerCase());
  return keys.includes('onderwerp') && (keys.includes('aan') || keys.includes('van') || keys.includes('datum'));
}

function letterYear(fields: Record<string, string>): number | null {
  for (const [k, v] of Object.entries(fields)) {
    if (!/datum/i.test(k)) continue;
    const m = v.match(YEAR);
    if (m) return Number(m[0]);
  }
  return null;
}

/** "Wat hebben we bereikt in 2019?" names the year an account is about. */
function headingYear(headings: string[]): number | null {
  for (const h of headings) {
    if (!sectionRole(h)) continue;
    const m = h.match(YEAR);
    if (m) return Number(m[m.length - 1]);
  }
  return null;
}

/** The document-type word named most often in the given texts. */
function typeFromWords(texts: string[]): DocumentType | null {
  const counts = new Map<DocumentType, number>();
  for (const t of texts) {
    for (const m of t.matchAll(new RegExp(TYPE_WORDS.source, 'gi'))) {
      const type = documentTypeOf(m[1]!);
      if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
    }
  }
  let best: DocumentType | null = null;
  let bestCount = 0;
  for (const [type, c] of counts) if (c > bestCount) [best, bestCount] = [type, c];
  return best;
}

/** The verbs of the BBV W-questions, in either tense ("willen", "gaan", "mag", "kost"; "bereikt", "gedaan", "gekost" …). */
const TENSE_VERB =
  /\b(?:willen|wil|wilden|wilde|gaan|gaat|gingen|ging|mag|mocht|kost|kosten|kostte|doen|doet|deden|deed|bereiken|bereikt|gedaan|gekost|gerealiseerd|uitgevoerd|hebben|heeft|hadden|zouden|zou|zal)\b/i;

/** Past-tense W-questions mean an account (jaarstukken), future tense a begroting. */
function typeFromTense(headings: string[]): DocumentType | null {
  let past = 0;
  let future = 0;
  for (const h of headings) {
    const role = sectionRole(h);
    if (role !== 'goals' && role !== 'actions' && role !== 'costs') continue;
    // Only the BBV's "Wat …" questions with a verb of tense speak for the document; free wordings such as
    // "Wat zijn de doelstellingen voor de komende jaren?" or "Hoe gaan we die bereiken?" stand in any document.
    if (!/^\s*wat\b/i.test(h) || !TENSE_VERB.test(h)) continue;
    if (/\b(?:bereikt|gedaan|gekost|gerealiseerd|uitgevoerd|hebben|heeft|hadden|wilden|wilde|deden|deed|gingen|ging|zouden|zou|mocht|kostte)\b/i.test(h)) past++;
    else future++;
  }
  if (past > future) return 'jaarstukken';
  if (future > past) return 'begroting';
  return null;
}

/** The year mentioned most often, when one clearly leads. */
function commonYear(text: string): number | null {
  const counts = new Map<number, number>();
  const sample = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
  for (const m of sample.matchAll(YEAR)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  let second = 0;
  for (const [y, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && y > best)) {
      second = bestCount;
      best = y;
      bestCount = c;
    } else if (c > second) second = c;
  }
  return best !== null && bestCount >= 2 && bestCount > second ? best : null;
}

/** "gemeente X" (letterhead, title, text), else a municipality named at least twice. */
function municipality(evidence: MetaEvidence, title: string | null): string | null {
  const sources = [...Object.values(evidence.fields), ...evidence.firstLines, evidence.text.slice(0, 2_000_000)];
  const fieldCount = Object.keys(evidence.fields).length;
  for (const [k, s] of sources.entries()) {
    const fromText = k >= fieldCount;
    for (const m of s.matchAll(GEMEENTE_NAME)) {
      // "Deelnemers: gemeente Tiel, gemeente Culemborg": who takes part in a connected party, not who wrote the document.
      if (fromText && isPartyFieldValue(s, m.index)) continue;
      const words = m[1]!.split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        const found = findMunicipality(words.slice(0, n).join(' '));
        if (found) return found;
      }
    }
  }
  // A title naming the place: "Jaarverslag 2021 - Zwolle", "Programmabegroting Súdwest-Fryslân 2024".
  if (title) {
    for (const m of title.matchAll(NAME)) {
      const found = municipalitiesIn(m[0])[0];
      if (found) return found;
    }
  }
  const counts = new Map<string, number>();
  const text = evidence.text.slice(0, 2_000_000);
  for (const m of text.matchAll(NAME)) {
    const names = municipalitiesIn(m[0]);
    // "Vestigingsplaats: Tilburg", "| Gouda |": where a connected party sits says nothing of the document's own municipality.
    if (names.length === 0 || isFieldValue(text, m.index)) continue;
    for (const found of names) {
      if (!AMBIGUOUS.has(found.toLowerCase())) counts.set(found, (counts.get(found) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, c] of counts) if (c > bestCount) [best, bestCount] = [name, c];
  return bestCount >= 3 ? best : null;
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
  for (let n = words.length - i; n >= 1; n--) if (findMunicipality(words.slice(i, i + n).join(' ')) !== null) return n;
  return 0;
}
