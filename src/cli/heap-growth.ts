/**
 * How far V8 lets the heap grow while one large input is parsed.
 *
 * After a full collection V8 sets the next one's trigger at the live size
 * times a factor it picks itself, up to 4× when collections are quick next
 * to the work between them. A 100 MB text's parse held about 0.8-1.1 GB
 * live for most of its run (0.7-0.8 GB since the ninth speed session), so
 * with V8's own factor the heap reached 2.5 GB before its next full
 * collection and the process 2.8 GB (`npm run bench`, BENCH_ONLY=growth).
 * With a fixed factor of 1.2 the same parse peaked at 1.6 GB in the same
 * time (56.8 s against 58.0 s, one run each, quiet machine); 1.1 gave 1.6 GB
 * too but 67 s, 1.3 gave 1.8 GB. (1.25-1.3 GB since the ninth session,
 * 0.93-1.0 GB since the thirteenth.)
 *
 * Below TIGHT_HEAP_MIN_BYTES V8's own factor stays: a 10 MB text parsed with
 * 1.2 peaked at 285 MB instead of 363 MB but took 15% longer (7.0 against
 * 6.1 s, two runs each), and a batch of small files would collect far more
 * often for nothing. The factor goes back to V8's own when the last large
 * input is done, so that a worker's later small files, and the code cache
 * (whose key holds V8's flags), are as before.
 */
import { setFlagsFromString } from 'node:v8';

/** Inputs of at least this many bytes are parsed with the fixed growth factor. */
export const TIGHT_HEAP_MIN_BYTES = 32 * 1024 * 1024;

/** The heap may grow to 1.2× its live size before the next full collection. */
export const TIGHT_HEAP_FLAG = '--heap-growing-percent=20';

/** V8's default: 0 lets V8 choose the factor itself. */
export const DEFAULT_HEAP_FLAG = '--heap-growing-percent=0';

/** Large inputs being parsed in this process now (a batch runs its jobs here one at a time, but a caller of runJob may overlap them). */
let largeInputs = 0;

/**
 * Sets the fixed growth factor while an input of `bytes` bytes is parsed,
 * when it is large; call what it returns when that input is done (V8's own
 * factor comes back when no large input is left).
 * @param setFlags Sets a V8 flag (a test passes its own).
 * @example const done = tightenHeapFor(100e6); try { … } finally { done(); }
 */
export function tightenHeapFor(bytes: number, setFlags: (flag: string) => void = setFlagsFromString): () => void {
  if (bytes < TIGHT_HEAP_MIN_BYTES) return () => undefined;
  if (largeInputs++ === 0) setFlags(TIGHT_HEAP_FLAG);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--largeInputs === 0) setFlags(DEFAULT_HEAP_FLAG);
  };
}
