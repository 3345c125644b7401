#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`): measures first on real text — the page
 * excerpts of real published documents in corpus/real/text and the seed
 * fixtures, as many small documents and joined into large ones — against
 * the fixture texts in the same shapes, taking turns, each with its ratio to
 * a read + decode + split baseline over the same buffers: real text parses
 * far slower per MB than our fixtures, and its figures are the ones to
 * quote; then the excerpts new to the lookup caches, and the excerpts by
 * what their reports hold (where a document's time goes by its content). Then it builds corpora from the fixtures at run time and measures
 * in one run a baseline (read + decode + split lines),
 * in-process parse-to-JSON (warm, its first pass while the engine compiles,
 * and without the schema check), the batch CLI with --jobs 1 and --jobs N
 * and its file I/O alone, peak memory, and growth over 1, 10 and 100 MB. Every speed is also given as a
 * ratio to the baseline measured in the same run, because these machines are
 * noisy. Writes bench/results.json.
 *
 * Options (environment): BENCH_MB (mixed corpus size, default 50),
 * BENCH_FILES (default 2000), BENCH_RUNS (default 5), BENCH_CLI_RUNS (runs of
 * each batch CLI measure, default 3), BENCH_BIG=0 to skip the 100 MB file,
 * REAL_MB (size of each real-text corpus, default 1), REAL_JOINED_KB (size of
 * a joined real document, default 500), REAL_RUNS (default 3), REAL_WARMUP
 * (untimed passes before them, default 3, at least 1),
 * BENCH_REAL_ONLY=1 to measure only the real text, REAL_BATCH_COPIES (copies
 * of each real excerpt in the real-text batch, default 115: 11,270 files, 16 MB, the
 * size issue 19 measured the pool on; 40 gives 5.6 MB, where the workers' start weighs more), BENCH_TEST=0 to
 * skip timing `npm test`, BENCH_PDF_REAL=0 to skip the real PDFs against
 * pdf.js's own text extraction, PDF_RUNS (default 7), BENCH_GROWTH=0 to skip
 * growth over 1, 10 and 100 MB of real text, GROWTH_CLI_RUNS (runs of the
 * CLI on each growth file, default 3: medians), BENCH_PDF_DIR (a folder of
 * PDFs to time against pdf.js instead of corpus/real/pdf), BENCH_ONLY=pdf,
 * BENCH_ONLY=growth, BENCH_ONLY=batch (the real-text batch), BENCH_ONLY=unseen or BENCH_ONLY=content
 * (the real excerpts by what their reports hold: budget tables, indicator tables, none) to run only that,
 * UNSEEN_RUNS (rounds of the measure of excerpts new to the lookup caches, default 21).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, copyFileSync } from 'node:fs';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_FIXTURES, fixtureTexts, realTexts, SEED_FIXTURES, seedTexts } from './corpus.js';
import { MAX_PEAK_MB, MIN_MB_PER_SECOND, printTargets, targetVerdicts } from './targets.js';
import { liveHeapPeakMB } from './gc-trace.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'bench', 'corpus');
const MB = 1e6;
const TARGET_MB = Number(process.env.BENCH_MB ?? 50);
const FILES = Number(process.env.BENCH_FILES ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);
const BIG = process.env.BENCH_BIG !== '0';
/** Runs of the CLI on each growth file: the 100 MB peak swings by up to ±10% between runs of one build, so its median is judged. */
const GROWTH_CLI_RUNS = Math.max(1, Number(process.env.GROWTH_CLI_RUNS ?? 3));
const REAL_MB = Number(process.env.REAL_MB ?? 1);
const REAL_JOINED_KB = Number(process.env.REAL_JOINED_KB ?? 500);
const REAL_RUNS = Number(process.env.REAL_RUNS ?? 3);
/** Untimed passes before the timed ones: a process reaches its steady speed after about 3 MB of real text. */
const REAL_WARMUP = Math.max(1, Number(process.env.REAL_WARMUP ?? 3) || 1);
const REAL_ONLY = process.env.BENCH_REAL_ONLY === '1';
const REAL_BATCH_COPIES = Number(process.env.REAL_BATCH_COPIES ?? 115);
const TEST = process.env.BENCH_TEST !== '0';
const PDF_REAL = process.env.BENCH_PDF_REAL !== '0';
const GROWTH = process.env.BENCH_GROWTH !== '0';
/** BENCH_ONLY=pdf, growth, batch or unseen: run only that measure (with its table) and stop. */
const ONLY = process.env.BENCH_ONLY ?? '';
const PDF_RUNS = Number(process.env.PDF_RUNS ?? 7);
const DEFAULT_PDF_DIR = join(root, 'corpus', 'real', 'pdf');
/** BENCH_PDF_DIR: the PDFs to time against pdf.js (default corpus/real/pdf, page excerpts): whole published reports, for one. */
const PDF_DIR = process.env.BENCH_PDF_DIR ?? DEFAULT_PDF_DIR;
/** Each real-text baseline is repeated over about this many MB: one pass over 1 MB is too short to time. */
const BASELINE_MB = 50;

// The in-process figures are the CLI's parse: with the V8 settings every parsing jaarparse process sets (src/cli/engine-flags.ts),
// before the parser loads. A library user gets them with node --max-valid-polymorphic-map-count=16.
const { tuneParserEngine } = await import(join(root, 'dist', 'cli', 'engine-flags.js'));
tuneParserEngine();
const { parse } = await import(join(root, 'dist', 'index.js'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Writes bench/<name>: the date and machine of the run, then the figures. */
function writeResults(name, figures) {
  const machine = { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version };
  writeFileSync(join(root, 'bench', name), JSON.stringify({ date: new Date().toISOString(), machine, ...figures }, null, 2) + '\n');
}

/** A small deterministic PRNG (mulberry32), so the corpus is the same every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Documents of 5–60 KB recombined from fixture texts. */
function buildCorpus() {
  const recipe = `${TARGET_MB}:${FILES}:v2:${CORPUS_FIXTURES.length}`;
  const stamp = join(corpusDir, '.recipe');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === recipe) return;
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(corpusDir, { recursive: true });
  const texts = fixtureTexts(root);
  const rand = prng(42);
  const perFile = (TARGET_MB * MB) / FILES;
  for (let k = 0; k < FILES; k++) {
    const size = perFile * (0.2 + 1.6 * rand());
    const parts = [];
    let length = 0;
    while (length < size) {
      const t = texts[Math.floor(rand() * texts.length)];
      parts.push(t);
      length += t.length;
    }
    const sub = join(corpusDir, `d${k % 20}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(k).padStart(4, '0')}.txt`), parts.join('\n\n'));
  }
  writeFileSync(stamp, recipe);
}

