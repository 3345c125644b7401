/**
 * Bytes to text with encoding detection  BOMs, UTF-8, then
 * chardet + iconv-lite; binary input refused.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { JaarparseError } from '../errors.js';
import type { DiagnosticCode } from '../schema/diagnostic-codes.js';

export interface DecodeDiagnostic {
  severity: 'warning' | 'info' | 'error';
  code: DiagnosticCode;
  message: string;
  offset: number | null;
}

export interface Decoded {
  text: string;
  encoding: string;
  diagnostics: DecodeDiagnostic[];
}

/** How many bytes from the start `looksBinary` reads. */
const BINARY_PROBE = 65536;

/**
 * A control character that text may not hold (tab, line feed, form feed and
 * carriage return may): what `looksBinary` counts.
 */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f]/;

/**
 * Whether the bytes read as binary: a NUL byte, or control characters over a
 * tenth of the first 64 KiB. Text most often holds no control character at
 * all, and the engine's scan of the bytes read as Latin-1 (one character a
 * byte) says so faster than the count.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_PROBE);
  if (!CONTROL.test(Buffer.from(bytes.buffer, bytes.byteOffset, n).toString('latin1'))) return false;
  return countsAsBinary(bytes);
}

/** `looksBinary` by counting the control bytes: its slow path, exported for the test that holds the two together. */
export function countsAsBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_PROBE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** One decoder for every document: it keeps no state between whole (unstreamed) decodes, and making one costs more than a small document's decode. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes; throws E_NOT_TEXT for binary input and E_USAGE for an unknown encoding label. */
export function decode(bytes: Uint8Array, options: { encoding?: string; name?: string } = {}): Decoded {
  const diagnostics: DecodeDiagnostic[] = [];
  if (options.encoding) {
    if (!iconv.encodingExists(options.encoding)) throw new JaarparseError('E_USAGE', `unknown encoding "${options.encoding}"`);
    return { text: iconv.decode(Buffer.from(bytes), options.encoding), encoding: options.encoding.toLowerCase(), diagnostics };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', diagnostics };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', diagnostics };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new JaarparseError('E_NOT_TEXT', 'not a text document (binary content)');
  try {
    return { text: STRICT_UTF8.decode(body), encoding: bom ? 'utf-8-bom' : 'utf-8', diagnostics };
  } catch {
    // Not valid UTF-8: a few bad bytes in UTF-8 text, or a single-byte encoding.
  }
  const text = new TextDecoder('utf-8').decode(body);
  let bad = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) bad++;
  // Valid multibyte characters outnumbering the broken ones: UTF-8 with a few bad bytes.
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) valid++;
  }
  if (valid >= bad) {
    for (let i = 0, n = 0; i < text.length && n < 100; i++) {
      if (text.charCodeAt(i) === 0xfffd) {
        diagnostics.push({ severity: 'warning', code: 'decode.invalid-utf8', message: 'invalid UTF-8 byte sequence replaced by U+FFFD', offset: i });
        n++;
      }
    }
    return { text, encoding: 'utf-8', diagnostics };
  }
  const guess = (chardet.detect(Buffer.from(body.subarray(0, 65536))) ?? 'windows-1252').toLowerCase();
  const encoding = /^(?:iso-8859-1|windows-1252|iso-8859-15|ascii)$/.test(guess) || !iconv.encodingExists(guess) ? 'windows-1252' : guess;
  return { text: iconv.decode(Buffer.from(body), encoding), encoding, diagnostics };
}
