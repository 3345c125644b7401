import type { InputFormat, Report } from '../schema/report.js';

/** Options of `parse`, `parseBytes` and `parseFile`. */
export interface ParseOptions {
  /** The name written to `source.name` (default: "input" or the file's base name). */
  name?: string;
  /** Skip format detection. */
  format?: InputFormat;
  /** Skip encoding detection (an iconv-lite label such as "windows-1252"). */
  encoding?: string;
  /** Refuse inputs larger than this many bytes (default 256 MiB). */
  maxBytes?: number;
}

export function parse(_input: string | Uint8Array, _options: ParseOptions = {}): Report {
  throw new Error('not implemented yet');
}

export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<Report> {
  return parse(bytes, options);
}

export async function parseFile(_path: string, _options: ParseOptions = {}): Promise<Report> {
  throw new Error('not implemented yet');
}
