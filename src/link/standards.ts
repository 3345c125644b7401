/**
 * The post-pass that links nodes to the national standards, so that 342
 * municipalities can be compared: an indicator that is a BBV
 * beleidsindicator gets `standard` {scheme 'bbv-beleidsindicator', id "21"};
 * a budget row that is a taakveld gets {scheme 'iv3-taakveld', id "0.10"}.
 *
 * Never on a weak match. A link says how it was made:
 * - `code`: a taakveld code before or beside the row ("0.10 Mutaties
 *   reserves", code cell "0.10"), confirmed by the name where the row has one;
 *   a BBV number before an indicator's name ("30. CBS jeugdbescherming"),
 *   confirmed by half of that indicator's words;
 * - `name`: the name as the standard writes it (case, accents and footnote
 *   marks aside);
 * - `normalised-name`: every word of the standard's name is in the
 *   indicator's name once its number, brackets, unit and age group are off
 *   ("Jongeren tot 18 jaar met jeugdhulp" is Jongeren met jeugdhulp), and at
 *   most MAX_EXTRA_WORDS other words remain (none for a one-word name, so
 *   "Bezetting zwembad" is not Bezetting). Two standards that fit equally
 *   well link neither ("Gemeentelijke woonlasten").
 *
 * Shaped `(children) => children`; it sets the field on the nodes in place
 * (a copy of a large tree would double its memory).
 */
import type { BudgetTableNode, IndicatorNode, LinkMatch, Node, Organisation, StandardLink } from '../schema/report.js';
import { BELEIDSINDICATOREN, TAAKVELDEN } from '../vocabulary/standards-data.js';
import { BBV_ALIASES, NAME_QUALIFIERS, NEUTRAL_WORDS } from '../vocabulary/standard-names.js';
import { measuresAgree } from './unit-agreement.js';
import { lookupCache } from '../vocabulary/memo.js';

/** Words a multi-word indicator name may have beyond the standard's ("Aantal verwijzingen Halt naar jongeren"). */
export const MAX_EXTRA_WORDS = 1;
/** Taakveld names of one word ("Riolering", "Bestuur") also name programmes and rows of other tables: without a code they link nothing. */
const MIN_NAME_ONLY_WORDS = 2;

/** Lower case, no accents, hyphens and slashes as spaces, footnote marks and leading numbers off. */
function plain(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*†]+/g, '')
    .replace(/^\s*\(?\d{1,2}[a-c]?[.)]?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name before a wide gap, plain: converted tables run other columns into the name ("34. Hernieuwbare elektriciteit     %     RWS"). */
function plainName(name: string): string {
  return plain(name.split(/\s{3,}|\t/)[0]!);
}

/** A name's distinguishing words: brackets, unit and age qualifiers off, hyphens split, light stemming ("voortijdige" = "voortijdig"). */
function words(name: string): string[] {
  return plainWords(plainName(name));
}

/** `words` of a name already made plain by `plainName`. */
function plainWords(plainText: string): string[] {
  let t = plainText.replace(/\([^)]*\)/g, ' ');
  for (const q of NAME_QUALIFIERS) t = t.replace(q, ' ');
  // A loop, not map/filter: an optimised `map` makes a holey array, the builtin a packed one, and `byName` was
  // re-optimised for each.
  const out: string[] = [];
  for (const part of t.split(/[\s\-/]+/)) {
    const w = part.replace(/[^a-z0-9%]/g, '');
    if (w !== '' && !NEUTRAL_WORDS.has(w)) out.push(w.length > 4 ? w.replace(/e$/, '') : w);
  }
  return out;
}

interface Candidate {
  id: string;
  name: string;
  plain: string;
  words: string[];
}

/**
 * Candidates with their lookups made once: by spelling, and by the first of
 * their words. A name links only to a candidate all of whose words it has,
 * so only the candidates filed under one of the name's words are tried (in
 * their order in the list, as a scan of the whole list would meet them); a
 * row label costs a few map lookups, not a pass over every standard.
 */
class Candidates {
  readonly list: readonly Candidate[];
  private readonly byPlain = new Map<string, Candidate[]>();
  private readonly byFirstWord = new Map<string, number[]>();

  constructor(list: readonly Candidate[]) {
    this.list = list;
    list.forEach((c, k) => {
      this.byPlain.set(c.plain, [...(this.byPlain.get(c.plain) ?? []), c]);
      // A candidate without words links by its spelling only (see `byName`).
      if (c.words.length > 0) this.byFirstWord.set(c.words[0]!, [...(this.byFirstWord.get(c.words[0]!) ?? []), k]);
    });
  }

  /** The candidates spelled `plainText` (made plain by `plainName`), in list order. */
  spelled(plainText: string): readonly Candidate[] {
    return this.byPlain.get(plainText) ?? [];
  }