function corpusFiles() {
  const out = [];
  for (const d of readdirSync(corpusDir).sort()) {
    const sub = join(corpusDir, d);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) out.push(join(sub, f));
  }
  return out;
}

/**
 * One file of about `mb` MB of real text: the excerpts of corpus/real/text
 * joined in order, over and over (blank lines between them), for growth.
 */
function bigFile(mb) {
  const path = join(tmpdir(), `jaarparse-bench-${mb}mb-real-v3.txt`);
  if (existsSync(path) && statSync(path).size >= mb * MB) return path;
  const texts = realTexts(root);
  const parts = [];
  let length = 0;
  for (let k = 0; length < mb * MB; k++) {
    const t = texts[k % texts.length];
    parts.push(t);
    length += Buffer.byteLength(t) + 2;
  }
  writeFileSync(path, parts.join('\n\n'));
  return path;
}

/**
 * Times fn over `runs` runs after one warm-up; returns the median seconds
 * and peak RSS. No collection is forced between runs: a forced one drops
 * optimised code (see measureReal).
 */
function time(fn, runs = RUNS) {
  const c0 = performance.now();
  fn();
  const cold = (performance.now() - c0) / 1000;
  const seconds = [];
  let peak = process.memoryUsage().rss;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    seconds.push((performance.now() - t0) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { seconds: median(seconds), cold, peakMB: peak / MB };
}

function baseline(buffers) {
  const decoder = new TextDecoder('utf-8');
  let lines = 0;
  for (const b of buffers) lines += decoder.decode(b).split(/\r?\n/).length;
  return lines;
}

function parseAll(buffers, names, validate = true) {
  let bytes = 0;
  for (let k = 0; k < buffers.length; k++) bytes += JSON.stringify(parse(buffers[k], { name: names[k], validate })).length;
  return bytes;
}

/**
 * Runs the CLI over the corpus (or one file); wall time and peak RSS from
 * /usr/bin/time when present. With `traceGc` (one file, `--jobs 1`: the
 * collector's trace of one process) also the live heap's peak (`liveMB`,
 * see gc-trace.js); with `--out` the trace is all the CLI writes to stdout.
 */
function cli(jobs, input = corpusDir, outRoot = tmpdir(), traceGc = false) {
  const out = freshOutput(outRoot, `jobs${jobs}`);
  const args = [...(traceGc ? ['--trace-gc'] : []), join(root, 'bin', 'jaarparse.js'), 'parse', input, '--out', out, '--jobs', String(jobs), '--quiet', '--max-bytes', String(2e9)];
  const hasTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 * MB })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * MB });
  const seconds = (performance.now() - t0) / 1000;
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  // CPU use above 100% on one thread is V8's own threads: concurrent JIT compilation and GC.
  const cpu = /Percent of CPU this job got: (\d+)%/.exec(r.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr ?? '');
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  const outputMB = treeBytes(out) / MB;
  // A stopped run (Ctrl-C reaches the CLI too) fails the measure; the exit handler removes what was written.
  if (r.status !== 0) throw new Error(r.status === null ? `CLI stopped by ${r.signal}` : `CLI failed: ${r.stderr}`);
  const liveMB = traceGc ? liveHeapPeakMB(r.stdout ?? '') : null;
  return { seconds, peakMB: m ? Number(m[1]) / 1000 : null, cpuPercent: cpu ? Number(cpu[1]) : null, cpuSeconds, outputMB, liveMB };
}

/**
 * The folders the bench writes (the runs' reports, the real batch's inputs),
 * all removed when the bench ends (`removeOutputs` on exit, also after an
 * error or Ctrl-C), never between measures: on this machine's ext4,
 * creating files soon after thousands were removed costs the kernel several
 * times more CPU than creating them in a quiet file system (11,270 files:
 * 0.3-0.7 s of CPU, 3-5 s right after removing as many), so removing one
 * run's reports before the next run, or one measure's before the next
 * measure, measured the removal, not the CLI. Folders in memory (/dev/shm)
 * are removed as soon as their measure is done: they hold RAM, and removing
 * files there does not slow a later run on the disk.
 */
const outputs = [];
let outputCount = 0;

/** A new, not yet existing folder under `outRoot` for one run's files, removed by `removeOutputs`. */
function freshOutput(outRoot, label) {
  const out = join(outRoot, `jaarparse-bench-out-${process.pid}-${++outputCount}-${label}`);
  rmSync(out, { recursive: true, force: true });
  outputs.push(out);
  return out;
}

/** Removes the folders `freshOutput` gave (and the batch's inputs): all of them, or those under `root`. */
function removeOutputs(root) {
  const [now, later] = [[], []];
  for (const out of outputs.splice(0)) (root === undefined || out.startsWith(`${root}/`) ? now : later).push(out);
  outputs.push(...later);
  for (const out of now) rmSync(out, { recursive: true, force: true });
}

// On every way out: the end, an error (a CLI run that failed or was stopped), Ctrl-C or a kill (these two
// are handled when the running measure next waits; in a terminal Ctrl-C stops the CLI run at once).
process.on('exit', () => removeOutputs());
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) process.on(signal, () => process.exit(code));

/** The bytes of all files under a folder. */
function treeBytes(dir) {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const info = statSync(join(dir, name));
    if (info.isFile()) bytes += info.size;
  }
  return bytes;
}

/**
 * The CLI's file I/O without the parse: read every input and create an
 * output of the size the CLI writes for it, in a new folder as the CLI does.
 * Creating files costs the kernel far more on some machines than reading
 * them, so this is the part of the CLI's time no parser can remove.
 * @param inputs Paths of the inputs; `outNames` the output names (relative) beside them.
 */
function ioFloor(ratio, inputs = files, outNames = names, outRoot = tmpdir()) {
  const seconds = [];
  const cpuSeconds = [];
  for (let r = 0; r < CLI_RUNS; r++) {
    const out = freshOutput(outRoot, 'io');
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const made = new Set();
    for (let k = 0; k < inputs.length; k++) {
      const bytes = readFileSync(inputs[k]);
      const path = join(out, outNames[k].replace(/\.txt$/, '.json'));
      const dir = dirname(path);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(path, Buffer.alloc(Math.round(bytes.length * ratio), 0x20));
    }
    seconds.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpuSeconds.push((c.user + c.system) / 1e6);
  }
  return { seconds: median(seconds), cpuSeconds: median(cpuSeconds), cpuPercent: Math.round((100 * median(cpuSeconds)) / median(seconds)) };
}

/**
 * Parses one big file in a child process, reporting seconds and peak RSS
 * (the kernel's maximum resident set size of the process: the parse is
 * synchronous, so a timer sampling memory would never run during it).
 */
