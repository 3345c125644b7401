/**
 * The one-file bundles of the CLI and of a batch worker, and their code cache
 * (src/cli/bundle-loader.ts): built by `npm run build`, the same reports as
 * the parser in this process (text, Markdown, HTML and PDF, pdf.js imported
 * from inside the bundle), and a cache that is written, read, and replaced
 * when V8 refuses it.
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleIsCurrent, bundlePaths, CODE_CACHE_ENV, CODE_CACHE_KEEP_MS, codeCacheDir, codeCacheName, pruneCodeCache } from '../src/cli/bundle-loader.js';
import { run, spawn } from './helpers/cli.js';

const root = resolve(import.meta.dirname, '..');
const built = { worker: bundlePaths('worker', join(root, 'dist', 'cli')), cli: bundlePaths('cli', join(root, 'dist', 'cli')) };

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarparse-bundle-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  const text = join(root, 'corpus', 'real', 'text');
  for (const name of readdirSync(text).filter((f) => f.endsWith('.txt')).slice(0, 5)) copyFileSync(join(text, name), join(inputs, name));
  const pdf = join(root, 'corpus', 'real', 'pdf');
  for (const name of readdirSync(pdf).filter((f) => f.endsWith('.pdf')).slice(0, 1)) copyFileSync(join(pdf, name), join(inputs, name));
  for (const fixture of ['html', 'md']) {
    const name = readdirSync(join(root, 'fixtures')).find((f) => existsSync(join(root, 'fixtures', f, `input.${fixture}`)))!;
    copyFileSync(join(root, 'fixtures', name, `input.${fixture}`), join(inputs, `${name}.${fixture}`));
  }
});

/** The files of an output folder and their bytes. */
function contents(out: string): Record<string, string> {
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

function parseInto(out: string, jobs: string, cache: string): Record<string, string> {
  const r = spawn(['parse', join(dir, 'in'), '--out', join(dir, out), '--quiet', '--jobs', jobs], { env: { [CODE_CACHE_ENV]: cache } });
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return contents(join(dir, out));
}

describe('the bundles', () => {
  it('are built by npm run build, newer than every dist module they hold, PDF reader included, ASCII, with no import() left', () => {
    for (const [name, entry] of [['worker', 'worker-jobs.js'], ['cli', 'main.js']] as const) {
      expect(existsSync(built[name].bundle)).toBe(true);
      expect(bundleIsCurrent(built[name].bundle, built[name].manifest)).toBe(true);
      const { inputs } = JSON.parse(readFileSync(built[name].manifest, 'utf8')) as { inputs: string[] };
      expect(inputs).toEqual(expect.arrayContaining(['job.js', entry, '../pipeline/parse.js', '../blocks/pdf.js']));
      const code = readFileSync(built[name].bundle, 'utf8');
      expect(code).not.toMatch(/\bimport\s*\(\s*['"\w]/);
      expect(code).toMatch(/^[\x00-\x7f]*$/);
    }
  });

  it('the CLI from its bundle prints the report this process makes, and writes its code cache after a parse', async () => {
    const cache = join(dir, 'cli-cache');
    const file = join(dir, 'in', readdirSync(join(dir, 'in')).find((f) => f.endsWith('.pdf'))!);
    const expected = (await run(['parse', file])).out;
    const env = { [CODE_CACHE_ENV]: cache };
    expect(spawn(['--version'], { env }).code).toBe(0);
    expect(existsSync(cache) ? readdirSync(cache) : []).toEqual([]);
    expect(spawn(['parse', file], { env }).out).toBe(expected);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^cli-[0-9a-f]{32}\.bin$/)]);
    expect(spawn(['parse', file], { env }).out).toBe(expected);
  });

  // One test per run of the CLI (each starts two workers): the cache these share is written by the first.
  const cache = (): string => join(dir, 'cache');
  const cacheFile = (): string => join(cache(), readdirSync(cache()).find((f) => f.startsWith('worker-'))!);
  let here: Record<string, string>;

  it('writes the reports --jobs 1 writes, byte for byte, and a code cache after the first task', () => {
    here = parseInto('out-1', '1', cache());
    expect(Object.keys(here)).toHaveLength(9);
    expect(here['errors.ndjson']).toBe('');
    expect(readdirSync(cache())).toEqual([expect.stringMatching(/^cli-[0-9a-f]{32}\.bin$/)]);
    expect(parseInto('out-2', '2', cache())).toEqual(here);
    expect(readdirSync(cache()).filter((f) => f.startsWith('worker-'))).toEqual([expect.stringMatching(/^worker-[0-9a-f]{32}\.bin$/)]);
  });

  it('writes the same from the code cache, and leaves the cache as it is', () => {
    const made = statSync(cacheFile()).mtimeMs;
    expect(parseInto('out-3', '2', cache())).toEqual(here);
    expect(statSync(cacheFile()).mtimeMs).toBe(made);
  });

  it('writes the same when V8 refuses the cache, and replaces it', () => {
    writeFileSync(cacheFile(), Buffer.alloc(4096, 7));
    expect(parseInto('out-4', '2', cache())).toEqual(here);
    expect(statSync(cacheFile()).size).toBeGreaterThan(4096);
  });

  it('is not used when a dist module it holds is newer (a tsc build after it)', () => {
    const fake = join(dir, 'fake');
    mkdirSync(join(fake, 'cli'), { recursive: true });
    const paths = bundlePaths('worker', join(fake, 'cli'));
    writeFileSync(paths.bundle, '');
    writeFileSync(join(fake, 'cli', 'job.js'), '');
    writeFileSync(paths.manifest, JSON.stringify({ inputs: ['job.js'] }));
    utimesSync(join(fake, 'cli', 'job.js'), 1000, 1000);
    expect(bundleIsCurrent(paths.bundle, paths.manifest)).toBe(true);
    utimesSync(join(fake, 'cli', 'job.js'), new Date(), new Date(Date.now() + 60_000));
    expect(bundleIsCurrent(paths.bundle, paths.manifest)).toBe(false);
    expect(bundleIsCurrent(join(fake, 'none.cjs'), paths.manifest)).toBe(false);
  });
});

describe('the code cache', () => {
  it('lives in a folder of this user only, and can be turned off', () => {
    const own = join(dir, 'own-cache');
    expect(codeCacheDir({ [CODE_CACHE_ENV]: own })).toBe(own);
    expect(statSync(own).mode & 0o777).toBe(0o700);
    expect(codeCacheDir({ [CODE_CACHE_ENV]: 'off' })).toBeNull();
    const open = join(dir, 'open-cache');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(codeCacheDir({ [CODE_CACHE_ENV]: open })).toBeNull();
    expect(codeCacheDir({})).toMatch(/jaarparse-code-cache/);
  });

  it('is named by the bundle and the engine settings: another source or other flags, another file', () => {
    const [a, b] = [Buffer.from('a'), Buffer.from('b')];
    const name = codeCacheName('worker', a, ['--x']);
    expect(codeCacheName('worker', a, ['--x'])).toBe(name);
    expect(codeCacheName('worker', b, ['--x'])).not.toBe(name);
    expect(codeCacheName('worker', a, [])).not.toBe(name);
    expect(codeCacheName('cli', a, ['--x'])).toMatch(/^cli-/);
  });

  it('keeps the new file and recent ones, and removes its own bundle\'s files not written for a day', () => {
    const prune = join(dir, 'prune-cache');
    mkdirSync(prune);
    const hex = (c: string): string => c.repeat(32);
    const files = {
      kept: `worker-${hex('a')}.bin`,
      oldWorker: `worker-${hex('b')}.bin`,
      oldPart: `worker-${hex('c')}.bin.4242.part`,
      recentWorker: `worker-${hex('d')}.bin`,
      oldCli: `cli-${hex('e')}.bin`,
      notOurs: 'worker-notes.txt',
    };
    for (const file of Object.values(files)) writeFileSync(join(prune, file), 'x');
    const old = new Date(Date.now() - CODE_CACHE_KEEP_MS - 60_000);
    for (const file of [files.kept, files.oldWorker, files.oldPart, files.oldCli, files.notOurs]) utimesSync(join(prune, file), old, old);
    pruneCodeCache(prune, 'worker', join(prune, files.kept));
    expect(readdirSync(prune).sort()).toEqual([files.oldCli, files.kept, files.recentWorker, files.notOurs].sort());
    // Another bundle's prune leaves the worker's files alone, and a folder that is gone is no error.
    pruneCodeCache(prune, 'cli', join(prune, `cli-${hex('f')}.bin`));
    expect(readdirSync(prune).sort()).toEqual([files.kept, files.recentWorker, files.notOurs].sort());
    expect(() => pruneCodeCache(join(dir, 'no-such-cache'), 'worker', 'x')).not.toThrow();
  });
});
