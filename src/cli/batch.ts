/**
 * Runs jobs over many inputs: in the main process for --jobs 1, else on a
 * pool of worker processes while the main process only hands out paths and
 * writes results, in input order whatever order they finish in. A sliding
 * window bounds how many finished results wait for a slow one before them.
 */
import { availableParallelism } from 'node:os';
import workerpool from 'workerpool';
import type { SingleBar } from 'cli-progress';
import { EXIT } from '../errors.js';
import type { Job, JobResult } from './job.js';

export interface BatchOptions {
  jobs: number;
  /** Show a progress bar (an interactive stderr and not --quiet). */
  progress: boolean;
  /**
   * Workers the caller started (startPool) before it listed the inputs, and
   * ends itself; without it, a batch with more than one worker starts its own.
   */
  pool?: workerpool.Pool | null;
  /**
   * Resolves once the output written so far has gone out (stdout to a slow
   * pipe): awaited after each result, so that a batch's reports wait in the
   * jobs in flight rather than pile up in memory behind the reader.
   */
  drained?: () => Promise<void>;
}

export interface BatchTotals {
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  warnings: number;
  /** Reports checked against the schema. */
  validated: number;
  bytes: number;
  seconds: number;
}

/**
 * Input bytes from which a batch without --jobs runs on a pool of workers,
 * one per core: below it, starting the workers costs more than they gain.
 * Each worker loads the parser and warms up V8 on its own (about 0.5-1 CPU-s).
 * Measured on 2 cores, real excerpts to tmpfs, three runs each: 100 files
 * (144 KB) took 2.0 s in one process and 2.5 s on two workers; 400 files
 * (575 KB) 2.3-2.6 s against 1.8 s; 1,600 files (2.3 MB) 5.3-7.2 s against
 * 3.6-3.9 s.
 */
export const POOL_MIN_BYTES = 512 * 1024;

/**
 * Jobs in one task of a worker: a worker asks for its next task once per
 * task, not per file, and idles until the main process answers; a task's
 * results come back in one message. Results that carry reports or rows keep
 * tasks at this size, so that one message, and what waits behind a slow
 * result, stays small.
 */
const TASK_JOBS = 8;

/**
 * Jobs in one task when the worker writes the reports itself (--out): their
 * results are a few numbers, so a task can be larger and the waits between
 * tasks fewer (1,960 small files, 8-job tasks: ~120 waits per worker, 4-7% of
 * its time on a busy machine).
 */
const TASK_JOBS_OUT = 32;

/**
 * Near the end of a batch a task takes at most 1 / (workers × TAIL_SHARES) of
 * the jobs left, down to one, so that no worker is still busy with a large
 * task while the others have nothing left (guided self-scheduling).
 */
const TAIL_SHARES = 4;

/**
 * Tasks handed out ahead per worker: enough that a worker's next task is
 * queued before it finishes one, few enough that finished results do not
 * pile up behind a slow one.
 */
const TASKS_AHEAD = 3;

/**
 * The default of --jobs for a batch: one worker per core when the inputs
 * hold at least POOL_MIN_BYTES, else 1 (this process parses). A worker
 * parses on one core: it runs with `--single-threaded` and optimises little
 * (engine-flags.ts), so workers do not compete for a core with each other's
 * compiler threads.
 * @param bytes The inputs' sizes added up (stdin counts 0).
 * @example defaultJobs(1_000_000, 3, 2) // 2
 * @example defaultJobs(100_000, 3, 2) // 1
 */
export function defaultJobs(bytes: number, files: number, cores: number = availableParallelism()): number {
  return files > 1 && bytes >= POOL_MIN_BYTES ? Math.max(1, cores) : 1;
}

/**
 * How many worker processes parse a batch: --jobs, never more than its
 * files, and no pool (0) for --jobs 1 or one file (the main process parses it).
 */
export function workerCount(requested: number, files: number): number {
  const n = Math.min(requested, files);
  return n > 1 ? n : 0;
}

