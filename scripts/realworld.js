#!/usr/bin/env node
/**
 * `npm run realworld`: parses every document of corpus/real in this process
 * with the built library, prints the scores per annotated document and
 * overall per facet, the share of Totaal/Saldo rows that add up, the share
 * of Totaal/Saldo lines that come out as budget rows, the multiplier
 * accuracy and the worst documents, and writes corpus/real/figures.json.
 * Commit that file: the floor test (test/realworld.test.ts) compares with it.
 *
 * Options: --no-write (print only), --verbose (the totals that do not add up,
 * the tables that do not fit and carry no warning).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { realWorldFigures, figuresJson } = await import(join(root, 'dist', 'eval', 'realworld.js'));
const { FACETS, pyRound } = await import(join(root, 'dist', 'eval', 'score.js'));

const args = new Set(process.argv.slice(2));
const corpusDir = join(root, 'corpus', 'real');
const t0 = performance.now();
const { figures, scores, failures } = await realWorldFigures(corpusDir);
const seconds = (performance.now() - t0) / 1000;

const fmt = (x) => (x === null || x === undefined ? '  -  ' : pyRound(x, 3).toFixed(3));
for (const d of scores.documents) {
  const cells = FACETS.filter((f) => f in d.f1).map((f) => `${f}=${fmt(d.f1[f])}`).join(' ');
  console.log(`${d.input}: ${d.failed ? `FAILED (${d.failed}) ` : ''}${cells} coverage=${fmt(d.coverage)}`);
}
const o = figures.overall;
console.log(`\noverall: docs=${figures.corpus.annotated} failed=${scores.failed} ${FACETS.map((f) => `${f}=${fmt(o[f])}`).join(' ')} coverage=${fmt(o.coverage)}`);
console.log(`mean F1 ${fmt(o.meanF1)} over ${FACETS.filter((f) => o[f] !== null).length} facets, coverage ${fmt(o.coverage)}`);
const m = figures.multiplier;
console.log(`multiplier right on ${m.right} of ${m.tables} gold budget tables (${fmt(m.share)})`);
const r = figures.reconcile;
console.log(`reconcile: ${r.held}/${r.checked} Totaal/Saldo rows add up (${fmt(r.share)}) in ${r.documents} of ${figures.corpus.documents} documents`);
const e = figures.evidence;
console.log(`totals that add up or carry a diagnostic: ${e.accounted}/${e.checked} (${fmt(e.share)}); tables that do not fit and carry no warning: ${e.silentTables} of ${e.tables}`);
if (args.has('--verbose')) for (const [input, list] of Object.entries(e.silent)) for (const s of list) console.log(`  silent: ${input}:${s.line ?? '?'} "${s.table}": ${s.reasons.join('; ')}`);
if (args.has('--verbose')) for (const [input, list] of Object.entries(e.undiagnosed)) for (const b of list) console.log(`  undiagnosed total: ${input}:${b.lines?.start ?? '?'} "${b.table.slice(0, 40)}" / "${b.label.slice(0, 40)}"`);
const t = figures.totalLines;
console.log(`Totaal/Saldo lines as budget rows: ${t.asRows}/${t.lines} (${fmt(t.share)}) in ${t.documents} documents`);
if (args.has('--verbose')) for (const [input, f] of failures) console.log(`  does not add up: ${input}: ${f.slice(0, 4).join('; ')}`);
console.log(`\nworst ${figures.worst.length} documents (mean F1 over their facets):`);
for (const w of figures.worst) console.log(`  ${fmt(w.meanF1)}  ${w.input}  ${w.facets}`);
console.log(`\n${figures.corpus.documents} documents (${figures.corpus.text} text, ${figures.corpus.pdf} PDF), ${figures.corpus.annotated} annotated, ${figures.corpus.failed} failed to parse; ${seconds.toFixed(1)} s`);
const written = !args.has('--no-write');
if (written) writeFileSync(join(corpusDir, 'figures.json'), figuresJson(figures));
// One closing line that says it all, for scripts and hooks that read only the last line.
console.log(`real-world: mean F1 ${fmt(o.meanF1)} (${FACETS.map((f) => `${f}=${fmt(o[f])}`).join(' ')}); multiplier ${m.right}/${m.tables} tables; totals add up ${r.held}/${r.checked}; add up or diagnosed ${e.accounted}/${e.checked}; silent tables ${e.silentTables}; Totaal/Saldo lines as rows ${t.asRows}/${t.lines}${written ? '; wrote corpus/real/figures.json' : ''}`);
