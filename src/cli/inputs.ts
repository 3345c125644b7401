/**
 * Turns the CLI's input arguments (files, directories, globs, "-") into an
 * ordered list of inputs, and picks a stable shard of them.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { glob } from 'tinyglobby';

/** Extensions read from directories. */
export const INPUT_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf'];

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * Expands inputs in argument order; a directory or glob contributes its
 * files sorted by path. A path that does not exist is kept, so that it is
 * reported as a failed input rather than dropped.
 */
export interface Input {
  /** The path to read ("-" for stdin). */
  path: string;
  /** The path to mirror under --out: relative to the directory argument it was found in, else as given. */
  rel: string;
}

export async function expandInputs(args: string[]): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (p: string, rel = p): void => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push({ path: p, rel });
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const files = await glob(`**/*.{${INPUT_EXTENSIONS.join(',')}}`, { cwd: arg, absolute: false, dot: false, followSymbolicLinks: false });
      for (const f of files.sort()) add(joinPath(arg, f), f);
    } else if (GLOB_CHARS.test(arg)) {
      const files = await glob(arg, { absolute: false, dot: false });
      for (const f of files.sort()) add(f);
    } else add(arg);
  }
  return out;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

/** Parses "K/N" (1-based K), or throws a usage message. */
export function parseShard(text: string): { k: number; n: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new Error(`--shard must be K/N with 1 ≤ K ≤ N, got "${text}"`);
  return { k, n };
}

/** Whether a path belongs to shard K of N: a stable hash of the path, the same on every machine. */
export function inShard(path: string, shard: { k: number; n: number }): boolean {
  const digest = createHash('sha1').update(path.replace(/\\/g, '/')).digest();
  return digest.readUInt32BE(0) % shard.n === shard.k - 1;
}