/**
 * Node options of a worker process: no background compiler or collector
 * threads, so that the workers do not compete for the cores with each
 * other's (one process with them parses with about 1.4 cores; see README ›
 * Benchmark). Measured alone, a worker so started parses with about a tenth
 * less CPU; in the pool of two on a quiet machine it ran 0.1-1.3 s faster
 * over 1,960 files (two runs each) than workers with V8's threads,
 * --v8-pool-size=1 or --single-threaded-gc; with the worker's V8 settings
 * (engine-flags.ts) it still did, over 3,920 files (three runs each).
 */
const WORKER_EXEC_ARGV = ['--single-threaded'];

/**
 * A pool of `size` worker processes, started (their modules loading) at once.
 * @param script The worker's entry (a test passes one of its own).
 */
export function startPool(size: number, script: string = new URL('./worker.js', import.meta.url).pathname): workerpool.Pool {
  return workerpool.pool(script, {
    workerType: 'process',
    minWorkers: size,
    maxWorkers: size,
    // Structured clone: rows and results cross as they are (undefined stays undefined).
    forkOpts: { execArgv: WORKER_EXEC_ARGV, serialization: 'advanced' },
  });
}

/**
 * Runs `jobs` in one task of a worker, a promise per job. A worker that dies
 * (out of memory on a huge file) fails its task: each of its jobs then runs
 * alone, so that only the job that kills a worker again fails, and the
 * others of the batch go on.
 */
export function runInPool(pool: workerpool.Pool, jobs: Job[]): Array<Promise<JobResult>> {
  const task = Promise.resolve(pool.exec('runJobs', [jobs]) as PromiseLike<JobResult[]>);
  let nudged = false;
  return jobs.map((job, k) =>
    task.then(
      (results) => results[k]!,
      (error: unknown) => {
        if (!nudged) nudgeAfterDeath(pool);
        nudged = true;
        return jobs.length > 1 ? runInPool(pool, [job])[0]! : workerDied(error);
      },
    ),
  );
}

/**
 * After a worker dies, workerpool (10.0) starts its replacement but hands it
 * the tasks already queued only when a task is added: an empty task, added
 * once its clean-up has run, sets the queue going again.
 */
function nudgeAfterDeath(pool: workerpool.Pool): void {
  setImmediate(() => {
    Promise.resolve(pool.exec('runJobs', [[]])).catch(() => undefined);
  });
}

function workerDied(error: unknown): JobResult {
  const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return { ok: false, code: 'E_INTERNAL', message: `the worker process parsing it ended (${why})`, exitCode: EXIT.failed, bytes: 0 };
}

/**
 * The jobs of the next task: `most` while many are left, fewer near the end (TAIL_SHARES).
 * @example taskSize(1000, 2, 32) // 32
 * @example taskSize(40, 2, 32) // 5
 */
export function taskSize(left: number, workers: number, most: number): number {
  return Math.max(1, Math.min(most, Math.ceil(left / (workers * TAIL_SHARES))));
}

/**
 * How many jobs a batch starts before it hands the first unfinished one's
 * result on: with a pool, the tasks queued ahead for every worker and one
 * more task; without one (`poolDepth` 0), one job at a time. The main
 * process reads and writes with blocking calls (job.ts), so a job started
 * ahead of the one it parses would only hold its input in memory (with 32
 * ahead, 32 large files were read before the first was parsed). The event
 * loop is turned once after each of them (`turnOfTheLoop`).
 * @example jobsInFlight(0, 32) // 1
 * @example jobsInFlight(2 * TASKS_AHEAD * 32, 32) // 224
 */
export function jobsInFlight(poolDepth: number, most: number): number {
  return poolDepth > 0 ? Math.max(4, poolDepth + most) : 1;
}

/**
 * Runs `jobs` and calls `onResult` for each in input order.
 * @returns Totals for the summary line.
 */