function child(path) {
  const code = `
    const { readFileSync } = await import('node:fs');
    (await import(${JSON.stringify(join(root, 'dist', 'cli', 'engine-flags.js'))})).tuneParserEngine();
    const { parse } = await import(${JSON.stringify(join(root, 'dist', 'index.js'))});
    const buf = readFileSync(${JSON.stringify(path)});
    const t0 = performance.now();
    const json = JSON.stringify(parse(buf, { name: 'big.txt', maxBytes: 2e9 }));
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ seconds, peakMB: process.resourceUsage().maxRSS / 1e3, jsonMB: json.length / 1e6 }));
  `;
  const out = execFileSync(process.execPath, ['--max-old-space-size=6000', '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1e7 });
  return JSON.parse(out.trim().split('\n').pop());
}

/**
 * Texts in two shapes: as they are, many small documents, repeated in order
 * until REAL_MB; and the same texts joined into documents of about
 * REAL_JOINED_KB, where a per-document cost no longer counts.
 */
function shapes(texts) {
  const small = [];
  let length = 0;
  for (let k = 0; length < REAL_MB * MB; k++) {
    const t = texts[k % texts.length];
    small.push(t);
    length += Buffer.byteLength(t);
  }
  const joined = [];
  let part = [];
  let partLength = 0;
  for (const t of small) {
    part.push(t);
    partLength += Buffer.byteLength(t) + 2;
    if (partLength >= REAL_JOINED_KB * 1e3) {
      joined.push(part.join('\n\n'));
      part = [];
      partLength = 0;
    }
  }
  if (part.length) joined.push(part.join('\n\n'));
  return { small, joined };
}

/** Buffers, names and size of documents. */
function load(docs, prefix) {
  const buffers = docs.map((d) => Buffer.from(d));
  return { buffers, names: docs.map((_, k) => `${prefix}-${k}.txt`), mb: buffers.reduce((a, b) => a + b.length, 0) / MB, documents: docs.length };
}

/**
 * Real text against the fixtures, in the same two shapes, timed taking
 * turns (real, fixtures, real, …) so that the noise of a shared machine
 * hits both: each parse is given in MB/s and as a ratio to the baseline
 * (read + decode + split lines) over the same buffers, medians of
 * REAL_RUNS after REAL_WARMUP warm-up passes (the first pass's speed is
 * kept apart).
 *
 * No collection is forced between the timed passes: a forced full
 * collection (`gc()`) reduces memory, and V8 then drops the maps of object
 * shapes no live object has (a parse's lines, cells, hashes: all gone
 * between documents) and with them the optimised code that relies on
 * them, about a hundred functions; the pass after it re-optimises them
 * (passes of 1 MB in one process: 370–410 ms against a warm 150–170 ms; in
 * the bench 0.4–0.6× the warm figure). A CLI run's own collections do not do this
 * (one such deoptimisation in a 16 MB batch). That slower figure is still
 * measured, for the real text alone, as `afterCollectionMBps`.
 */
function measureReal() {
  const real = shapes([...realTexts(root), ...seedTexts(root)]);
  const fixtures = shapes(fixtureTexts(root));
  const out = [];
  for (const shape of ['small', 'joined']) {
    const sets = { real: load(real[shape], 'real'), fixtures: load(fixtures[shape], 'fixture') };
    const samples = { real: { base: [], parse: [] }, fixtures: { base: [], parse: [] } };
    const cold = {};
    for (let r = -REAL_WARMUP; r < REAL_RUNS; r++) {
      for (const [name, set] of Object.entries(sets)) {
        // The baseline of 1 MB takes milliseconds: repeated to about BASELINE_MB so that timer and noise do not dominate it.
        const reps = Math.max(1, Math.ceil(BASELINE_MB / set.mb));
        let t0 = performance.now();
        for (let k = 0; k < reps; k++) baseline(set.buffers);
        const base = (performance.now() - t0) / 1000 / reps;
        t0 = performance.now();
        parseAll(set.buffers, set.names);
        const parse = (performance.now() - t0) / 1000;
        if (r === -REAL_WARMUP) cold[name] = parse;
        if (r >= 0) {
          samples[name].base.push(base);
          samples[name].parse.push(parse);
        }
      }
    }
    // The former measure: each pass right after a forced full collection (see above), real text only; none without --expose-gc.
    const afterCollection = [];
    for (let r = 0; globalThis.gc && r < REAL_RUNS; r++) {
      globalThis.gc();
      const t0 = performance.now();
      parseAll(sets.real.buffers, sets.real.names);
      afterCollection.push((performance.now() - t0) / 1000);
    }
    for (const [name, set] of Object.entries(sets)) {
      const base = median(samples[name].base);
      const parse = median(samples[name].parse);
      const afterCollectionMBps = name === 'real' && afterCollection.length > 0 ? set.mb / median(afterCollection) : null;
      out.push({ corpus: name, shape, documents: set.documents, mb: set.mb, baselineMBps: set.mb / base, parseMBps: set.mb / parse, ratio: base / parse, coldMBps: set.mb / cold[name], afterCollectionMBps, peakMB: process.memoryUsage().rss / MB });
    }
  }
  const rate = (corpus, shape) => out.find((x) => x.corpus === corpus && x.shape === shape).parseMBps;
  const json = jsonAlone(load(real.small, 'real'));
  const slower = Object.fromEntries(['small', 'joined'].map((shape) => [shape, rate('fixtures', shape) / rate('real', shape)]));
  return { excerpts: realTexts(root).length, seeds: SEED_FIXTURES.length, runs: REAL_RUNS, warmup: REAL_WARMUP, rows: out, fixturesOverReal: slower, json };
}

/** Rounds of the unseen-documents measure (see `measureUnseen`); each times about 70 KB. */
const UNSEEN_RUNS = Math.max(1, Number(process.env.UNSEEN_RUNS ?? 21));
/** Untimed passes over all the excerpts before those rounds (about 3 MB). */
const UNSEEN_WARMUP = 20;

/**
 * Real excerpts new to the lookup caches. The small documents above
 * repeat each of the ~100 excerpts about six times a MB, so after the first
 * pass every word's vocabulary lookup is answered from its cache; a batch of
 * reports met for the first time asks about words no cache holds yet. Here
 * the excerpts are split in two halves; each round empties the lookup caches
 * (`forgetLookups`), parses one half (its words fill the caches, as the
 * reports before it in a batch would) and times the other, then times that
 * half again, now seen. The halves take turns, after UNSEEN_WARMUP untimed
 * passes over both (a process reaches its steady speed after about 3 MB of
 * real text). Medians of UNSEEN_RUNS rounds, in MB/s. The engine has read
 * these excerpts before and its compiled code stays warm: what is new to it
 * is only what the caches held, as in a long batch of other reports.
 */
async function measureUnseen() {
  const { forgetLookups } = await import(join(root, 'dist', 'vocabulary', 'memo.js'));
  const texts = realTexts(root);
  const halves = [load(texts.filter((_, k) => k % 2 === 0), 'even'), load(texts.filter((_, k) => k % 2 === 1), 'odd')];
  const timed = (set) => {
    const t0 = performance.now();
    parseAll(set.buffers, set.names);
    return set.mb / ((performance.now() - t0) / 1000);
  };
  for (let r = 0; r < UNSEEN_WARMUP; r++) for (const half of halves) parseAll(half.buffers, half.names);
  const unseen = [];
  const seen = [];
  for (let r = 0; r < UNSEEN_RUNS; r++) {
    const [before, under] = r % 2 === 0 ? halves : [halves[1], halves[0]];
    forgetLookups();
    parseAll(before.buffers, before.names);
    unseen.push(timed(under));
    seen.push(timed(under));
  }
  forgetLookups();
  return { runs: UNSEEN_RUNS, documents: texts.length, mb: halves[0].mb + halves[1].mb, unseenMBps: median(unseen), seenMBps: median(seen) };
}

/** What an excerpt's report holds, for `measureByContent`: its first kind of table in this order, or none. */
const CONTENT_KINDS = [
  ['budget tables', 'budgetTable'],
  ['indicator tables', 'indicatorTable'],
  ['other tables', 'table'],
];

/** The kind of content of a report (see CONTENT_KINDS): the first kind any of its nodes is, else "no table". */
function contentOf(report) {
  const types = new Set();
  const walk = (nodes) => {
    for (const n of nodes ?? []) {
      types.add(n.type);
      walk(n.children);
    }
  };
  walk(report.children);
  return CONTENT_KINDS.find(([, type]) => types.has(type))?.[0] ?? 'no table';
}

/** How much real text each group of `measureByContent` parses a pass: one pass of a few KB is too short to time. */
const CONTENT_PASS_MB = 0.25;

/**
 * The real excerpts by what their reports hold (budget tables, indicator
 * tables, other tables, none): where a document's time goes by its content,
 * warm, as small documents. Each group is repeated to about CONTENT_PASS_MB a
 * pass; the groups take turns, medians of REAL_RUNS passes after
 * REAL_WARMUP. `share` is a group's part of the time the excerpts take once
 * each (its bytes over its MB/s), against its part of their bytes.
 */
function measureByContent() {
  const texts = realTexts(root);
  const groups = new Map();
  for (const [k, text] of texts.entries()) {
    const buffer = Buffer.from(text);
    const kind = contentOf(parse(buffer, { name: `excerpt-${k}.txt` }));
    if (!groups.has(kind)) groups.set(kind, []);
    groups.get(kind).push(buffer);
  }
  const sets = [...groups].map(([kind, buffers]) => {
    const bytes = buffers.reduce((a, b) => a + b.length, 0);
    const reps = Math.max(1, Math.ceil((CONTENT_PASS_MB * MB) / bytes));
    const pass = Array.from({ length: reps }, () => buffers).flat();
    return { kind, documents: buffers.length, bytes, pass, names: pass.map((_, k) => `${kind}-${k}.txt`), seconds: [] };
  });
  for (let r = -REAL_WARMUP; r < REAL_RUNS; r++) {
    for (const set of sets) {
      const t0 = performance.now();
      parseAll(set.pass, set.names);
      if (r >= 0) set.seconds.push((performance.now() - t0) / 1000);
    }
  }
  const rows = sets.map((set) => {
    const passMB = set.pass.reduce((a, b) => a + b.length, 0) / MB;
    return { kind: set.kind, documents: set.documents, kb: set.bytes / 1e3, parseMBps: passMB / median(set.seconds) };
  });
  const allBytes = rows.reduce((a, x) => a + x.kb, 0);
  const allTime = rows.reduce((a, x) => a + x.kb / x.parseMBps, 0);
  for (const x of rows) Object.assign(x, { byteShare: x.kb / allBytes, timeShare: x.kb / x.parseMBps / allTime });
  return { runs: REAL_RUNS, rows, parseMBps: allBytes / allTime };
}

/** The by-content figures (see `measureByContent`). */
function printByContent(x) {
  console.log(`
real excerpts by what their reports hold, as small documents (warm; medians of ${x.runs} passes, about ${CONTENT_PASS_MB} MB each; share of the excerpts' bytes and of their time)`);
  console.log('content'.padEnd(18) + 'excerpts'.padStart(9) + 'KB'.padStart(8) + 'parse MB/s'.padStart(12) + 'bytes'.padStart(8) + 'time'.padStart(8));
  for (const r of x.rows) {
    console.log(r.kind.padEnd(18) + String(r.documents).padStart(9) + r.kb.toFixed(1).padStart(8) + r.parseMBps.toFixed(2).padStart(12) + `${(100 * r.byteShare).toFixed(0)}%`.padStart(8) + `${(100 * r.timeShare).toFixed(0)}%`.padStart(8));
  }
  console.log(`(all excerpts: ${x.parseMBps.toFixed(2)} MB/s)`);
}

/**
 * JSON.stringify alone over the reports of real text, parsed once: the
 * contract writes every value with its position, so a report's JSON is
 * several times its input, and serialising it bounds parse + JSON from
 * above whatever the parse costs. In MB of input per second, with the
 * output's size per input byte; medians of REAL_RUNS after one warm-up.
 */
function jsonAlone(set) {
  const reports = set.buffers.map((b, k) => parse(b, { name: set.names[k], validate: false }));
  const seconds = [];
  let outBytes = 0;
  for (let r = -1; r < REAL_RUNS; r++) {
    const t0 = performance.now();
    outBytes = 0;
    // Repeated to about BASELINE_MB of input, like the baseline, so that the timer does not dominate.
    const reps = Math.max(1, Math.ceil(BASELINE_MB / 5 / set.mb));
    for (let k = 0; k < reps; k++) for (const report of reports) outBytes += JSON.stringify(report).length;
    if (r >= 0) seconds.push((performance.now() - t0) / 1000 / reps);
    outBytes /= reps;
  }
  return { inputMBps: set.mb / median(seconds), outputPerInputByte: outBytes / (set.mb * MB) };
}

/**
 * What two threads of pure computation gain over one on this machine right
 * now: the most --jobs 2 can gain, printed beside it (on a shared machine
 * this falls when other work takes the second core).
 */
function twoThreadCeiling() {
  // CommonJS, so that the evaluated workers can require.
  const code = `
    const { Worker } = require('node:worker_threads');
    const work = 'let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; require("node:worker_threads").parentPort.postMessage(x);';
    const run = (n) => new Promise((done) => { const t0 = performance.now(); let left = n;
      for (let k = 0; k < n; k++) { const w = new Worker(work, { eval: true }); w.on('message', () => { w.terminate(); if (--left === 0) done(performance.now() - t0); }); } });
    run(1).then((one) => run(2).then((two) => console.log(2 * one / two)));
  `;
  return Number(execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], { encoding: 'utf8' }).trim());
}

