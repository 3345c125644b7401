/**
 * Output a pipeline can trust (issue 17): one test for each way the CLI lost
 * data or misled without a word, rows that say where they came from, Parquet
 * read back, and the CLI conventions. In process (see helpers/cli.ts) except
 * where the process itself is what is tested.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse as parseCsv } from 'csv-parse/sync';
import { parquetReadObjects, parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrayBuffer, bin, run, spawn } from './helpers/cli.js';
import { defaultJobs, jobsInFlight, POOL_MIN_BYTES, runInPool, startPool, taskSize, workerCount } from '../src/cli/batch.js';
import { inShard, expandInputs, inputBytes, mayHoldSeveral } from '../src/cli/inputs.js';
import { engineKnowsFlags, PARSER_V8_FLAGS, workerV8Flags } from '../src/cli/engine-flags.js';
import { loadReportJudge } from '../src/schema/report-judge.js';
import { parse } from '../src/index.js';
import { fastCheckProblem } from '../src/schema/report-check.js';
import { inValidationSample, VALIDATE_EVERY, VALIDATE_FIRST } from '../src/cli/validate-sample.js';
import { readReports } from '../src/cli/read-reports.js';
import { exportItems, validateItems } from '../src/cli/read-commands.js';
import { rowSink } from '../src/emit/sink.js';
import { COLUMN_SPECS, TABLE_NAMES } from '../src/emit/rows.js';

/** A V8 flag without its value ("--interrupt-budget=540000" → "--interrupt-budget"). */
const flagName = (flag: string): string => flag.replace(/=.*/, '');

const BUDGET = 'Programma 2 Verkeer\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\n| | Rekening 2022 | Begroting 2023 |\n|---|---|---|\n| Lasten | 1.200 | 1.300 |\n| Baten | 200 | 250 |\n| Saldo | -1.000 | -1.050 |\n';
const WARN = 'Wat heeft het gekost?\n\n| | Begroting |\n|---|---|\n| Lasten | 1.200 |\n| Baten | 200 |\n| Saldo | -5.000 |\n';
const INDICATORS = 'Programma 1 Veiligheid\n\nIndicatoren\n\n| Indicator | Realisatie 2021 | Begroting 2023 |\n|---|---|---|\n| 3.10 Aantal woninginbraken | 12 | 10 |\n| Tevredenheid | 38%/62% | binnen 14 dagen |\n';

let dir: string;
const docs = (...p: string[]): string => join(dir, 'docs', ...p);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jaarparse-out-'));
  for (const root of ['a', 'b']) {
    mkdirSync(docs(root), { recursive: true });
    writeFileSync(docs(root, 'begroting-2020.txt'), BUDGET.replace('Verkeer', `Verkeer ${root}`));
  }
  mkdirSync(docs('one'), { recursive: true });
  writeFileSync(docs('one', 'only.txt'), BUDGET);
  writeFileSync(docs('warn.txt'), WARN);
  writeFileSync(docs('ind.txt'), INDICATORS);
  mkdirSync(join(dir, 'binary'));
  writeFileSync(join(dir, 'binary', 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
});

async function reportFile(name: string, text = BUDGET): Promise<string> {
  const path = join(dir, name);
  writeFileSync(join(dir, 'src-' + name + '.txt'), text);
  writeFileSync(path, (await run(['parse', join(dir, 'src-' + name + '.txt')])).out);
  return path;
}

