/**
 * The CLI end to end, in process through the built CLI (npm test builds
 * first), and as a process where the process is what is tested: a test per
 * flag, a 100-file batch on two workers, exports read back, failures
 * isolated, exit codes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { Report } from '../src/schema/report.js';
import { parseFile } from '../src/index.js';
import { outputPath } from '../src/cli/output-path.js';
import { inShard, parseShard } from '../src/cli/inputs.js';
import { CODE_CACHE_ENV } from '../src/cli/bundle-loader.js';

import { run, spawn } from './helpers/cli.js';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures');

/** A report as `jaarparse parse` writes it: with source.path. */
function withPath(report: Report, path: string): Report {
  return { ...report, source: { ...report.source, path } };
}

const BUDGET = 'Programma 2 Verkeer\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\n| | Rekening 2022 | Begroting 2023 |\n|---|---|---|\n| Lasten | 1.200 | 1.300 |\n| Baten | 200 | 250 |\n| Saldo | -1.000 | -1.050 |\n';
const WARN = 'Wat heeft het gekost?\n\n| | Begroting |\n|---|---|\n| Lasten | 1.200 |\n| Baten | 200 |\n| Saldo | -5.000 |\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarparse-cli-'));
  mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'docs', 'a.txt'), BUDGET);
  writeFileSync(join(dir, 'docs', 'sub', 'b.txt'), BUDGET.replace('Verkeer', 'Wonen'));
  writeFileSync(join(dir, 'docs', 'c.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(join(dir, 'warn.txt'), WARN);
});

