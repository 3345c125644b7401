#!/usr/bin/env node
/**
 * Cross-checks the TypeScript scorer (src/eval/score.ts) with the Python
 * gold scorer it ports, on the same reports: every gold's input is parsed
 * once in this process, the report is written to a temporary folder, and
 * score.py reads it back through `--cmd "cat …"`. Prints each document's
 * figures from both and says where they differ by 0.0005 or more.
 *
 * Usage: npm run build && node scripts/crosscheck-score.js PATH/TO/score.py [GOLD_DIR:INPUT_DIR ...]
 * (default: corpus/real/gold:corpus/real). Needs python3; not part of npm test.
 * A PDF's coverage is not compared: score.py counts the words of pdftotext's
 * text, this scorer those of pdf.js's.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parseDocument, scoreGold } = await import(join(root, 'dist', 'eval', 'realworld.js'));
const { FACETS } = await import(join(root, 'dist', 'eval', 'score.js'));

const [scorePy, ...sets] = process.argv.slice(2);
if (!scorePy) {
  console.error('usage: node scripts/crosscheck-score.js PATH/TO/score.py [GOLD_DIR:INPUT_DIR ...]');
  process.exit(2);
}
const TOLERANCE = 0.0005; // agreement to 3 decimals
const tmp = mkdtempSync(join(tmpdir(), 'jaarparse-crosscheck-'));
let compared = 0;
let differ = 0;
for (const set of sets.length ? sets : [`${join(root, 'corpus', 'real', 'gold')}:${join(root, 'corpus', 'real')}`]) {
  const [goldDir, inputDir] = set.split(':').map((p) => resolve(p));
  const cache = new Map();
  const parsed = async (path) => {
    if (!cache.has(path)) {
      const p = await parseDocument(path);
      const out = tmp + resolve(path) + '.json';
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, p.failed ? 'null' : JSON.stringify(p.report));
      cache.set(path, p);
    }
    return cache.get(path);
  };
  const ts = await scoreGold(goldDir, inputDir, parsed);
  const py = spawnSync('python3', [scorePy, goldDir, inputDir, '--cmd', `cat ${tmp}{}.json`], { encoding: 'utf8' });
  if (py.status !== 0) {
    console.error(`score.py failed: ${py.stderr}`);
    process.exit(1);
  }
  const lines = py.stdout.trim().split('\n');
  const pyDocs = new Map();
  // score.py prints "facet=0.123" per facet it scored, "facet=  -  " where there was nothing to count.
  const figuresOf = (text) => Object.fromEntries([...text.matchAll(/(\w+)=(  -  |\S+)/g)].map(([, k, v]) => [k, v.trim() === '-' ? null : Number(v)]));
  for (const line of lines) {
    const m = /^(.*?): ((?:meta|goals|indicators|values|budget|multiplier|actions|connected|coverage).*)$/.exec(line);
    if (m && !line.startsWith('overall:')) pyDocs.set(m[1], figuresOf(m[2]));
  }
  const overallPy = figuresOf(lines.find((l) => l.startsWith('overall:')) ?? '');
  const meanPy = Number(/mean F1 ([\d.]+)/.exec(py.stdout)?.[1]);
  const fmt = (x) => (x === null || x === undefined ? '-' : x.toFixed(3));
  console.log(`\n${goldDir} on ${inputDir}`);
  const check = (where, name, a, b) => {
    compared++;
    const same = (a === null || a === undefined) ? (b === null || b === undefined) : b !== null && b !== undefined && Math.abs(a - b) <= TOLERANCE + 1e-12;
    if (!same) {
      differ++;
      console.log(`  DIFFER ${where} ${name}: ts ${fmt(a)} python ${fmt(b)}`);
    }
  };
  for (const d of ts.documents) {
    const p = pyDocs.get(d.input) ?? {};
    console.log(`  ${d.input}: ${FACETS.filter((f) => f in d.f1).map((f) => `${f}=${fmt(d.f1[f])}/${fmt(p[f])}`).join(' ')} coverage=${fmt(d.coverage)}/${fmt(p.coverage)}`);
    for (const f of FACETS) if (f in d.f1 || f in p) check(d.input, f, d.f1[f], p[f]);
    if (!/\.pdf$/i.test(d.input)) check(d.input, 'coverage', d.coverage, p.coverage);
  }
  for (const f of FACETS) check('overall', f, ts.overall[f], overallPy[f]);
  check('overall', 'mean F1', ts.meanF1, meanPy);
  console.log(`  overall (ts/python): ${FACETS.map((f) => `${f}=${fmt(ts.overall[f])}/${fmt(overallPy[f])}`).join(' ')} mean F1 ${fmt(ts.meanF1)}/${fmt(meanPy)}`);
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\n${compared} figures compared, ${differ} differ by ${TOLERANCE} or more`);
process.exit(differ ? 1 : 0);
