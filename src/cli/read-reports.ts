/**
 * Reads reports back for `validate`, `export` and `merge`, one at a time and
 * with the same rules for all three: a file is one JSON report or NDJSON (one
 * report per line, as `parse` prints for a batch); a folder or glob gives its
 * .json and .ndjson files. What is not a report of this schema version
 * (truncated JSON, text, a CSV, `[1,2]`, an error record of a failed input, an
 * empty file) is an item of its own kind, so every command says it and fails.
 * A file larger than STREAM_ABOVE_BYTES is read as a stream: its report's
 * children arrive one by one and are never held together (a 1 GB report is
 * more than one string may hold).
 */
import { createReadStream, openSync, readSync, closeSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { JSONParser } from '@streamparser/json';
import { glob } from 'tinyglobby';
import { JaarparseError, toJaarparseError } from '../errors.js';
import { SCHEMA_VERSION } from '../schema/words.js';
import { isPartialFile } from './partial-files.js';

/**
 * Files up to this size are read whole (one JSON.parse is several times
 * faster than a streaming parse); larger ones as a stream. 256 MB of JSON is
 * about 1 GB of heap once parsed.
 */
export const STREAM_ABOVE_BYTES = 256 * 1024 * 1024;

/** How far into a large file to look for the end of a first NDJSON line. */
const PEEK_BYTES = 64 * 1024;

/** One member of a report read as a stream: a top-level field, or one child. */
export type ReportEvent = { key: string; value: unknown } | { child: unknown; index: number };

export type ReadItem =
  /** The file could not be read at all. */
  | { kind: 'failure'; where: string; error: JaarparseError }
  /** Not a report: not JSON, truncated, empty, another schema version, not an object of type "report". */
  | { kind: 'bad'; where: string; message: string }
  /** An error record of `parse` (`{"type":"error",…}`): an input that failed. */
  | { kind: 'error-record'; where: string; record: { file?: unknown; code?: unknown; message?: unknown } }
  /** A report, whole. */
  | { kind: 'report'; where: string; value: Record<string, unknown> }
  /**
   * A large report, in pieces in file order. Read `events` to the end before
   * the next item; it throws (a `bad` message) when the JSON breaks off.
   */
  | { kind: 'streamed'; where: string; events: AsyncGenerator<ReportEvent> };

/** Options of `readReports`. */
export interface ReadOptions {
  /** Stdin's bytes, for "-". */
  stdin?: () => Promise<Buffer>;
  /** Read files larger than this as a stream (default STREAM_ABOVE_BYTES; tests set it low). */
  streamAbove?: number;
}

const GLOB_CHARS = /[*?[\]{}]/;

/**
 * The report files that arguments name: files as given, folders searched for
 * .json and .ndjson (not `errors.ndjson`, which holds error records), globs
 * expanded; sorted within each argument.
 */
export async function expandReportFiles(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = arg !== '-' && statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const files = await glob('**/*.{json,ndjson}', { cwd: arg, ignore: ['**/errors.ndjson'], dot: false, followSymbolicLinks: false });
      for (const f of files.filter((name) => !isPartialFile(name)).sort()) out.push(arg.endsWith('/') ? arg + f : `${arg}/${f}`);
    } else if (arg !== '-' && GLOB_CHARS.test(arg) && !exists(arg)) {
      out.push(...(await glob(arg, { dot: false })).filter((name) => !isPartialFile(name)).sort());
    } else out.push(arg);
  }
  return out;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** What a parsed JSON value is: a report of this version, an error record, or why it is neither. */
export function classify(where: string, value: unknown): ReadItem {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'bad', where, message: `not a jaarparse report (${Array.isArray(value) ? 'a JSON array' : `a JSON ${value === null ? 'null' : typeof value}`})` };
  }
  const v = value as Record<string, unknown>;
  if (v.type === 'error') return { kind: 'error-record', where, record: v };
  if (v.type !== 'report') return { kind: 'bad', where, message: `not a jaarparse report (an object without "type": "report")` };
  if (v.schemaVersion !== SCHEMA_VERSION) return { kind: 'bad', where, message: versionMessage(v.schemaVersion) };
  return { kind: 'report', where, value: v };
}

function versionMessage(version: unknown): string {
  return `schemaVersion ${JSON.stringify(version)} is not supported by this jaarparse (expects "${SCHEMA_VERSION}"); re-run jaarparse parse`;
}

/**
 * The reports in `files`, one at a time.
 * @example for await (const item of readReports(['json/'])) if (item.kind === 'report') …
 */
export async function* readReports(files: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const streamAbove = options.streamAbove ?? STREAM_ABOVE_BYTES;
  for (const file of files) {
    if (isPartialFile(file)) {
      // Named by hand: a run stopped before renaming it into place; its content may end anywhere.
      yield { kind: 'bad', where: file, message: 'a half-written report (its run stopped before renaming it into place), not read' };
      continue;
    }
    let size: number;
    try {
      size = file === '-' ? 0 : fileSize(file);
    } catch (error) {
      yield { kind: 'failure', where: file, error: toJaarparseError(error) };
      continue;
    }
    if (file !== '-' && size > streamAbove) {
      yield* readLarge(file);
      continue;
    }
    let text: string;
    try {
      text = file === '-' ? (options.stdin ? (await options.stdin()).toString('utf8') : '') : readFileSync(file, 'utf8');
    } catch (error) {
      yield { kind: 'failure', where: file, error: readError(file, error) };
      continue;
    }
    yield* readText(file, text);
  }
}