/** A folder of real text: every excerpt of corpus/real/text, REAL_BATCH_COPIES times. */
function realBatch() {
  const dir = freshOutput(tmpdir(), `real-batch-${REAL_BATCH_COPIES}`);
  mkdirSync(dir, { recursive: true });
  const from = join(root, 'corpus', 'real', 'text');
  let bytes = 0;
  let count = 0;
  const names = [];
  for (let c = 0; c < REAL_BATCH_COPIES; c++) {
    for (const name of readdirSync(from).filter((n) => n.endsWith('.txt'))) {
      copyFileSync(join(from, name), join(dir, `${c}-${name}`));
      names.push(`${c}-${name}`);
      bytes += statSync(join(from, name)).size;
      count++;
    }
  }
  return { dir, mb: bytes / MB, files: count, names };
}

/**
 * Where the batch's reports are written: the temporary folder's disk, and
 * memory (/dev/shm) where the machine has it. On some machines creating a
 * file costs the kernel far more for a while after many were removed (see
 * `outputs`), whoever removed them: the run into memory shows what the parse
 * itself gains from a second worker.
 */
function batchOutputs() {
  const outs = [{ name: 'disk', dir: tmpdir() }];
  try {
    const shm = '/dev/shm';
    if (statSync(shm).isDirectory()) {
      accessSync(shm, constants.W_OK);
      outs.push({ name: 'memory', dir: shm });
    }
  } catch {
    // No tmpfs here: the disk only.
  }
  return outs;
}