  /** The candidates whose first word is one of `nameWords`, in list order. */
  firstWordIn(nameWords: readonly string[]): Candidate[] {
    const at: number[] = [];
    for (const w of new Set(nameWords)) for (const k of this.byFirstWord.get(w) ?? []) at.push(k);
    at.sort((a, b) => a - b);
    const out: Candidate[] = [];
    for (const k of at) out.push(this.list[k]!);
    return out;
  }
}

const INDICATOR_CANDIDATES = new Candidates(
  BELEIDSINDICATOREN.flatMap((b) => [b.name, ...(BBV_ALIASES[b.id] ?? [])].map((n) => ({ id: b.id, name: b.name, plain: plain(n), words: words(n) }))),
);

/** The link a name makes with the candidates, or null (no fit, or two standards fit as well). */
function byName(name: string, candidates: Candidates): { id: string; name: string; match: LinkMatch } | null {
  const p = plainName(name);
  // The candidates spelled as the name: a link when they are all one standard (its first spelling gives the name).
  const spelled = candidates.spelled(p);
  const exact = spelled[0];
  if (exact !== undefined && spelled.every((c) => c.id === exact.id)) return { id: exact.id, name: exact.name, match: 'name' };
  const have = plainWords(p);
  if (have.length === 0) return null;
  let best: Candidate[] = [];
  let bestExtra = Infinity;
  for (const c of candidates.firstWordIn(have)) {
    if (!c.words.every((w) => have.includes(w))) continue;
    const extra = have.filter((w) => !c.words.includes(w)).length;
    if (extra > (c.words.length === 1 ? 0 : MAX_EXTRA_WORDS)) continue;
    if (extra < bestExtra) [best, bestExtra] = [[c], extra];
    else if (extra === bestExtra) best.push(c);
  }
  const first = best[0];
  return first && best.every((c) => c.id === first.id) ? { id: first.id, name: first.name, match: 'normalised-name' } : null;
}

/**
 * The BBV beleidsindicator an indicator name is, or null.
 * @example bbvLink('Banen per 1.000 inwoners in de leeftijd van 15 t/m 64 jaar') // { scheme: 'bbv-beleidsindicator', id: '21', name: 'Banen', match: 'normalised-name' }
 */
export function bbvLink(name: string): StandardLink | null {
  const found = byName(name, INDICATOR_CANDIDATES);
  if (found) return { scheme: 'bbv-beleidsindicator', ...found };
  return byNumber(name);
}

/** The BBV number before a name: "34. Hernieuwbare elektriciteit", "(31) CBS jeugdreclassering". */
const BBV_NUMBER = /^\s*\(?(\d{1,2})[.)]?\s/;
/** Share of a standard's words a name must have besides its number: the number and the words are two agreements. */
export const MIN_WORDS_WITH_NUMBER = 0.5;

/**
 * A name led by a BBV number that has at least half of that indicator's
 * words ("30. CBS jeugdbescherming   18 jaar", where a converter ran the
 * columns together): match `code`. A document's own numbering ("3. Aantal
 * bezoekers") shares no word with Apparaatskosten and links nothing.
 */
function byNumber(name: string): StandardLink | null {
  const m = BBV_NUMBER.exec(name);
  if (!m) return null;
  const have = new Set(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).map((w) => (w.length > 4 ? w.replace(/e$/, '') : w)));
  for (const c of INDICATOR_CANDIDATES.list) {
    if (c.id !== m[1] || c.words.length === 0) continue;
    if (c.words.filter((w) => have.has(w)).length / c.words.length >= MIN_WORDS_WITH_NUMBER) return { scheme: 'bbv-beleidsindicator', id: c.id, name: c.name, match: 'code' };
  }
  return null;
}

/** Every taakveld (not a hoofdtaakveld) by its name and each of its other names, in the list's order. */
const TAAKVELD_LIST: Candidate[] = TAAKVELDEN.filter((t) => t.level === 'taakveld').flatMap((t) =>
  [t.name, ...t.altNames].map((n) => ({ id: t.code, name: t.name, plain: plain(n), words: words(n) })),
);
/** The taakvelden, for a row without a code. */
const TAAKVELD_CANDIDATES = new Candidates(TAAKVELD_LIST);
/** Each taakveld code's own candidates, for a row whose code names one; the first gives the code's name. */
const TAAKVELD_CANDIDATES_BY_CODE = new Map([...new Set(TAAKVELD_LIST.map((c) => c.id))].map((id) => [id, new Candidates(TAAKVELD_LIST.filter((c) => c.id === id))]));

