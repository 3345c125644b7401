/**
 * The HTML and Markdown readers, loaded when a document of their format
 * first arrives. cheerio and unified/remark take ~130 ms to import, more
 * than parsing a typical text file; a run over text files never needs them.
 *
 * The asynchronous entries (`parseFile`, `parseBytes`) load a reader before
 * they use it. The synchronous `parse` uses what is loaded: the package's
 * main entry loads both readers, so `parse(html)` works for library users.
 */
import type { ReadResult } from './model.js';
import { JaarparseError } from '../errors.js';

export type LazyFormat = 'html' | 'markdown';
export type Reader = (text: string) => ReadResult;

const loaded: Partial<Record<LazyFormat, Reader>> = {};

/** Makes a reader available to the synchronous pipeline. */
export function provideReader(format: LazyFormat, reader: Reader): void {
  loaded[format] = reader;
}

/** Imports the reader of `format` once. */
export async function loadReader(format: LazyFormat): Promise<Reader> {
  const have = loaded[format];
  if (have) return have;
  const reader = format === 'html' ? (await import('./html.js')).readHtml : (await import('./markdown.js')).readMarkdown;
  provideReader(format, reader);
  return reader;
}

/** The reader of `format`, which must have been loaded. */
export function loadedReader(format: LazyFormat): Reader {
  const reader = loaded[format];
  if (!reader) {
    throw new JaarparseError('E_USAGE', `the ${format} reader is not loaded: use parseFile or parseBytes, or import parse from the package's main entry`);
  }
  return reader;
}
