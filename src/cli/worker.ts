/**
 * The worker-thread entry of the batch pool: runs one job per task.
 */
import { runJob, type Job, type JobResult } from './job.js';

export default function work(job: Job): Promise<JobResult> {
  return runJob(job);
}
