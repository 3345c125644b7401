/**
 * The command line: a thin layer over the library. `main` returns the exit
 * code and never lets a stack trace out unless --debug is given.
 */
import { Command, CommanderError, Option } from 'commander';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportJsonSchemaText } from '../schema/json-schema.js';
import { EXIT, JaarparseError, toJaarparseError } from '../errors.js';
import type { InputFormat, Node, Report } from '../schema/report.js';
import { DEFAULT_MAX_BYTES, type ParseOptions } from '../pipeline/parse.js';
import { validate } from '../validate.js';
import { toRows, type Row, type TableName } from '../emit/rows.js';
import { formatRows, type RowFormat } from '../emit/format.js';
import { expandInputs, inShard, parseShard } from './inputs.js';
import { outputPath } from './output-path.js';
import { defaultJobs, runBatch, summaryLine } from './batch.js';
import type { Job } from './job.js';
import { loadMetaSources, suppliedMetaFor, type MetaSources } from '../meta/supplied-sources.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The exit codes, as `--help` and the README list them. */
export const EXIT_CODES_HELP = `
Exit codes:
  0  all inputs parsed (and, with --strict, without warnings)
  1  some inputs failed (a batch), or a report is invalid (validate)
  2  usage error (unknown option, bad --shard, no inputs)
  3  --strict and some report has warning diagnostics
  4  not a text document (binary input)          [one input]
  5  input larger than --max-bytes (validate, export: than one string, ~512 MB) [one input]
  6  PDF without a text layer, encrypted or damaged [one input]
  7  no such file, a directory, or unreadable     [one input]
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  stdin: () => Promise<Buffer>;
  stderrIsTTY: boolean;
}

// A closed stdout (`jaarparse parse … | head`) ends the run quietly, as for other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

class UsageError extends Error {}

interface ParseCommandOptions {
  out?: string;
  jobs?: string;
  format?: InputFormat;
  encoding?: string;
  maxBytes?: string;
  strict?: boolean;
  quiet?: boolean;
  to?: RowFormat | 'json';
  table?: TableName;
  shard?: string;
  resume?: boolean;
  compact?: boolean;
  /** False with --no-validate. */
  validate?: boolean;
  meta?: string[];
  metaFromPath?: string;
  metaCsv?: string;
}

function count(report: Report): Record<string, number> {
  const c = { goals: 0, indicators: 0, values: 0, budgetRows: 0, actions: 0, parties: 0 };
  const stack: Node[] = [...report.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'goal') c.goals++;
    else if (n.type === 'indicator') {
      c.indicators++;
      c.values += n.values.length;
    } else if (n.type === 'budgetTable') c.budgetRows += n.rows.length;
    else if (n.type === 'action') c.actions++;
    else if (n.type === 'connectedParty') c.parties++;
    if ('children' in n) for (const child of n.children) stack.push(child);
  }
  return c;
}

function positiveInt(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive whole number, got "${text}"`);
  return n;
}

