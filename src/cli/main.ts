/**
 * The command line: a thin layer over the library. `main` returns the exit
 * code and never lets a stack trace out unless --debug is given. Every error
 * line starts with "jaarparse:"; usage errors are found before any input is
 * read and exit 2.
 */
import { Command, CommanderError, Option } from 'commander';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type workerpool from 'workerpool';
import { EXIT, toJaarparseError } from '../errors.js';
import type { InputFormat, Node, Report } from '../schema/report.js';
import type { ParseOptions } from '../pipeline/parse.js';
import { DEFAULT_MAX_BYTES } from '../pipeline/defaults.js';
import { ROW_FORMATS, TABLE_NAMES, type RowFormat, type TableName } from '../emit/row-names.js';
import type { RowSink } from '../emit/sink.js';
import { expandInputs, inputBytes, inShard, mayHoldSeveral, type Shard } from './inputs.js';
import { shardFrom } from './shard.js';
import { outputPath } from './output-path.js';
import { removeStalePartials } from './partial-files.js';
import { defaultJobs, POOL_MIN_BYTES, runBatch, startPool, summaryLine } from './batch.js';
import type { Job } from './job.js';
import { inValidationSample, VALIDATE_EVERY, VALIDATE_FIRST, VALIDATE_MODES, type ValidateMode } from './validate-sample.js';
import { CODE_CACHE_ENV } from './bundle-loader.js';
import { TIGHT_HEAP_MIN_BYTES } from './heap-growth.js';
import type { MetaSources } from '../meta/supplied-sources.js';
import type { ReadCommandIo } from './read-commands.js';

// The parser, zod, iconv, the row writers and the report readers are imported
// by the command that uses them, when it does: with --jobs N the main process
// parses nothing, and loading them all cost it ~0.3 s of CPU before it could
// start its workers (their own loading took as long again).

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The exit codes, as every `--help` and the README list them. */
/** The environment variables the CLI reads, for the program's --help. */
const ENVIRONMENT_HELP = `
Environment:
  ${CODE_CACHE_ENV}  folder of V8's code cache for the CLI and batch workers
                        (default: jaarparse-code-cache-<uid> in the temporary folder;
                        off: no cache). Any folder may be deleted at any time.
`;

export const EXIT_CODES_HELP = `
Exit codes:
  0  all inputs parsed (and, with --strict, without warnings)
  1  some inputs failed (a batch); validate, export, merge: a file is not a valid report
  2  usage error (unknown option, bad --shard/--jobs/--encoding, no inputs)
  3  --strict and some report has warning diagnostics (each printed as path:line: code message)
  4  not a text document (binary input)          [one input]
  5  input larger than --max-bytes                [one input]
  6  PDF without a text layer, encrypted or damaged [one input]
  7  no such file, a directory, or unreadable     [one input]
`;