/**
 * The batch CLI on real text, --jobs 1 and --jobs 2 taking turns (medians of
 * CLI_RUNS), with CPU-seconds per MB (which a busy machine changes far less
 * than wall time) and the two-thread ceiling measured between the runs; the
 * reports written to disk and, where there is one, to memory.
 */
function measureRealBatch() {
  const batch = realBatch();
  const result = { files: batch.files, mb: batch.mb, outputs: {} };
  const mid = (runs, key) => median(runs.map((x) => x[key]));
  // Cores busy: CPU-seconds over wall seconds. A --jobs 1 run is more than one core's work (V8's compiler and
  // collector threads), which bounds what two workers can gain over it: 2 / its cores at its CPU per MB.
  const row = (runs) => ({ seconds: mid(runs, 'seconds'), mbPerSecond: batch.mb / mid(runs, 'seconds'), cpuSecondsPerMB: mid(runs, 'cpuSeconds') / batch.mb, cores: mid(runs, 'cpuSeconds') / mid(runs, 'seconds'), peakMB: mid(runs, 'peakMB') });
  for (const out of batchOutputs()) {
    const one = [];
    const two = [];
    const ceilings = [];
    for (let r = 0; r < CLI_RUNS; r++) {
      one.push(cli(1, batch.dir, out.dir));
      two.push(cli(2, batch.dir, out.dir));
      ceilings.push(twoThreadCeiling());
    }
    // The same inputs read and as many new files of the same sizes created, without parsing: the kernel's part of the run.
    const io = ioFloor(mid(one, 'outputMB') / batch.mb, batch.names.map((n) => join(batch.dir, n)), batch.names, out.dir);
    result.outputs[out.name] = {
      jobs1: row(one),
      jobs2: row(two),
      speedup: mid(one, 'seconds') / mid(two, 'seconds'),
      // Each run's own ratio (its --jobs 1 and the --jobs 2 right after it): how far the ratio moves between runs.
      pairSpeedups: one.map((x, r) => x.seconds / two[r].seconds),
      ceiling: median(ceilings),
      ioFloor: { seconds: io.seconds, cpuSecondsPerMB: io.cpuSeconds / batch.mb, outputMB: mid(one, 'outputMB') },
    };
    if (out.name === 'memory') removeOutputs(out.dir);
  }
  return result;
}

/** `npm test` (build, type-check, vitest) timed as a user runs it. */
function measureTests() {
  const t0 = performance.now();
  const r = spawnSync('npm', ['test', '--silent'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1e8 });
  return { seconds: (performance.now() - t0) / 1000, passed: r.status === 0 };
}

/** The real batch's figures, for each place its reports were written. */
function printRealBatch(realBatchRun) {
  console.log(`\nbatch CLI --out on real text (${realBatchRun.files} files: corpus/real/text × ${REAL_BATCH_COPIES}, ${realBatchRun.mb.toFixed(1)} MB); medians of ${CLI_RUNS} runs`);
  for (const [where, run] of Object.entries(realBatchRun.outputs)) {
    console.log(`  reports written to ${where === 'disk' ? `disk (${tmpdir()})` : 'memory (/dev/shm)'}:`);
    for (const [name, x] of [['--jobs 1', run.jobs1], ['--jobs 2', run.jobs2]]) {
      console.log(`    ${name}: ${x.seconds.toFixed(2)} s, ${x.mbPerSecond.toFixed(2)} MB/s, ${x.cpuSecondsPerMB.toFixed(2)} CPU-s/MB, ${x.cores?.toFixed(2) ?? '-'} cores busy, peak ${x.peakMB?.toFixed(0) ?? '-'} MB`);
    }
    const pairs = run.pairSpeedups.map((x) => `${x.toFixed(2)}×`).join(', ');
    console.log(`    --jobs 2 / --jobs 1: ${run.speedup.toFixed(2)}× (run by run: ${pairs}; two threads of pure computation here, now: ${run.ceiling.toFixed(2)}×)`);
    if (run.jobs1.cores) console.log(`    two cores at --jobs 1's CPU per MB: at most ${(2 / run.jobs1.cores).toFixed(2)}× (--jobs 1 keeps ${run.jobs1.cores.toFixed(2)} cores busy)`);
    const floor = run.ioFloor;
    console.log(
      `    I/O floor, the same run without parsing (read the ${realBatchRun.files} inputs, create ${realBatchRun.files} new files, ${floor.outputMB.toFixed(1)} MB, on one thread): ` +
        `${floor.seconds.toFixed(2)} s, ${floor.cpuSecondsPerMB.toFixed(2)} CPU-s/MB (${((100 * floor.cpuSecondsPerMB) / run.jobs1.cpuSecondsPerMB).toFixed(0)}% of --jobs 1's CPU)`,
    );
  }
}

