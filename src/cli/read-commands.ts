/**
 * The commands that read reports back: `validate`, `export` and `merge`.
 * All three take reports through `readReports`, so they agree on what a
 * report is, and each says every file that is not one (exit 1) instead of
 * skipping it.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { EXIT } from '../errors.js';
import type { Node, Report } from '../schema/report.js';
import { validate, validateChild } from '../validate.js';
import { RowMaker, countNodes, metaRow, toRows, type Row, type TableName } from '../emit/rows.js';
import type { RowSink } from '../emit/sink.js';
import { expandReportFiles, readReports, type ReadItem, type ReportEvent } from './read-reports.js';

export interface ReadCommandIo {
  out: (chunk: string | Uint8Array) => void;
  err: (text: string) => void;
  stdin: () => Promise<Buffer>;
}

/** The exit code when something could not be read: a lone file's own code, else 1. */
function exitFor(files: string[], failure: number | null, bad: boolean): number {
  if (failure !== null) return files.length === 1 && !bad ? failure : EXIT.failed;
  return bad ? EXIT.failed : EXIT.ok;
}

function errorRecordText(record: { file?: unknown; code?: unknown; message?: unknown }): string {
  return `an error record, not a report: input ${String(record.file ?? '?')} failed: ${String(record.message ?? '')} (${String(record.code ?? '?')})`;
}

/** `jaarparse validate`: every problem of every report, "where: /pointer: message". */
export async function validateItems(items: AsyncGenerator<ReadItem>, files: string[], io: ReadCommandIo): Promise<number> {
  let reports = 0;
  let invalid = 0;
  let notReports = 0;
  let failure: number | null = null;
  for await (const item of items) {
    switch (item.kind) {
      case 'failure':
        io.err(`jaarparse: ${item.error.message} (${item.error.code})\n`);
        failure = item.error.exitCode;
        break;
      case 'bad':
        notReports++;
        io.out(`${item.where}: /: ${item.message}\n`);
        break;
      case 'error-record':
        notReports++;
        io.out(`${item.where}: /: ${errorRecordText(item.record)}\n`);
        break;
      case 'report': {
        reports++;
        const result = validate(item.value);
        if (!result.valid) invalid++;
        for (const p of result.problems) io.out(`${item.where}: ${p.pointer || '/'}: ${p.message}\n`);
        break;
      }
      case 'streamed': {
        reports++;
        let problems = 0;
        const shell: Record<string, unknown> = {};
        try {
          for await (const e of item.events) {
            if ('key' in e) {
              shell[e.key] = e.value;
              continue;
            }
            const result = validateChild(e.child, e.index);
            problems += result.problems.length;
            for (const p of result.problems) io.out(`${item.where}: ${p.pointer}: ${p.message}\n`);
          }
        } catch (error) {
          problems++;
          io.out(`${item.where}: /: ${(error as Error).message}\n`);
        }
        const result = validate({ ...shell, children: [] });
        problems += result.problems.length;
        for (const p of result.problems) io.out(`${item.where}: ${p.pointer || '/'}: ${p.message}\n`);
        if (problems > 0) invalid++;
        break;
      }
    }
  }
  const others = notReports > 0 ? `, ${notReports} not reports` : '';
  io.err(`jaarparse: ${reports} reports, ${invalid} invalid${others}\n`);
  return exitFor(files, failure, invalid > 0 || notReports > 0);
}

/**
 * The rows of one report item, handed to `emit` as they are made (a streamed
 * report's rows child by child). Returns the report's source (for merge's
 * dedup), or throws when a streamed report breaks off.
 * `accept` is asked once the source is known; false skips the report.
 */
async function itemRows(
  item: Extract<ReadItem, { kind: 'report' | 'streamed' }>,
  table: TableName,
  emit: (rows: Row[]) => void,
  accept: (source: Report['source']) => boolean = () => true,
): Promise<void> {
  if (item.kind === 'report') {
    const report = item.value as unknown as Report;
    if (accept(report.source)) emit(toRows(report, table));
    return;
  }
  const shell: Record<string, unknown> = {};
  let maker: RowMaker | null = null;
  const counts = table === 'meta' ? countNodes([]) : null;
  let skipping = false;
  const events: AsyncGenerator<ReportEvent> = item.events;
  for await (const e of events) {
    if ('key' in e) {
      shell[e.key] = e.value;
      if (e.key === 'source' && !accept(e.value as Report['source'])) skipping = true;
      continue;
    }
    if (skipping) continue;
    if (counts) {
      countNodes([e.child as Node], counts);
      continue;
    }
    maker ??= new RowMaker(shell as unknown as Report, table);
    emit(maker.add([e.child as Node], []));
  }
  if (skipping) return;
  if (counts) emit([metaRow(shell as unknown as Report, counts)]);
}

