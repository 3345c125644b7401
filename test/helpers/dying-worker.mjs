// A batch worker for the pool test: it dies on a job whose path holds "die", as a worker out of memory would.
import workerpool from 'workerpool';

workerpool.worker({
  runJobs: (jobs) =>
    jobs.map((job) => {
      if (job.path.includes('die')) process.exit(1);
      return { ok: true, warnings: 0, bytes: job.path.length, skipped: false, validated: false };
    }),
});