/** The unseen-documents figures (see `measureUnseen`). */
function printUnseen(x) {
  console.log(
    `real excerpts new to the lookup caches (${x.documents} excerpts, ${x.mb.toFixed(2)} MB, in two halves; the lookup caches filled by the other half; medians of ${x.runs} rounds): ` +
      `${x.unseenMBps.toFixed(2)} MB/s; the same excerpts read again: ${x.seenMBps.toFixed(2)} MB/s`,
  );
}

if (ONLY === 'content') {
  const result = measureByContent();
  printByContent(result);
  writeResults('results-content.json', { byContent: result });
  process.exit(0);
}
if (ONLY === 'unseen') {
  const result = await measureUnseen();
  printUnseen(result);
  writeResults('results-unseen.json', { unseen: result });
  process.exit(0);
}
if (ONLY === 'batch') {
  const result = measureRealBatch();
  printRealBatch(result);
  const targets = targetVerdicts({ real: { batch: result } });
  printTargets(targets, true);
  writeResults('results-batch.json', { batch: result, targets });
  process.exit(0);
}
if (ONLY === 'pdf' || ONLY === 'growth') {
  const result = ONLY === 'pdf' ? await measureRealPdf() : measureGrowth();
  if (ONLY === 'pdf') printRealPdf(result);
  else printGrowth(result);
  const targets = targetVerdicts(ONLY === 'pdf' ? { realPdf: result } : { growth: result });
  printTargets(targets, true);
  writeResults(`results-${ONLY}.json`, { [ONLY]: result, targets });
  process.exit(0);
}
const real = measureReal();
console.log(`jaarparse benchmark — ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, Node ${process.version}`);
console.log(`\nreal text (${real.excerpts} real excerpts of corpus/real/text + ${real.seeds} seed fixtures) against the fixture texts, taking turns; medians of ${REAL_RUNS} runs`);
console.log('corpus'.padEnd(10) + 'shape'.padEnd(30) + 'MB'.padStart(6) + 'baseline MB/s'.padStart(15) + 'parse MB/s'.padStart(12) + 'ratio'.padStart(9) + 'first pass MB/s'.padStart(17) + 'after gc() MB/s'.padStart(17));
for (const r of real.rows) {
  const shape = r.shape === 'small' ? `${r.documents} documents as they are` : `joined into ${r.documents} documents`;
  const afterCollection = r.afterCollectionMBps == null ? '-' : r.afterCollectionMBps.toFixed(2);
  console.log(r.corpus.padEnd(10) + shape.padEnd(30) + r.mb.toFixed(2).padStart(6) + r.baselineMBps.toFixed(0).padStart(15) + r.parseMBps.toFixed(2).padStart(12) + r.ratio.toFixed(4).padStart(9) + r.coldMBps.toFixed(2).padStart(17) + afterCollection.padStart(17));
}
console.log(
  `(parse MB/s: warm, medians of ${REAL_RUNS} passes after ${REAL_WARMUP} untimed ones` +
    (globalThis.gc ? '; after gc(): each pass right after a forced full collection, which drops optimised code — the bench\'s measure before the fourteenth speed session)' : ')'),
);
console.log(`real text parses ${real.fixturesOverReal.small.toFixed(1)}× slower per MB than the fixtures as small documents, ${real.fixturesOverReal.joined.toFixed(1)}× joined`);
console.log(
  `JSON.stringify alone of the real reports (parsed once): ${real.json.inputMBps.toFixed(1)} MB/s of input; a report's JSON is ${real.json.outputPerInputByte.toFixed(1)} bytes per input byte, ` +
    `so parse + JSON at ${MIN_MB_PER_SECOND} MB/s would leave the parse ${(1000 / MIN_MB_PER_SECOND - 1000 / real.json.inputMBps).toFixed(0)} ms per MB`,
);
real.unseen = await measureUnseen();
printUnseen(real.unseen);
real.byContent = measureByContent();
printByContent(real.byContent);
const realBatchRun = measureRealBatch();
printRealBatch(realBatchRun);
real.batch = realBatchRun;
if (REAL_ONLY) {
  const tests = TEST ? measureTests() : null;
  if (tests) console.log(`\nnpm test: ${tests.seconds.toFixed(0)} s (${tests.passed ? 'passed' : 'FAILED'})`);
  const targets = targetVerdicts({ real, tests });
  printTargets(targets);
  writeResults('results.json', { real, tests, targets });
  process.exit(0);
}
console.log('');

buildCorpus();
const files = corpusFiles();
const buffers = files.map((f) => readFileSync(f));
const names = files.map((f) => f.slice(corpusDir.length + 1));
const corpusMB = buffers.reduce((a, b) => a + b.length, 0) / MB;

const rows = [];
const add = (name, seconds, mb, extra = {}) => rows.push({ name, seconds, mbPerSecond: mb / seconds, ...extra });

const base = time(() => baseline(buffers));
add('baseline: read + decode + split lines', base.seconds, corpusMB, { peakMB: base.peakMB });
const single = time(() => parseAll(buffers, names));
add('parse + JSON.stringify, one thread', single.seconds, corpusMB, { peakMB: single.peakMB });
// The first pass runs while the engine is still compiling the parser: what every new process or worker pays once.
add('  the same, first pass (engine warming up)', single.cold, corpusMB);
// What --no-validate (the library's validate: false) saves: the zod check of each report.
const unchecked = time(() => parseAll(buffers, names, false));
add('  the same without the schema check', unchecked.seconds, corpusMB, { peakMB: unchecked.peakMB });
const jobsN = availableParallelism();
/** The run of median time among CLI_RUNS runs, --jobs 1 and --jobs N taking turns so that noise hits both. */
function cliMedian(runs) {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
}
const runs1 = [];
const runsN = [];
for (let r = 0; r < CLI_RUNS; r++) {
  runs1.push(cli(1));
  runsN.push(cli(jobsN));
}
const cli1 = cliMedian(runs1);
add('CLI --jobs 1 --out', cli1.seconds, corpusMB, { peakMB: cli1.peakMB, filesPerSecond: files.length / cli1.seconds, cpuPercent: cli1.cpuPercent });
const cliN = cliMedian(runsN);
add(`CLI --jobs ${jobsN} --out`, cliN.seconds, corpusMB, { peakMB: cliN.peakMB, filesPerSecond: files.length / cliN.seconds, speedup: cli1.seconds / cliN.seconds, cpuPercent: cliN.cpuPercent });
const io = ioFloor(cli1.outputMB / corpusMB);
add(`  its file I/O alone (no parse; ${cli1.outputMB.toFixed(0)} MB written)`, io.seconds, corpusMB, { filesPerSecond: files.length / io.seconds, cpuPercent: io.cpuPercent });

