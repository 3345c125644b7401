/**
 * Past one machine (issue 18): shards chosen from a batch engine's own
 * variables cover a corpus exactly once, their --out folders merge into the
 * rows of one unsharded run, a shard killed half-way resumes without loss or
 * duplicates, and the container image and job definitions hold together.
 */
import { spawn as spawnAsync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, run, spawn } from './helpers/cli.js';
import { shardFrom } from '../src/cli/shard.js';
import { expandInputs, inShard } from '../src/cli/inputs.js';

const root = resolve(import.meta.dirname, '..');
const BUDGET = 'Programma 2 Verkeer\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\n| | Rekening 2022 | Begroting 2023 |\n|---|---|---|\n| Lasten | 1.200 | 1.300 |\n| Baten | 200 | 250 |\n| Saldo | -1.000 | -1.050 |\n';

let dir: string;
let corpus: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarparse-scale-'));
  corpus = join(dir, 'corpus');
  for (let k = 0; k < 30; k++) {
    const sub = join(corpus, `gemeente-${k % 6}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `begroting-${2015 + (k % 10)}-${k}.txt`), BUDGET.replace('Verkeer', `Verkeer ${k}`).replace('1.200', String(1000 + k)));
  }
  // Some real documents too, and one that fails (its failure must reach the merge).
  const real = join(root, 'corpus', 'real', 'text');
  mkdirSync(join(corpus, 'real'));
  for (const name of readdirSync(real).sort().slice(0, 6)) cpSync(join(real, name), join(corpus, 'real', name));
  writeFileSync(join(corpus, 'real', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
});

/** CSV lines without the header, sorted: rows compared whatever order shards wrote them in. */
function sortedRows(csv: string): string[] {
  return csv.trim().split('\n').slice(1).sort();
}

describe('--shard auto', () => {
  it('reads the task of a Kubernetes Indexed Job, a Slurm array and GNU parallel', () => {
    expect(shardFrom('auto', { JOB_COMPLETION_INDEX: '0', JAARPARSE_SHARD_COUNT: '3' })).toMatchObject({ k: 1, n: 3 });
    expect(shardFrom('auto/4', { JOB_COMPLETION_INDEX: '3' })).toMatchObject({ k: 4, n: 4 });
    expect(shardFrom('auto', { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '5' })).toMatchObject({ k: 1, n: 5 });
    expect(shardFrom('auto', { SLURM_ARRAY_TASK_ID: '5', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '5' })).toMatchObject({ k: 5, n: 5 });
    expect(shardFrom('auto/8', { PARALLEL_SEQ: '8' })).toMatchObject({ k: 8, n: 8 });
    expect(shardFrom('2/3', {})).toMatchObject({ k: 2, n: 3 });
  });
  it('refuses, saying what to set, when no engine variable or no count is there', async () => {
    expect(() => shardFrom('auto', {})).toThrow(/JOB_COMPLETION_INDEX.*SLURM_ARRAY_TASK_ID.*PARALLEL_SEQ/);
    expect(() => shardFrom('auto', { JOB_COMPLETION_INDEX: '1' })).toThrow(/JAARPARSE_SHARD_COUNT/);
    expect(() => shardFrom('auto', { PARALLEL_SEQ: '1' })).toThrow(/auto\/N/);
    expect(() => shardFrom('auto/2', { PARALLEL_SEQ: '3' })).toThrow(/not a shard/);
    expect(() => shardFrom('auto', { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_STEP: '2' })).toThrow(/step/);
    const r = await run(['parse', corpus, '--shard', 'auto', '--out', join(dir, 'never')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jaarparse: --shard auto: no batch engine's task variables are set/);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
  it('splits by the path relative to the root: the same shards whether the root is spelled absolute, relative or with a trailing slash', async () => {
    const a = (await expandInputs([corpus])).inputs.filter((i) => inShard(i.rel, { k: 2, n: 3 })).map((i) => i.rel);
    const b = (await expandInputs([join(corpus, 'real', '..') + '/'])).inputs.filter((i) => inShard(i.rel, { k: 2, n: 3 })).map((i) => i.rel);
    expect(b).toEqual(a);
  });
});

describe('three shards on three engines, merged', () => {
  it('cover the folder exactly once, and merge into the rows of one unsharded run', async () => {
    const engines: Array<{ args: string[]; env: Record<string, string> }> = [
      { args: ['--shard', 'auto'], env: { JOB_COMPLETION_INDEX: '0', JAARPARSE_SHARD_COUNT: '3' } },
      { args: ['--shard', 'auto'], env: { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '3' } },
      { args: ['--shard', 'auto/3'], env: { PARALLEL_SEQ: '3' } },
    ];
    // Each as its own process, as an engine would start it; no variable of one engine leaks into another's run.
    const clean = { JOB_COMPLETION_INDEX: '', SLURM_ARRAY_TASK_ID: '', PARALLEL_SEQ: '' };
    const outs = engines.map((_, k) => join(dir, `shard-${k + 1}`));
    const runs = await Promise.all(
      engines.map(
        (e, k) =>
          new Promise<number | null>((done) => {
            const env: Record<string, string> = { ...(process.env as Record<string, string>), ...e.env };
            for (const key of Object.keys(clean)) if (!(key in e.env)) delete env[key];
            const child = spawnAsync(process.execPath, [bin, 'parse', corpus, ...e.args, '--out', outs[k]!, '--quiet', '--jobs', '1'], { env, stdio: 'ignore' });
            child.on('exit', (code) => done(code));
          }),
      ),
    );
    // The broken file fails in exactly one shard (exit 1 there), the others succeed.
    expect(runs.filter((c) => c === 1)).toHaveLength(1);
    expect(runs.filter((c) => c === 0)).toHaveLength(2);
    const reports = outs.flatMap((out) => listJson(out).map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).source.path as string));
    const inputs = (await expandInputs([corpus])).inputs.map((i) => i.rel).filter((rel) => rel !== 'real/broken.txt');
    expect(reports.sort()).toEqual(inputs.sort());
    expect(new Set(reports).size).toBe(reports.length);

    const unsharded = join(dir, 'unsharded');
    await run(['parse', corpus, '--out', unsharded, '--quiet', '--jobs', '1']);
    for (const table of ['budget', 'indicators', 'meta'] as const) {
      // Rows straight from parse for one table, from an unsharded --out folder for the others.
      const whole = table === 'budget' ? await run(['parse', corpus, '--to', 'csv', '--table', table, '--quiet', '--jobs', '1']) : await run(['export', unsharded, '--to', 'csv', '--table', table]);
      const merged = await run(['merge', ...outs, '--to', 'csv', '--table', table, '--errors', join(dir, 'failures.ndjson')]);
      expect(merged.code, merged.err).toBe(0);
      expect(sortedRows(merged.out)).toEqual(sortedRows(whole.out));
      expect(merged.out.split('\n')[0]).toBe(whole.out.split('\n')[0]);
    }
    const failures = readFileSync(join(dir, 'failures.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(failures).toMatchObject([{ file: 'real/broken.txt', code: 'E_NOT_TEXT' }]);
    // Merging a folder twice (a shard rerun into a copy) keeps each source once.
    const twice = await run(['merge', outs[0]!, outs[0]!, '--to', 'ndjson', '--table', 'meta']);
    expect(twice.out.trim().split('\n')).toHaveLength(listJson(outs[0]!).length);
    expect(twice.err).toMatch(/duplicates skipped/);
  });
});

describe('merge', () => {
  it('collects the error records of an NDJSON stream of parse as failures, and says a folder that is not there', async () => {
    const folder = join(dir, 'stream');
    mkdirSync(join(folder, 'in'), { recursive: true });
    writeFileSync(join(folder, 'in', 'ok.txt'), BUDGET);
    writeFileSync(join(folder, 'in', 'bad.txt'), Buffer.from([0, 1, 0, 2]));
    writeFileSync(join(folder, 'reports.ndjson'), (await run(['parse', join(folder, 'in'), '--quiet'])).out);
    const r = await run(['merge', folder, '--to', 'csv', '--table', 'meta']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/^jaarparse: failed input: .*"file":"bad\.txt".*E_NOT_TEXT/m);
    expect(r.err).toMatch(/merged 1 reports from 1 folders, 0 duplicates skipped, 1 failed inputs/);
    expect((await run(['merge', join(dir, 'nowhere')])).code).toBe(2);
  });
});

describe('a shard killed half-way', () => {
  it('resumes with --resume and loses or duplicates nothing', async () => {
    const big = join(dir, 'big');
    for (let k = 0; k < 80; k++) {
      mkdirSync(join(big, `g${k % 4}`), { recursive: true });
      writeFileSync(join(big, `g${k % 4}`, `doc-${k}.txt`), BUDGET.replace('Verkeer', `Verkeer ${k}`).repeat(3));
    }
    const out = join(dir, 'killed');
    const env = { ...(process.env as Record<string, string>), PARALLEL_SEQ: '1' };
    const written = await new Promise<number>((done) => {
      const child = spawnAsync(process.execPath, [bin, 'parse', big, '--shard', 'auto/1', '--out', out, '--quiet', '--jobs', '1'], { env, stdio: 'ignore' });
      const timer = setInterval(() => {
        const n = existsSync(out) ? countJson(out) : 0;
        if (n >= 8) {
          clearInterval(timer);
          child.kill('SIGKILL');
          child.on('exit', () => done(countJson(out)));
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        done(countJson(out));
      });
    });
    // It was killed before the end (else this test shows nothing).
    expect(written).toBeLessThan(80);
    const resumed = spawn(['parse', big, '--shard', 'auto/1', '--out', out, '--resume', '--jobs', '1'], { env: { PARALLEL_SEQ: '1' } });
    expect(resumed.code).toBe(0);
    expect(resumed.err).toMatch(new RegExp(`80 files, 80 ok, ${written} skipped, 0 failed`));
    expect(countJson(out)).toBe(80);
    // Every report whole and valid; no half-written file left behind.
    const v = await run(['validate', out]);
    expect(v.err).toBe('jaarparse: 80 reports, 0 invalid\n');
    expect(allFiles(out).filter((f) => !f.endsWith('.json') && f !== 'errors.ndjson')).toEqual([]);
    const merged = await run(['merge', out, '--to', 'csv', '--table', 'budget']);
    const whole = await run(['parse', big, '--to', 'csv', '--table', 'budget', '--quiet']);
    expect(sortedRows(merged.out)).toEqual(sortedRows(whole.out));
  });
});

describe('partial files a killed run left behind', () => {
  /** A PID that was a process and is none now: a child that has exited and been reaped. */
  const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

  it('are removed by --resume, never counted as done, and every report is written exactly once', async () => {
    const input = join(dir, 'planted-in');
    for (let k = 0; k < 5; k++) {
      mkdirSync(join(input, 'g'), { recursive: true });
      writeFileSync(join(input, 'g', `doc-${k}.txt`), BUDGET.replace('Verkeer', `Verkeer ${k}`));
    }
    const out = join(dir, 'planted');
    // A first run, then the state a kill mid-write leaves: doc-3's report only under its temporary name.
    expect((await run(['parse', input, '--out', out, '--quiet', '--jobs', '1'])).code).toBe(0);
    const stale = join(out, 'g', `doc-3.json.partial-${deadPid()}-1`);
    cpSync(join(out, 'g', 'doc-3.json'), stale);
    rmSync(join(out, 'g', 'doc-3.json'));
    // And a truncated one beside a finished report.
    writeFileSync(join(out, 'g', `doc-1.json.partial-${deadPid()}-1`), '{"schemaVersion":');
    // Readers never take a partial file for a report, in a folder or named by a glob.
    expect((await run(['validate', out])).err).toBe('jaarparse: 4 reports, 0 invalid\n');
    expect((await run(['validate', join(out, 'g', '*')])).err).toBe('jaarparse: 4 reports, 0 invalid\n');
    expect((await run(['validate', stale])).code).not.toBe(0);

    const resumed = await run(['parse', input, '--out', out, '--resume', '--jobs', '1']);
    expect(resumed.code).toBe(0);
    // doc-3 is parsed again (its partial is not "done"), the other four are skipped.
    expect(resumed.err).toMatch(/5 files, 5 ok, 4 skipped, 0 failed/);
    expect(allFiles(out).filter((f) => !f.endsWith('.json') && f !== 'errors.ndjson')).toEqual([]);
    const sources = listJson(out).map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')).source.path as string);
    expect(sources.sort()).toEqual([0, 1, 2, 3, 4].map((k) => `g/doc-${k}.txt`));
    expect((await run(['validate', out])).err).toBe('jaarparse: 5 reports, 0 invalid\n');
  });

  it('are removed by a run without --resume too, but a partial of another shard\'s output is left to that shard', async () => {
    const input = join(dir, 'planted-shard-in');
    mkdirSync(input, { recursive: true });
    for (let k = 0; k < 6; k++) writeFileSync(join(input, `doc-${k}.txt`), BUDGET.replace('Verkeer', `Verkeer ${k}`));
    const mine = (await expandInputs([input])).inputs.filter((i) => inShard(i.rel, { k: 1, n: 2 })).map((i) => i.rel.replace(/\.txt$/, ''));
    const theirs = (await expandInputs([input])).inputs.filter((i) => !inShard(i.rel, { k: 1, n: 2 })).map((i) => i.rel.replace(/\.txt$/, ''));
    expect(mine.length).toBeGreaterThan(0);
    expect(theirs.length).toBeGreaterThan(0);
    const out = join(dir, 'planted-shard');
    mkdirSync(out);
    const own = join(out, `${mine[0]}.json.partial-${deadPid()}-0`);
    // The other shard may be writing this very moment, on another node with PIDs this process cannot see.
    const other = join(out, `${theirs[0]}.json.partial-${deadPid()}-0`);
    writeFileSync(own, '{"sche');
    writeFileSync(other, '{"sche');
    const r = await run(['parse', input, '--shard', '1/2', '--out', out, '--quiet', '--jobs', '1']);
    expect(r.code).toBe(0);
    expect(existsSync(own)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(listJson(out).sort()).toEqual(mine.map((m) => `${m}.json`).sort());
  });
});

describe('container image and job definitions', () => {
  it('the Dockerfile copies only paths that exist, and its entrypoint runs --help in the built tree', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const copies = [...dockerfile.matchAll(/^COPY\s+(?!--from)(.+)$/gm)].flatMap((m) => m[1]!.trim().split(/\s+/).slice(0, -1));
    expect(copies.length).toBeGreaterThan(3);
    for (const path of copies) expect(existsSync(join(root, path)), path).toBe(true);
    const ignored = readFileSync(join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const path of copies) expect(ignored, `${path} is copied but .dockerignore leaves it out`).not.toContain(path.replace(/\/$/, ''));
    expect(dockerfile).toMatch(/^FROM node:20-slim/m);
    expect(dockerfile).toMatch(/npm ci --omit=dev/);
    expect(dockerfile).toMatch(/^USER (?!root)\w+/m);
    const entrypoint = JSON.parse(/^ENTRYPOINT (.+)$/m.exec(dockerfile)![1]!) as string[];
    const workdir = /^WORKDIR (.+)$/m.exec(dockerfile)![1]!.trim();
    expect(entrypoint[0]).toBe('node');
    const script = entrypoint[1]!.replace(workdir, root);
    const r = spawnSync(process.execPath, [script, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: jaarparse/);
  });
  it('the Kubernetes manifest is an Indexed Job whose shard count matches its completions', () => {
    const job = parseYaml(readFileSync(join(root, 'deploy', 'k8s-indexed-job.yaml'), 'utf8'));
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { completionMode: 'Indexed', template: { spec: { restartPolicy: 'Never' } } } });
    const container = job.spec.template.spec.containers[0];
    expect(container.args).toEqual(expect.arrayContaining(['parse', '--shard', 'auto', '--resume', '--out']));
    const count = container.env.find((e: { name: string }) => e.name === 'JAARPARSE_SHARD_COUNT');
    expect(Number(count.value)).toBe(job.spec.completions);
    const mounts = container.volumeMounts.map((m: { name: string }) => m.name);
    expect(job.spec.template.spec.volumes.map((v: { name: string }) => v.name)).toEqual(expect.arrayContaining(mounts));
  });
  it('the Slurm script and the GNU parallel line use --shard auto with --resume', () => {
    const slurm = readFileSync(join(root, 'deploy', 'slurm-array.sh'), 'utf8');
    expect(slurm).toMatch(/^#SBATCH --array=\d+-\d+$/m);
    expect(slurm).toMatch(/parse .*--shard auto --resume --out/);
    const parallel = readFileSync(join(root, 'deploy', 'parallel.sh'), 'utf8');
    const shards = Number(/seq (\d+) \|/.exec(parallel)![1]);
    expect(parallel).toContain(`--shard auto/${shards} --resume --out`);
  });
});

function listJson(out: string): string[] {
  return allFiles(out).filter((f) => f.endsWith('.json'));
}

function countJson(out: string): number {
  return listJson(out).length;
}

function allFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
}
