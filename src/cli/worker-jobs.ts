/**
 * A batch worker process (loaded by worker.ts): runs a task of several jobs one after
 * another and returns their results in order.
 */
import workerpool from 'workerpool';
import { runJob, type Job, type JobResult } from './job.js';

let firstTaskDone: (() => void) | null = null;

/**
 * Calls `callback` once, after the first task with jobs has returned its
 * results: by then the functions a batch runs are compiled (bundle-loader.ts
 * writes V8's code cache then).
 */
export function afterFirstTask(callback: () => void): void {
  firstTaskDone = callback;
}

async function runJobs(jobs: Job[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job));
  if (firstTaskDone && jobs.length > 0) {
    setImmediate(firstTaskDone);
    firstTaskDone = null;
  }
  return results;
}

workerpool.worker({ runJobs });
