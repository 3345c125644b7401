/**
 * How the CLI and a batch worker load their code: the one-file bundle that
 * `npm run build` makes for each (scripts/bundle.mjs), compiled through
 * `vm.Script` with V8's code cache, instead of ~200 ES modules each compiled
 * from source. Node 20 keeps no compile cache for ES modules; a script can be
 * given V8's cache of an earlier compile (`cachedData`), which holds the
 * bytecode of every function compiled by the time it was made. A worker
 * writes it after its first task, the CLI after a parse, when the functions a
 * parse runs have been compiled, and later processes start from it. On 98
 * real excerpts in one process: loading 280 → 100 ms, and load + parse
 * 1.15 → 0.8 CPU-s; a one-file `jaarparse parse` 0.70 → 0.33 CPU-s.
 *
 * Where the cache lives: a folder of this user's under the system's temporary
 * folder (CODE_CACHE_ENV overrides it), not in the package, which is often
 * installed read-only or shared by users whose Node versions differ. A cache
 * file is named by the hash of the bundle, the Node and V8 versions, the
 * process's flags and the worker's V8 flags, so that a file is only ever read
 * by the code and engine it was made for; V8 refuses one that does not fit
 * all the same (`cachedDataRejected`), and the worker then compiles from
 * source and writes a new one. Nothing about the cache can fail a batch: a
 * folder that cannot be made or written, or is not this user's alone, only
 * means no cache. When a process writes a cache file, it removes those of
 * the same bundle not written for a day (`pruneCodeCache`): the files of
 * earlier builds and Node versions, which no run reads again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

/**
 * The environment variable that sets the code cache's folder; `off` turns the cache off.
 * @example JAARPARSE_CODE_CACHE=/var/cache/jaarparse jaarparse parse reports/ --out json/
 */
export const CODE_CACHE_ENV = 'JAARPARSE_CODE_CACHE';

/** The names under which the bundle calls `import()` and reads `import.meta.url`: scripts/bundle.mjs writes them in, the loader passes them. */
export const IMPORT_ESM = '__jaarparseImportEsm';
export const IMPORT_META_URL = '__jaarparseImportMetaUrl';

/** The bundles npm run build makes: a batch worker's (worker-jobs.ts) and the CLI's (main.ts). */
export type BundleName = 'worker' | 'cli';

/** A bundle's files, beside this module in dist/cli. */
export function bundlePaths(name: BundleName, dir: string = dirname(fileURLToPath(import.meta.url))): { bundle: string; manifest: string } {
  return { bundle: join(dir, `${name}-bundle.cjs`), manifest: join(dir, `${name}-bundle.json`) };
}

/** A bundle run: what its entry exports, and how to write its code cache. */
export interface LoadedBundle<Exports> {
  exports: Exports;
  /** Writes the code cache when there was none or V8 refused it (call it once the functions that matter have run). */
  saveCache(): void;
}

/**
 * Whether the bundle holds the code of the dist files it was made of: none of
 * them is newer (after `tsc` without `npm run build`, it is not).
 */
export function bundleIsCurrent(bundle: string, manifest: string): boolean {
  try {
    const made = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(manifest, 'utf8')) as { inputs: string[] };
    const dir = dirname(manifest);
    return inputs.every((input) => statSync(join(dir, input)).mtimeMs <= made);
  } catch {
    return false;
  }
}

/**
 * The code cache's folder, or null when there is none to use: turned off, or
 * a folder not owned by this user or writable by others (someone else's code
 * cache would be someone else's code).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const set = env[CODE_CACHE_ENV];
  if (set === 'off') return null;
  const uid = process.getuid?.();
  const dir = set || join(tmpdir(), `jaarparse-code-cache${uid === undefined ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o022) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}

/**
 * The name of the cache file for the bundle's bytes in this process: a hash
 * of what a compiled script depends on.
 */
export function codeCacheName(name: BundleName, source: Uint8Array, v8Flags: readonly string[]): string {
  const hash = createHash('sha256').update(source);
  for (const part of ['', process.version, process.versions.v8, process.arch, process.execArgv.join(' '), v8Flags.join(' ')]) {
    hash.update(part).update('\0');
  }
  return `${name}-${hash.digest('hex').slice(0, 32)}.bin`;
}

/**
 * Loads and runs a bundle with the code cache when there is one.
 * @param v8Flags The V8 flags this process set (they are part of the cache's key).
 * @returns null when there is no current bundle (a `tsc` build): the caller loads dist's modules.
 */
export function loadBundle<Exports>(name: BundleName, v8Flags: readonly string[] = [], paths = bundlePaths(name)): LoadedBundle<Exports> | null {
  if (!bundleIsCurrent(paths.bundle, paths.manifest)) return null;
  const bytes = readFileSync(paths.bundle);
  const dir = codeCacheDir();
  const cacheFile = dir === null ? null : join(dir, codeCacheName(name, bytes, v8Flags));
  const cachedData = cacheFile === null ? undefined : readIfThere(cacheFile);
  // ASCII (scripts/bundle.mjs): a one-byte string, decoded without a look at each character.
  const source = bytes.toString('latin1');
  // The wrapper of a CommonJS module, plus the import() the bundle calls for pdf.js and its import.meta.url.
  const script = new Script(`(function (exports, require, module, __filename, __dirname, ${IMPORT_ESM}, ${IMPORT_META_URL}) {${source}\n})`, {
    filename: paths.bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Exports };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const importEsm = (specifier: string): Promise<unknown> => import(specifier);
  run(module.exports, createRequire(paths.bundle), module, paths.bundle, dirname(paths.bundle), importEsm, pathToFileURL(paths.bundle).href);
  let save = cacheFile !== null && (!cachedData || script.cachedDataRejected);
  return {
    exports: module.exports,
    saveCache: () => {
      if (save && writeQuietly(cacheFile!, () => script.createCachedData())) pruneCodeCache(dirname(cacheFile!), name, cacheFile!);
      save = false;
    },
  };
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file whole or not at all (another worker may read it meanwhile); a failure only means no cache.
 * @returns Whether the file was written.
 */
function writeQuietly(file: string, data: () => Buffer): boolean {
  const part = `${file}.${process.pid}.part`;
  try {
    writeFileSync(part, data(), { mode: 0o600 });
    renameSync(part, file);
    return true;
  } catch {
    // No cache this time: the next batch compiles from source again.
    return false;
  }
}

/**
 * How old another cache file of the same bundle must be before a new one
 * replaces it: a day. Each build, Node version or flag set writes its own
 * file (about 1 MB), which no later run reads once the build is replaced;
 * two installs used in turn each still keep theirs while in use.
 */
export const CODE_CACHE_KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the cache files of bundle `name` other than `kept` that were last
 * written more than CODE_CACHE_KEEP_MS ago, and the temporary files a killed
 * writer left (`*.part`) as old. Only this loader's own file names are
 * touched; a file that cannot be removed stays.
 * @example pruneCodeCache(dir, 'worker', join(dir, 'worker-3f2a….bin')) // a week-old worker-91c0….bin goes
 */
export function pruneCodeCache(dir: string, name: BundleName, kept: string, now: number = Date.now()): void {
  const own = new RegExp(`^${name}-[0-9a-f]{32}\\.bin(?:\\.\\d+\\.part)?$`);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return;
  }
  for (const file of files) {
    const path = join(dir, file);
    if (!own.test(file) || path === kept) continue;
    try {
      if (now - statSync(path).mtimeMs > CODE_CACHE_KEEP_MS) rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to remove: it stays.
    }
  }
}