describe('no silent loss (issue 17, items 1–8)', () => {
  it('1. two folders holding the same file name keep both reports, each under its folder', async () => {
    const out = join(dir, 'o1');
    const r = await run(['parse', docs('a'), docs('b'), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const a = JSON.parse(readFileSync(join(out, 'a', 'begroting-2020.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(out, 'b', 'begroting-2020.json'), 'utf8'));
    expect(a.source.path).toBe('a/begroting-2020.txt');
    expect(b.source.path).toBe('b/begroting-2020.txt');
    expect(a.source.sha256).not.toBe(b.source.sha256);
  });
  it('1. two file arguments that would write one output are refused before anything is written', () => {
    // ../b/r.txt and b/r.txt, given from inside a: both would be b/r.json.
    const c = join(dir, 'collide');
    mkdirSync(join(c, 'a', 'b'), { recursive: true });
    writeFileSync(join(c, 'a', 'b', 'r.txt'), BUDGET);
    mkdirSync(join(c, 'b'), { recursive: true });
    writeFileSync(join(c, 'b', 'r.txt'), WARN);
    const r = spawn(['parse', '../b/r.txt', 'b/r.txt', '--out', 'o'], { cwd: join(c, 'a') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jaarparse: \.\.\/b\/r\.txt and b\/r\.txt would both be written to o\/b\/r\.json/);
    expect(existsSync(join(c, 'a', 'o', 'b', 'r.json'))).toBe(false);
  });
  it('2. --to json and --to ndjson with --table write rows, not reports', async () => {
    const json = await run(['parse', docs('a', 'begroting-2020.txt'), '--to', 'json', '--table', 'budget']);
    const rows = JSON.parse(json.out);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ row_label: 'Lasten', column_kind: 'realisatie', euros: 1200000 });
    const nd = await run(['parse', docs('a'), docs('b'), '--to', 'ndjson', '--table', 'budget', '--quiet']);
    const lines = nd.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(12);
    expect(lines.every((l) => l.type === undefined && typeof l.row_label === 'string')).toBe(true);
  });
  it('3. export says each file it cannot read on stderr and exits 1', async () => {
    const good = await reportFile('good3.json');
    const bad: Record<string, string> = {
      'truncated.json': readFileSync(good, 'utf8').slice(0, 200),
      'text.json': 'Programma 1 Veiligheid\n',
      'rows.csv': 'a,b\n1,2\n',
      'array.json': '[1,2]',
      'old.json': JSON.stringify({ ...JSON.parse(readFileSync(good, 'utf8')), schemaVersion: '0' }),
    };
    const paths = Object.entries(bad).map(([name, text]) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    });
    const r = await run(['export', good, ...paths, '--table', 'budget']);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const [k, path] of paths.entries()) expect(lines[k]).toMatch(new RegExp(`^jaarparse: ${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: `));
    expect(r.err).toMatch(/schemaVersion "0" is not supported/);
    expect(parseCsv(r.out, { columns: true })).toHaveLength(6);
  });
  it('4. export --to json over several files prints one JSON array', async () => {
    const one = await reportFile('one4.json');
    const two = await reportFile('two4.json', BUDGET.replace('1.200', '1.400'));
    const r = await run(['export', one, two, '--table', 'budget', '--to', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out);
    expect(rows).toHaveLength(12);
    expect(JSON.parse((await run(['export', one, '--table', 'goals', '--to', 'json'])).out)).toEqual([]);
  });
  it('5. errors.ndjson is appended to by every run into one --out, never overwritten', async () => {
    const out = join(dir, 'o5');
    await run(['parse', join(dir, 'binary', 'bin.txt'), docs('warn.txt'), '--out', out, '--quiet', '--shard', '1/1']);
    writeFileSync(join(dir, 'bin5.txt'), Buffer.from([0, 0, 0, 9]));
    await run(['parse', join(dir, 'bin5.txt'), docs('warn.txt'), '--out', out, '--quiet', '--resume']);
    const records = readFileSync(join(out, 'errors.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((r) => r.code)).toEqual(['E_NOT_TEXT', 'E_NOT_TEXT']);
    expect(records.map((r) => r.file)).toEqual([expect.stringMatching(/\/binary\/bin\.txt$/), expect.stringMatching(/\/bin5\.txt$/)]);
    expect(records[0].run).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
  it('6. validate reads folders and globs, fails an empty file and error records, and rejects extra properties', async () => {
    const out = join(dir, 'o6');
    expect((await run(['parse', docs('a'), '--out', out, '--quiet'])).code).toBe(0);
    const folder = await run(['validate', out]);
    expect(folder.code).toBe(0);
    expect(folder.err).toBe('jaarparse: 1 reports, 0 invalid\n');
    expect((await run(['validate', join(out, '*.json')])).err).toBe('jaarparse: 1 reports, 0 invalid\n');
    writeFileSync(join(dir, 'empty.json'), '');
    const empty = await run(['validate', join(dir, 'empty.json')]);
    expect(empty.code).toBe(1);
    expect(empty.out).toMatch(/empty\.json: \/: empty file/);
    const stream = join(dir, 'stream6.ndjson');
    writeFileSync(stream, (await run(['parse', docs('a'), join(dir, 'binary', 'bin.txt'), '--quiet'])).out);
    const withError = await run(['validate', stream]);
    expect(withError.code).toBe(1);
    expect(withError.out).toMatch(/stream6\.ndjson:2: \/: an error record, not a report: input .*bin\.txt failed: .*\(E_NOT_TEXT\)/);
    const extra = JSON.parse(readFileSync(join(out, 'begroting-2020.json'), 'utf8'));
    extra.children[0].colour = 'red';
    writeFileSync(join(dir, 'extra.json'), JSON.stringify(extra));
    const r = await run(['validate', join(dir, 'extra.json')]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/extra\.json: \/children\/0: .*colour/);
  });
  it('7. a folder or glob holding one file prints NDJSON, as it does for many; one file argument prints pretty JSON', async () => {
    const folder = await run(['parse', docs('one')]);
    expect(folder.out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(folder.out).type).toBe('report');
    const glob = await run(['parse', docs('one', '*.txt')]);
    expect(glob.out).toBe(folder.out);
    const file = await run(['parse', docs('one', 'only.txt')]);
    expect(file.out.split('\n').length).toBeGreaterThan(10);
  });
  it('8. a report larger than the streaming threshold is validated and exported in pieces, with the same result', async () => {
    const out = join(dir, 'o8');
    await run(['parse', docs('a'), '--out', out]);
    const file = join(out, 'begroting-2020.json');
    const io = () => {
      let out = '';
      let err = '';
      return { io: { out: (t: string | Uint8Array) => void (out += String(t)), err: (t: string) => void (err += t), stdin: async () => Buffer.alloc(0) }, get: () => ({ out, err }) };
    };
    const whole = io();
    const streamed = io();
    expect(await validateItems(readReports([file]), [file], whole.io)).toBe(0);
    expect(await validateItems(readReports([file], { streamAbove: 0 }), [file], streamed.io)).toBe(0);
    expect(streamed.get()).toEqual(whole.get());
    for (const table of TABLE_NAMES) {
      const a = io();
      const b = io();
      await exportItems(readReports([file]), [file], rowSink(table, 'ndjson', a.io.out), table, a.io);
      await exportItems(readReports([file], { streamAbove: 0 }), [file], rowSink(table, 'ndjson', b.io.out), table, b.io);
      expect(b.get().out).toBe(a.get().out);
    }
    // A problem deep in a streamed report is found at the same pointer; a truncated one is said.
    const report = JSON.parse(readFileSync(file, 'utf8'));
    report.children[0].title = 42;
    writeFileSync(join(dir, 'bad8.json'), JSON.stringify(report, null, 2));
    const bad = io();
    expect(await validateItems(readReports([join(dir, 'bad8.json')], { streamAbove: 0 }), ['x'], bad.io)).toBe(1);
    expect(bad.get().out).toMatch(/bad8\.json: \/children\/0\/title: /);
    writeFileSync(join(dir, 'cut8.json'), readFileSync(file, 'utf8').slice(0, 300));
    const cut = io();
    expect(await validateItems(readReports([join(dir, 'cut8.json')], { streamAbove: 0 }), ['x'], cut.io)).toBe(1);
    expect(cut.get().out).toMatch(/cut8\.json: \/: .*(breaks off|not JSON)/);
  });
});

describe('rows that carry their origin and meaning', () => {
  it('budget rows: path relative to the root, table/row/column index, column kind and year, euros beside the printed amount', async () => {
    const r = await run(['parse', join(dir, 'docs'), '--to', 'csv', '--table', 'budget', '--quiet']);
    const rows = parseCsv(r.out, { columns: true }) as Array<Record<string, string>>;
    const files = [...new Set(rows.map((x) => x.file))];
    expect(files).toContain('a/begroting-2020.txt');
    expect(files).toContain('b/begroting-2020.txt');
    const row = rows.find((x) => x.file === 'a/begroting-2020.txt' && x.row_label === 'Baten' && x.column_year === '2023')!;
    expect(row).toMatchObject({ column_label: 'Begroting 2023', column_kind: 'begroting', value: '250', multiplier: '1000', euros: '250000', raw: '250', line: '10', table_index: '1', row_index: '2', column_index: '2', page: '' });
  });
  it('indicator rows: ids stay text, measured year, unit, qualifier and ratio', async () => {
    const rows = JSON.parse((await run(['parse', docs('ind.txt'), '--to', 'json', '--table', 'indicators'])).out) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveProperty('measured_year');
      expect(row).toHaveProperty('qualifier');
      expect(row.table_index).toBe(1);
    }
    const ratio = rows.find((x) => x.raw === '38%/62%');
    if (ratio) expect(ratio.ratio).toBe('38/62');
    const withId = rows.find((x) => typeof x.indicator_id === 'string');
    if (withId) expect(typeof withId.indicator_id).toBe('string');
  });
  it('--table parties and --table meta', async () => {
    const party = 'Verbonden partijen\n\nVeiligheidsregio Gelderland-Zuid\n\nVestigingsplaats: Nijmegen\nOpenbaar belang: Brandweerzorg en rampenbestrijding\n';
    writeFileSync(join(dir, 'party.txt'), party);
    const rows = JSON.parse((await run(['parse', join(dir, 'party.txt'), '--to', 'json', '--table', 'parties'])).out) as Array<Record<string, unknown>>;
    for (const row of rows) expect(Object.keys(row)).toEqual(COLUMN_SPECS.parties.map((c) => c.name));
    const meta = parseCsv((await run(['parse', join(dir, 'docs'), '--to', 'csv', '--table', 'meta', '--quiet'])).out, { columns: true }) as Array<Record<string, string>>;
    expect(meta.map((m) => m.file)).toEqual(['a/begroting-2020.txt', 'b/begroting-2020.txt', 'ind.txt', 'one/only.txt', 'warn.txt']);
    expect(meta.find((m) => m.file === 'a/begroting-2020.txt')).toMatchObject({ format: 'text', budget_cells: '6', schema_version: '1' });
  });
  it('--to parquet writes typed columns that read back as the same rows', async () => {
    const csv = parseCsv((await run(['parse', join(dir, 'docs'), '--to', 'csv', '--table', 'budget', '--quiet'])).out, { columns: true }) as Array<Record<string, unknown>>;
    const pq = await run(['parse', join(dir, 'docs'), '--to', 'parquet', '--table', 'budget', '--quiet']);
    expect(pq.code).toBe(0);
    const buffer = arrayBuffer(pq.bytes);
    const rows = (await parquetReadObjects({ file: buffer })) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(csv.length);
    const types = Object.fromEntries(parquetMetadata(buffer).schema.slice(1).map((s) => [s.name, s.type]));
    expect(types).toMatchObject({ file: 'BYTE_ARRAY', value: 'DOUBLE', euros: 'DOUBLE', column_year: 'INT32', line: 'INT32' });
    const norm = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null || v === '' ? null : String(v)]));
    expect(rows.map(norm)).toEqual(csv.map(norm));
    // An empty table is still a valid file; on a terminal Parquet is refused.
    const empty = await run(['parse', docs('warn.txt'), '--to', 'parquet', '--table', 'parties']);
    const eb = arrayBuffer(empty.bytes);
    expect(await parquetReadObjects({ file: eb })).toEqual([]);
    expect((await run(['parse', docs('warn.txt'), '--to', 'parquet'], { stdoutIsTTY: true })).code).toBe(2);
  });
  it('the README data dictionary lists every column of every table', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    for (const table of TABLE_NAMES) {
      const section = readme.split(`#### ${table}\n`)[1]?.split('\n#### ')[0] ?? '';
      expect(section, table).not.toBe('');
      for (const c of COLUMN_SPECS[table]) expect(section, `${table}.${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
    }
  });
});

describe('CLI conventions', () => {
  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')).version);
  });
  it('reads stdin when it is piped and no input is given; with nothing piped, says what to give (exit 2)', async () => {
    expect(JSON.parse((await run(['parse'], { input: BUDGET })).out).source.name).toBe('stdin');
    const none = await run(['parse']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^jaarparse: no input files/);
    // As a process: stdin is piped.
    const piped = spawn(['parse', '--compact'], { input: BUDGET });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out).source.name).toBe('stdin');
  });
  it('--strict prints each warning as path:line: code message before exiting 3', async () => {
    const r = await run(['parse', docs('warn.txt'), docs('one'), '--strict', '--quiet']);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(new RegExp(`^${docs('warn.txt').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+: budget\\.[a-z-]+ .+$`, 'm'));
  });
  it('every subcommand lists the exit codes in its --help; every error starts with "jaarparse:"', async () => {
    for (const command of ['parse', 'validate', 'export', 'merge', 'schema', 'samples']) {
      const r = await run([command, '--help']);
      expect(r.out, command).toMatch(/Exit codes:\n\s+0 /);
    }
    for (const args of [['parse', '--bogus'], ['frobnicate'], ['parse', docs('one'), '--jobs', 'many'], ['export', '--to', 'xml', 'x']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^jaarparse: /);
    }
  });
  it('an unknown --encoding is a usage error before any input is read, however many inputs', async () => {
    const r = await run(['parse', docs('a'), docs('b'), '--encoding', 'klingon', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('jaarparse: unknown --encoding "klingon" (e.g. utf-8, windows-1252, utf-16le)\n');
    expect(r.out).toBe('');
  });
  it('--jobs defaults to a worker per core for a batch of POOL_MIN_BYTES or more, to this process below it, and never starts more workers than files', () => {
    expect(defaultJobs(POOL_MIN_BYTES, 2, 1)).toBe(1);
    expect(defaultJobs(POOL_MIN_BYTES, 2, 2)).toBe(2);
    expect(defaultJobs(POOL_MIN_BYTES, 40, 8)).toBe(8);
    expect(defaultJobs(POOL_MIN_BYTES - 1, 40, 8)).toBe(1);
    expect(defaultJobs(50 * POOL_MIN_BYTES, 1, 8)).toBe(1);
    expect(workerCount(1000, 25)).toBe(25);
    expect(workerCount(4, 1)).toBe(0);
  });
  it('ends quietly when its stdout closes early (`| head`), with workers or without, and a batch run here turns the event loop between jobs', async () => {
    // The process boundary is what is tested: the main process exits on EPIPE, and its workers must not print a stack trace.
    const corpus = join(import.meta.dirname, '..', 'corpus', 'real', 'text');
    for (const jobs of ['1', '2']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" parse "${corpus}" --jobs ${jobs} --quiet | head -c 10`], { encoding: 'utf8' });
      expect(r.status, `--jobs ${jobs}`).toBe(0);
      expect(r.stdout).toHaveLength(10);
      expect(r.stderr, `--jobs ${jobs}`).toBe('');
    }
    // Without a pool each job's I/O blocks: an immediate set at the first result runs before the second, not after the last.
    const { runBatch } = await import('../src/cli/batch.js');
    const order: string[] = [];
    const job = (name: string) => ({ path: docs(name), options: {}, pretty: false });
    await runBatch([job('warn.txt'), job('ind.txt'), job('warn.txt')], { jobs: 1, progress: false }, (_, __, i) => {
      order.push(`result ${i}`);
      if (i === 0) setImmediate(() => order.push('immediate'));
    });
    expect(order).toEqual(['result 0', 'immediate', 'result 1', 'result 2']);
  });
  it('waits for its output to drain between results (a slow reader of stdout), and does not when nothing is held back', async () => {
    const { runBatch } = await import('../src/cli/batch.js');
    const order: string[] = [];
    const job = (name: string) => ({ path: docs(name), options: {}, pretty: false });
    let release: () => void = () => undefined;
    const drained = () => {
      order.push('drain?');
      // The first result's output is held back until the test lets it go; later ones are not.
      return order.length === 2 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    };
    const batch = runBatch([job('warn.txt'), job('ind.txt')], { jobs: 1, progress: false, drained }, (_, __, i) => order.push(`result ${i}`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual(['result 0', 'drain?']);
    release();
    await batch;
    expect(order).toEqual(['result 0', 'drain?', 'result 1', 'drain?']);
  });
  it('runs the jobs of this process one at a time, and keeps tasks queued ahead for every worker of a pool', () => {
    // Without a pool nothing overlaps a parse (reads and writes block), so a job started ahead would only hold its input.
    expect(jobsInFlight(0, 32)).toBe(1);
    expect(jobsInFlight(0, 8)).toBe(1);
    expect(jobsInFlight(2 * 3 * 32, 32)).toBe(224);
    expect(jobsInFlight(1, 1)).toBe(4);
  });
  it('hands out tasks of the largest size while many jobs are left and shrinks them to one at the end, so that the workers finish together', () => {
    expect(taskSize(1960, 2, 32)).toBe(32);
    expect(taskSize(256, 2, 32)).toBe(32);
    expect(taskSize(100, 2, 32)).toBe(13);
    expect(taskSize(8, 2, 32)).toBe(1);
    expect(taskSize(1, 4, 8)).toBe(1);
    let left = 1960;
    const sizes: number[] = [];
    while (left > 0) left -= sizes[sizes.push(taskSize(left, 2, 32)) - 1]!;
    expect(left).toBe(0);
    expect(sizes.slice(-4)).toEqual([1, 1, 1, 1]);
    expect(sizes.length).toBeLessThan(1960 / 8 / 2);
  });
  it("the default of --jobs reads the inputs' sizes: stdin and a missing file count nothing", () => {
    const sizes = [docs('warn.txt'), docs('ind.txt')].map((p) => readFileSync(p).length);
    expect(inputBytes([{ path: docs('warn.txt'), rel: 'a' }, { path: '-', rel: 'stdin' }, { path: docs('ind.txt'), rel: 'b' }, { path: docs('no-such-file.txt'), rel: 'c' }])).toBe(sizes[0]! + sizes[1]!);
    expect(inputBytes([])).toBe(0);
  });
  it('the default of --jobs stops looking inputs up once they hold enough, and not before', () => {
    const asked: string[] = [];
    const sizeOf = (path: string): number => (asked.push(path), 400);
    const inputs = ['a', 'b', 'c', 'd'].map((p) => ({ path: p, rel: p }));
    expect(inputBytes(inputs, 800, sizeOf)).toBe(800);
    expect(asked).toEqual(['a', 'b']);
    asked.length = 0;
    // Short of enough, every input is asked.
    expect(inputBytes(inputs, 1601, sizeOf)).toBe(1600);
    expect(asked).toEqual(['a', 'b', 'c', 'd']);
  });
  it('starts the workers before listing the inputs only when the arguments may hold more than one', () => {
    expect(mayHoldSeveral([docs('one')])).toBe(true);
    expect(mayHoldSeveral([join(dir, 'docs', '*.txt')])).toBe(true);
    expect(mayHoldSeveral([docs('warn.txt'), docs('ind.txt')])).toBe(true);
    expect(mayHoldSeveral([docs('warn.txt')])).toBe(false);
    expect(mayHoldSeveral([docs('no-such-file.txt')])).toBe(false);
    expect(mayHoldSeveral(['-'])).toBe(false);
  });
  it('the CLI loads no parser, zod or row writer before a command asks for it (a batch on workers never does in the main process)', () => {
    const reached = staticImports(join(import.meta.dirname, '..', 'src', 'cli', 'main.ts'));
    const packages = [...reached].filter((m) => !m.startsWith('/') && !m.startsWith('node:')).sort();
    expect(packages).toEqual(['commander', 'tinyglobby', 'workerpool']);
    expect([...reached].filter((m) => /\/src\/(pipeline\/parse|schema\/report|emit\/sink|emit\/rows|cli\/job)\.ts$/.test(m))).toEqual([]);
  });
  it('a worker sets its V8 flags before anything of the parser loads: its entry imports only the engine settings and the bundle loader', () => {
    const reached = staticImports(join(import.meta.dirname, '..', 'src', 'cli', 'worker.ts'));
    const ours = [...reached].filter((m) => !m.startsWith('node:')).map((m) => m.replace(/.*\/src\//, 'src/')).sort();
    expect(ours).toEqual(['src/cli/bundle-loader.ts', 'src/cli/engine-flags.ts']);
  });
  it('a parse in the CLI or a worker loads no zod: the parser reads the contract\'s words without it, and zod judges only a report the fast check rejects', async () => {
    for (const entry of ['worker-jobs.ts', 'job.ts']) {
      expect([...staticImports(join(import.meta.dirname, '..', 'src', 'cli', entry))]).not.toContain('zod');
    }
    const judge = await loadReportJudge();
    expect(judge({})).toMatch(/^\/type: /);
    expect(judge(parse('Programma 1 Veiligheid'))).toBeNull();
    expect(fastCheckProblem({})).toBe('/: required {"missingProperty":"type"}');
  });
  it("the parser's and the worker's V8 flags are flags this Node's V8 knows (an unknown one is ignored, with an error line on stderr from every worker)", () => {
    expect(engineKnowsFlags()).toBe(true);
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    const flags = [...PARSER_V8_FLAGS, ...workerV8Flags()];
    expect(workerV8Flags().length).toBeGreaterThan(0);
    for (const flag of flags) expect(known).toContain(`  ${flagName(flag)} (`);
    expect(engineKnowsFlags('10.2.154.26-node.26')).toBe(false);
    expect(engineKnowsFlags('11.3.244.8-node.17')).toBe(true);
    expect(engineKnowsFlags('14.0.1-node.1')).toBe(false);
    expect(workerV8Flags('14.0.1-node.1')).toEqual([]);
  });
  it('gives each V8 major the worker flags it has: V8 12 and 13 have no interrupt budget, but an invocation count', () => {
    // Names read off each version's `node --v8-options` (Node 20.20, 22.23, 24.22): a flag a V8 does not know is
    // printed as "Error: unrecognized flag" by every worker of a batch.
    expect(workerV8Flags('11.3.244.8-node.38').map(flagName)).toEqual(['--interrupt-budget', '--max-inlined-bytecode-size-cumulative']);
    for (const v8 of ['12.4.254.21-node.57', '13.6.233.17-node.63']) {
      expect(workerV8Flags(v8).map(flagName)).toEqual(['--invocation-count-for-turbofan', '--max-inlined-bytecode-size-cumulative']);
    }
  });
  it('a batch checks the first reports and then 1 in VALIDATE_EVERY against the schema, the same ones whatever --jobs is', () => {
    const checked = Array.from({ length: 100 }, (_, k) => k).filter(inValidationSample);
    expect(checked.slice(0, VALIDATE_FIRST)).toEqual(Array.from({ length: VALIDATE_FIRST }, (_, k) => k));
    expect(checked.slice(VALIDATE_FIRST).every((k) => k % VALIDATE_EVERY === 0)).toBe(true);
    expect(inValidationSample(VALIDATE_FIRST + 1)).toBe(false);
    expect(checked).toHaveLength(VALIDATE_FIRST + (100 - VALIDATE_FIRST) / VALIDATE_EVERY);
  });
  it('a worker process that dies fails only the file it was parsing; the others of its task are parsed again and go on', async () => {
    const pool = startPool(1, join(import.meta.dirname, 'helpers', 'dying-worker.mjs'));
    try {
      const job = (path: string) => ({ path, options: {}, pretty: false });
      const results = await Promise.all(runInPool(pool, [job('a'), job('die'), job('bcd')]));
      expect(results.map((r) => r.ok)).toEqual([true, false, true]);
      expect(results[1]).toMatchObject({ code: 'E_INTERNAL', exitCode: 1 });
      expect(results[2]!.bytes).toBe(3);
    } finally {
      await pool.terminate();
    }
  });
  it('--shard hashes the path relative to the input root: two spellings of the root split alike', async () => {
    const spellings = [join(dir, 'docs'), join(dir, 'docs') + '/', join(dir, 'docs', 'a', '..')];
    const parts = await Promise.all(spellings.map(async (root) => (await expandInputs([root])).inputs.filter((i) => inShard(i.rel, { k: 1, n: 2 })).map((i) => i.rel)));
    expect(parts[1]).toEqual(parts[0]);
    expect(parts[2]).toEqual(parts[0]);
  });
  it('the progress bar draws only when stderr is a terminal and stdout is not the same terminal, and never runs into an error line', () => {
    const script = (cmd: string) => spawnSync('script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8' }).stdout;
    const drawn = script(`${process.execPath} ${bin} parse ${join(dir, 'docs')} ${join(dir, 'binary')} --jobs 1 > /dev/null`);
    expect(drawn).toMatch(/\d+\/\d+ files/);
    // An error line clears the bar's line first instead of running into it.
    expect(drawn).toMatch(/\r\x1b\[2Kjaarparse: .*bin\.txt: not a text document/);
    expect(script(`${process.execPath} ${bin} parse ${join(dir, 'docs')} --jobs 1 --to csv`)).not.toMatch(/\d+\/\d+ files \|/);
    expect(script(`${process.execPath} ${bin} parse ${join(dir, 'docs')} --jobs 1 --out ${join(dir, 'o-tty')}`)).toMatch(/\d+\/\d+ files/);
  });
  it('npm start (samples) ends saying where its output went and what to try next', async () => {
    const out = join(dir, 'samples');
    const r = await run(['samples', '--out', out]);
    expect(r.err).toMatch(new RegExp(`wrote \\d+ reports to ${out}/\\nNext: `));
    expect(r.err).toMatch(/export .* --table budget --to csv/);
  });
});

describe('a notebook, end to end over real documents', () => {
  it('parses a folder of real reports, exports budget and indicator rows to CSV and Parquet, reads them back and sums lasten per organisation and year', async () => {
    const real = join(import.meta.dirname, '..', 'corpus', 'real', 'text');
    const out = join(dir, 'real-json');
    const parsed = await run(['parse', real, '--out', out, '--quiet']);
    expect(parsed.code).toBe(0);
    for (const table of ['budget', 'indicators'] as const) {
      const csv = await run(['export', out, '--table', table, '--to', 'csv']);
      expect(csv.code, csv.err).toBe(0);
      const pq = await run(['export', out, '--table', table, '--to', 'parquet']);
      const buffer = arrayBuffer(pq.bytes);
      const fromParquet = (await parquetReadObjects({ file: buffer })) as Array<Record<string, unknown>>;
      const fromCsv = parseCsv(csv.out, { columns: true }) as Array<Record<string, string>>;
      expect(fromParquet.length).toBe(fromCsv.length);
      expect(fromParquet.length).toBeGreaterThan(100);
      if (table !== 'budget') continue;
      // Total lasten per organisation and year, one kind of column at a time so that begroting and realisatie are
      // never added together (a column whose header names no kind, a bare "2025", is a group of its own).
      const totals = new Map<string, number>();
      for (const row of fromParquet) {
        if (typeof row.row_label !== 'string' || !/^(?:totaal )?lasten$/i.test(row.row_label.trim()) || row.euros === null || row.column_year === null) continue;
        const key = `${row.municipality ?? row.file}|${row.column_year}|${row.column_kind}`;
        totals.set(key, (totals.get(key) ?? 0) + (row.euros as number));
      }
      expect(totals.size).toBeGreaterThanOrEqual(3);
      expect([...totals.values()].every((euros) => Number.isFinite(euros))).toBe(true);
      // The same sums from the CSV.
      const again = new Map<string, number>();
      for (const row of fromCsv) {
        if (!/^(?:totaal )?lasten$/i.test(row.row_label!.trim()) || row.euros === '' || row.column_year === '') continue;
        const key = `${row.municipality || row.file}|${row.column_year}|${row.column_kind || null}`;
        again.set(key, (again.get(key) ?? 0) + Number(row.euros));
      }
      expect(again).toEqual(totals);
    }
  });
});

/**
 * The modules a source file loads when it is imported: its static imports
 * (not `import type`, not `await import()`), followed through src/; a package
 * by its name, a file of src/ by its path.
 */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?! type\b)\s[^'";]*?from '([^']+)'|^import '([^']+)'/gm)) {
    const spec = (m[1] ?? m[2])!;
    if (!spec.startsWith('.')) {
      seen.add(spec.split('/')[0]!);
      continue;
    }
    const path = join(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (seen.has(path)) continue;
    seen.add(path);
    staticImports(path, seen);
  }
  return seen;
}
