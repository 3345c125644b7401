/**
 * What a heading-like line is: a programme, a goal, a section with a role,
 * a numbered measure, a label inside a measure, or just a heading.
 */
import type { Block, ParagraphBlock } from '../blocks/model.js';
import type { SectionRole } from '../schema/report.js';
import { GOAL_WITH_ID, NUMBERED_TITLE, PROGRAMME, numberedMeasure, PROGRAMME_NUMBER_ONLY, PROGRAMME_CODE, PROGRAMME_OVERVIEW, PROGRAMME_TITLE, outlineNumber, sectionRole, unspace } from '../vocabulary/sections.js';
import { CARD_UNIT_OR_SOURCE_LINE } from '../vocabulary/card-fields.js';
import { STATUS } from '../vocabulary/status-words.js';
import { endsInFunctionWord } from '../vocabulary/line-ends.js';
import { isValueLike } from '../values/index.js';
import { partyFieldLine } from '../vocabulary/party-fields.js';
import { lineCount } from '../blocks/one-line-paragraph.js';

export type HeadingKind =
  | { kind: 'programme'; id: string | null; title: string }
  | { kind: 'goal'; id: string | null; title: string | null; sub: boolean }
  | { kind: 'section'; role: SectionRole; id: string | null }
  | { kind: 'measure'; id: string; title: string }
  | { kind: 'numbered'; id: string; title: string }
  | { kind: 'label' }
  | { kind: 'heading' };

// "Hoofddoelstelling 2" names goal 2; "Ambitie 2027" names no goal 20 (an id is never the head of a longer number).
const GOAL = /^(sub)?(?:doelstelling|doel|beleidsdoel|strategisch doel|ambitie|(?:(?:beoogde?|gewenste?) )?maatschappelijke? effect|programmadoelstelling|programmadoel|hoofddoelstelling|hoofddoel)\b\s*(\d{1,2}(?:[.-]\d{1,3}){0,3}[a-z]?(?![\d.-]?\d))?\s*[:.–-]?\s*(.*)$/i;
const INNER_SENTENCE = /\p{L}\)?[.!?;]\s+\p{Lu}/u;
const SENTENCE_INSIDE = /\p{L}\)?[.!?]\s+\p{Lu}/u;
/** What both need and a cheap regex finds: a stop and a space. Most lines have none and skip the unicode test. */
const STOP_AND_SPACE = /[.!?;]\s/;
/** Whitespace that `classifyHeading` folds: a run of two, or any but a plain space. Most headings have none. */
const UNFOLDED_SPACE = /\s\s|[^\S ]/;
const SINGLE_NUMBER = /^(\d{1,2})[.)]\s+(\S.{1,150})$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,3}){1,3})\.?\s+(\S.{1,150})$/;
const LABELS = new RegExp(`^(?:visie|missie|toelichting|${STATUS}|acties o\\.?b\\.?v\\.? begroting|resultaat|planning|prestaties?|beschrijving|omschrijving)\\s*:?$`, 'i');

