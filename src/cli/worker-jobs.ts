/**
 * A batch worker process (loaded by worker.ts): runs a task of several jobs one after
 * another, reading and writing each job's files with blocking calls (nothing
 * else waits in this process), and returns their results in order.
 */
import workerpool from 'workerpool';
import { runJob, useBlockingIo, type Job, type JobResult } from './job.js';

useBlockingIo();

async function runJobs(jobs: Job[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job));
  return results;
}

workerpool.worker({ runJobs });
