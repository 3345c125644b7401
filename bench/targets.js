/**
 * Issue 19's "done when", read off one benchmark run: each target with the
 * figure this run measured and whether it is met. A target whose figure the
 * run did not measure (BENCH_REAL_ONLY, BENCH_GROWTH=0, BENCH_TEST=0 …) is
 * "not measured", never met by default.
 *
 * Pure: figures in, verdicts out, so that a test can hold each threshold.
 */

/** One thread, parse + JSON.stringify of real text: MB/s and the share of the read + split baseline. */
export const MIN_MB_PER_SECOND = 15;
export const MIN_BASELINE_RATIO = 0.03;
/** `--jobs 2` over `--jobs 1` on the real-text batch. */
export const MIN_TWO_JOB_SPEEDUP = 1.6;
/** The 100 MB file's time over the 10 MB file's. */
export const MAX_GROWTH = 11;
/** Peak RSS of the 100 MB file through the CLI. */
export const MAX_PEAK_MB = 1000;
/** jaarparse's wall time over pdf.js's text extraction on the real PDFs. */
export const MAX_PDF_RATIO = 1.5;
/** `npm test`, build and type-check included. */
export const MAX_TEST_SECONDS = 60;

/**
 * @param {{ real?: any, growth?: any, realPdf?: any, tests?: any }} run The figures of `bench/run.js` (its results.json).
 * @returns {Array<{ target: string, measured: string, met: boolean | null }>} `met` is null where the run did not measure it.
 * @example targetVerdicts({ tests: { seconds: 41, passed: true } })[6] // { target: 'npm test under 60 s', measured: '41 s, passed', met: true }
 */
export function targetVerdicts(run) {
  return [
    ...['small', 'joined'].map((shape) => oneThread(run.real, shape)),
    twoJobs(run.real?.batch),
    growthTime(run.growth),
    growthPeak(run.growth),
    pdf(run.realPdf),
    tests(run.tests),
  ];
}

const NOT_MEASURED = 'not measured in this run';

function verdict(target, measured, met) {
  return measured === null ? { target, measured: NOT_MEASURED, met: null } : { target, measured, met };
}

function oneThread(real, shape) {
  const row = real?.rows?.find((r) => r.corpus === 'real' && r.shape === shape);
  const target = `parse + JSON ≥ ${MIN_MB_PER_SECOND} MB/s on one thread (≥ ${MIN_BASELINE_RATIO} of the floor), real text ${shape === 'small' ? 'as small documents' : 'joined'}`;
  if (!row) return verdict(target, null);
  return verdict(target, `${row.parseMBps.toFixed(2)} MB/s (${row.ratio.toFixed(4)} of the floor)`, row.parseMBps >= MIN_MB_PER_SECOND && row.ratio >= MIN_BASELINE_RATIO);
}

function twoJobs(batch) {
  const target = `--jobs 2 ≥ ${MIN_TWO_JOB_SPEEDUP}× --jobs 1 on the real-text batch`;
  const places = Object.entries(batch?.outputs ?? {});
  if (places.length === 0) return verdict(target, null);
  const bound = (x) => (x.jobs1?.cores ? `; --jobs 1 keeps ${x.jobs1.cores.toFixed(2)} cores busy: at most ${(2 / x.jobs1.cores).toFixed(2)}× at its CPU per MB` : '');
  const measured = places.map(([where, x]) => `${x.speedup.toFixed(2)}× to ${where} (ceiling ${x.ceiling.toFixed(2)}×${bound(x)})`).join(', ');
  // Met where the parse's own gain is measured: into memory when the machine has it (this VM's file creation does not divide over workers).
  const judged = batch.outputs.memory ?? batch.outputs.disk;
  return verdict(target, measured, judged.speedup >= MIN_TWO_JOB_SPEEDUP);
}

function sizes(growth) {
  return Object.keys(growth ?? {}).map(Number);
}

function growthTime(growth) {
  const target = `100 MB ≤ ${MAX_GROWTH}× the time of 10 MB`;
  if (!sizes(growth).includes(100) || !sizes(growth).includes(10)) return verdict(target, null);
  const inProcess = growth[100].seconds / growth[10].seconds;
  const cli = growth[100].cli.seconds / growth[10].cli.seconds;
  return verdict(target, `${inProcess.toFixed(1)}× in process, ${cli.toFixed(1)}× CLI`, inProcess <= MAX_GROWTH && cli <= MAX_GROWTH);
}

function growthPeak(growth) {
  const target = `peak ≤ ${MAX_PEAK_MB.toLocaleString('en')} MB at 100 MB (CLI)`;
  if (!sizes(growth).includes(100) || growth[100].cli.peakMB == null) return verdict(target, null);
  const x = growth[100];
  const live = x.cli.liveMB == null ? '' : ` (live heap peak ${x.cli.liveMB.toFixed(0)} MB)`;
  // Several runs: their median is judged (the peak swings between runs of one build), and each run's peak is shown.
  const runs = x.cli.peaksMB?.length > 1 ? `, median of ${x.cli.peaksMB.length} runs: ${x.cli.peaksMB.map((p) => p?.toFixed(0) ?? '-').join(', ')} MB` : '';
  return verdict(target, `${x.cli.peakMB.toFixed(0)} MB CLI${live}${runs}, ${x.peakMB.toFixed(0)} MB in process`, x.cli.peakMB <= MAX_PEAK_MB);
}

function pdf(realPdf) {
  // The folder is named: BENCH_PDF_DIR can point the measure at other PDFs than the project's corpus.
  const target = `PDF within ${MAX_PDF_RATIO}× of pdf.js's text extraction on the same real files (${realPdf?.dir ?? 'corpus/real/pdf'})`;
  if (!realPdf || realPdf.ratio === null) return verdict(target, null);
  return verdict(target, `${realPdf.ratio.toFixed(2)}× wall, ${realPdf.cpuRatio.toFixed(2)}× CPU`, realPdf.ratio <= MAX_PDF_RATIO);
}

function tests(run) {
  const target = `npm test under ${MAX_TEST_SECONDS} s`;
  if (!run) return verdict(target, null);
  return verdict(target, `${run.seconds.toFixed(0)} s, ${run.passed ? 'passed' : 'FAILED'}`, run.passed && run.seconds < MAX_TEST_SECONDS);
}

/**
 * Prints the verdicts as the benchmark's last table.
 * @param measuredOnly Leave out the targets the run did not measure (a BENCH_ONLY run measures one).
 */
export function printTargets(verdicts, measuredOnly = false) {
  const shown = measuredOnly ? verdicts.filter((v) => v.met !== null) : verdicts;
  // A BENCH_ONLY run that measured none of them (growth with BENCH_BIG=0) prints no empty table.
  if (shown.length === 0) return;
  console.log("\nissue 19's targets, in this run");
  const word = (met) => (met === null ? '-' : met ? 'met' : 'NOT MET');
  for (const v of shown) console.log(`  ${word(v.met).padEnd(8)} ${v.target}: ${v.measured}`);
}
