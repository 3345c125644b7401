#!/usr/bin/env node
/**
 * The parse's work counted in machine instructions (`npm run bench:instructions`),
 * a measure this machine's load does not move: timed, two builds differ by
 * less than the noise of a busy hour (the history's sessions 14-18 measured
 * many changes of 1-3% that no timing could tell apart), while counted the
 * same build reads the same within about 0.2% a pass (a first pass, whose
 * compiling starts a little sooner or later, within about 2%).
 *
 * Node runs under valgrind's instruction counter (cachegrind without its
 * cache simulation), with one thread for V8 (no compiler or collector
 * threads whose share would vary) and fixed seeds for its hashes and random
 * numbers. The real excerpts of corpus/real/text are parsed and serialised
 * as small documents, pass after pass; a pass's instructions are the
 * difference between a run of FIRST + PASSES passes and one of FIRST, so
 * that Node's start, the modules' loading and the first passes' compiling
 * are left out. The start and the first pass (a document met cold, as a
 * batch worker meets its first files) are printed too.
 *
 * Options (environment): INSTR_PASSES (measured passes, default 6),
 * INSTR_FIRST (passes before them, default 4), INSTR_AGAINST=<folder> (the
 * root of another checkout, built: its counts beside these, and the ratio).
 * Needs valgrind; without it, says so and exits 2. A run takes about a
 * minute and a half a build (four counts of 10-40 s each).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PASSES = Number(process.env.INSTR_PASSES ?? 6);
const FIRST = Number(process.env.INSTR_FIRST ?? 4);
const against = process.env.INSTR_AGAINST ? resolve(process.env.INSTR_AGAINST) : null;

/** V8 on one thread, its hashes and random numbers seeded: the same work in every run. */
const NODE_FLAGS = ['--single-threaded', '--random-seed=1', '--hash-seed=1'];

/** The child's script: `passes` passes of parse + JSON over the real excerpts of the build at `build`. */
const PASS_SCRIPT = `
const [build, passes] = process.argv.slice(1);
const { realTexts } = await import(build + '/bench/corpus.js');
const { parse } = await import(build + '/dist/index.js');
const texts = realTexts(build).map((t) => Buffer.from(t));
for (let r = 0; r < Number(passes); r++) for (const b of texts) JSON.stringify(parse(b, { name: 'doc.txt', lazyPositions: true }));
process.stdout.write(String(texts.reduce((a, b) => a + b.length, 0)));
`;

/** Instructions of one run of `passes` passes, and the bytes of a pass. */
function count(build, passes) {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null', process.execPath, ...NODE_FLAGS, '--input-type=module', '-e', PASS_SCRIPT, build, String(passes)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !refs) throw new Error(`valgrind run failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
  return { instructions: Number(refs[1].replaceAll(',', '')), bytes: Number(r.stdout) };
}

/** The counts of one build: its start (no pass), the first pass, and a pass after FIRST. */
function measure(build) {
  if (!existsSync(join(build, 'dist', 'index.js'))) throw new Error(`${build} has no build: run npm run build there first`);
  const none = count(build, 0);
  const one = count(build, 1);
  const before = FIRST === 1 ? one : FIRST === 0 ? none : count(build, FIRST);
  const after = count(build, FIRST + PASSES);
  const perPass = (after.instructions - before.instructions) / PASSES;
  return { start: none.instructions, firstPass: one.instructions - none.instructions, perPass, perMB: perPass / (after.bytes / 1e6), mb: after.bytes / 1e6 };
}

const millions = (n) => `${(n / 1e6).toFixed(1)} M`;

function print(name, m) {
  console.log(`  ${name}: ${millions(m.perPass)} instructions a pass (${millions(m.perMB)} a MB); the first pass ${millions(m.firstPass)} (${(m.firstPass / m.perPass).toFixed(2)}× a later one); Node's start and the modules ${millions(m.start)}`);
}

const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (valgrind.error || valgrind.status !== 0) {
  console.error('bench:instructions: valgrind is not installed here (it counts the instructions); install it (Debian: apt install valgrind) and run again');
  process.exit(2);
}
if (against && !statSync(against, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`bench:instructions: INSTR_AGAINST=${against} is no folder`);
  process.exit(2);
}

try {
  const builds = against ? [['this build', root], [`against ${against}`, against]] : [['this build', root]];
  const results = builds.map(([name, build]) => [name, measure(build)]);
  console.log(`parse + JSON.stringify of corpus/real/text as small documents (${results[0][1].mb.toFixed(2)} MB a pass), ${PASSES} passes after ${FIRST}, counted by valgrind`);
  for (const [name, m] of results) print(name, m);
  if (against) {
    const [[, mine], [, theirs]] = results;
    console.log(`  this build / the other: ${(mine.perPass / theirs.perPass).toFixed(4)} a pass, ${(mine.firstPass / theirs.firstPass).toFixed(4)} the first pass (the same build reads the same within about 0.2% a pass, 2% the first)`);
  }
} catch (error) {
  console.error(`bench:instructions: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
