/**
 * The V8 settings of the processes that parse: the CLI's own and a batch
 * worker's (PARSER_V8_FLAGS), and a worker's compiler (WORKER_V8_FLAGS),
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
 * The two settings below make V8 optimise later and smaller: a function runs
 * eight times longer in the baseline tiers before TurboFan takes it up, and
 * an optimised function inlines a quarter of the bytecode it would. On
 * corpus/real/text × 40 (3,920 files) a worker then compiled 184 functions
 * in about 1 s, and `--jobs 2` took 6.6-7.4 s where it took 8.2-8.7 s, in
 * the same runs (`npm run bench` prints the figure). The main process of
 * `--jobs 1` keeps V8's compiler defaults: there TurboFan compiles on a
 * core of its own, and these settings made that run slower (13.4 s against
 * 10.5 s).
 *
 * The settings are V8 flags, not Node options: the engine's flag names are
 * not a stable interface, and an unknown one makes `node` refuse to start
 * when given on its command line. So they are set at run time, where an
 * unknown flag is only ignored with a line on stderr, and only on the V8
 * versions they were measured on or whose flags are known to hold them
 * (`test/cli-output.test.ts` checks that the running V8 knows each).
 */
import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags a worker sets before it loads the parser.
 * - interrupt budget ×8 (V8 11's default is 67,584 bytes of bytecode run):
 *   only the functions that stay hot are optimised;
 * - cumulative inlining ÷4 (default 920 bytes of bytecode): each
 *   optimisation is smaller and cheaper to compile.
 */
export const WORKER_V8_FLAGS = ['--interrupt-budget=540000', '--max-inlined-bytecode-size-cumulative=230'] as const;

/** V8 flags every process that parses sets: inline caches of up to sixteen maps (V8's default is four; see above). */
export const PARSER_V8_FLAGS = ['--max-valid-polymorphic-map-count=16'] as const;

/** V8 major versions these flags are known on (Node 20 ships V8 11; Node 22 and 24 ship 12 and 13). */
const KNOWN_V8_MAJORS = new Set([11, 12, 13]);

/** Whether this process's V8 is one the flags are known on. */
export function engineKnowsFlags(v8Version: string = process.versions.v8): boolean {
  return KNOWN_V8_MAJORS.has(Number.parseInt(v8Version, 10));
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
 * Sets PARSER_V8_FLAGS and WORKER_V8_FLAGS in this process (a batch worker).
 * @returns The flags set (none on another V8).
 */
export function tuneWorkerEngine(): readonly string[] {
  return setKnownFlags([...PARSER_V8_FLAGS, ...WORKER_V8_FLAGS]);
}
