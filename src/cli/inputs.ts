/**
 * Turns the CLI's input arguments (files, directories, globs, "-") into an
 * ordered list of inputs, each with its path relative to the input root it
 * was found under: the name its output and rows carry, and what a shard is
 * chosen by, so that machines that spell the root differently agree.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, isAbsolute, normalize, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';

/** Extensions read from directories. */
export const INPUT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf'];

const GLOB_CHARS = /[*?[\]{}]/;

export interface Input {
  /** The path to read ("-" for stdin). */
  path: string;
  /**
   * The path relative to its input root, `/`-separated: under a directory
   * argument, the path inside it (prefixed by the directory's own name when
   * several arguments are given, so that a/r.txt and b/r.txt stay apart); under
   * a glob, the path below the glob's fixed folder; a file argument as given,
   * without leading "../" parts; stdin "stdin".
   */
  rel: string;
}

/** Inputs, and whether they came from exactly one file argument (the case that prints one pretty report). */
export interface ExpandedInputs {
  inputs: Input[];
  /** One argument, naming one file or "-" (not a folder or a glob). */
  singleFile: boolean;
}

/**
 * Expands inputs in argument order; a directory or glob contributes its
 * files sorted by path. A path that does not exist is kept, so that it is
 * reported as a failed input rather than dropped.
 */
export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const several = args.length > 1;
  const add = (p: string, rel: string): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push({ path: p, rel });
    }
  };
  let singleFile = args.length === 1;
  for (const arg of args) {
    if (arg === '-') {
      add('-', 'stdin');
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      singleFile = false;
      const prefix = several ? rootName(arg) + '/' : '';
      const files = await glob(`**/*.{${INPUT_EXTENSIONS.join(',')}}`, { cwd: arg, absolute: false, dot: false, followSymbolicLinks: false });
      for (const f of files.sort()) add(joinPath(arg, f), prefix + f);
    } else if (GLOB_CHARS.test(arg)) {
      singleFile = false;
      const base = globBase(arg);
      const prefix = several ? rootName(base) + '/' : '';
      const files = await glob(arg, { absolute: false, dot: false });
      for (const f of files.sort()) add(f, prefix + slash(relative(base, f)));
    } else add(arg, fileRel(arg));
  }
  return { inputs: out, singleFile };
}

/**
 * The inputs' sizes added up, for the default of --jobs: stdin and a path
 * that cannot be read count 0 (the second fails later with its own message).
 * The count stops once it reaches `enough` (all that --jobs asks is whether
 * the batch holds that much), so that a large batch's workers are not kept
 * waiting while every input is looked up.
 * @example inputBytes(inputs, POOL_MIN_BYTES) // POOL_MIN_BYTES or more as soon as the first few inputs hold it
 */
export function inputBytes(inputs: readonly Input[], enough = Infinity, sizeOf: (path: string) => number = (path) => statSync(path).size): number {
  let bytes = 0;
  for (const { path } of inputs) {
    if (bytes >= enough) break;
    if (path === '-') continue;
    try {
      bytes += sizeOf(path);
    } catch {
      // Reported when the file itself is read.
    }
  }
  return bytes;
}

/**
 * Whether the arguments may name more than one input: several arguments, a
 * folder or a glob (one file or "-" is one input). Said before they are
 * listed, so that a batch's workers can start while that takes its time.
 */
export function mayHoldSeveral(args: string[]): boolean {
  if (args.length !== 1) return args.length > 1;
  const arg = args[0]!;
  if (arg === '-') return false;
  if (GLOB_CHARS.test(arg)) return true;
  try {
    return statSync(arg).isDirectory();
  } catch {
    return false;
  }
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

function slash(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The name a root goes by among several: its folder's own name ("reports/2021/" → "2021"). */
function rootName(dir: string): string {
  return basename(resolve(dir)) || 'root';
}

/** The fixed folder a glob starts in ("reports/**\/*.txt" → "reports"). */
function globBase(pattern: string): string {
  const parts = slash(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (GLOB_CHARS.test(part)) break;
    fixed.push(part);
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/';
}

/** A file argument's name: as given relative to the working directory, without "..", ".", a drive or a leading "/". */
function fileRel(arg: string): string {
  const rel = isAbsolute(arg) ? relative(process.cwd(), arg) : normalize(arg);
  const parts = slash(rel)
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part));
  return parts.length === 0 ? 'input' : parts.join('/');
}

/** A shard: part K (1-based) of N. */
export interface Shard {
  k: number;
  n: number;
}

/** Parses "K/N" (1-based K), or throws a usage message. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, or auto (see --help), got "${text}"`);
  return { k, n };
}

/**
 * Whether an input belongs to shard K of N: a stable hash of its path
 * relative to its input root, the same on every machine however the root is
 * spelled ("/data/corpus/", "../corpus", "corpus").
 */
export function inShard(rel: string, shard: Shard): boolean {
  return shardOf(rel, shard.n) === shard.k;
}

/** The shard (1-based) of N that a relative path falls in. */
export function shardOf(rel: string, n: number): number {
  return (createHash('sha1').update(slash(rel)).digest().readUInt32BE(0) % n) + 1;
}
