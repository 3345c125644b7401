/**
 * An input file's bytes, read through one open file: the file is opened,
 * asked its kind and size (fstat, on the open file), then read, so that its
 * path is looked up once. A batch of many small files spends a good part of
 * its system time on path lookups: with a `stat` of the path before
 * `readFile`, and a batch job's own `stat` for the input's size before that,
 * each input's path was looked up three times (`strace`; about 2% of a
 * `--jobs 1` run on the bench's 11,270 real excerpts, bench/HISTORY.md ›
 * the nineteenth session).
 *
 * The errors are the pipeline's: no such file (E_NOT_FOUND), a folder
 * (E_IS_DIRECTORY: Linux opens a folder and fstat says so, Windows refuses
 * to open it), over --max-bytes (E_TOO_LARGE, before any byte is read),
 * anything else (E_UNREADABLE, with the system's code).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { JaarparseError } from '../errors.js';

/** An error of opening or reading `path` as the pipeline reports it. */
function readError(error: unknown): JaarparseError {
  if (error instanceof JaarparseError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new JaarparseError('E_NOT_FOUND', 'no such file');
  if (code === 'EISDIR') return new JaarparseError('E_IS_DIRECTORY', 'is a directory, not a file');
  return new JaarparseError('E_UNREADABLE', `cannot read: ${code ?? String(error)}`);
}

/** Throws when an opened file is no file to read: a folder, or larger than `maxBytes`. */
function checkOpened(info: { isDirectory(): boolean; size: number }, maxBytes: number): void {
  if (info.isDirectory()) throw new JaarparseError('E_IS_DIRECTORY', 'is a directory, not a file');
  if (info.size > maxBytes) throw new JaarparseError('E_TOO_LARGE', `file is ${info.size} bytes, over --max-bytes ${maxBytes}`);
}

/**
 * The bytes of the file at `path`, with blocking calls (the CLI's batches).
 * @throws JaarparseError E_NOT_FOUND, E_IS_DIRECTORY, E_TOO_LARGE, E_UNREADABLE
 * @example readInputBlocking('begroting-2024.txt', 512 * 1024 * 1024) // <Buffer 50 72 6f 67 …>
 */
export function readInputBlocking(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw readError(error);
  }
  try {
    checkOpened(fstatSync(fd), maxBytes);
    return readFileSync(fd);
  } catch (error) {
    throw readError(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * `readInputBlocking` with asynchronous calls (the library's `parseFile`).
 * @throws JaarparseError E_NOT_FOUND, E_IS_DIRECTORY, E_TOO_LARGE, E_UNREADABLE
 */
export async function readInput(path: string, maxBytes: number): Promise<Buffer> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    throw readError(error);
  }
  try {
    checkOpened(await file.stat(), maxBytes);
    return await file.readFile();
  } catch (error) {
    throw readError(error);
  } finally {
    await file.close();
  }
}