describe('jaarparse parse', async () => {
  it('prints one report as JSON for one input, exit 0', async () => {
    const r = await run(['parse', join(dir, 'docs', 'a.txt')]);
    expect(r.code).toBe(0);
    expect(Report.safeParse(JSON.parse(r.out)).success).toBe(true);
  });
  it('prints NDJSON in input order for several inputs, with an error record for a bad file, exit 1', async () => {
    const r = await run(['parse', join(dir, 'docs'), '--jobs', '2', '--quiet']);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(['report', 'error', 'report']);
    expect(lines[1]).toMatchObject({ code: 'E_NOT_TEXT', exitCode: 4 });
    expect(r.err).toMatch(/^jaarparse: .*c\.txt: not a text document.*\(E_NOT_TEXT\)$/m);
  });
  it('exits with the error code of a single failed input, without a stack trace', async () => {
    const r = await run(['parse', join(dir, 'nope.txt')]);
    expect(r.code).toBe(7);
    expect(r.err).toBe(`jaarparse: ${join(dir, 'nope.txt')}: no such file (E_NOT_FOUND)\n`);
    expect((await run(['parse', join(dir, 'docs', 'c.txt')])).code).toBe(4);
    expect((await run(['parse', join(dir, 'docs')])).code).not.toBe(7);
  });
  it('refuses input over --max-bytes with exit 5', async () => {
    const r = await run(['parse', join(dir, 'docs', 'a.txt'), '--max-bytes', '10']);
    expect(r.code).toBe(5);
    expect(r.err).toMatch(/E_TOO_LARGE/);
  });
  it('--out writes one .json per input mirroring the tree, and errors.ndjson', async () => {
    const out = join(dir, 'out1');
    const r = await run(['parse', join(dir, 'docs'), '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(existsSync(join(out, 'a.json'))).toBe(true);
    expect(existsSync(join(out, 'sub', 'b.json'))).toBe(true);
    expect(readFileSync(join(out, 'errors.ndjson'), 'utf8')).toMatch(/"code":"E_NOT_TEXT"/);
  });
  it('--out never writes outside its folder whatever the input names are', async () => {
    const out = join(dir, 'safe');
    for (const name of ['../../etc/passwd.txt', '/abs/x.txt', '..', 'a/../../b.txt', '-']) {
      const target = outputPath(out, name);
      expect(target.startsWith(resolve(out) + '/')).toBe(true);
    }
    const r = spawn(['parse', '../a.txt', '--out', 'o2', '--quiet'], { cwd: join(dir, 'docs', 'sub') });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, 'docs', 'sub', 'o2'))).toEqual(['a.json', 'errors.ndjson']);
  });
  it('--resume skips inputs whose output has the same source sha256', async () => {
    const out = join(dir, 'out2');
    await run(['parse', join(dir, 'docs', 'a.txt'), join(dir, 'warn.txt'), '--out', out, '--quiet']);
    const r = await run(['parse', join(dir, 'docs', 'a.txt'), join(dir, 'warn.txt'), '--out', out, '--resume']);
    expect(r.err).toMatch(/2 skipped/);
    expect((await run(['parse', join(dir, 'docs', 'a.txt'), '--resume'])).code).toBe(2);
  });
  it('--strict exits 3 when a report has warnings, 0 without', async () => {
    expect((await run(['parse', join(dir, 'warn.txt'), '--strict'])).code).toBe(3);
    expect((await run(['parse', join(dir, 'warn.txt')])).code).toBe(0);
    expect((await run(['parse', join(dir, 'docs', 'a.txt'), '--strict'])).code).toBe(0);
  });
  it('reads stdin with -', async () => {
    const r = await run(['parse', '-'], { input: BUDGET });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).source.name).toBe('stdin');
  });
  it('--format overrides detection and --encoding decoding', async () => {
    const html = join(dir, 'page.txt');
    writeFileSync(html, '<h1>Programma 3 Economie</h1><p>Tekst</p>');
    expect(JSON.parse((await run(['parse', html, '--format', 'html'])).out).source.format).toBe('html');
    expect(JSON.parse((await run(['parse', html])).out).source.format).toBe('text');
    const latin = join(dir, 'latin.txt');
    writeFileSync(latin, Buffer.from('Financi\xebn\n', 'latin1'));
    expect(JSON.parse((await run(['parse', latin, '--encoding', 'latin1'])).out).children[0].heading ?? '').toMatch(/Financiën/);
    expect((await run(['parse', latin, '--encoding', 'klingon'])).code).toBe(2);
  });
  it('--compact and --to ndjson print one line for one input', async () => {
    expect((await run(['parse', join(dir, 'docs', 'a.txt'), '--compact'])).out.trim().split('\n')).toHaveLength(1);
    expect((await run(['parse', join(dir, 'docs', 'a.txt'), '--to', 'ndjson'])).out.trim().split('\n')).toHaveLength(1);
  });
  it('--no-validate writes the same reports (the check changes nothing, it only guards)', async () => {
    const args = ['parse', join(dir, 'docs', 'a.txt'), join(dir, 'docs', 'sub', 'b.txt'), '--quiet'];
    const checked = await run(args);
    expect(checked.code).toBe(0);
    expect((await run([...args, '--no-validate'])).out).toBe(checked.out);
    expect((await run([...args, '--no-validate', '--jobs', '1'])).out).toBe(checked.out);
    expect((await run([...args, '--validate', 'all'])).out).toBe(checked.out);
  });
  it('the summary line says how many reports were checked against the schema, and how they were chosen', async () => {
    const args = ['parse', join(dir, 'docs'), '--jobs', '1'];
    // By default every report is checked; a sample takes the batch's first ones, so both here too.
    expect((await run(args)).err).toMatch(/, 2 schema-checked\n$/);
    expect((await run([...args, '--validate', 'sample'])).err).toMatch(/, 2 schema-checked\n$/);
    expect((await run([...args, '--validate', 'all'])).err).toMatch(/, 2 schema-checked\n$/);
    expect((await run([...args, '--no-validate'])).err).toMatch(/, 0 schema-checked \(--no-validate\)\n$/);
    expect((await run([...args, '--validate', 'some'])).code).toBe(2);
  });
  it('reads HTML and Markdown, loading their readers on demand, as the library does', async () => {
    const dir = join(fixtures, readdirSync(fixtures).find((n) => existsSync(join(fixtures, n, 'input.md')) && existsSync(join(fixtures, n, 'input.html')))!);
    const inputs = ['input.html', 'input.md'].map((f) => join(dir, f));
    // The CLI adds source.path: the input's path relative to its root (a file argument: as given, from the working directory).
    const expected = await Promise.all(inputs.map(async (p) => JSON.stringify(withPath(await parseFile(p), relative(process.cwd(), p)))));
    // On worker threads (several inputs) and on the main thread (one input).
    expect((await run(['parse', ...inputs, '--jobs', '2', '--quiet'])).out.trim().split('\n')).toEqual(expected);
    for (const [k, input] of inputs.entries()) expect((await run(['parse', input, '--compact'])).out.trim()).toBe(expected[k]);
  });
  it('prints one pretty report byte for byte as JSON.stringify would', async () => {
    const path = join(dir, 'docs', 'a.txt');
    // As a process: one report goes to stdout in pieces as it is serialised.
    expect(spawn(['parse', 'a.txt'], { cwd: join(dir, 'docs') }).out).toBe(JSON.stringify(withPath(await parseFile(path), 'a.txt'), null, 2) + '\n');
  });
  it('--to csv --table budget writes tidy rows that a CSV parser reads back', async () => {
    const r = await run(['parse', join(dir, 'docs', 'a.txt'), join(dir, 'docs', 'sub', 'b.txt'), '--to', 'csv', '--table', 'budget', '--quiet']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ row_label: 'Lasten', column_label: 'Rekening 2022', value: '1200', multiplier: '1000', euros: '1200000' });
    const tsv = (await run(['parse', join(dir, 'docs', 'a.txt'), '--to', 'tsv', '--table', 'budget'])).out;
    expect(tsv.split('\n')[0]).toContain('\t');
  });
  it('--shard K/N splits the inputs into disjoint parts that cover them all', async () => {
    const paths = Array.from({ length: 60 }, (_, k) => `corpus/doc-${k}.txt`);
    const parts = [1, 2, 3].map((k) => paths.filter((p) => inShard(p, { k, n: 3 })));
    expect(parts.flat().sort()).toEqual([...paths].sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    expect(() => parseShard('4/3')).toThrow();
    expect((await run(['parse', join(dir, 'docs'), '--shard', '0/2'])).code).toBe(2);
  });
  it('gives usage errors exit 2', async () => {
    expect((await run(['parse', '--bogus', 'x'])).code).toBe(2);
    expect((await run(['parse'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['parse', join(dir, 'docs'), '--jobs', 'many'])).code).toBe(2);
  });
  it('documents the exit codes in --help', async () => {
    const r = await run(['--help']);
    expect(r.out).toMatch(/Exit codes:/);
    expect(r.out).toMatch(/3 {2}--strict/);
  });
  it('names the code cache variable in --help, and only the program help does', async () => {
    expect((await run(['--help'])).out).toContain(`${CODE_CACHE_ENV}  folder of V8's code cache`);
    expect((await run(['parse', '--help'])).out).not.toContain(CODE_CACHE_ENV);
  });
  it('shows no progress bar when stderr is not a terminal or with --quiet (drawn under a pseudo-terminal: cli-output.test.ts)', async () => {
    const plain = await run(['parse', join(dir, 'docs'), '--jobs', '1']);
    expect(plain.err).not.toMatch(/\|.*files/);
    expect(plain.err).toMatch(/jaarparse: 3 files, 2 ok, 1 failed/);
    const quiet = await run(['parse', join(dir, 'docs'), '--jobs', '1', '--quiet'], { stderrIsTTY: true });
    expect(quiet.err).not.toMatch(/files/);
  });
});

