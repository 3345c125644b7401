/**
 * The V8 settings of the processes that parse: the CLI's own and a batch
 * worker's (PARSER_V8_FLAGS), and a worker's compiler (`workerV8Flags`),
 * set before the parser loads.
 *
 * **Every parsing process** lets an inline cache hold up to sixteen maps
 * where V8 holds four. A string's map is its representation: a slice of
 * the text or a copy of it, one or two bytes a character, joined,
 * internalised. The parser's string helpers (`isBlank`, `splitAmountLine`,
 * `valueLike`, `sectionRole` …) are given lines, cells and pieces of all of
 * these, so with four their `length`, `charCodeAt`, `trim` … went through
 * V8's megamorphic stub instead of being compiled in: 12% of a warm parse's
 * own instructions, 25.7 M a pass of the real excerpts (valgrind,
 * `npm run bench:instructions`). Counted with the flag: the parse's own
 * instructions a pass 214.2 M (4 maps) → 192.9 M (6) → 183.7 M (8) →
 * 183.1 M (16); the optimising compiler's the same. The excerpts joined
 * into one document (one text, fewer kinds of string) count 182.7 M with
 * four, 188.8 M with six, 198.8 M with eight, 183.0 M with twelve or
 * sixteen: the compiler's choices move with the setting, and sixteen is
 * the one that is faster for small documents and no slower joined. Those
 * counts had the flag on Node's command line; set at run time, as here
 * (a flag V8 does not know stops `node` on its command line), this build
 * counts 198.0 M against the build before's 213.1 M (−7.1%)
 * (bench/HISTORY.md › the nineteenth session). A library user gets the
 * most with `node --max-valid-polymorphic-map-count=16`; the library sets
 * no engine flag in its host's process.
 *
 * **A batch worker** is started with `--single-threaded` (see
 * WORKER_EXEC_ARGV in batch.ts), so every optimisation TurboFan makes runs
 * on the thread that parses. With V8's defaults a worker spent about a third
 * of its CPU compiling (429 compilations, several seconds, on 1,960 real
 * excerpts), and kept compiling to the end: the parser's stages are large
 * functions called once per document or table (`documentMeta`,
 * `recogniseBudgetTable`, `budgetRow`), each 30-240 ms to optimise, some
 * more than once.
 *
 * The worker's settings below make V8 optimise later and smaller: a function
 * runs longer in the baseline tiers before TurboFan takes it up (eight times
 * on V8 11), and an optimised function inlines a quarter of the bytecode it
 * would. On corpus/real/text × 40 (3,920 files) a worker then compiled 184
 * functions in about 1 s, and `--jobs 2` took 6.6-7.4 s where it took
 * 8.2-8.7 s, in the same runs (`npm run bench` prints the figure; Node 20).
 * The main process of `--jobs 1` keeps V8's compiler defaults: there
 * TurboFan compiles on a core of its own, and these settings made that run
 * slower (13.4 s against 10.5 s).
 *
 * The settings are V8 flags, not Node options: the engine's flag names are
 * not a stable interface, and an unknown one makes `node` refuse to start
 * when given on its command line. So they are set at run time, where an
 * unknown flag is ignored, but with a line on stderr ("Error: unrecognized
 * flag", once per worker: V8 12 and 13 have no `--interrupt-budget`, and
 * until the twentieth speed session a batch on Node 22 or 24 printed it).
 * So each V8 major they were measured on gets its own, none another
 * (`test/cli-output.test.ts` checks that the running V8 knows each;
 * `test/bundles.test.ts` and the `| head` test there, that a batch with
 * workers writes nothing on stderr).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags a worker sets before it loads the parser, by V8 major version:
 * the engine's flag names are no stable interface (V8 12 replaced the
 * interrupt budget by an invocation count), so each version gets the ones it
 * knows, measured on it. Counted with valgrind over the 8 MB a worker of
 * `--jobs 2` parses on the bench's batch, in a process set up as a worker
 * (bench/HISTORY.md › the twentieth session):
 * - V8 11 (Node 20): interrupt budget ×8 (default 67,584 bytes of bytecode
 *   run) and cumulative inlining ÷4 (default 920 bytes of bytecode): only
 *   the functions that stay hot are optimised, and each optimisation is
 *   smaller. 20,280 M instructions against 23,047 M with V8's defaults.
 * - V8 12 (Node 22): inlining ÷4 and the invocations before TurboFan ×2
 *   (default 3,000): 17,973 M against 19,969 M with V8's defaults and
 *   18,225 M with the inlining alone (×8: 19,329 M; without Maglev, V8 12's
 *   code waits in the baseline tier). Timed, the three are within the
 *   noise: `--jobs 2` 3.63–4.12 s, 3.55–4.04 s alone, 3.83–4.25 s ×8.
 * - V8 13 (Node 24, Maglev on): inlining ÷4 and the invocations before
 *   TurboFan ×16: 14,965 M against 16,934 M with V8's defaults and 15,912 M
 *   with the inlining alone (×4: 15,799 M; ×8: 15,501 M). Timed, `--jobs 2`
 *   on the bench's batch, four rounds taking turns: the inlining alone
 *   3.43–3.83 s, ×8 3.24–3.71 s, ×16 2.89–3.53 s.
 */
