/**
 * Writes a report as JSON in pieces: each leaf node whole, the nodes with
 * `children` member by member. The report of a 100 MB document is ~280 MB of
 * JSON, ~750 MB pretty: as one string it would double the peak memory of a
 * run (two bytes a character once a single "€" is in it), and pretty it is
 * longer than V8 lets a string be. The pieces, joined, are exactly
 * `JSON.stringify(report)` or `JSON.stringify(report, null, 2)`.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';

/**
 * What `writeJsonStream` needs of a stream (process.stdout is one): written
 * out structurally so that the package's type declarations need no Node types.
 */
export interface WritableLike {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

/**
 * The JSON text of `value` in pieces, in order.
 * @example [...jsonPieces(report, true)].join('') === JSON.stringify(report, null, 2)
 */
export function* jsonPieces(value: unknown, pretty: boolean): Generator<string> {
  yield* pieces(jsonValue(value, ''), pretty ? '\n' : null);
}

/**
 * What JSON.stringify writes for `value` held under `key`: what its
 * `toJSON(key)` gives when it has one (a lazy position), else the value.
 */
function jsonValue(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function'
    ? (value as { toJSON(key: string): unknown }).toJSON(key)
    : value;
}

/** A value JSON leaves out of an object and writes as null in a list. */
function unwritable(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * `value` is what JSON writes (toJSON already applied). `newline` is null
 * for compact JSON, else a line break and the indentation of the value's
 * own line.
 */
function* pieces(value: unknown, newline: string | null): Generator<string> {
  if (!hasChildren(value)) {
    const text = stringify(value, newline);
    if (text !== undefined) yield text;
    return;
  }
  const inner = newline === null ? null : newline + '  ';
  const colon = newline === null ? ':' : ': ';
  let first = true;
  yield '{';
  for (const [key, raw] of Object.entries(value)) {
    const member = jsonValue(raw, key);
    if (unwritable(member)) continue;
    const head = (first ? '' : ',') + (inner ?? '') + JSON.stringify(key) + colon;
    first = false;
    // Every list item by item, not only `children`: the report's diagnostics of a 100 MB text are ~25 MB of
    // JSON, and as one string, built at the end of the run, they were its peak (1,296-1,337 MB of RSS against
    // 1,207-1,277 MB written item by item, three runs each).
    if (Array.isArray(member) && member.length > 0) {
      const item = inner === null ? null : inner + '  ';
      yield head + '[';
      for (let k = 0; k < member.length; k++) {
        if (k > 0) yield ',';
        if (item !== null) yield item;
        const element = jsonValue(member[k], String(k));
        if (unwritable(element)) yield 'null';
        else yield* pieces(element, item);
      }
      yield (inner ?? '') + ']';
    } else yield head + stringify(member, inner)!;
  }
  yield (first ? '' : (newline ?? '')) + '}';
}

/** An object with a list of children (a node JSON is written of member by member). */
function hasChildren(value: unknown): value is Record<string, unknown> & { children: unknown[] } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as { children?: unknown }).children);
}

/** JSON.stringify of a value whose own line is indented as `newline` says. */
function stringify(value: unknown, newline: string | null): string | undefined {
  if (newline === null) return JSON.stringify(value) as string | undefined;
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined) return undefined;
  // JSON strings never hold a raw line break, so every "\n" is a line of the layout.
  return newline === '\n' ? text : text.replaceAll('\n', newline);
}

/**
 * Reports of sources up to this size are serialised in one JSON.stringify:
 * their JSON is a few MB at most, and one call is faster than the walk.
 */
const WHOLE_MAX_SOURCE_BYTES = 4 * 1024 * 1024;

function small(value: unknown): boolean {
  const bytes = (value as { source?: { bytes?: unknown } }).source?.bytes;
  return typeof bytes === 'number' && bytes <= WHOLE_MAX_SOURCE_BYTES;
}

/**
 * Batches stay under V8's large-object size (128 KB; 32 K characters are 64 KB
 * even as two-byte text), so once written they die young and are collected at
 * once, instead of piling up as large objects until a full collection.
 */
const BATCH_CHARS = 32 * 1024;

/** The JSON of a small report in one string, with a final line break. */
function whole(value: unknown, pretty: boolean): string {
  return (pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value)) + '\n';
}

/** The JSON gathered into strings of about BATCH_CHARS, the last with a final line break. */
function* batches(value: unknown, pretty: boolean): Generator<string> {
  if (small(value)) {
    yield whole(value, pretty);
    return;
  }
  let batch = '';
  for (const piece of jsonPieces(value, pretty)) {
    batch += piece;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  yield batch + '\n';
}

/**
 * Writes a report's JSON and a final line break to a file, a piece at a time
 * and without blocking the thread on the disk.
 */
export async function writeJsonFile(path: string, value: unknown, pretty: boolean): Promise<void> {
  if (small(value)) return writeFile(path, whole(value, pretty));
  const handle = await open(path, 'w');
  try {
    for (const batch of batches(value, pretty)) await handle.write(batch);
  } finally {
    await handle.close();
  }
}

/** `writeJsonFile` with blocking writes, for the CLI's batches, which write one report at a time (see `parseFileBlocking`). */
export function writeJsonFileSync(path: string, value: unknown, pretty: boolean): void {
  if (small(value)) {
    writeFileSync(path, whole(value, pretty));
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const batch of batches(value, pretty)) writeSync(fd, batch);
  } finally {
    closeSync(fd);
  }
}

/** Writes a report's JSON and a final line break to a stream (stdout), waiting when its buffer is full. */
export async function writeJsonStream(stream: WritableLike, value: unknown, pretty: boolean): Promise<void> {
  for (const batch of batches(value, pretty)) {
    if (!stream.write(batch)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}