/** What the CLI reads and writes: the process's streams, or a test's strings. */
export interface Io {
  /** Text or (Parquet) bytes to stdout. */
  out: (chunk: string | Uint8Array) => void;
  err: (text: string) => void;
  stdin: () => Promise<Buffer>;
  stderrIsTTY: boolean;
  /** Stdout is a terminal (the progress bar would draw over the output; Parquet is refused). */
  stdoutIsTTY: boolean;
  /** Stdin is a terminal: nothing is piped in. */
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  /** `out` is process.stdout: one large report is written to it in pieces, waiting when its buffer is full. */
  streamsToStdout?: boolean;
  /** Resolves once what `out` holds back has been written (a slow reader of a pipe): a batch waits for it between results. */
  drained?: () => Promise<void>;
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
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  env: process.env,
  streamsToStdout: true,
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
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
  to?: RowFormat;
  table?: TableName;
  shard?: string;
  resume?: boolean;
  compact?: boolean;
  /** --validate all|sample; false with --no-validate. */
  validate?: ValidateMode | false;
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

/** A writer of rows in `format`, loading the writers when rows are asked for. */
async function loadRowSink(table: TableName, format: RowFormat, out: (chunk: string | Uint8Array) => void): Promise<RowSink> {
  const { rowSink } = await import('../emit/sink.js');
  return rowSink(table, format, out);
}

/** Parquet is binary: refused on a terminal, where it would only garble the screen. */
function checkBinaryOut(format: RowFormat | undefined, io: Io): void {
  if (format === 'parquet' && io.stdoutIsTTY) throw new UsageError('--to parquet writes binary: redirect stdout to a file (> rows.parquet)');
}

/** Rows (not reports) are written when a table is named or the format holds only rows. */
function rowTable(opts: { to?: RowFormat | undefined; table?: TableName | undefined }): TableName | undefined {
  if (opts.table) return opts.table;
  if (opts.to && opts.to !== 'json' && opts.to !== 'ndjson') return 'indicators';
  return undefined;
}

async function parseCommand(args: string[], opts: ParseCommandOptions, io: Io): Promise<number> {
  // Usage first: nothing is read before every option is known to be good.
  if (opts.resume && !opts.out) throw new UsageError('--resume needs --out');
  if (opts.encoding && !(await import('iconv-lite')).default.encodingExists(opts.encoding)) throw new UsageError(`unknown --encoding "${opts.encoding}" (e.g. utf-8, windows-1252, utf-16le)`);
  const maxBytes = opts.maxBytes ? positiveInt(opts.maxBytes, '--max-bytes') : DEFAULT_MAX_BYTES;
  const jobsN = opts.jobs ? positiveInt(opts.jobs, '--jobs') : null;
  const table = rowTable(opts);
  if (table && opts.out) throw new UsageError('--out writes reports; rows (--to/--table) go to stdout: use one or the other, or `jaarparse export` on the --out folder');
  checkBinaryOut(opts.to, io);
  let shard: Shard | null = null;
  if (opts.shard) {
    try {
      shard = shardFrom(opts.shard, io.env);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  }
  if (args.length === 0) {
    if (io.stdinIsTTY) throw new UsageError('no input files (give files, directories, globs or -, or pipe a document in)');
    args = ['-'];
  }
  // With --jobs N the workers load the parser while this process lists the inputs, not after it;
  // without it, whether workers pay off is known only once the inputs are listed (defaultJobs).
  const pool = jobsN !== null && jobsN > 1 && mayHoldSeveral(args) ? startPool(jobsN) : null;
  try {
    return await parseInputs(args, opts, io, { maxBytes, jobs: jobsN, table, shard, pool });
  } finally {
    await pool?.terminate();
  }
}

/** What parseCommand settled before it listed the inputs. */
interface ParseSettings {
  maxBytes: number;
  /** --jobs, or null: defaultJobs from the inputs. */
  jobs: number | null;
  /** Rows of this table instead of reports. */
  table: TableName | undefined;
  shard: Shard | null;
  /** Workers started for the batch (more than one input may come), or null. */
  pool: workerpool.Pool | null;
}

/** Lists the inputs, makes their jobs and runs them: the rest of parseCommand once the options are known to be good. */
async function parseInputs(args: string[], opts: ParseCommandOptions, io: Io, { maxBytes, jobs: requested, table, shard, pool }: ParseSettings): Promise<number> {
  const expanded = await expandInputs(args);
  let inputs = expanded.inputs;
  if (shard) inputs = inputs.filter((input) => inShard(input.rel, shard));
  if (inputs.length === 0 && !shard) throw new UsageError('no input files: the folders and globs given hold no .txt, .md, .html or .pdf');
  const jobsN = requested ?? defaultJobs(inputBytes(inputs, POOL_MIN_BYTES), inputs.length);
  const options: ParseOptions = { maxBytes };
  if (opts.format) options.format = opts.format;
  if (opts.encoding) options.encoding = opts.encoding;
  if (opts.validate === false) options.validate = false;
  const supplied = opts.meta !== undefined || opts.metaFromPath !== undefined || opts.metaCsv !== undefined ? await import('../meta/supplied-sources.js') : null;
  let metaSources: MetaSources = {};
  try {
    if (supplied) metaSources = supplied.loadMetaSources(opts, (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // One file argument prints one pretty report; a folder, a glob or several paths print NDJSON, however many files they hold.
  const single = expanded.singleFile && inputs.length === 1;
  // Every report is checked against the schema unless told otherwise (the generated check costs ~3% of a
  // parse); --validate sample checks the first reports of a batch and then 1 in VALIDATE_EVERY; one file is always checked.
  const sampling = !single && opts.validate === 'sample';
  const jobs: Job[] = [];
  // Inputs that differ only in extension (input.txt, input.md) keep it in their output name.
  const stem = (rel: string): string => rel.replace(/\.[^./\\]+$/, '');
  const stems = new Map<string, Set<string>>();
  for (const { rel } of inputs) stems.set(stem(rel), (stems.get(stem(rel)) ?? new Set()).add(rel));
  const written = new Map<string, string>();
  for (const [index, { path, rel }] of inputs.entries()) {
    const meta = supplied?.suppliedMetaFor(metaSources, rel, path);
    const unchecked = sampling && !inValidationSample(index) ? { validate: false } : {};
    const job: Job = { path, rel, options: { ...options, ...(path === '-' ? { name: 'stdin' } : {}), ...(meta ? { meta } : {}), ...unchecked }, pretty: single && !opts.compact && !opts.out && opts.to !== 'ndjson' };
    if (path === '-') job.bytes = await io.stdin();
    if (opts.out) {
      job.outPath = outputPath(opts.out, path === '-' ? '-' : rel, (stems.get(stem(rel))?.size ?? 0) > 1);
      const other = written.get(job.outPath);
      if (other !== undefined) {
        throw new UsageError(`${other} and ${path} would both be written to ${relative(process.cwd(), job.outPath) || job.outPath}: give them in separate runs or with different --out folders`);
      }
      written.set(job.outPath, path);
    }
    if (opts.resume) job.resume = true;
    if (opts.strict) job.listWarnings = true;
    if (table) job.table = table;
    // One report to stdout is written in pieces as it is serialised, not built as one string.
    else if (single && !opts.out && io.streamsToStdout) job.toStdout = true;
    jobs.push(job);
  }
  let errorLog: string | null = null;
  if (opts.out) {
    mkdirSync(opts.out, { recursive: true });
    // Appended, never overwritten: shards and --resume runs into one folder keep each other's failures.
    errorLog = join(opts.out, 'errors.ndjson');
    appendFileSync(errorLog, '');
    // A run killed mid-write (this one before, with or without --resume) left its temporary files: they go before any is written anew.
    removeStalePartials(jobs.flatMap((job) => (job.outPath ? [job.outPath] : [])));
  }
  const runStarted = new Date().toISOString();
  const sink = table ? await loadRowSink(table, opts.to ?? 'csv', io.out) : null;
  const warningLines: string[] = [];
  let lastExit: number = EXIT.ok;
  const totals = await runBatch(
    jobs,
    // The bar draws on a terminal stderr unless stdout goes to a terminal too (the bar would run through the output); with --out, stdout carries nothing.
    { jobs: jobsN, progress: io.stderrIsTTY && (!io.stdoutIsTTY || opts.out !== undefined) && !opts.quiet && jobs.length > 1, pool, ...(io.drained ? { drained: io.drained } : {}) },
    (job, result) => {
      if (!result.ok) {
        io.err(`jaarparse: ${job.path}: ${result.message} (${result.code})\n`);
        const record = { type: 'error', file: job.rel ?? job.path, path: job.path, code: result.code, message: result.message, exitCode: result.exitCode };
        if (errorLog) appendFileSync(errorLog, JSON.stringify({ ...record, run: runStarted }) + '\n');
        else if (!single && !sink) io.out(JSON.stringify(record) + '\n');
        lastExit = result.exitCode;
        return;
      }
      if (result.warningList) for (const w of result.warningList) warningLines.push(`${job.path}:${w.line ?? 0}: ${w.code} ${w.message}\n`);
      if (sink && result.rows) sink.write(result.rows);
      else if (result.json !== undefined) io.out(result.json + '\n');
    },
  );
  sink?.end();
  const validation = opts.validate === false ? ' (--no-validate)' : sampling && totals.validated < totals.ok - totals.skipped ? ' (a sample; --validate all checks every report)' : '';
  if (!single && !opts.quiet) io.err(summaryLine(totals, validation) + '\n');
  if (totals.failed > 0) return single ? lastExit : EXIT.failed;
  if (opts.strict && totals.warnings > 0) {
    for (const line of warningLines) io.err(line);
    return EXIT.warnings;
  }
  return EXIT.ok;
}

async function samplesCommand(opts: { out: string }, io: Io): Promise<number> {
  const fixtures = join(packageRoot, 'fixtures');
  mkdirSync(opts.out, { recursive: true });
  const { parseFile } = await import('../pipeline/parse.js');
  let failed = 0;
  let written = 0;
  for (const name of readdirSync(fixtures).sort()) {
    const input = ['input.txt', 'input.md', 'input.html', 'input.pdf'].map((f) => join(fixtures, name, f)).find((p) => existsSync(p));
    if (!input) continue;
    try {
      const report = await parseFile(input);
      writeFileSync(join(opts.out, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
      written++;
      const c = count(report);
      const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
      io.out(`${name}: goals ${c.goals}, indicators ${c.indicators}, values ${c.values}, budget rows ${c.budgetRows}, actions ${c.actions}, parties ${c.parties}, warnings ${warnings}\n`);
    } catch (error) {
      const e = toJaarparseError(error);
      io.err(`jaarparse: ${input}: ${e.message} (${e.code})\n`);
      failed++;
    }
  }
  const dir = opts.out.replace(/\/?$/, '/');
  io.err(
    `\njaarparse: wrote ${written} reports to ${dir}\n` +
      `Next: open one (${dir}${readdirSync(opts.out).find((f) => f.endsWith('.json')) ?? '…'}), or try\n` +
      `  node bin/jaarparse.js export ${dir} --table budget --to csv > budget.csv\n` +
      `  node bin/jaarparse.js parse corpus/real/text/ --to parquet --table indicators > indicators.parquet\n` +
      `  node bin/jaarparse.js --help\n`,
  );
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

const tableOption = (what: string): Option => new Option('--table <table>', what).choices([...TABLE_NAMES]);
const rowFormatOption = (): Option => new Option('--to <format>', 'output format (parquet: to a file, not a terminal)').choices([...ROW_FORMATS]);

/** Builds the commander program; `result.code` receives the exit code of the command that ran. */
export function buildProgram(io: Io, result: { code: number }): Command {
  const readIo: ReadCommandIo = { out: io.out, err: io.err, stdin: io.stdin };
  const program = new Command('jaarparse')
    .description('Turn Dutch municipal planning-and-control documents (begroting, jaarstukken, …) into validated JSON.')
    .version(version(), '-V, --version', 'print the version')
    .option('--debug', 'print stack traces of internal errors')
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.out(t), writeErr: (t) => io.err(t.startsWith('error: ') ? `jaarparse: ${t.slice(7)}` : t) })
    .addHelpText('after', EXIT_CODES_HELP + ENVIRONMENT_HELP);
  program
    .command('parse')
    .description('parse documents: one file prints its report as JSON; a folder, glob or several paths print NDJSON (one report per line) or, with --out, write one .json per input')
    .argument('[inputs...]', 'files, directories (searched for .txt .md .html .htm .pdf), globs, or - for stdin (read when piped and no input is given)')
    .option('-o, --out <dir>', 'write one .json per input under DIR (mirroring the input paths; several folders each under their own name) and append failures to DIR/errors.ndjson')
    .option('-j, --jobs <n>', `parse in N worker processes for N ≥ 2, this process handing out paths and writing results in input order (default: one per core, ${defaultJobs(POOL_MIN_BYTES, 2)} here, when the inputs hold ${POOL_MIN_BYTES / 1024} KB or more, else 1; never more than the files)`)
    .addOption(new Option('--format <format>', 'skip format detection').choices(['text', 'markdown', 'html', 'pdf']))
    .option('--encoding <label>', 'skip encoding detection (e.g. windows-1252)')
    .option('--max-bytes <n>', `refuse inputs larger than N bytes (default ${DEFAULT_MAX_BYTES}); an input of ${TIGHT_HEAP_MIN_BYTES / 1024 / 1024} MB or more is parsed with a tighter heap (100 MB of real text peaks at about 1 GB)`)
    .option('--strict', 'print each warning as "path:line: code message" and exit 3 when there is any')
    .option('-q, --quiet', 'no progress bar and no summary line')
    .addOption(new Option('--to <format>', 'json/ndjson: reports (rows with --table); csv, tsv, yaml, parquet: tidy rows').choices([...ROW_FORMATS]))
    .addOption(tableOption('write tidy rows of this table (default with --to csv|tsv|yaml|parquet: indicators)'))
    .option('--shard <k/n|auto>', 'parse only shard K of N (a stable hash of each path relative to its input root); auto or auto/N: from the batch engine (Kubernetes JOB_COMPLETION_INDEX, Slurm SLURM_ARRAY_TASK_ID, GNU parallel PARALLEL_SEQ)')
    .option('--resume', 'with --out: skip inputs whose output already holds a report of the same source sha256')
    .option('--compact', 'one line of JSON also for a single input')
    .option('--meta <key=value>', 'metadata you know, over what the text says (repeatable): documentType, year, municipality, organisation, kind, title', (v: string, all: string[] = []) => [...all, v])
    .option('--meta-from-path <pattern>', "read metadata from each input's path relative to its root, e.g. '{municipality}/{documentType}-{year}'")
    .option('--meta-csv <file>', 'read metadata per input from a CSV with a path column and a column per field')
    .addOption(
      new Option(
        '--validate <which>',
        `which reports to check against the schema before they are written: all (the default), or in a batch a sample: the first ${VALIDATE_FIRST} and then 1 in ${VALIDATE_EVERY}, by input position; one input is always checked. The check costs about 3% of the parse time and guards against jaarparse bugs (the tests hold the output to the schema); the summary line says how many were checked`,
      ).choices([...VALIDATE_MODES]),
    )
    .option('--no-validate', 'check no report against the schema')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (inputs: string[], opts: ParseCommandOptions) => {
      result.code = await parseCommand(inputs, opts, io);
    });
  program
    .command('validate')
    .description('check JSON or NDJSON reports against the schema (extra properties too); prints "file: /json/pointer: message" per problem')
    .argument('<files...>', 'report files (.json or .ndjson), folders (searched for them), globs, or - for stdin')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (files: string[]) => {
      const [{ validateItems }, { expandReportFiles, readReports }] = await Promise.all([import('./read-commands.js'), import('./read-reports.js')]);
      result.code = await validateItems(readReports(await expandReportFiles(files), { stdin: io.stdin }), files, readIo);
    });
  program
    .command('export')
    .description('turn reports into tidy rows (one row per observation, budget cell, goal, action, party field, or report)')
    .argument('<files...>', 'report files (.json or .ndjson), folders (searched for them), globs, or - for stdin')
    .addOption(rowFormatOption().default('csv'))
    .addOption(tableOption('which rows').default('indicators'))
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (files: string[], opts: { to: RowFormat; table: TableName }) => {
      checkBinaryOut(opts.to, io);
      const [{ exportItems }, { expandReportFiles, readReports }] = await Promise.all([import('./read-commands.js'), import('./read-reports.js')]);
      result.code = await exportItems(readReports(await expandReportFiles(files), { stdin: io.stdin }), files, await loadRowSink(opts.table, opts.to, io.out), opts.table, readIo);
    });
  program
    .command('merge')
    .description("join the --out folders of shards into one dataset: each source (by sha256) once, every shard's failures collected")
    .argument('<dirs...>', 'the --out folders of parse runs (shards)')
    .addOption(new Option('--to <format>', 'output format (parquet: to a file, not a terminal)').choices(['ndjson', 'csv', 'tsv', 'parquet']).default('ndjson'))
    .addOption(tableOption('which rows').default('indicators'))
    .option('--errors <file>', "write the shards' failures (error records of inputs that no shard parsed) to FILE as NDJSON")
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (dirs: string[], opts: { to: RowFormat; table: TableName; errors?: string }) => {
      checkBinaryOut(opts.to, io);
      const { mergeDirs } = await import('./read-commands.js');
      result.code = await mergeDirs(dirs, opts, readIo);
    });
  program
    .command('schema')
    .description('print the JSON Schema of a report (generated from the zod schemas)')
    .option('--write', 'write schemas/report.schema.json instead')
    .addHelpText('after', EXIT_CODES_HELP)
    .action(async (opts: { write?: boolean }) => {
      const { reportJsonSchemaText } = await import('../schema/json-schema.js');
      if (opts.write) writeFileSync(join(packageRoot, 'schemas', 'report.schema.json'), reportJsonSchemaText());
      else io.out(reportJsonSchemaText());
    });
  program
    .command('samples')
    .description('parse every bundled fixture into out/ and print a summary line per file (what npm start runs)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .addHelpText('after', EXIT_CODES_HELP)
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