async function parseCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  if (opts.resume && !opts.out) throw new UsageError('--resume needs --out');
  if (opts.table && !opts.to) opts.to = 'csv';
  if (opts.to && opts.to !== 'json' && opts.to !== 'ndjson' && !opts.table) opts.table = 'indicators';
  let inputs = await expandInputs(args);
  if (opts.shard) {
    let shard;
    try {
      shard = parseShard(opts.shard);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    inputs = inputs.filter((input) => inShard(input.path, shard));
  }
  if (inputs.length === 0 && !opts.shard) throw new UsageError('no input files (give files, directories, globs or -)');
  const options: ParseOptions = {};
  if (opts.format) options.format = opts.format;
  if (opts.encoding) options.encoding = opts.encoding;
  options.maxBytes = opts.maxBytes ? positiveInt(opts.maxBytes, '--max-bytes') : DEFAULT_MAX_BYTES;
  if (opts.validate === false) options.validate = false;
  let metaSources: MetaSources;
  try {
    metaSources = loadMetaSources(opts, (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const jobsN = opts.jobs ? positiveInt(opts.jobs, '--jobs') : defaultJobs();
  const single = inputs.length === 1;
  const rowsTable = opts.to && opts.to !== 'json' && opts.to !== 'ndjson' ? opts.table : undefined;
  const jobs: Job[] = [];
  // Inputs that differ only in extension (input.txt, input.md) keep it in their output name.
  const stems = new Map<string, number>();
  for (const { rel } of inputs) stems.set(rel.replace(/\.[^./\\]+$/, ''), (stems.get(rel.replace(/\.[^./\\]+$/, '')) ?? 0) + 1);
  for (const { path, rel } of inputs) {
    const meta = suppliedMetaFor(metaSources, rel, path);
    const job: Job = { path, options: { ...options, ...(path === '-' ? { name: 'stdin' } : {}), ...(meta ? { meta } : {}) }, pretty: single && !opts.compact && !opts.out && opts.to !== 'ndjson' };
    if (path === '-') job.bytes = await io.stdin();
    if (opts.out) job.outPath = outputPath(opts.out, rel, (stems.get(rel.replace(/\.[^./\\]+$/, '')) ?? 0) > 1);
    if (opts.resume) job.resume = true;
    if (rowsTable) job.table = rowsTable;
    // One report to stdout is written in pieces as it is serialised, not built as one string.
    else if (single && !opts.out) job.toStdout = true;
    jobs.push(job);
  }
  if (opts.out) mkdirSync(opts.out, { recursive: true });
  const errors: string[] = [];
  let lastExit: number = EXIT.ok;
  let headerDone = false;
  const rowFormat = (opts.to ?? 'json') as RowFormat;
  const totals = await runBatch(jobs, { jobs: jobsN, progress: io.stderrIsTTY && !opts.quiet && jobs.length > 1 }, (job, result) => {
    if (!result.ok) {
      io.err(`jaarparse: ${job.path}: ${result.message} (${result.code})\n`);
      const record = JSON.stringify({ type: 'error', file: job.path, code: result.code, message: result.message, exitCode: result.exitCode });
      if (opts.out) errors.push(record);
      else if (!single && !rowsTable) io.out(record + '\n');
      lastExit = result.exitCode;
      return;
    }
    if (rowsTable && result.rows) {
      const rows: Row[] = result.rows;
      if (rows.length > 0 || !headerDone) io.out(formatRows(rows, rowsTable, rowFormat, !headerDone));
      headerDone = true;
    } else if (result.json !== undefined) io.out(result.json + '\n');
  });
  if (opts.out) writeFileSync(join(opts.out, 'errors.ndjson'), errors.length > 0 ? errors.join('\n') + '\n' : '');
  if (!single && !opts.quiet) io.err(summaryLine(totals) + '\n');
  if (totals.failed > 0) return single ? lastExit : EXIT.failed;
  if (opts.strict && totals.warnings > 0) return EXIT.warnings;
  return EXIT.ok;
}

/** One report read by `readReports`, with its file and line ("-" is stdin). */
interface ReportRead {
  where: string;
  value: unknown;
  /** The line is not JSON. */
  error?: string;
  /** The file could not be read at all. */
  failure?: JaarparseError;
}

/** Says on stderr that a file could not be read; the exit code a run of one file ends with. */
function reportFailure(failure: JaarparseError, io: Io): number {
  io.err(`jaarparse: ${failure.message} (${failure.code})\n`);
  return failure.exitCode;
}

/**
 * The reports in `files`, one file at a time (a JSON document, or NDJSON: one
 * report per line), so that validating thousands of files holds one at a time.
 */
async function* readReports(files: string[], io: Io): AsyncGenerator<ReportRead> {
  for (const file of files) {
    let text: string;
    try {
      text = file === '-' ? (await io.stdin()).toString('utf8') : readReportFile(file);
    } catch (error) {
      // One unreadable file does not stop the others.
      yield { where: file, value: null, failure: toJaarparseError(error) };
      continue;
    }
    const trimmed = text.trim();
    if (trimmed === '') continue;
    try {
      yield { where: file, value: JSON.parse(trimmed) };
      continue;
    } catch {
      // Not one JSON document: read it as NDJSON.
    }
    for (const [k, line] of text.split('\n').entries()) {
      if (line.trim() === '') continue;
      try {
        yield { where: `${file}:${k + 1}`, value: JSON.parse(line) };
      } catch (error) {
        yield { where: `${file}:${k + 1}`, value: null, error: `not JSON: ${(error as Error).message}` };
      }
    }
  }
}

function readReportFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new JaarparseError('E_NOT_FOUND', `${file}: no such file`);
    if (code === 'EISDIR') throw new JaarparseError('E_IS_DIRECTORY', `${file}: is a directory, not a file`);
    // Node reads a file as one string of at most 2^29 characters (~512 MB).
    if (code === 'ERR_STRING_TOO_LONG') {
      throw new JaarparseError('E_TOO_LARGE', `${file}: too large to read as one string; write it with --compact or --to ndjson, which are smaller`);
    }
    throw new JaarparseError('E_UNREADABLE', `${file}: cannot read (${code ?? 'error'})`);
  }
}

async function validateCommand(files: string[], io: Io): Promise<number> {
  let count = 0;
  let invalid = 0;
  let failed: number | null = null;
  for await (const r of readReports(files, io)) {
    if (r.failure) {
      failed = reportFailure(r.failure, io);
      continue;
    }
    count++;
    if (r.error) {
      io.out(`${r.where}: : ${r.error}\n`);
      invalid++;
      continue;
    }
    if (r.value && typeof r.value === 'object' && (r.value as { type?: unknown }).type === 'error') continue;
    const result = validate(r.value);
    if (!result.valid) invalid++;
    for (const p of result.problems) io.out(`${r.where}: ${p.pointer || '/'}: ${p.message}\n`);
  }
  io.err(`jaarparse: ${count} reports, ${invalid} invalid\n`);
  if (failed !== null) return files.length === 1 ? failed : EXIT.failed;
  return invalid > 0 ? EXIT.failed : EXIT.ok;
}

async function exportCommand(files: string[], opts: { to: RowFormat; table: TableName }, io: Io): Promise<number> {
  let header = true;
  let failed: number | null = null;
  for await (const r of readReports(files, io)) {
    if (r.failure) failed = reportFailure(r.failure, io);
    if (r.error || !r.value || (r.value as { type?: unknown }).type !== 'report') continue;
    const rows = toRows(r.value as Report, opts.table);
    if (rows.length > 0 || header) io.out(formatRows(rows, opts.table, opts.to, header));
    header = false;
  }
  if (failed !== null) return files.length === 1 ? failed : EXIT.failed;
  return EXIT.ok;
}

async function samplesCommand(opts: { out: string }, io: Io): Promise<number> {
  const fixtures = join(packageRoot, 'fixtures');
  mkdirSync(opts.out, { recursive: true });
  const { parseFile } = await import('../pipeline/parse.js');
  let failed = 0;
  for (const name of readdirSync(fixtures).sort()) {
    const input = ['input.txt', 'input.md', 'input.html', 'input.pdf'].map((f) => join(fixtures, name, f)).find((p) => existsSync(p));
    if (!input) continue;
    try {
      const report = await parseFile(input);
      writeFileSync(join(opts.out, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
      const c = count(report);
      const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
      io.out(`${name}: goals ${c.goals}, indicators ${c.indicators}, values ${c.values}, budget rows ${c.budgetRows}, actions ${c.actions}, parties ${c.parties}, warnings ${warnings}\n`);
    } catch (error) {
      const e = toJaarparseError(error);
      io.err(`jaarparse: ${input}: ${e.message} (${e.code})\n`);
      failed++;
    }
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Builds the commander program; `result.code` receives the exit code of the command that ran. */
export function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command('jaarparse')
    .description('Turn Dutch municipal planning-and-control documents (begroting, jaarstukken, …) into validated JSON.')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.out(t), writeErr: (t) => io.err(t) })
    .addHelpText('after', EXIT_CODES_HELP);
  program
    .command('parse')
    .description('parse documents: one input prints its report as JSON; several print NDJSON (one report per line) or, with --out, write one .json per input')
    .argument('<inputs...>', 'files, directories (searched for .txt .md .html .htm .pdf), globs, or - for stdin')
    .option('-o, --out <dir>', 'write one .json per input under DIR (mirroring the input paths) and errors.ndjson')
    .option('-j, --jobs <n>', 'parse on N worker threads (default: the number of cores)')
    .addOption(new Option('--format <format>', 'skip format detection').choices(['text', 'markdown', 'html', 'pdf']))
    .option('--encoding <label>', 'skip encoding detection (e.g. windows-1252)')
    .option('--max-bytes <n>', `refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES})`)
    .option('--strict', 'exit 3 when any report has warning diagnostics')
    .option('-q, --quiet', 'no progress bar and no summary line')
    .addOption(new Option('--to <format>', 'write tidy rows instead of reports').choices(['json', 'ndjson', 'csv', 'tsv', 'yaml']))
    .addOption(new Option('--table <table>', 'which rows --to writes (default indicators)').choices(['indicators', 'budget', 'goals', 'actions']))
    .option('--shard <k/n>', 'parse only shard K of N (a stable hash of each path), to split a corpus over machines')
    .option('--resume', 'with --out: skip inputs whose output already holds a report of the same source sha256')
    .option('--compact', 'one line of JSON also for a single input')
    .option('--meta <key=value>', 'metadata you know, over what the text says (repeatable): documentType, year, municipality, organisation, kind, title', (v: string, all: string[] = []) => [...all, v])
    .option('--meta-from-path <pattern>', "read metadata from each input's path relative to its root, e.g. '{municipality}/{documentType}-{year}'")
    .option('--meta-csv <file>', 'read metadata per input from a CSV with a path column and a column per field')
    .option('--no-validate', 'skip the schema check of each report before it is written (10–20% less parse time; the tests hold the output to the schema)')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (inputs: string[], opts: ParseCommandOptions) => {
      result.code = await parseCommand(inputs, opts, io);
    });
  program
    .command('validate')
    .description('check JSON or NDJSON reports against the schema; prints "file: /json/pointer: message" per problem')
    .argument('<files...>', 'report files (.json or .ndjson), or - for stdin')
    .action(async (files: string[]) => {
      result.code = await validateCommand(files, io);
    });
  program
    .command('export')
    .description('turn reports into tidy rows (one row per observation, budget cell, goal or action)')
    .argument('<files...>', 'report files (.json or .ndjson), or - for stdin')
    .addOption(new Option('--to <format>', 'output format').choices(['csv', 'tsv', 'yaml', 'ndjson', 'json']).default('csv'))
    .addOption(new Option('--table <table>', 'which rows').choices(['indicators', 'budget', 'goals', 'actions']).default('indicators'))
    .action(async (files: string[], opts: { to: RowFormat; table: TableName }) => {
      result.code = await exportCommand(files, opts, io);
    });
  program
    .command('schema')
    .description('print the JSON Schema of a report (generated from the zod schemas)')
    .option('--write', 'write schemas/report.schema.json instead')
    .action((opts: { write?: boolean }) => {
      if (opts.write) writeFileSync(join(packageRoot, 'schemas', 'report.schema.json'), reportJsonSchemaText());
      else io.out(reportJsonSchemaText());
    });
  program
    .command('samples')
    .description('parse every bundled fixture into out/ and print a summary line per file (what npm start runs)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .action(async (opts: { out: string }) => {
      result.code = await samplesCommand(opts, io);
    });
  return program;
}

/**
 * Runs the CLI on `argv` (as process.argv: node, script, args…).
 * @returns The exit code.
 */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const result = { code: EXIT.ok as number };
  const debug = argv.includes('--debug');
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv);
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`jaarparse: ${error.message}\n`);
      return EXIT.usage;
    }
    const e = toJaarparseError(error);
    io.err(`jaarparse: ${e.message} (${e.code})\n`);
    if (debug && error instanceof Error && error.stack) io.err(error.stack + '\n');
    return e.code === 'E_USAGE' ? EXIT.usage : e.exitCode;
  }
}