describe('a 100-file corpus on two workers', async () => {
  it('converts every file, in input order, each output valid', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    for (let k = 0; k < 100; k++) {
      writeFileSync(join(corpus, `doc-${String(k).padStart(3, '0')}.txt`), BUDGET.replace('Verkeer', `Verkeer ${k}`).replace('1.200', String(1000 + k)));
    }
    const r = await run(['parse', corpus, '--jobs', '2', '--quiet']);
    expect(r.code).toBe(0);
    const reports = r.out.trim().split('\n').map((l) => JSON.parse(l) as Report);
    expect(reports).toHaveLength(100);
    reports.forEach((report, k) => {
      expect(report.source.name).toBe(`doc-${String(k).padStart(3, '0')}.txt`);
      expect(Report.safeParse(report).success).toBe(true);
    });
    const out = join(dir, 'corpus-out');
    const written = await run(['parse', corpus, '--jobs', '2', '--out', out, '--validate', 'sample']);
    expect(written.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.json'))).toHaveLength(100);
    // With --validate sample the first 20 reports and then 1 in 10 (inputs 20, 30, … 90) were checked.
    expect(written.err).toMatch(/100 ok, 0 failed, .*, 28 schema-checked \(a sample; --validate all checks every report\)\n$/);
  });
});

describe('jaarparse validate and export', async () => {
  it('validates reports and points at each problem', async () => {
    const good = (await run(['parse', join(dir, 'docs', 'a.txt')])).out;
    const file = join(dir, 'reports.ndjson');
    const bad = JSON.parse(good);
    bad.children[0].title = 42;
    writeFileSync(file, JSON.stringify(JSON.parse(good)) + '\n' + JSON.stringify(bad) + '\n');
    const r = await run(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: /children/0/title: `, 'm'));
    const old = join(dir, 'old.json');
    writeFileSync(old, JSON.stringify({ ...JSON.parse(good), schemaVersion: '0' }));
    expect((await run(['validate', old])).out).toMatch(/schemaVersion "0" is not supported/);
    const single = join(dir, 'good.json');
    writeFileSync(single, good);
    expect((await run(['validate', single])).code).toBe(0);
    // A missing file among others is said and skipped (exit 1); alone it gives its own code.
    const withMissing = await run(['validate', join(dir, 'missing.json'), file]);
    expect(withMissing.code).toBe(1);
    expect(withMissing.err).toMatch(/missing\.json: no such file \(E_NOT_FOUND\)/);
    expect(withMissing.out).toMatch(/:2: \/children\/0\/title: /);
    expect((await run(['validate', join(dir, 'missing.json')])).code).toBe(7);
    expect((await run(['export', join(dir, 'missing.json'), single])).code).toBe(1);
  });
  it('exports reports to csv, yaml and ndjson', async () => {
    const file = join(dir, 'two.ndjson');
    writeFileSync(file, (await run(['parse', join(dir, 'docs', 'a.txt'), join(dir, 'docs', 'sub', 'b.txt'), '--quiet'])).out);
    const csv = parseCsv((await run(['export', file, '--table', 'budget'])).out, { columns: true }) as unknown[];
    expect(csv).toHaveLength(12);
    expect((await run(['export', file, '--table', 'budget', '--to', 'yaml'])).out).toMatch(/^- file: .*\/docs\/a\.txt$/m);
    expect((await run(['export', file, '--table', 'budget', '--to', 'ndjson'])).out.trim().split('\n')).toHaveLength(12);
  });
});

describe('jaarparse schema and samples', async () => {
  it('prints the schema', async () => {
    expect(JSON.parse((await run(['schema'])).out).title).toBe('jaarparse report');
  });
  it('parses the bundled samples with one summary line each', async () => {
    const out = join(dir, 'samples');
    const r = await run(['samples', '--out', out]);
    expect(r.code).toBe(0);
    const names = readdirSync(fixtures).filter((n) => existsSync(join(fixtures, n, 'expected.json')));
    expect(r.out.trim().split('\n')).toHaveLength(names.length);
    expect(r.out).toMatch(/^seed-indicator-cells-per-line: goals 1, indicators 5, values 10, budget rows 0, actions 7/m);
  });
});
