/**
 * The entry of a batch worker process: sets V8's compiler for a worker
 * (worker-engine.ts), then loads the parser and the job runner: the bundle
 * `npm run build` makes, from V8's code cache when there is one
 * (worker-bundle.ts), else dist's modules. The order matters: a flag set
 * after a function was first run does not change how that function is
 * optimised, so nothing of the parser may load before it (no static import
 * of it here).
 */
import { tuneWorkerEngine } from './worker-engine.js';
import { runWorkerBundle } from './worker-bundle.js';

const flags = tuneWorkerEngine();
if (!runWorkerBundle(flags)) await import('./worker-jobs.js');