const growth = GROWTH ? measureGrowth() : {};
for (const [mb, r] of Object.entries(growth)) {
  add(`real text: parse + JSON.stringify, one ${mb} MB file`, r.seconds, r.mb, { peakMB: r.peakMB });
  add(`real text: CLI, one ${mb} MB file --out`, r.cli.seconds, r.mb, { peakMB: r.cli.peakMB });
}

// PDF: pages per second for a generated 50-page report (pdf-lib is a dev dependency).
let pdf = null;
try {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = fixtureTexts(root).join('\n').split('\n').filter((l) => l.trim() !== '' && !/[^\x20-\x7e\u00a0-\u00ff]/.test(l)).map((l) => l.slice(0, 90));
  let k = 0;
  for (let p = 0; p < 50; p++) {
    const page = doc.addPage([595, 842]);
    for (let y = 800; y > 60; y -= 14) page.drawText(lines[k++ % lines.length], { x: 50, y, size: 9, font });
  }
  const bytes = await doc.save();
  const { parseBytes } = await import(join(root, 'dist', 'index.js'));
  const seconds = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    await parseBytes(bytes, { name: 'bench.pdf' });
    seconds.push((performance.now() - t0) / 1000);
  }
  pdf = { pages: 50, seconds: median(seconds), pagesPerSecond: 50 / median(seconds) };
  add('parse a 50-page PDF', pdf.seconds, bytes.length / MB, { pagesPerSecond: pdf.pagesPerSecond });
} catch (error) {
  console.error(`PDF benchmark skipped: ${error.message}`);
}

/**
 * Growth on real text: one file of 1, 10 and 100 MB (BENCH_BIG=0: no
 * 100 MB) of the real excerpts joined, each parsed once in a child process
 * (parse + one JSON.stringify) and GROWTH_CLI_RUNS times by the CLI `parse
 * FILE --out` (which writes the report in pieces), with seconds and peak RSS:
 * the CLI's figures are the medians of its runs (each figure on its own),
 * and its peaks are kept run by run (`peaksMB`).
 */
function measureGrowth() {
  const growth = {};
  for (const mb of BIG ? [1, 10, 100] : [1, 10]) {
    const path = bigFile(mb);
    const runs = Array.from({ length: GROWTH_CLI_RUNS }, () => cli(1, path, tmpdir(), true));
    growth[mb] = { mb: statSync(path).size / MB, ...child(path), cli: medianRun(runs) };
  }
  return growth;
}

/**
 * A run of the CLI made of the medians of `runs`, figure by figure (null
 * where a run has none), with every run's peak in `peaksMB`.
 * @example medianRun([{ seconds: 20, peakMB: 1004 }, { seconds: 22, peakMB: 1073 }, { seconds: 21, peakMB: 1023 }]) // { seconds: 21, peakMB: 1023, peaksMB: [1004, 1073, 1023] }
 */
function medianRun(runs) {
  const out = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]).filter((v) => v != null);
    out[key] = values.length === runs.length ? median(values) : null;
  }
  out.peaksMB = runs.map((r) => r.peakMB);
  return out;
}

/** Growth per size, and the time of each size over the one ten times smaller. */
function printGrowth(growth) {
  const sizes = Object.keys(growth).map(Number).sort((a, b) => a - b);
  if (sizes.length === 0) return;
  console.log(`\ngrowth on real text (corpus/real/text joined): in process one run each, the CLI the median of ${GROWTH_CLI_RUNS} runs`);
  for (const mb of sizes) {
    const r = growth[mb];
    const line = (x) => `${x.seconds.toFixed(1)} s, ${(r.mb / x.seconds).toFixed(2)} MB/s, peak ${x.peakMB?.toFixed(0) ?? '-'} MB`;
    console.log(`  ${String(mb).padStart(3)} MB: parse + JSON.stringify ${line(r)}; CLI --out ${line(r.cli)}`);
  }
  for (let k = 1; k < sizes.length; k++) {
    const [a, b] = [growth[sizes[k - 1]], growth[sizes[k]]];
    console.log(`  ${sizes[k]} MB / ${sizes[k - 1]} MB: ${(b.seconds / a.seconds).toFixed(1)}× in-process, ${(b.cli.seconds / a.cli.seconds).toFixed(1)}× CLI`);
  }
  // Issue 19's aim: the 100 MB file at most 11× the time of the 10 MB one, in at most 1 GB (BENCH_BIG=0 has no 100 MB file).
  const largest = growth[100];
  const runPeaks = largest?.cli.peaksMB?.length > 1 ? ` (runs: ${largest.cli.peaksMB.map((p) => p?.toFixed(0) ?? '-').join(', ')} MB)` : '';
  if (largest) console.log(`  peak of the 100 MB file: ${largest.cli.peakMB?.toFixed(0) ?? '-'} MB CLI${runPeaks}, ${largest.peakMB.toFixed(0)} MB in-process (aim: at most ${MAX_PEAK_MB.toLocaleString('en')} MB)`);
  // The live heap is steadier than the RSS peak: the figure to compare when the parse's own memory changes.
  for (const mb of sizes) if (growth[mb].cli.liveMB != null) console.log(`  live heap peak of the CLI at ${mb} MB (largest heap after a full collection): ${growth[mb].cli.liveMB.toFixed(0)} MB`);
}

/**
 * jaarparse on the real PDFs (the page excerpts of corpus/real/pdf) against
 * pdf.js's own text extraction of the same file: load it with the pdfjs-dist
 * the project uses and the reader's options, getTextContent on every page.
 * jaarparse's parse (parseBytes: that extraction, the layout, the parse and
 * the schema check) is timed warm, the two taking turns per file, PDF_RUNS
 * runs after one warm-up; per file and in total the medians and their ratio.
 * A file jaarparse refuses (a garbled text layer) is timed to its refusal.
 */
