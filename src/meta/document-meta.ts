/**
 * The document's meta from text evidence only, or not at all. The type and
 * year come from, in this order: the title ("Jaarrekening 2018"), a
 * letterhead (a raadsinformatiebrief and its Datum), the document naming
 * itself ("Voor u ligt de begroting 2018", "In deze jaarrekening"), and the
 * W-questions (past tense makes an account document; "Wat hebben we bereikt
 * in 2019?" gives its year). Never from a column header ("Begroting 2022"), a
 * data cell, a build timestamp or the commonest year: what the text does not
 * say stays unknown/null. The organisation: see `organisation.ts`.
 */
import type { DocumentType, Meta, MetaProvenance, Node } from '../schema/report.js';
import { sectionRole } from '../vocabulary/sections.js';
import { titleLine, YEAR } from './title.js';
import { accountYear, selfReference } from './self-reference.js';
import { realisedYear } from './realised-year.js';
import { MAX_TEXT, organisationOf } from './organisation.js';
import { ownCopy } from '../vocabulary/memo.js';
import { narratedYear } from './narrated-year.js';

export interface MetaEvidence {
  /** The first physical lines of the document (paragraph lines, headings, running headers; normalised text). */
  firstLines: string[];
  /** All heading texts, in order. */
  headings: string[];
  /** Letterhead fields. */
  fields: Record<string, string>;
  /** The text, or its first MAX_TEXT characters, all that the meta reads (see `metaPart`). */
  text: string;
  /** Running headers, repeated on every page. */
  runningHeaders?: string[];
  /** The document tree, for the realised columns of an account's tables. */
  children?: readonly Node[];
}

/**
 * The part of a text the meta reads: all of it up to MAX_TEXT characters,
 * else a copy of the first MAX_TEXT (a slice would keep the whole text, 214
 * MB for 100 MB of real text, alive through the parse).
 * @example metaPart('Jaarrekening 2018\n…') // the same text
 */
export function metaPart(text: string): string {
  return text.length > MAX_TEXT ? ownCopy(text.slice(0, MAX_TEXT)) : text;
}

const ACCOUNT: ReadonlySet<DocumentType> = new Set(['jaarrekening', 'jaarverslag', 'jaarstukken']);

/** Derives the meta (see the module comment); every value it gives is marked as read from the text. */
export function documentMeta(evidence: MetaEvidence): Meta {
  const title = titleLine(evidence.firstLines);
  const self = selfReference(evidence.text);
  let documentType: DocumentType = title?.type ?? 'unknown';
  if (documentType === 'unknown' && isLetterhead(evidence.fields)) {
    documentType = /voorstel/i.test(evidence.firstLines.join(' ')) ? 'raadsvoorstel' : 'raadsinformatiebrief';
  }
  const tense = typeFromTense(evidence.headings);
  if (documentType === 'unknown') documentType = self?.type ?? tense ?? 'unknown';
  const stated = title !== null || self !== null;
  const account = ACCOUNT.has(documentType);
  const year =
    title?.year ??
    letterYear(evidence.fields) ??
    (self && self.type === documentType ? self.year : null) ??
    headingYear(evidence.headings) ??
    (account ? accountYear(evidence.text) : null) ??
    (account && stated ? realisedYear(evidence.children ?? []) : null) ??
    (!stated && tense !== null && tense === documentType ? narratedYear(evidence.text) : null);
  const titleText = title?.title ?? null;
  const organisation = organisationOf({
    titleLine: title?.line ?? null,
    lead: evidence.firstLines,
    runningHeaders: evidence.runningHeaders ?? [],
    fieldValues: Object.values(evidence.fields),
    text: evidence.text,
  });
  const meta: Meta = {
    documentType,
    year,
    municipality: organisation?.name ?? null,
    organisation,
    title: titleText,
    fields: evidence.fields,
    provenance: {},
  };
  meta.provenance = readFromText(meta);
  return meta;
}

/** Marks every field that has a value as read from the text. */
export function readFromText(meta: Omit<Meta, 'provenance'>): MetaProvenance {
  const p: MetaProvenance = {};
  if (meta.documentType !== 'unknown') p.documentType = 'text';
  if (meta.year !== null) p.year = 'text';
  if (meta.municipality !== null) p.municipality = 'text';
  if (meta.organisation !== null) p.organisation = 'text';
  if (meta.title !== null) p.title = 'text';
  return p;
}

function isLetterhead(fields: Record<string, string>): boolean {
  // A set, not a mapped array: an optimised `map` makes a holey array, the builtin a packed one (a re-optimisation).
  const keys = new Set<string>();
  for (const k of Object.keys(fields)) keys.add(k.toLowerCase());
  return keys.has('onderwerp') && (keys.has('aan') || keys.has('van') || keys.has('datum'));
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

/**
 * Past-tense W-questions ("Wat hebben we bereikt?", "Wat heeft het gekost?")
 * mean an account (jaarstukken), future tense ("Wat gaan we daarvoor doen?")
 * a begroting, as the shared seed gold reads them. A voorjaarsnota or a
 * bestuursrapportage asks the same questions, but names itself in its title
 * or its own words, which are read first.
 */
/** The verbs of the BBV W-questions, in either tense ("willen", "gaan", "mag", "kost"; "bereikt", "gedaan", "gekost" …). */
const TENSE_VERB =
  /\b(?:willen|wil|wilden|wilde|gaan|gaat|gingen|ging|mag|mocht|kost|kosten|kostte|doen|doet|deden|deed|bereiken|bereikt|gedaan|gekost|gerealiseerd|uitgevoerd|hebben|heeft|hadden|zouden|zou|zal)\b/i;

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
  return future > past ? 'begroting' : null;
}
