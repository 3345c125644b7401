#!/usr/bin/env node
/**
 * The parse's work counted in machine instructions (`npm run bench:instructions`),
 * a measure this machine's load does not move: timed, two builds differ by
 * less than the noise of a busy hour (the history's sessions 14-18 measured
 * many changes of 1-3% that no timing could tell apart), while counted, two
 * builds of the same parse read the same within about 0.1% (the parse's own
 * instructions a pass, below; the first pass within about 2%).
 *
 * Node runs under valgrind's instruction counter (cachegrind without its
 * cache simulation), with the V8 settings of a parsing jaarparse process
 * (src/cli/engine-flags.ts, where the build has them), one thread for V8
 * (no compiler or collector threads whose share would vary) and fixed seeds
 * for its hashes and random numbers. The real excerpts of corpus/real/text are parsed and serialised
 * as small documents, pass after pass; a pass's instructions are the
 * difference between a run of FIRST + PASSES passes and one of FIRST, so
 * that Node's start, the modules' loading and the first passes' compiling
 * are left out. The start and the first pass (a document met cold, as a
 * batch worker meets its first files) are printed too.
 *
 * The optimising compiler's own instructions (TurboFan: V8's functions in
 * `v8::internal::compiler`) are counted apart. It is still at work long
 * after the first passes: the parser's large functions that run once per
 * document or table (`assemble`, `recogniseBudgetTable`, the schema check's
 * generated functions) reach its threshold only after many documents, and
 * each takes 5-30 ms to compile; over passes 5-10 it ran 60% of the
 * instructions, over passes 21-26 still a third (bench/HISTORY.md › the
 * nineteenth session). In a normal process it runs on a thread of its own.
 * When a function reaches its threshold moves with any change to the code,
 * so the compiler's count, and with it the code a pass runs in the tiers
 * below, differs by several percent between two builds of the same parse
 * until the large functions are compiled: hence 20 passes first, and the
 * figure to compare two builds' parse by is "the parse's own", the rest.
 *
 * Options (environment): INSTR_PASSES (measured passes, default 6),
 * INSTR_FIRST (passes before them, default 20), INSTR_AGAINST=<folder> (the
 * root of another checkout, built: its counts beside these, and the ratio),
 * INSTR_NODE_FLAGS (more Node or V8 flags for every run, to count a setting).
 * Needs valgrind; without it, says so and exits 2. A run takes about a
 * two minutes a build (four counts of 10-80 s each).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PASSES = Number(process.env.INSTR_PASSES ?? 6);
const FIRST = Number(process.env.INSTR_FIRST ?? 20);
const against = process.env.INSTR_AGAINST ? resolve(process.env.INSTR_AGAINST) : null;

/** INSTR_NODE_FLAGS: the flags of a setting to count. */
const EXTRA_FLAGS = (process.env.INSTR_NODE_FLAGS ?? '').split(' ').filter(Boolean);

/** V8 on one thread, its hashes and random numbers seeded: the same work in every run. */
const NODE_FLAGS = ['--single-threaded', '--random-seed=1', '--hash-seed=1', ...EXTRA_FLAGS];

/**
 * The child's script: `passes` passes of parse + JSON over the real excerpts
 * of the build at `build`. The flags after them (EXTRA_FLAGS) are set again
 * once the build's own engine settings are, so that they win (V8 says so on
 * stderr for a flag that is Node's alone, which changes nothing).
 */
const PASS_SCRIPT = `
const [build, passes, ...extra] = process.argv.slice(1);
const { setFlagsFromString } = await import('node:v8');
// The V8 settings of a parsing jaarparse process, where the build has them (src/cli/engine-flags.ts).
try {
  (await import(build + '/dist/cli/engine-flags.js')).tuneParserEngine();
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
for (const flag of extra) setFlagsFromString(flag);
const { realTexts } = await import(build + '/bench/corpus.js');
const { parse } = await import(build + '/dist/index.js');
const texts = realTexts(build).map((t) => Buffer.from(t));
for (let r = 0; r < Number(passes); r++) for (const b of texts) JSON.stringify(parse(b, { name: 'doc.txt', lazyPositions: true }));
process.stdout.write(String(texts.reduce((a, b) => a + b.length, 0)));
`;

/** The optimising compiler's functions, by their C++ names in valgrind's report. */
const OPTIMISING_COMPILER = /v8::internal::compiler::|turboshaft/;

/**
 * The instructions in valgrind's report (cachegrind's out file: `fn=` names
 * a function, the lines after it are "line count"), all and the optimising
 * compiler's.
 */
function readCounts(text) {
  let all = 0;
  let compiler = 0;
  let inCompiler = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('fn=')) {
      inCompiler = OPTIMISING_COMPILER.test(line);
      continue;
    }
    const first = line.charCodeAt(0);
    if (first < 48 || first > 57) continue;
    const n = Number(line.slice(line.indexOf(' ') + 1));
    all += n;
    if (inCompiler) compiler += n;
  }
  return { all, compiler };
}

/** Instructions of one run of `passes` passes (all, and the optimising compiler's), and the bytes of a pass. */
function count(build, passes) {
  const dir = mkdtempSync(join(tmpdir(), 'jaarparse-instructions-'));
  const out = join(dir, 'cachegrind.out');
  try {
    const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', `--cachegrind-out-file=${out}`, process.execPath, ...NODE_FLAGS, '--input-type=module', '-e', PASS_SCRIPT, build, String(passes), ...EXTRA_FLAGS], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0 || !existsSync(out)) throw new Error(`valgrind run failed (exit ${r.status}): ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`);
    return { ...readCounts(readFileSync(out, 'utf8')), bytes: Number(r.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What one build counts: its start (no pass), the first pass, and a pass after FIRST, all and the parse's own. */
function measure(build) {
  if (!existsSync(join(build, 'dist', 'index.js'))) throw new Error(`${build} has no build: run npm run build there first`);
  const none = count(build, 0);
  const one = count(build, 1);
  const before = FIRST === 1 ? one : FIRST === 0 ? none : count(build, FIRST);
  const after = count(build, FIRST + PASSES);
  const perPass = (after.all - before.all) / PASSES;
  const compilerPerPass = (after.compiler - before.compiler) / PASSES;
  const own = perPass - compilerPerPass;
  return { start: none.all, firstPass: one.all - none.all, perPass, compilerPerPass, own, ownPerMB: own / (after.bytes / 1e6), mb: after.bytes / 1e6 };
}

const millions = (n) => `${(n / 1e6).toFixed(1)} M`;

function print(name, m) {
  console.log(`  ${name}: the parse's own ${millions(m.own)} instructions a pass (${millions(m.ownPerMB)} a MB), the optimising compiler ${millions(m.compilerPerPass)} more; the first pass ${millions(m.firstPass)} in all; Node's start and the modules ${millions(m.start)}`);
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
    console.log(`  this build / the other: the parse's own ${(mine.own / theirs.own).toFixed(4)} a pass, the compiler's ${(mine.compilerPerPass / theirs.compilerPerPass).toFixed(4)}, the first pass ${(mine.firstPass / theirs.firstPass).toFixed(4)}`);
  }
} catch (error) {
  console.error(`bench:instructions: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