/** `jaarparse export`: rows of every report, each file that is not a report said on stderr (exit 1). */
export async function exportItems(items: AsyncGenerator<ReadItem>, files: string[], sink: RowSink, table: TableName, io: ReadCommandIo): Promise<number> {
  let bad = false;
  let failure: number | null = null;
  for await (const item of items) {
    if (item.kind === 'failure') {
      io.err(`jaarparse: ${item.error.message} (${item.error.code})\n`);
      failure = item.error.exitCode;
    } else if (item.kind === 'bad') {
      io.err(`jaarparse: ${item.where}: ${item.message}\n`);
      bad = true;
    } else if (item.kind === 'error-record') {
      io.err(`jaarparse: ${item.where}: ${errorRecordText(item.record)}\n`);
      bad = true;
    } else {
      try {
        await itemRows(item, table, (rows) => sink.write(rows));
      } catch (error) {
        io.err(`jaarparse: ${item.where}: ${(error as Error).message}\n`);
        bad = true;
      }
    }
  }
  sink.end();
  return exitFor(files, failure, bad);
}

interface MergeOptions {
  to: import('../emit/sink.js').RowFormat;
  table: TableName;
  errors?: string;
}

/**
 * `jaarparse merge`: the reports of several --out folders as one table, each
 * source (by sha256) once, in folder order; the failures of every folder's
 * errors.ndjson, less those of inputs some folder has a report of.
 */
export async function mergeDirs(dirs: string[], opts: MergeOptions & { sink?: RowSink }, io: ReadCommandIo): Promise<number> {
  const { rowSink } = await import('../emit/sink.js');
  for (const dir of dirs) {
    if (!existsSync(dir)) {
      io.err(`jaarparse: ${dir}: no such folder\n`);
      return EXIT.usage;
    }
  }
  const sink = opts.sink ?? rowSink(opts.table, opts.to, io.out);
  const seen = new Set<string>();
  const parsed = new Set<string>();
  /** Failed inputs by their file: the last record of each. */
  const failures = new Map<string, string>();
  let reports = 0;
  let duplicates = 0;
  let bad = false;
  const accept = (source: Report['source']): boolean => {
    parsed.add(source.path ?? source.name);
    if (seen.has(source.sha256)) {
      duplicates++;
      return false;
    }
    seen.add(source.sha256);
    reports++;
    return true;
  };
  for (const dir of dirs) {
    for await (const item of readReports(await expandReportFiles([dir]))) {
      if (item.kind === 'report' || item.kind === 'streamed') {
        try {
          await itemRows(item, opts.table, (rows) => sink.write(rows), accept);
        } catch (error) {
          io.err(`jaarparse: ${item.where}: ${(error as Error).message}\n`);
          bad = true;
        }
      } else if (item.kind === 'failure') {
        io.err(`jaarparse: ${item.error.message} (${item.error.code})\n`);
        bad = true;
      } else if (item.kind === 'bad') {
        io.err(`jaarparse: ${item.where}: ${item.message}\n`);
        bad = true;
      }
      else if (item.kind === 'error-record') {
        // An error record in a report file (the NDJSON stream of a parse without --out) is a failure like those of the logs.
        const record = item.record as { file?: string; path?: string };
        failures.set(record.file ?? record.path ?? item.where, JSON.stringify(item.record));
      }
    }
  }
  sink.end();
  for (const dir of dirs) {
    const log = join(dir, 'errors.ndjson');
    if (!existsSync(log)) continue;
    for await (const line of createInterface({ input: createReadStream(log), crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      try {
        const record = JSON.parse(line) as { file?: string; path?: string };
        const file = record.file ?? record.path ?? '?';
        // The last failure of an input counts (a --resume run may have failed it differently).
        failures.set(file, line);
      } catch {
        io.err(`jaarparse: ${log}: a line that is not JSON\n`);
      }
    }
  }
  for (const file of parsed) failures.delete(file);
  if (opts.errors) writeFileSync(opts.errors, [...failures.values()].map((l) => l + '\n').join(''));
  else for (const line of failures.values()) io.err(`jaarparse: failed input: ${line}\n`);
  io.err(`jaarparse: merged ${reports} reports from ${dirs.length} folders, ${duplicates} duplicates skipped, ${failures.size} failed inputs${opts.errors && failures.size > 0 ? ` (in ${opts.errors})` : ''}\n`);
  return bad ? EXIT.failed : EXIT.ok;
}
