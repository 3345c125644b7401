/**
 * `--shard auto`: which part of the corpus this process takes, read from the
 * variables a batch engine sets for each task of an array, so that jaarparse
 * runs as the unit of work of an engine a research group already has
 * instead of needing its own scheduler.
 *
 * - Kubernetes Indexed Job: JOB_COMPLETION_INDEX (0-based); the count from
 *   `--shard auto/N` or JAARPARSE_SHARD_COUNT (a Job does not export its
 *   completions).
 * - Slurm job array: SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and
 *   SLURM_ARRAY_TASK_COUNT (`--array=0-9` and `--array=1-10` both work).
 * - GNU parallel: PARALLEL_SEQ (1-based), with the count from `auto/N`.
 */
import { parseShard, type Shard } from './inputs.js';

/** The variable a user (or a manifest) sets for the number of shards when the engine gives none. */
export const SHARD_COUNT_VARIABLE = 'JAARPARSE_SHARD_COUNT';

const AUTO = /^auto(?:\/(\d+))?$/;

/**
 * The shard `--shard TEXT` names: "K/N", "auto" or "auto/N".
 * @throws Error with a usage message when it cannot say.
 * @example shardFrom('auto', { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8' }) // { k: 3, n: 8 }
 */
export function shardFrom(text: string, env: Record<string, string | undefined>): Shard & { engine: string } {
  const m = AUTO.exec(text);
  if (!m) return { ...parseShard(text), engine: 'flag' };
  const given = m[1] !== undefined ? whole(m[1], '--shard auto/N') : env[SHARD_COUNT_VARIABLE] ? whole(env[SHARD_COUNT_VARIABLE]!, SHARD_COUNT_VARIABLE) : null;
  const check = (k: number, n: number, engine: string): Shard & { engine: string } => {
    if (n < 1 || k < 1 || k > n) throw new Error(`--shard auto: ${engine} gives task ${k} of ${n}, which is not a shard (1 ≤ K ≤ N)`);
    return { k, n, engine };
  };
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    const index = whole(env.JOB_COMPLETION_INDEX, 'JOB_COMPLETION_INDEX');
    if (given === null) throw new Error(`--shard auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but not the number of shards: give --shard auto/N or set ${SHARD_COUNT_VARIABLE} to the Job's completions`);
    return check(index + 1, given, 'Kubernetes (JOB_COMPLETION_INDEX)');
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined) {
    const id = whole(env.SLURM_ARRAY_TASK_ID, 'SLURM_ARRAY_TASK_ID');
    const min = env.SLURM_ARRAY_TASK_MIN !== undefined ? whole(env.SLURM_ARRAY_TASK_MIN, 'SLURM_ARRAY_TASK_MIN') : 0;
    const step = env.SLURM_ARRAY_TASK_STEP !== undefined ? whole(env.SLURM_ARRAY_TASK_STEP, 'SLURM_ARRAY_TASK_STEP') : 1;
    if (step !== 1) throw new Error(`--shard auto: a Slurm array with step ${step} leaves gaps; use --array=MIN-MAX without a step`);
    const count = env.SLURM_ARRAY_TASK_COUNT !== undefined ? whole(env.SLURM_ARRAY_TASK_COUNT, 'SLURM_ARRAY_TASK_COUNT') : given;
    if (count === null) throw new Error('--shard auto: SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT: give --shard auto/N');
    return check(id - min + 1, count, 'Slurm (SLURM_ARRAY_TASK_ID)');
  }
  if (env.PARALLEL_SEQ !== undefined) {
    const seq = whole(env.PARALLEL_SEQ, 'PARALLEL_SEQ');
    if (given === null) throw new Error('--shard auto: PARALLEL_SEQ is set (GNU parallel) but not the number of shards: give --shard auto/N, with N the number of jobs parallel runs');
    return check(seq, given, 'GNU parallel (PARALLEL_SEQ)');
  }
  throw new Error(
    `--shard auto: no batch engine's task variables are set (JOB_COMPLETION_INDEX of a Kubernetes Indexed Job, SLURM_ARRAY_TASK_ID of a Slurm array, PARALLEL_SEQ of GNU parallel); give --shard K/N instead`,
  );
}

function whole(text: string, name: string): number {
  if (!/^\d+$/.test(text.trim())) throw new Error(`--shard auto: ${name} must be a whole number, got "${text}"`);
  return Number(text.trim());
}