/** Classifies a heading text. */
export function classifyHeading(text: string): HeadingKind {
  const u = unspace(text).trim();
  // A global replace costs a call into the runtime even when it changes nothing, as it mostly does.
  const t = UNFOLDED_SPACE.test(u) ? u.replace(/\s+/g, ' ') : u;
  const goal = GOAL.exec(t);
  const title = goal ? goal[3]!.trim().replace(/[.:]$/, '') : '';
  // "Beoogd maatschappelijk effect 3.1: Iedereen doet mee" names one goal; without id and title it heads the goals.
  const named = goal !== null && (goal[2] !== undefined || (title !== '' && /[:]/.test(t.slice(0, 40))));
  const role = named ? null : sectionRole(t);
  if (role) return { kind: 'section', role, id: outlineNumber(t) };
  // 'Doelstelling: "Wat wilden we bereiken ?"': a label over the W-question, whose role it is.
  const quoted = named && goal![2] === undefined ? sectionRole(title.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim()) : null;
  if (quoted) return { kind: 'section', role: quoted, id: null };
  if (goal && (named || goal[3] === '')) {
    if (/^doel$/i.test(t)) return { kind: 'label' };
    // "Ambitie" over a paragraph of prose (or a card's "Ambitie 2027") heads text; "Ambitie 2: …" names a goal.
    if (goal[2] === undefined && /^ambitie\b/i.test(t)) return { kind: 'heading' };
    return { kind: 'goal', id: goal[2] ?? null, title: title === '' ? null : title, sub: goal[1] !== undefined };
  }
  // The programme patterns start with a "p", the numbered ones with a digit: a heading that starts otherwise skips them.
  const first = t.charCodeAt(0);
  if ((first | 32) === 0x70) {
    const numberOnly = PROGRAMME_NUMBER_ONLY.exec(t);
    if (numberOnly) return { kind: 'programme', id: numberOnly[1]!, title: t };
    const programme = PROGRAMME.exec(t);
    if (programme && !/[.;:]$/.test(t) && !/^programma(?:'s|lijn|manager|plan)/i.test(t)) {
      return { kind: 'programme', id: programme[1] ?? null, title: programme[2]!.trim() };
    }
    const coded = PROGRAMME_CODE.exec(t);
    if (coded) return { kind: 'programme', id: coded[1]!, title: coded[2]!.trim() };
  } else if (first >= 0x30 && first <= 0x39) {
    const measure = numberedMeasure(t);
    if (measure) return { kind: 'measure', ...measure };
    const numbered = NUMBERED.exec(t) ?? SINGLE_NUMBER.exec(t);
    if (numbered) return { kind: 'numbered', id: numbered[1]!, title: numbered[2]!.trim().replace(/:$/, '') };
  }
  if (LABELS.test(t)) return { kind: 'label' };
  return { kind: 'heading' };
}

/**
 * Whether a sentence ends inside the text: a stop after a word, then a capital
 * ("Een veilige buurt. Inwoners …"). A goal or a title is one statement.
 * @example sentenceInside('Minder armoede. Meer werk') // true
 * @example sentenceInside('Minder armoede, meer werk.') // false
 */
export function sentenceInside(text: string): boolean {
  return STOP_AND_SPACE.test(text) && SENTENCE_INSIDE.test(text);
}

/**
 * Plain text has no heading markup: a short one-line paragraph that does not
 * read as a sentence and stands alone, or leads into longer text, is one.
 */
export function isHeadingCandidate(block: ParagraphBlock, next: Block | undefined): boolean {
  if (lineCount(block) === 2 && isWrappedGoalTitle(block)) return true;
  if (lineCount(block) !== 1) return false;
  const t = unspace(block.text).trim();
  // "Eenheid: aantal per 1.000 woningen", "Bron: BAG": fields of an indicator, not headings.
  if (CARD_UNIT_OR_SOURCE_LINE.test(t)) return false;
  // The party-field veto is asked last, of heading-shaped lines only: every test here is pure, so the order of
  // the vetoes does not change the answer, and most lines fail a cheaper one first.
  return headingShaped(t, block, next) && !isPartyFieldLine(t);
}

/** "Vestigingsplaats: Tilburg", "Resultaat 2023: € 360.000": fields of a connected party ("Doel: …" may still name a goal). */
function isPartyFieldLine(t: string): boolean {
  return partyFieldLine(t) !== null && !GOAL.test(t);
}

// The patterns of headingShaped, made once (a regex literal is a new object each time it is evaluated).
const ENDS_SENTENCE = /[.;]$/;
const TITLE_START = /^[A-Z0-9À-ÖØ-Þ'‘(]/;
const ENDS_CLAUSE = /[.,;]$/;
/** "A.", "3.", "2.1.": an outline number alone, whose stop ends no clause. */
const OUTLINE_NUMBER_ALONE = /^(?:[A-Z]|\d{1,2})(?:\.\d{1,2})*\.$/;

/** `isHeadingCandidate` for a one-line paragraph `t`, the party-field veto aside. */
function headingShaped(t: string, block: ParagraphBlock, next: Block | undefined): boolean {
  // "Doelstelling 3: <a long title>" is a goal heading whatever its length.
  if (t.length <= 300 && GOAL_WITH_ID.test(t)) return true;
  // A W-question or a programme title is a heading whatever follows it.
  if (t.length <= 120 && (sectionRole(t) !== null || PROGRAMME_TITLE.test(t))) return true;
  // "1. Inwoners voelen zich veilig" / "2.3 Een meldpunt": numbered titles.
  if (t.length <= 150 && NUMBERED_TITLE.test(t) && !ENDS_SENTENCE.test(t)) return true;
  if (t.length < 2 || t.length > 110) return false;
  // The vetoes below, cheapest first (their order does not change the answer).
  if (!TITLE_START.test(t)) return false;
  if (ENDS_CLAUSE.test(t) && !OUTLINE_NUMBER_ALONE.test(t)) return false;
  if (spaces(t, 16) >= 16) return false;
  // "… samen met de" right above more text stops mid-sentence: a wrapped line, not a title.
  // Alone between blank lines it is a label ("Kennisnemen van").
  if (!block.standalone && endsInFunctionWord(t)) return false;
  // Where the line stands is asked before the costlier vetoes below (a unicode regex, a parse as a value): only a
  // line that stands as a heading needs them, and every test here is pure, so the order does not change the answer.
  if (!standsAsHeading(t, block, next)) return false;
  // "(POH-GGZ jeugd). Het Rijk heeft …": a sentence ends inside the line, which no title does.
  if (STOP_AND_SPACE.test(t) && INNER_SENTENCE.test(t)) return false;
  if (isValueLike(t)) return false;
  // "We zetten in op:" introduces the list under it; it does not head a section.
  return !(t.endsWith(':') && next?.kind === 'list' && sectionRole(t) === null);
}

/** A line set apart (alone, bold, last) or leading into longer text: where a heading stands. */
function standsAsHeading(t: string, block: ParagraphBlock, next: Block | undefined): boolean {
  if (block.standalone || block.strong) return true;
  if (!next) return true;
  if (next.kind === 'paragraph') return next.text.length > t.length + 20 || lineCount(next) > 1 || CARD_UNIT_OR_SOURCE_LINE.test(next.text);
  return next.kind !== 'clutter';
}

/** A wrapped first line of a goal title is long or stops mid-sentence; a short one ends the title. */
const WRAPPED_TITLE_LINE = 50;

/**
 * "Doelstelling 3.2: Jongeren groeien veilig op, thuis, op school en in hun"
 * / "eigen wijk": a goal title wrapped onto a second line, which the reader
 * joined as a paragraph. Only when the first line ran on (long, or ending in
 * a word that needs another) and the second ends the title without starting
 * a sentence of its own.
 */
function isWrappedGoalTitle(block: ParagraphBlock): boolean {
  const first = unspace(block.lines[0]!.text).trim();
  const second = block.lines[1]!.text.trim();
  if (first.length + second.length > 300 || !GOAL_WITH_ID.test(first) || /[.;:!?]$/.test(first)) return false;
  if (first.length < WRAPPED_TITLE_LINE && !endsInFunctionWord(first)) return false;
  return second.length <= first.length && !/[.!?;]\s/.test(second);
}

/** The spaces in `text`, counted up to `limit` (words − 1, without splitting the text). */
function spaces(text: string, limit: number): number {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0 && n < limit; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** A title compared across its repetitions: case, spaces and a final stop aside. */
export function titleKey(title: string): string {
  return title.toLowerCase().replace(/\s+/g, ' ').replace(/[.:]$/, '').trim();
}

/** The programmes a document lists up front, by number, and the block index after that list. */
export interface ProgrammeOverview {
  /** The block index of the first entry when the entries are lines of their own (not one list block), else -1. */
  lines: number;
  end: number;
  titles: Map<string, string>;
}

const OVERVIEW_ENTRY = /^(\d{1,2})[.)]?\s+(\S.{0,100})$/;

/**
 * "De begroting bestaat uit de volgende programma's:" and under it "1.
 * Bestuur en dienstverlening", "2. Veiligheid" …: the document names its
 * programmes, so that "2. Veiligheid" standing alone further on opens
 * programme 2. The entries are the numbered title lines (or the items of a
 * numbered list) right after the line; at least two, each without a final
 * stop. The first such overview counts.
 */
export function programmeOverview(blocks: ReadonlyArray<Block | undefined>): ProgrammeOverview | null {
  for (let i = 0; i < blocks.length - 1; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'paragraph' || !b.text.endsWith(':') || !PROGRAMME_OVERVIEW.test(b.text)) continue;
    const titles = new Map<string, string>();
    let k = i + 1;
    const add = (id: string, title: string): boolean => {
      if (/[.;:]$/.test(title) || titles.has(id)) return false;
      titles.set(id, titleKey(title));
      return true;
    };
    const next = blocks[k];
    if (next?.kind === 'list' && next.ordered) {
      for (const item of next.items) {
        const n = /^(\d{1,2})[.)]?$/.exec(item.marker);
        if (item.depth > 0 || !n || !add(n[1]!, item.text.trim())) break;
      }
      k++;
    } else {
      for (; k < blocks.length; k++) {
        const line = blocks[k]!;
        const m = line.kind === 'paragraph' && lineCount(line) === 1 ? OVERVIEW_ENTRY.exec(line.text.trim()) : null;
        if (!m || !add(m[1]!, m[2]!)) break;
      }
    }
    if (titles.size >= 2) return { lines: next?.kind === 'list' ? -1 : i + 1, end: k, titles };
  }
  return null;
}

/**
 * A numbered heading after the overview that repeats one of its entries,
 * number and title, is that programme.
 * @example // after the overview: "3. Sociaal domein" → programme 3
 */
export function asListedProgramme(h: HeadingKind, overview: ProgrammeOverview | null): HeadingKind {
  if (overview === null || h.kind !== 'numbered' || h.id.includes('.')) return h;
  return overview.titles.get(h.id) === titleKey(h.title) ? { kind: 'programme', id: h.id, title: h.title } : h;
}
