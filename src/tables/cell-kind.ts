/** Moved to `values/value-like.ts`: blocks read value cells before tables do. */
export { valueLike } from '../values/value-like.js';