function fileSize(file: string): number {
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new JaarparseError('E_IS_DIRECTORY', `${file}: is a directory, not a file`);
    return stat.size;
  } catch (error) {
    if (error instanceof JaarparseError) throw error;
    throw readError(file, error);
  }
}

function readError(file: string, error: unknown): JaarparseError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new JaarparseError('E_NOT_FOUND', `${file}: no such file`);
  if (code === 'EISDIR') return new JaarparseError('E_IS_DIRECTORY', `${file}: is a directory, not a file`);
  return new JaarparseError('E_UNREADABLE', `${file}: cannot read (${code ?? 'error'})`);
}

/** A file read whole: one JSON document, else NDJSON. */
function* readText(file: string, text: string): Generator<ReadItem> {
  if (text.trim() === '') {
    yield { kind: 'bad', where: file, message: 'empty file: no report in it' };
    return;
  }
  try {
    yield classify(file, JSON.parse(text));
    return;
  } catch {
    // Not one JSON document: NDJSON, or broken.
  }
  const lines = text.split('\n');
  // One line that is not JSON (a truncated report, a text file) is one problem, said once.
  if (lines.filter((l) => l.trim() !== '').length <= 1 || !startsLikeJson(lines)) {
    yield { kind: 'bad', where: file, message: notJson(text) };
    return;
  }
  for (const [k, line] of lines.entries()) {
    if (line.trim() === '') continue;
    yield lineItem(`${file}:${k + 1}`, line);
  }
}

/** The first non-blank line begins a JSON object: an NDJSON file, perhaps with a broken line. */
function startsLikeJson(lines: string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  if (!first) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

function lineItem(where: string, line: string): ReadItem {
  try {
    return classify(where, JSON.parse(line));
  } catch (error) {
    return { kind: 'bad', where, message: `not JSON: ${oneLine((error as Error).message)}` };
  }
}

/** An error message on one line: JSON.parse quotes the text it met, line breaks and all. */
function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ');
}

function notJson(text: string): string {
  try {
    JSON.parse(text);
    return 'not JSON';
  } catch (error) {
    return `not a jaarparse report: not JSON (${oneLine((error as Error).message)})`;
  }
}

/** A large file: NDJSON line by line when its first line is a JSON value, else one document as a stream. */
async function* readLarge(file: string): AsyncGenerator<ReadItem> {
  const head = Buffer.alloc(PEEK_BYTES);
  const fd = openSync(file, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, PEEK_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const newline = head.subarray(0, n).indexOf(10);
  let ndjson = false;
  if (newline > 0) {
    try {
      JSON.parse(head.subarray(0, newline).toString('utf8'));
      ndjson = true;
    } catch {
      ndjson = false;
    }
  }
  if (ndjson) {
    let k = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      k++;
      if (line.trim() !== '') yield lineItem(`${file}:${k}`, line);
    }
    return;
  }
  yield* streamedDocument(file);
}

/**
 * One JSON document read as a stream. Its top-level fields are checked as
 * they arrive (`type` and `schemaVersion` come first in what `parse` writes),
 * so that a file of another kind is said without reading it all.
 */
async function* streamedDocument(file: string): AsyncGenerator<ReadItem> {
  const events = streamEvents(file);
  // Look at the first events: enough to tell a report from something else.
  const first: ReportEvent[] = [];
  let verdict: ReadItem | null = null;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      first.push(next.value);
      const e = next.value;
      if ('key' in e && e.key === 'type' && e.value !== 'report') {
        verdict = e.value === 'error' ? { kind: 'error-record', where: file, record: { code: 'error record' } } : { kind: 'bad', where: file, message: 'not a jaarparse report (an object without "type": "report")' };
        break;
      }
      if ('key' in e && e.key === 'schemaVersion') {
        if (e.value !== SCHEMA_VERSION) verdict = { kind: 'bad', where: file, message: versionMessage(e.value) };
        break;
      }
      if ('child' in e) break;
    }
  } catch (error) {
    yield { kind: 'bad', where: file, message: (error as Error).message };
    return;
  }
  if (verdict) {
    await events.return(undefined);
    yield verdict;
    return;
  }
  async function* all(): AsyncGenerator<ReportEvent> {
    yield* first;
    yield* events;
  }
  yield { kind: 'streamed', where: file, events: all() };
}

/** The top-level fields and children of the JSON document in `file`, in file order. */
async function* streamEvents(file: string): AsyncGenerator<ReportEvent> {
  const queue: ReportEvent[] = [];
  const parser = new JSONParser({
    paths: ['$.type', '$.schemaVersion', '$.source', '$.meta', '$.diagnostics', '$.children.*'],
    keepStack: false,
    stringBufferSize: 64 * 1024,
  });
  let started = false;
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 2) queue.push({ child: value, index: key as number });
    else queue.push({ key: String(key), value });
  };
  parser.onError = (error) => {
    throw error;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (!started && String(chunk).trimStart()[0] !== '{') throw new Error('not a jaarparse report (not a JSON object)');
    started = true;
    try {
      parser.write(chunk as Buffer);
    } catch (error) {
      throw new Error(`not a jaarparse report: not JSON (${(error as Error).message})`);
    }
    yield* queue;
    queue.length = 0;
  }
  if (!parser.isEnded) throw new Error('not a jaarparse report: the JSON breaks off before its end (truncated?)');
}
