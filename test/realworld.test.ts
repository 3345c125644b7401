/**
 * The real-world floor: the parser is measured on real documents of other
 * organisations (corpus/real), and no change may make it worse there. The
 * figures of the last accepted state are committed in
 * corpus/real/figures.json by `npm run realworld`; this test parses the same
 * corpus in process and fails when a facet's F1, the share of Totaal/Saldo
 * rows that add up, the share of them that add up or carry a diagnostic, or
 * the share of Totaal/Saldo lines read as budget rows drops more than
 * FLOOR_SLACK below them, or when more tables that do not fit (see
 * src/eval/silent-tables.ts) go without a warning. Every gold file must also be
 * reachable (its input exists) and attainable (rendered as a report it
 * scores 1 on every facet it has).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGold, realWorldFigures, type RealWorldFigures } from '../src/eval/realworld.js';
import { emptyTallies, FACETS, scoreDocument } from '../src/eval/score.js';
import { goldReport } from '../src/eval/gold-report.js';

const corpusDir = join(import.meta.dirname, '..', 'corpus', 'real');
const committedPath = join(corpusDir, 'figures.json');

/**
 * How far a figure may fall below the committed one: a drop of one matched
 * item in a small facet is about 0.01, so 0.02 lets a reshuffle of ties pass
 * and catches a real loss.
 */
const FLOOR_SLACK = 0.02;

const golds = readGold(join(corpusDir, 'gold'));

describe('gold files', () => {
  for (const { name, gold } of golds) {
    it(`${name} names an input that exists and scores 1 on every facet it has`, () => {
      expect(typeof gold.input, 'a gold names its input').toBe('string');
      expect(existsSync(join(corpusDir, String(gold.input))), `${gold.input} exists under corpus/real`).toBe(true);
      const line = scoreDocument(gold, goldReport(gold), emptyTallies());
      const below = FACETS.filter((f) => line[f] && line[f]!.f1() !== null && line[f]!.f1()! < 0.9995);
      expect(below, 'facets a perfect parser could not score 1 on').toEqual([]);
    });
  }
});

describe('real-world floor', () => {
  let now: RealWorldFigures;
  let committed: RealWorldFigures;
  beforeAll(async () => {
    committed = JSON.parse(readFileSync(committedPath, 'utf8')) as RealWorldFigures;
    now = (await realWorldFigures(corpusDir, { pdfText: false })).figures;
  });

  const hint = 'If the change is meant, or an improvement, run `npm run realworld` and commit corpus/real/figures.json (read its diff).';
  const floor = (name: string, was: number | null | undefined, is: number | null | undefined) => {
    if (was === null || was === undefined) return;
    expect(is ?? 0, `${name} fell from ${was.toFixed(3)} to ${(is ?? 0).toFixed(3)}, more than ${FLOOR_SLACK} below the committed figure. ${hint}`).toBeGreaterThanOrEqual(was - FLOOR_SLACK - 1e-9);
  };

  it('measures the corpus the committed figures were measured on', () => {
    const { failed: _nowFailed, ...nowCorpus } = now.corpus;
    const { failed: _wasFailed, ...wasCorpus } = committed.corpus;
    expect(nowCorpus, `the corpus changed since corpus/real/figures.json was written. ${hint}`).toEqual(wasCorpus);
  });
  it('fails on no more documents than before', () => {
    expect(now.corpus.failed, `more real documents fail to parse than in corpus/real/figures.json`).toBeLessThanOrEqual(committed.corpus.failed);
  });
  it.each(FACETS)('keeps the F1 of %s', (facet) => {
    floor(facet, committed.overall[facet], now.overall[facet]);
  });
  it('keeps the share of Totaal/Saldo rows that add up', () => {
    floor('reconcile share', committed.reconcile.share, now.reconcile.share);
  });
  it('keeps the share of Totaal/Saldo rows that add up or carry a diagnostic', () => {
    floor('totals that add up or carry a diagnostic', committed.evidence?.share, now.evidence.share);
  });
  it('lets no more tables that do not fit go without a warning', () => {
    if (!committed.evidence) return;
    expect(now.evidence.silentTables, `tables that do not fit and carry no warning: ${JSON.stringify(now.evidence.silent)}. ${hint}`).toBeLessThanOrEqual(committed.evidence.silentTables);
  });
  it('keeps the share of Totaal/Saldo lines read as budget rows', () => {
    floor('Totaal/Saldo lines as rows', committed.totalLines.share, now.totalLines.share);
  });
});