const WORKER_V8_FLAGS_BY_MAJOR: Readonly<Record<number, readonly string[]>> = {
  11: ['--interrupt-budget=540000', '--max-inlined-bytecode-size-cumulative=230'],
  12: ['--invocation-count-for-turbofan=6000', '--max-inlined-bytecode-size-cumulative=230'],
  13: ['--invocation-count-for-turbofan=48000', '--max-inlined-bytecode-size-cumulative=230'],
};

/**
 * V8 flags every process that parses sets: inline caches of up to sixteen
 * maps (V8's default is four; see above). Known on V8 11 to 13, and as
 * useful on the later two (`npm run bench:instructions`, the parse's own a
 * warm pass, sixteen against four maps): Node 22 181.2 against 210.9 M,
 * Node 24 182.6 against 207.2 M.
 */
export const PARSER_V8_FLAGS = ['--max-valid-polymorphic-map-count=16'] as const;

/** V8's major version number ("12.4.254.21-node.57" → 12). */
function majorOf(v8Version: string): number {
  return Number.parseInt(v8Version, 10);
}

/** Whether a V8 is one the flags are known on (Node 20 ships V8 11; Node 22 and 24 ship 12 and 13). */
export function engineKnowsFlags(v8Version: string = process.versions.v8): boolean {
  return majorOf(v8Version) in WORKER_V8_FLAGS_BY_MAJOR;
}

/**
 * The worker's V8 flags for a V8 version, none on one they were not measured on.
 * @example workerV8Flags('12.4.254.21-node.57') // ['--invocation-count-for-turbofan=6000', '--max-inlined-bytecode-size-cumulative=230']
 */
export function workerV8Flags(v8Version: string = process.versions.v8): readonly string[] {
  return WORKER_V8_FLAGS_BY_MAJOR[majorOf(v8Version)] ?? [];
}

/** Sets `flags` in this process when its V8 is known to take them; returns those set (none on another V8). */
function setKnownFlags(flags: readonly string[]): readonly string[] {
  if (!engineKnowsFlags()) return [];
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}

/**
 * Sets PARSER_V8_FLAGS in this process (the CLI's, before it loads its code).
 * @returns The flags set (none on another V8).
 */
export function tuneParserEngine(): readonly string[] {
  return setKnownFlags(PARSER_V8_FLAGS);
}

/**
 * Sets PARSER_V8_FLAGS and `workerV8Flags()` in this process (a batch worker).
 * @returns The flags set (none on another V8).
 */
export function tuneWorkerEngine(): readonly string[] {
  return setKnownFlags([...PARSER_V8_FLAGS, ...workerV8Flags()]);
}
