/**
 * Runs jobs over many inputs, in parallel on a worker pool, and hands the
 * results back in input order whatever order they finish in. A sliding
 * window bounds how many finished results wait for a slow one before them.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import cliProgress from 'cli-progress';
import { runJob, type Job, type JobResult } from './job.js';

export interface BatchOptions {
  jobs: number;
  /** Show a progress bar (an interactive stderr and not --quiet). */
  progress: boolean;
}

export interface BatchTotals {
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  warnings: number;
  bytes: number;
  seconds: number;
}

/**
 * Cores one parse thread keeps busy: besides parsing, V8's compiler and
 * concurrent garbage collector and the file I/O that overlaps it (measured
 * with `npm run bench`: --jobs 1 uses 138% CPU). Workers beyond
 * cores / CORES_PER_WORKER compete for the same cores and each pays the
 * engine's warm-up again: on 2 cores --jobs 2 was no faster than --jobs 1.
 */
export const CORES_PER_WORKER = 1.4;

/**
 * The default of --jobs: the number of parse threads this machine runs
 * fastest, from its cores (1 on 2 cores, 2 on 4, 5 on 8).
 */
export function defaultJobs(cores: number = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / CORES_PER_WORKER));
}

/** How many worker threads a batch starts: never more than its files, and none for one file (the main thread parses it). */
export function workerCount(requested: number, files: number): number {
  const n = Math.min(requested, files);
  return n > 1 ? n : 0;
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
  const totals: BatchTotals = { files: jobs.length, ok: 0, failed: 0, skipped: 0, warnings: 0, bytes: 0, seconds: 0 };
  const threads = workerCount(options.jobs, jobs.filter((j) => !j.bytes).length);
  const pool =
    threads > 0
      ? new Piscina<Job, JobResult>({
          filename: new URL('./worker.js', import.meta.url).href,
          minThreads: threads,
          maxThreads: threads,
          // A worker parses one file while it waits for the disk on another (stat, read, write);
          // two, not more, so that no more than two large reports wait in one worker.
          concurrentTasksPerWorker: 2,
        })
      : null;
  const bar = options.progress ? progressBar(jobs.length) : null;
  const run = (job: Job): Promise<JobResult> => (pool && !job.bytes ? pool.run(job) : runJob(job));
  const window = Math.max(4, threads * 8);
  const pending: Array<Promise<JobResult>> = [];
  let next = 0;
  const fill = (): void => {
    while (next < jobs.length && pending.length < window) pending.push(run(jobs[next++]!));
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
      } else totals.failed++;
      // An error line starts on a clean line, not inside the bar, which redraws below it.
      if (bar && !result.ok) process.stderr.write('\r\x1b[2K');
      onResult(jobs[i]!, result, i);
      if (bar) {
        const seconds = (performance.now() - started) / 1000;
        bar.update(i + 1, { mbs: (totals.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1), failed: totals.failed });
      }
    }
  } finally {
    bar?.stop();
    await pool?.destroy();
  }
  totals.seconds = (performance.now() - started) / 1000;
  return totals;
}

function progressBar(total: number): cliProgress.SingleBar {
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

/** The summary line of a batch. */
export function summaryLine(t: BatchTotals): string {
  const skipped = t.skipped > 0 ? `, ${t.skipped} skipped` : '';
  return `jaarparse: ${t.files} files, ${t.ok} ok${skipped}, ${t.failed} failed, ${t.warnings} warnings, ${(t.bytes / 1e6).toFixed(1)} MB, ${t.seconds.toFixed(1)} s`;
}
