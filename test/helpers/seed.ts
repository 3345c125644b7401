/**
 * The seed of every property test: fixed, so that CI is deterministic;
 * FC_SEED=random (or a number) explores further, and a failure prints the
 * seed that reproduces it.
 */
export const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261123);
