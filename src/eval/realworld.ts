/**
 * The real-world measure (`npm run realworld`, and the floor test): parses
 * every document of corpus/real in this process, scores those with a gold
 * annotation in corpus/real/gold (see score.ts), and measures on every
 * document, annotated or not, whether its Totaal and Saldo rows add up and
 * how many of its Totaal and Saldo lines come out as budget rows at all.
 * Totaal and Saldo lines are counted in the text documents only: a PDF's
 * lines are what the PDF reader made of it, itself under test.
 * The figures are rounded and keyed in a fixed order, and hold no timings,
 * so that the committed file's diff shows only real changes.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFile } from '../pipeline/parse.js';
import { coverage, emptyTallies, FACETS, meanF1, overallF1, pyRound, scoreDocument, type Facet, type Json, type Tally } from './score.js';
import { reconcile, type BrokenTotal } from './reconcile.js';
import { totalLinesAsRows } from './total-lines.js';
import { evidence, type SilentTable } from './silent-tables.js';

/** A parsed document: its report ({} when the parse failed) and the text its words are counted in. */
export interface Parsed {
  report: unknown;
  text: string | null;
  failed: string | null;
}

/** What to measure besides the scores. */
export interface MeasureOptions {
  /**
   * Read a PDF's text layer a second time for its coverage (default true).
   * The floor test leaves it out: pdf.js is slow, and coverage is no floor.
   */
  pdfText?: boolean;
}

/** How many of the worst documents the figures list. */
export const WORST_COUNT = 10;

/** Figures are kept to this many decimals: finer differences are noise of one cell. */
const DECIMALS = 3;

const round = (x: number | null): number | null => (x === null ? null : pyRound(x, DECIMALS));
const share = (part: number, whole: number): number | null => (whole ? round(part / whole) : null);

/**
 * The text of an input as score.py reads it for coverage: UTF-16 with a
 * byte-order mark or UTF-8, and of an HTML page its words, not its markup.
 */
function textOf(path: string, bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text = new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
  if (/\.html?$/i.test(path)) {
    const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
    text = text
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
        e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' || e[1] === 'X' ? `0${e.slice(1)}` : e.slice(1))) : (entities[e.toLowerCase()] ?? m));
  }
  return text;
}

/**
 * Parses one document with the library, as the CLI would. A PDF's text for
 * coverage is pdf.js's text layer (score.py uses pdftotext where installed,
 * so a PDF's coverage can differ between the two by a little).
 */
export async function parseDocument(path: string, options: MeasureOptions = {}): Promise<Parsed> {
  let report: unknown = {};
  let failed: string | null = null;
  try {
    report = await parseFile(path);
  } catch (error) {
    failed = error instanceof Error ? error.message.slice(0, 120) : String(error);
  }
  let text: string | null = null;
  try {
    const bytes = readFileSync(path);
    if (/\.pdf$/i.test(path)) {
      if (options.pdfText === false) return { report, text: null, failed };
      const { readPdf } = (await import('../blocks/pdf.js')) as { readPdf: (b: Uint8Array) => Promise<{ text: string }> };
      text = (await readPdf(new Uint8Array(bytes))).text;
    } else text = textOf(path, bytes);
  } catch {
    text = null;
  }
  return { report, text, failed };
}

/** One annotated document's figures: F1 per facet it has, their mean, coverage. */
export interface DocumentScore {
  input: string;
  f1: Partial<Record<Facet, number | null>>;
  tallies: Partial<Record<Facet, Tally>>;
  mean: number | null;
  coverage: number | null;
  failed: string | null;
}

/** The scores of a folder of gold files. */
export interface GoldScores {
  documents: DocumentScore[];
  totals: Record<Facet, Tally>;
  overall: Record<Facet, number | null>;
  meanF1: number;
  coverage: number | null;
  failed: number;
}

/** The gold files of a folder, by name, as score.py reads them. */
export function readGold(goldDir: string): { name: string; gold: Json }[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => ({ name, gold: JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as Json }));
}

