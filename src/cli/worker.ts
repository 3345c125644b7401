/**
 * The entry of a batch worker process: sets V8's compiler for a worker
 * (engine-flags.ts), then loads the parser and the job runner: the bundle
 * `npm run build` makes, from V8's code cache when there is one
 * (bundle-loader.ts), else dist's modules. The order matters: a flag set
 * after a function was first run does not change how that function is
 * optimised, so nothing of the parser may load before it (no static import
 * of it here).
 */
import { tuneWorkerEngine } from './engine-flags.js';
import { loadBundle } from './bundle-loader.js';

/** What the worker bundle exports (worker-jobs.ts). */
interface WorkerExports {
  afterFirstTask(callback: () => void): void;
}

// The main process gone (it exits at once when its stdout closes: `jaarparse parse … | head`), a worker's next
// message to it fails with EPIPE: the worker then ends quietly, without a stack trace on the user's terminal.
process.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || error.code === 'ERR_IPC_CHANNEL_CLOSED') process.exit(0);
  throw error;
});

const flags = tuneWorkerEngine();
const bundle = loadBundle<WorkerExports>('worker', flags);
if (bundle) bundle.exports.afterFirstTask(bundle.saveCache);
else await import('./worker-jobs.js');
