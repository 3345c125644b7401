/** Moved to `blocks/positions.ts`: recognisers and the pipeline both turn spans into positions. */
export * from '../blocks/positions.js';