async function measureRealPdf() {
  const dir = PDF_DIR;
  const names = readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort();
  const { parseBytes } = await import(join(root, 'dist', 'index.js'));
  const { PDFJS_OPTIONS } = await import(join(root, 'dist', 'blocks', 'pdf.js'));
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const extract = async (bytes) => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS }).promise;
    let items = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      items += (await page.getTextContent()).items.length;
      page.cleanup();
    }
    await doc.destroy();
    return { pages: doc.numPages, items };
  };
  // Only a refusal of the text layer is an answer to time; any other error is a defect and stops the bench.
  const jaarparse = async (bytes, name) => {
    try {
      return JSON.stringify(await parseBytes(bytes, { name })).length;
    } catch (error) {
      if (error.code === 'E_NO_TEXT_LAYER') return error.code;
      throw error;
    }
  };
  const files = names.map((name) => ({ name, bytes: readFileSync(join(dir, name)), ours: [], pdfjs: [], oursCpu: [], pdfjsCpu: [] }));
  for (let r = -1; r < PDF_RUNS; r++) {
    for (const f of files) {
      // Taking turns, and which goes first alternates, so that noise and warm caches hit both.
      for (const which of r % 2 === 0 ? ['pdfjs', 'ours'] : ['ours', 'pdfjs']) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const result = which === 'ours' ? await jaarparse(f.bytes, f.name) : await extract(f.bytes);
        const seconds = (performance.now() - t0) / 1000;
        const c = process.cpuUsage(c0);
        if (which === 'ours' && typeof result === 'string') f.refused = result;
        if (which === 'pdfjs') f.pages = result.pages;
        if (r >= 0) {
          f[which].push(seconds);
          f[`${which}Cpu`].push((c.user + c.system) / 1e6);
        }
      }
    }
  }
  // CPU seconds of the process (pdf.js runs in this thread, its inflating on libuv's): a busy machine changes them far less than wall time.
  const rows = files.map((f) => ({
    name: f.name, pages: f.pages, kB: f.bytes.length / 1e3, refused: f.refused ?? null,
    seconds: median(f.ours), pdfjsSeconds: median(f.pdfjs), ratio: median(f.ours) / median(f.pdfjs),
    cpuSeconds: median(f.oursCpu), pdfjsCpuSeconds: median(f.pdfjsCpu), cpuRatio: median(f.oursCpu) / median(f.pdfjsCpu),
  }));
  // A refused file stops where its verdict is certain (an unreadable text layer) while pdf.js reads it all: it is listed, not counted.
  const read = rows.filter((x) => x.refused === null);
  const sum = (key) => read.reduce((a, x) => a + x[key], 0);
  const range = (key) => {
    const xs = read.map((x) => x[key]).sort((a, b) => a - b);
    return { min: xs[0], median: median(xs), max: xs[xs.length - 1] };
  };
  const dirName = PDF_DIR === DEFAULT_PDF_DIR ? 'corpus/real/pdf' : PDF_DIR;
  // Every file refused (a folder of scans): nothing to compare, and the target is not measured.
  if (read.length === 0) return { dir: dirName, runs: PDF_RUNS, files: rows, pages: 0, ratio: null };
  return {
    dir: dirName, runs: PDF_RUNS, files: rows, pages: sum('pages'),
    seconds: sum('seconds'), pdfjsSeconds: sum('pdfjsSeconds'), ratio: sum('seconds') / sum('pdfjsSeconds'), perFile: range('ratio'),
    cpuSeconds: sum('cpuSeconds'), pdfjsCpuSeconds: sum('pdfjsCpuSeconds'), cpuRatio: sum('cpuSeconds') / sum('pdfjsCpuSeconds'), perFileCpu: range('cpuRatio'),
  };
}

/** The real-PDF table: per file and in total, jaarparse against pdf.js's text extraction, wall and CPU time. */
function printRealPdf(x) {
  console.log(`\nreal PDFs (${x.dir}, ${x.files.length} files, ${x.pages} pages read in full): jaarparse parseBytes against pdf.js getTextContent on every page, warm, taking turns; medians of ${x.runs} runs`);
  console.log('file'.padEnd(46) + 'pages'.padStart(6) + 'jaarparse ms'.padStart(14) + 'pdf.js ms'.padStart(11) + 'ratio'.padStart(8) + 'CPU ms'.padStart(9) + 'pdf.js CPU'.padStart(12) + 'CPU ratio'.padStart(11));
  const row = (name, pages, f) => name.padEnd(46) + String(pages).padStart(6) + (f.seconds * 1000).toFixed(1).padStart(14) + (f.pdfjsSeconds * 1000).toFixed(1).padStart(11) + f.ratio.toFixed(2).padStart(8) + (f.cpuSeconds * 1000).toFixed(1).padStart(9) + (f.pdfjsCpuSeconds * 1000).toFixed(1).padStart(12) + f.cpuRatio.toFixed(2).padStart(11);
  for (const f of x.files) console.log(row(f.name, f.pages, f) + (f.refused ? `  (refused: ${f.refused})` : ''));
  if (x.ratio === null) {
    console.log(x.files.length === 0 ? 'no PDF in the folder: no ratio' : 'every file was refused: no ratio');
    return;
  }
  console.log(row('total (refused files left out)', x.pages, x));
  const per = (r) => `${r.min.toFixed(2)}–${r.max.toFixed(2)}× (median ${r.median.toFixed(2)}×)`;
  console.log(`jaarparse / pdf.js: ${x.ratio.toFixed(2)}× wall, ${x.cpuRatio.toFixed(2)}× CPU in total; per file ${per(x.perFile)} wall, ${per(x.perFileCpu)} CPU`);
}

const realPdf = PDF_REAL ? await measureRealPdf() : null;

const baseRate = corpusMB / base.seconds;
console.log(`fixture corpus (our own texts, for comparison with earlier figures): ${files.length} files, ${corpusMB.toFixed(1)} MB; medians of ${RUNS} runs\n`);
console.log('measure'.padEnd(44) + 'seconds'.padStart(9) + 'MB/s'.padStart(9) + 'ratio'.padStart(9) + 'peak MB'.padStart(10) + '  other');
for (const r of rows) {
  const other = [
    r.filesPerSecond ? `${r.filesPerSecond.toFixed(0)} files/s` : '',
    r.speedup ? `speed-up ${r.speedup.toFixed(2)}×` : '',
    r.pagesPerSecond ? `${r.pagesPerSecond.toFixed(0)} pages/s` : '',
    r.cpuPercent ? `CPU ${r.cpuPercent}%` : '',
  ].filter(Boolean).join(', ');
  console.log(
    r.name.padEnd(44) + r.seconds.toFixed(2).padStart(9) + r.mbPerSecond.toFixed(1).padStart(9) + (r.mbPerSecond / baseRate).toFixed(3).padStart(9) + (r.peakMB ? r.peakMB.toFixed(0) : '-').padStart(10) + '  ' + other,
  );
}
printGrowth(growth);

if (realPdf) printRealPdf(realPdf);

const tests = TEST ? measureTests() : null;
if (tests) console.log(`\nnpm test: ${tests.seconds.toFixed(0)} s (${tests.passed ? 'passed' : 'FAILED'})`);

const targets = targetVerdicts({ real, growth, realPdf, tests });
printTargets(targets);
writeResults('results.json', { corpus: { files: files.length, mb: corpusMB }, runs: RUNS, real, rows, growth, pdf, realPdf, tests, targets });