/** "0.10 Mutaties reserves" → ["0.10", "Mutaties reserves"]; "6.71a Hulp bij het huishouden" too. */
const LEADING_CODE = /^\s*(\d\.\d{1,3}[a-d]?)\s+(.*)$/;

/**
 * The taakveld a budget row is, or null: by its code (from the code cell or
 * the label's start) when the name agrees or there is none; by its name when
 * that has two words or more.
 * @example taakveldLink('0.10 Mutaties reserves', null) // { scheme: 'iv3-taakveld', id: '0.10', name: 'Mutaties reserves', match: 'code' }
 */
export function taakveldLink(label: string, code: string | null | undefined): StandardLink | null {
  const lead = LEADING_CODE.exec(label);
  const rowCode = (code && TAAKVELD_CANDIDATES_BY_CODE.has(code.trim()) ? code.trim() : null) ?? (lead ? lead[1]! : null);
  const name = lead && rowCode === lead[1] ? lead[2]! : label;
  const own = rowCode === null ? undefined : TAAKVELD_CANDIDATES_BY_CODE.get(rowCode);
  if (rowCode !== null && own !== undefined) {
    if (name.trim() === '' || name.trim() === rowCode) return { scheme: 'iv3-taakveld', id: rowCode, name: own.list[0]!.name, match: 'code' };
    const named = byName(name, own);
    // A code whose name disagrees is a programme's or product's own number ("1.1 Veiligheid"): no link.
    return named ? { scheme: 'iv3-taakveld', id: rowCode, name: named.name, match: 'code' } : null;
  }
  const named = byName(name, TAAKVELD_CANDIDATES);
  if (!named) return null;
  // The taakveld's own name (its first candidate), not the spelling that matched, counts the words.
  const entry = TAAKVELD_CANDIDATES_BY_CODE.get(named.id)!.list[0]!;
  return entry.plain.split(' ').length >= MIN_NAME_ONLY_WORDS ? { scheme: 'iv3-taakveld', ...named } : null;
}

/**
 * Links every indicator and budget row under `children` (see the module
 * comment) and returns `children`. Budget rows are linked to the gemeente
 * taakvelden only where the organisation is not a provincie or waterschap.
 */
export function linkStandards(children: Node[], organisation: Organisation | null = null): Node[] {
  // Provincies and waterschappen book on taakvelden of their own, with the same kind of codes: the gemeente list does not apply.
  const taakvelden = organisation === null || organisation.kind === 'gemeente' || organisation.kind === 'gemeenschappelijke regeling' || organisation.kind === null;
  const stack: Node[] = [...children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'indicator') linkIndicator(node);
    else if (node.type === 'budgetTable' && taakvelden) linkRows(node);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return children;
}

/**
 * Links already made, by name (and code): a document repeats its row labels
 * in every table ("Lasten", "Baten", "Saldo", "0.1 Bestuur"), and each lookup
 * compares the name's words with every standard's. Bounded and cleared when
 * full; a hit is copied, so that no two nodes share one link object.
 */
const LINK_CACHE_LIMIT = 20_000;
/** Names longer than this are not cached: hashing them would cost about what linking does. */
const LINK_CACHE_MAX_CHARS = 200;
const linkCache = lookupCache<StandardLink | null>();

function cachedLink(key: string, make: () => StandardLink | null): StandardLink | null {
  if (key.length > LINK_CACHE_MAX_CHARS) return make();
  let link = linkCache.get(key);
  if (link === undefined) {
    link = make();
    if (linkCache.size >= LINK_CACHE_LIMIT) linkCache.clear();
    linkCache.set(key, link);
  }
  return link === null ? null : { ...link };
}

function linkIndicator(node: IndicatorNode): void {
  const stated = node.unit ? `${node.name} (${node.unit})` : node.name;
  // The key keeps name and unit apart: "X (per 1.000)" as a name links by another match than X with that unit.
  const link = cachedLink(`i${node.name}\u0000${node.unit ?? ''}`, () => {
    const found = bbvLink(node.name);
    // A count beside the standard's rate ("Formatie: aantal FTE") is not the standard (unit-agreement.ts).
    const unit = found ? BELEIDSINDICATOREN.find((b) => b.id === found.id)?.unit : undefined;
    // A document's own BBV number ("28. Lopende re-integratievoorzieningen") states the standard: its unit wording may be older.
    return found && found.match !== 'code' && unit !== undefined && !measuresAgree(stated, unit) ? null : found;
  });
  if (link) node.standard = link;
}

function linkRows(table: BudgetTableNode): void {
  for (const row of table.rows) {
    const link = cachedLink(row.code == null ? `t${row.label}` : `c${row.code.length}:${row.code}${row.label}`, () => taakveldLink(row.label, row.code));
    if (link) row.standard = link;
  }
}
