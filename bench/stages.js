#!/usr/bin/env node
/**
 * Where one thread's time goes (`npm run bench:stages`): times each stage of
 * the pipeline separately over documents recombined from the fixtures, so
 * that a change to one stage can be measured without the noise of the rest.
 * Medians of RUNS passes after one warm-up pass; milliseconds and MB/s.
 *
 * Options (environment): STAGES_MB (total size, default 9), STAGES_RUNS
 * (default 5), STAGES_REAL=1 to time the real excerpts of corpus/real/text
 * instead (each as it is, repeated to the size), where the costs that matter
 * are not the fixtures'.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureTexts, realTexts } from './corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => import(join(root, 'dist', path));
// The V8 settings of a parsing jaarparse process (src/cli/engine-flags.ts), before the parser loads.
(await dist('cli/engine-flags.js')).tuneParserEngine();
const { decode } = await dist('decode/index.js');
const { readText } = await dist('blocks/text.js');
const { rebuildCellRuns } = await dist('tables/cell-runs.js');
const { rebuildGridRuns } = await dist('tables/grid-runs.js');
const { linkStandards } = await dist('link/standards.js');
const { buildTree } = await dist('sections/tree.js');
const { documentMeta } = await dist('meta/document-meta.js');
const { runChecks } = await dist('checks/index.js');
const { Positions } = await dist('blocks/positions.js');
const { reporting } = await dist('recognise/context.js');
const { parse } = await dist('index.js');
const { Report } = await dist('schema/report.js');
const { fitsReportSchema } = await dist('schema/report-check.js');

const MB = 1e6;
const total = Number(process.env.STAGES_MB ?? 9) * MB;
const runs = Number(process.env.STAGES_RUNS ?? 5);
const real = process.env.STAGES_REAL === '1';

// Documents of about 30 KB, each a run of fixture texts, the same every time; or the real excerpts, each alone.
const texts = real ? realTexts(root) : fixtureTexts(root);
const docs = [];
if (real) for (let size = 0, k = 0; size < total; k++) {
  const doc = Buffer.from(texts[k % texts.length]);
  docs.push(doc);
  size += doc.length;
}
else for (let size = 0, k = 0; size < total; ) {
  const parts = [];
  for (let length = 0; length < 30_000; k++) {
    const t = texts[k % texts.length];
    parts.push(t);
    length += t.length;
  }
  const doc = Buffer.from(parts.join('\n\n'));
  docs.push(doc);
  size += doc.length;
}
const mb = docs.reduce((a, d) => a + d.length, 0) / MB;

const stages = {};
const time = (name, fn) => {
  const t0 = performance.now();
  const out = fn();
  stages[name].push(performance.now() - t0);
  return out;
};
const names = ['decode', 'readText', 'positions', 'rebuildGridRuns', 'rebuildCellRuns', 'buildTree', 'documentMeta', 'linkStandards', 'runChecks', 'parse (all of the above)', 'validate (zod)', 'validate (fast check)', 'JSON.stringify'];
for (const n of names) stages[n] = [];

for (let run = 0; run <= runs; run++) {
  const before = Object.fromEntries(names.map((n) => [n, stages[n].length]));
  for (const bytes of docs) {
    const { text } = time('decode', () => decode(bytes, {}));
    const read = time('readText', () => readText(text));
    const positions = time('positions', () => new Positions(text));
    const grid = time('rebuildGridRuns', () => rebuildGridRuns(read.blocks, []));
    const blocks = time('rebuildCellRuns', () => rebuildCellRuns(grid, []));
    const tree = time('buildTree', () => buildTree(blocks, reporting(positions, [])));
    const meta = time('documentMeta', () => documentMeta({ firstLines: [], headings: tree.headings.map((h) => h.text), fields: tree.fields, text, children: tree.children }));
    time('linkStandards', () => linkStandards(tree.children, meta.organisation));
    time('runChecks', () => runChecks(tree.children, () => {}));
  }
  // The whole parse in a pass of its own, not right after the stages of the same document: a document parsed again at
  // once parses about a quarter faster (the meta's type-word spans are kept for a text equal to the last one read, and
  // the rest of its data is still in the processor's caches; bench/HISTORY.md, the eighteenth session), which is not
  // how a batch meets it. Timed so, the figure compares with the bench's parse of the same excerpts.
  for (const bytes of docs) {
    const report = time('parse (all of the above)', () => parse(bytes, { name: 'doc.txt', validate: false }));
    time('validate (zod)', () => Report.safeParse(report));
    // What parse's self-check runs (zod only when this fails): see src/schema/report-check.ts.
    time('validate (fast check)', () => fitsReportSchema(report));
    time('JSON.stringify', () => JSON.stringify(report));
  }
  // The first pass warms the engine up: its times are dropped.
  if (run === 0) for (const n of names) stages[n].length = before[n];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`jaarparse stages — ${docs.length} ${real ? 'real excerpts (corpus/real/text)' : 'documents of fixture texts'}, ${mb.toFixed(1)} MB; medians of ${runs} passes\n`);
console.log('stage'.padEnd(28) + 'ms'.padStart(8) + 'MB/s'.padStart(9));
for (const n of names) {
  // Sum per pass, then the median over passes.
  const perPass = [];
  for (let r = 0; r < runs; r++) perPass.push(stages[n].slice(r * docs.length, (r + 1) * docs.length).reduce((a, b) => a + b, 0));
  const ms = median(perPass);
  console.log(n.padEnd(28) + ms.toFixed(0).padStart(8) + (mb / (ms / 1000)).toFixed(0).padStart(9));
}