/**
 * Scores every gold file of a folder against the reports of its inputs.
 * @param goldDir folder of gold files
 * @param inputDir folder each gold's "input" is relative to
 * @param parsed gives the parse of an input path (cached by the caller)
 */
export async function scoreGold(goldDir: string, inputDir: string, parsed: (path: string) => Promise<Parsed>): Promise<GoldScores> {
  const totals = emptyTallies();
  const documents: DocumentScore[] = [];
  for (const { gold } of readGold(goldDir)) {
    const input = String(gold.input);
    const p = await parsed(join(inputDir, input));
    const tallies = scoreDocument(gold, p.report, totals);
    const f1 = Object.fromEntries(FACETS.filter((f) => tallies[f]).map((f) => [f, tallies[f]!.f1()]));
    const has = Object.values(f1).filter((v): v is number => v !== null);
    documents.push({
      input,
      f1,
      tallies,
      mean: has.length ? meanF1(f1) : null,
      coverage: p.text === null ? null : coverage(p.text, p.report),
      failed: p.failed,
    });
  }
  const covs = documents.map((d) => d.coverage).filter((c): c is number => c !== null);
  const overall = overallF1(totals);
  return {
    documents,
    totals,
    overall,
    meanF1: meanF1(overall),
    coverage: covs.length ? covs.reduce((a, b) => a + b, 0) / covs.length : null,
    failed: documents.filter((d) => d.failed !== null).length,
  };
}

/** The corpus documents, text excerpts then PDF page excerpts, as paths relative to the corpus folder. */
export function corpusInputs(corpusDir: string): string[] {
  const list = (sub: string, ext: RegExp) =>
    existsSync(join(corpusDir, sub)) ? readdirSync(join(corpusDir, sub)).filter((n) => ext.test(n)).sort().map((n) => `${sub}/${n}`) : [];
  return [...list('text', /\.(txt|md|html?)$/i), ...list('pdf', /\.pdf$/i)];
}

/** The figures written to corpus/real/figures.json. */
export interface RealWorldFigures {
  corpus: { documents: number; text: number; pdf: number; annotated: number; failed: number };
  overall: Record<Facet | 'meanF1' | 'coverage', number | null>;
  counts: Record<Facet, { tp: number; fp: number; fn: number }>;
  multiplier: { tables: number; right: number; share: number | null };
  reconcile: { documents: number; checked: number; held: number; share: number | null };
  /**
   * The arithmetic as evidence: of the Totaal/Saldo rows checked, those that
   * add up or carry a diagnostic at their row (`accounted`); and the budget
   * tables that do not fit (a row short of amounts where the source does not
   * name its empty cells, or a total that does not add up) and carry no
   * warning (`silentTables`, listed per document in `silent`). The totals
   * that neither add up nor carry a diagnostic are listed per document in
   * `undiagnosed`.
   */
  evidence: {
    checked: number;
    accounted: number;
    share: number | null;
    tables: number;
    silentTables: number;
    silent: Record<string, SilentTable[]>;
    undiagnosed: Record<string, BrokenTotal[]>;
  };
  totalLines: { documents: number; lines: number; asRows: number; share: number | null };
  worst: { input: string; meanF1: number | null; facets: string }[];
  documents: Record<string, Record<string, number | null>>;
}

/**
 * Parses the whole real corpus in this process and measures it.
 * @param corpusDir the corpus folder (corpus/real): text/, pdf/, gold/
 */
