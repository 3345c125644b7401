/**
 * One input of a batch, from path to serialised output: the unit of work a
 * worker process runs (and the main thread, for --jobs 1). Workers get paths,
 * not text, and write their own output files, so that little crosses between
 * processes.
 *
 * Files are read and written with blocking calls, in the worker processes and
 * in the main process (--jobs 1) alike. Asynchronous I/O hands every call
 * (stat, open, read, close, write) to a thread of the I/O pool and waits for
 * its answer in the event loop; on small reports that cost more than the disk
 * (11,270 real excerpts, --jobs 1, three runs each taking turns: 6.0-7.0 s
 * and ~100,000 context switches asynchronously, 4.5-5.1 s blocking, written
 * to memory; 6.6-7.4 against 5.2-5.4 s to disk; with the page cache dropped
 * before each run 7.1 against 6.7-7.1 s), and a worker's --jobs 2 went from
 * 8.2 to 7.2 s on the bench corpus.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';
import { parseBytes, parseFileBlocking, willValidate, type ParseOptions } from '../pipeline/parse.js';
import { toJaarparseError } from '../errors.js';
import { toRows, type Row, type TableName } from '../emit/rows.js';
import { writeJsonFileSync, writeJsonStream } from '../emit/json.js';
import { partialPath } from './partial-files.js';
import { tightenHeapFor } from './heap-growth.js';

export interface Job {
  path: string;
  /** The path relative to its input root: `source.path` of the report, the `file` column of rows. */
  rel?: string;
  /** With --strict: return each warning, to print as `path:line: code message`. */
  listWarnings?: boolean;
  options: ParseOptions;
  /** With --out: where to write the report. */
  outPath?: string;
  /** Write the report to stdout in pieces (one input, run on the main thread). */
  toStdout?: boolean;
  /** With --resume: skip when outPath holds a report of the same source sha256. */
  resume?: boolean;
  pretty: boolean;
  /** With --to csv … : return rows of this table instead of the report. */
  table?: TableName;
  /** Stdin's bytes (stdin is read by the main thread). */
  bytes?: Uint8Array;
}

export type JobResult =
  | {
      ok: true;
      json?: string;
      rows?: Row[];
      warnings: number;
      warningList?: WarningLine[];
      bytes: number;
      skipped: boolean;
      /** The report was checked against the schema (see ParseOptions.validate). */
      validated: boolean;
    }
  | { ok: false; code: string; message: string; exitCode: number; bytes: number };

/** A warning diagnostic, as --strict prints it. */
export interface WarningLine {
  line: number | null;
  code: string;
  message: string;
}

function sameSource(outPath: string, bytes: Uint8Array): boolean {
  try {
    const previous = JSON.parse(readFileSync(outPath, 'utf8')) as { source?: { sha256?: string } };
    return previous.source?.sha256 === createHash('sha256').update(bytes).digest('hex');
  } catch {
    return false;
  }
}

// The folders this thread has made: 2,000 files in 20 folders need 20 mkdir calls, not 2,000.
const made = new Set<string>();

function ensureDir(dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

/**
 * Runs one job; never throws (a failure is a result). A large input is parsed
 * with less heap headroom (heap-growth.ts), from when its size is known (read,
 * or given as stdin's bytes) until its report is written.
 */
export async function runJob(job: Job): Promise<JobResult> {
  let done = job.bytes ? tightenHeapFor(job.bytes.byteLength) : null;
  try {
    return await parseAndWrite(job, (bytes) => {
      done ??= tightenHeapFor(bytes);
    });
  } finally {
    done?.();
  }
}

/** `runJob` itself: parse, then write or return the report or its rows. */
async function parseAndWrite(job: Job, onRead: (bytes: number) => void): Promise<JobResult> {
  let size = 0;
  try {
    if (job.resume && job.outPath && job.path !== '-') {
      const bytes = readFileSync(job.path);
      size = bytes.byteLength;
      if (sameSource(job.outPath, bytes)) return { ok: true, warnings: 0, bytes: size, skipped: true, validated: false };
    }
    // The CLI only serialises its reports (JSON or rows): positions as offsets keep the tree a fifth smaller.
    const options = { ...job.options, lazyPositions: true };
    const report = job.bytes ? await parseBytes(job.bytes, options) : await parseFileBlocking(job.path, options, onRead);
    size = report.source.bytes;
    if (job.rel !== undefined) report.source.path = job.rel;
    const found = report.diagnostics.filter((d) => d.severity === 'warning');
    const warnings = found.length;
    const done = { ok: true as const, warnings, bytes: size, skipped: false, validated: willValidate(job.options, size), ...(job.listWarnings ? { warningList: found.map((d) => ({ line: d.position?.start.line ?? null, code: d.code, message: d.message })) } : {}) };
    if (job.table) return { ...done, rows: toRows(report, job.table) };
    if (job.outPath) {
      ensureDir(dirname(job.outPath));
      // Written under a temporary name and renamed: a run killed half-way leaves no truncated report for --resume or merge to trip on.
      const partial = partialPath(job.outPath, process.pid, threadId);
      writeJsonFileSync(partial, report, job.pretty);
      renameSync(partial, job.outPath);
      return done;
    }
    if (job.toStdout) {
      await writeJsonStream(process.stdout, report, job.pretty);
      return done;
    }
    const json = job.pretty ? JSON.stringify(report, null, 2) : JSON.stringify(report);
    return { ...done, json };
  } catch (error) {
    const e = toJaarparseError(error);
    return { ok: false, code: e.code, message: e.message, exitCode: e.exitCode, bytes: size };
  }
}