export async function runBatch(
  jobs: Job[],
  options: BatchOptions,
  onResult: (job: Job, result: JobResult, index: number) => void,
): Promise<BatchTotals> {
  const started = performance.now();
  const totals: BatchTotals = { files: jobs.length, ok: 0, failed: 0, skipped: 0, warnings: 0, validated: 0, bytes: 0, seconds: 0 };
  const workers = workerCount(options.jobs, jobs.filter((j) => !j.bytes).length);
  // With a pool the main process parses nothing (stdin's bytes excepted): it
  // hands out paths and writes results. Measured on a quiet machine (2 cores,
  // corpus/real/text x 20, three runs): two single-threaded workers beside an
  // idle main process ran 1.13-1.35x --jobs 1; the main process parsing
  // beside one worker 0.90-1.07x, its own compiler, collector and I/O threads
  // competing with the worker, and results waiting on its parse.
  const own = workers > 0 && !options.pool ? startPool(workers) : null;
  const pool = workers > 0 ? (options.pool ?? own) : null;
  // This process loads the parser only when it parses: --jobs 1, one file, stdin's bytes.
  const runHere = pool && !jobs.some((j) => j.bytes) ? null : (await import('./job.js')).runJob;
  const bar = options.progress ? await progressBar(jobs.length) : null;
  const most = jobs.every((j) => j.outPath !== undefined) ? TASK_JOBS_OUT : TASK_JOBS;
  const poolDepth = workers * TASKS_AHEAD * most;
  const window = jobsInFlight(poolDepth, most);
  const pending: Array<Promise<JobResult>> = [];
  let next = 0;
  let inPool = 0;
  const fill = (): void => {
    while (next < jobs.length && pending.length < window) {
      const job = jobs[next]!;
      if (!pool || job.bytes) {
        next++;
        pending.push(runHere!(job));
      } else if (inPool < poolDepth) {
        const task: Job[] = [];
        const size = taskSize(jobs.length - next, workers, most);
        while (next < jobs.length && task.length < size && !jobs[next]!.bytes) task.push(jobs[next++]!);
        inPool += task.length;
        pending.push(...runInPool(pool, task).map((result) => result.finally(() => (inPool--, fill()))));
      } else break;
    }
  };
  try {
    fill();
    for (let i = 0; i < jobs.length; i++) {
      const result = await pending.shift()!;
      fill();
      totals.bytes += result.bytes;
      if (result.ok) {
        totals.ok++;
        if (result.skipped) totals.skipped++;
        totals.warnings += result.warnings;
        if (result.validated) totals.validated++;
      } else totals.failed++;
      // An error line starts on a clean line, not inside the bar, which redraws below it.
      if (bar && !result.ok) process.stderr.write('\r\x1b[2K');
      onResult(jobs[i]!, result, i);
      if (bar) {
        const seconds = (performance.now() - started) / 1000;
        bar.update(i + 1, { mbs: (totals.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1), failed: totals.failed });
      }
      // Jobs run here finish without the event loop turning (their I/O blocks): one turn per job lets Node
      // write what waits for a piped stdout and hear that it closed (`| head`), as a pool's messages do.
      if (!pool) await turnOfTheLoop();
      if (options.drained) await options.drained();
    }
  } finally {
    bar?.stop();
    await own?.terminate();
  }
  totals.seconds = (performance.now() - started) / 1000;
  return totals;
}

/** Resolves after the event loop has turned once (pending I/O callbacks, such as stdout's, run first). */
function turnOfTheLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A progress bar on stderr (its module loaded only when one is drawn). */
async function progressBar(total: number): Promise<SingleBar> {
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      format: 'jaarparse |{bar}| {value}/{total} files | {mbs} MB/s | ETA {eta_formatted} | failed {failed}',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { mbs: '0.0', failed: 0 });
  return bar;
}

/**
 * The summary line of a batch.
 * @param validation Said after the count of reports checked against the schema: how they were chosen.
 */
export function summaryLine(t: BatchTotals, validation = ''): string {
  const skipped = t.skipped > 0 ? `, ${t.skipped} skipped` : '';
  return `jaarparse: ${t.files} files, ${t.ok} ok${skipped}, ${t.failed} failed, ${t.warnings} warnings, ${(t.bytes / 1e6).toFixed(1)} MB, ${t.seconds.toFixed(1)} s, ${t.validated} schema-checked${validation}`;
}