export async function realWorldFigures(corpusDir: string, options: MeasureOptions = {}): Promise<{ figures: RealWorldFigures; scores: GoldScores; failures: Map<string, string[]> }> {
  const cache = new Map<string, Promise<Parsed>>();
  const parsed = (path: string) => {
    let p = cache.get(path);
    if (!p) cache.set(path, (p = parseDocument(path, options)));
    return p;
  };
  const inputs = corpusInputs(corpusDir);
  const scores = await scoreGold(join(corpusDir, 'gold'), corpusDir, parsed);

  const rec = { documents: 0, checked: 0, held: 0 };
  const lines = { documents: 0, lines: 0, asRows: 0 };
  const failures = new Map<string, string[]>();
  const ev = { checked: 0, accounted: 0, tables: 0, silentTables: 0, silent: {} as Record<string, SilentTable[]>, undiagnosed: {} as Record<string, BrokenTotal[]> };
  for (const input of inputs) {
    const p = await parsed(join(corpusDir, input));
    // A PDF's rows point into the lines of its own reading, not into a text we hold here.
    const e = evidence(p.report, input.startsWith('text/') ? p.text : null);
    ev.checked += e.checked;
    ev.accounted += e.held + e.diagnosed;
    ev.tables += e.tables;
    ev.silentTables += e.silent.length;
    if (e.silent.length) ev.silent[input] = e.silent;
    if (e.undiagnosed.length) ev.undiagnosed[input] = e.undiagnosed;
    const r = reconcile(p.report);
    if (r.checked) {
      rec.documents++;
      rec.checked += r.checked;
      rec.held += r.held;
    }
    if (r.failures.length) failures.set(input, r.failures);
    if (p.text !== null && input.startsWith('text/')) {
      const t = totalLinesAsRows(p.text, p.report);
      if (t.lines) {
        lines.documents++;
        lines.lines += t.lines;
        lines.asRows += t.asRows;
      }
    }
  }

  const documents: Record<string, Record<string, number | null>> = {};
  for (const d of [...scores.documents].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0))) {
    const row: Record<string, number | null> = {};
    for (const f of FACETS) if (f in d.f1) row[f] = round(d.f1[f] ?? null);
    row.meanF1 = round(d.mean);
    row.coverage = round(d.coverage);
    documents[d.input] = row;
  }
  // Among documents of the same mean, the one where more of the gold was missed is worse.
  const missed = (d: DocumentScore) => FACETS.reduce((n, f) => n + (d.tallies[f]?.fn ?? 0), 0);
  const worst = scores.documents
    .filter((d) => d.mean !== null)
    .sort((a, b) => a.mean! - b.mean! || missed(b) - missed(a) || (a.input < b.input ? -1 : 1))
    .slice(0, WORST_COUNT)
    .map((d) => ({
      input: d.input,
      meanF1: round(d.mean),
      facets: FACETS.filter((f) => f in d.f1).map((f) => `${f}=${d.f1[f] === null ? '-' : pyRound(d.f1[f]!, DECIMALS).toFixed(DECIMALS)}`).join(' '),
    }));
  const mult = scores.totals.multiplier;
  const overall = Object.fromEntries([
    ...FACETS.map((f) => [f, round(scores.overall[f])]),
    ['meanF1', round(scores.meanF1)],
    ['coverage', round(scores.coverage)],
  ]) as RealWorldFigures['overall'];
  const figures: RealWorldFigures = {
    corpus: {
      documents: inputs.length,
      text: inputs.filter((i) => i.startsWith('text/')).length,
      pdf: inputs.filter((i) => i.startsWith('pdf/')).length,
      annotated: scores.documents.length,
      failed: (await Promise.all(inputs.map(async (i) => (await parsed(join(corpusDir, i))).failed))).filter((f) => f !== null).length,
    },
    overall,
    counts: Object.fromEntries(FACETS.map((f) => [f, { tp: scores.totals[f].tp, fp: scores.totals[f].fp, fn: scores.totals[f].fn }])) as RealWorldFigures['counts'],
    multiplier: { tables: mult.tp + mult.fn, right: mult.tp, share: share(mult.tp, mult.tp + mult.fn) },
    reconcile: { ...rec, share: share(rec.held, rec.checked) },
    evidence: { checked: ev.checked, accounted: ev.accounted, share: share(ev.accounted, ev.checked), tables: ev.tables, silentTables: ev.silentTables, silent: ev.silent, undiagnosed: ev.undiagnosed },
    totalLines: { ...lines, share: share(lines.asRows, lines.lines) },
    worst,
    documents,
  };
  return { figures, scores, failures };
}

/** The figures as the committed file holds them: two-space JSON, a final newline. */
export function figuresJson(figures: RealWorldFigures): string {
  return `${JSON.stringify(figures, null, 2)}\n`;
}
