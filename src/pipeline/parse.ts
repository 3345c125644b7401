/**
 * The pipeline: decode → read blocks (text, Markdown, HTML, PDF) → rebuild
 * linearised tables → section tree and recognisers → meta → checks →
 * validation. Each stage is its own module; this file only wires them.
 */
import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Block, BlockDiagnostic, ReadResult } from '../blocks/model.js';
import { readLines } from '../blocks/text.js';
import { splitTaking } from '../blocks/text/line-texts.js';
import { loadedReader, loadReader } from '../blocks/readers.js';
import { rebuildCellRuns } from '../tables/cell-runs.js';
import { rebuildGridRuns } from '../tables/grid-runs.js';
import { buildTree } from '../sections/tree.js';
import { reporting } from '../recognise/context.js';
import { documentMeta, metaPart } from '../meta/document-meta.js';
import { TITLE_LINES } from '../meta/title.js';
import { applySuppliedMeta, type SuppliedMeta } from '../meta/supplied.js';
import { runChecks } from '../checks/index.js';
import { linkStandards } from '../link/standards.js';
import { decode } from '../decode/index.js';
import { JaarparseError } from '../errors.js';
import { Positions } from '../blocks/positions.js';
import type { Diagnostic, InputFormat, Report } from '../schema/report.js';
import { SCHEMA_VERSION } from '../schema/words.js';
import { fastCheckProblem, fitsReportSchema } from '../schema/report-check.js';
import { loadedReportJudge, loadReportJudge } from '../schema/report-judge.js';
import { DEFAULT_MAX_BYTES } from './defaults.js';
import { readInput, readInputBlocking } from './read-input.js';
import { forgetLastMatch } from '../vocabulary/forget-last-match.js';

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
  /**
   * Validate the report against the schema before returning it (with a
   * validator generated from the JSON Schema that gives zod's verdict; zod
   * writes the message). A report that fails is a bug in jaarparse: it throws
   * E_INTERNAL. Default: true for inputs up to 32 MB; above that the schema is
   * guaranteed by the tests.
   */
  validate?: boolean;
  /**
   * Metadata the caller knows (`{ municipality: 'Wassenaar', year: 2024 }`):
   * it wins over what the text says, and `meta.provenance` marks it
   * "supplied". A value that cannot be used (year "abc") is left out with a
   * `meta.supplied-invalid` warning; one the text contradicts gets a
   * `meta.supplied-differs` info.
   */
  meta?: SuppliedMeta;
  /**
   * Give text positions as objects that compute their lines and columns
   * when read (`OffsetPosition`): the report's tree is about a fifth
   * smaller, and `JSON.stringify` writes the same JSON. Reading
   * `position.start.line` works as usual, but `structuredClone`, a spread
   * or `Object.keys` of such a position see no `start` and `end`, so it is
   * off by default. The CLI, which only writes its reports, turns it on.
   * PDF positions (with page and box) are plain objects either way.
   */
  lazyPositions?: boolean;
}

export { DEFAULT_MAX_BYTES };

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/** The format by extension, then by content. */
export function detectFormat(name: string | undefined, head: string): InputFormat {
  const byExt = name ? EXTENSIONS[extname(name).toLowerCase()] : undefined;
  if (byExt) return byExt;
  if (head.startsWith('%PDF-')) return 'pdf';
  const start = head.slice(0, 4096).trimStart().toLowerCase();
  if (/^<(?:!doctype html|html|head|body|meta|div|section|article|table|h[1-6]|p)\b/.test(start)) return 'html';
  let headings = 0;
  for (const m of head.slice(0, 65536).matchAll(/^#{1,6} \S/gm)) if (m && ++headings >= 2) return 'markdown';
  return 'text';
}

function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Parses a document held in memory (text, Markdown or HTML; PDF needs
 * `parseBytes`).
 *
 * @param input The decoded text, or the raw bytes (decoded with detection).
 * @param options See `ParseOptions`.
 * @returns The validated report.
 * @throws JaarparseError for input that cannot be read as a text document.
 * @example parse('Programma 1 Veiligheid\n\nWat willen we bereiken?\n…').children
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Report {
  const decoded = decodeInput(input, options);
  const report = parseDecoded(decoded, options);
  const result = willValidate(options, decoded.source.bytes) ? checked(report) : report;
  forgetLastMatch();
  return result;
}

/** A document decoded and identified: all that the rest of the parse needs of its input. */
interface Decoded {
  text: string;
  format: Exclude<InputFormat, 'pdf'>;
  source: Report['source'];
  diagnostics: BlockDiagnostic[];
}

/** Checks the size, decodes the bytes and identifies the source (sha256, encoding, format). */
function decodeInput(input: string | Uint8Array, options: ParseOptions): Decoded {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = typeof input === 'string' ? null : input;
  const size = bytes ? bytes.byteLength : Buffer.byteLength(input as string, 'utf8');
  if (size > maxBytes) throw new JaarparseError('E_TOO_LARGE', `input is ${size} bytes, over --max-bytes ${maxBytes}`);
  if (bytes && options.format !== 'text' && isPdf(bytes)) {
    throw new JaarparseError('E_USAGE', 'PDF input: use parseBytes or parseFile, which read PDFs asynchronously');
  }
  const decoded = bytes
    ? decode(bytes, { ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.name ? { name: options.name } : {}) })
    : { text: input as string, encoding: 'utf-8', diagnostics: [] };
  const format = options.format ?? detectFormat(options.name, decoded.text.slice(0, 65536));
  if (format === 'pdf') throw new JaarparseError('E_USAGE', 'PDF input: use parseBytes or parseFile');
  // Pushed, not mapped: an optimised `map` makes a holey array (most often an empty one), the builtin a packed one,
  // and `assemble` was re-optimised for it ("wrong map").
  const diagnostics: BlockDiagnostic[] = [];
  for (const d of decoded.diagnostics) {
    diagnostics.push({ severity: d.severity, code: d.code, message: d.message, span: d.offset === null ? null : { start: d.offset, end: d.offset + 1 } });
  }
  const source = { name: options.name ?? 'input', sha256: sha256(bytes ?? (input as string)), bytes: size, encoding: decoded.encoding, format };
  return { text: decoded.text, format, source, diagnostics };
}

/** Reads the decoded text into blocks and builds and checks the report (the schema check is the caller's). */
function parseDecoded(decoded: Decoded, options: ParseOptions): Report {
  const facts = textFacts(decoded.text, options);
  // The split takes the text over (`decoded.text` emptied): a large text's lines are cut from a copy of one byte a
  // character, so a text of two bytes a character (any text with a '€' or a '–' in it, 214 MB for 100 MB of real text)
  // is held by nothing from the middle of the split on. What the later stages need of the text was taken before.
  const read = decoded.format === 'text' ? readLines(splitTaking(decoded)) : loadedReader(decoded.format)(decoded.text);
  return assemble(facts, read, decoded.source, decoded.diagnostics, options);
}

/** What the stages after reading need of the text itself: its positions, the part the meta reads, whether it is empty. */
interface TextFacts {
  positions: Positions;
  metaText: string;
  empty: boolean;
}

function textFacts(text: string, options: ParseOptions): TextFacts {
  return { positions: new Positions(text, options.lazyPositions === true), metaText: metaPart(text), empty: text.trim() === '' };
}

/** Validation limit of the default (see `ParseOptions.validate`). */
export const VALIDATE_MAX_BYTES = 32 * 1024 * 1024;

/**
 * Whether a parse with `options` checks the report of an input of `size`
 * bytes against the schema (`ParseOptions.validate`, else up to VALIDATE_MAX_BYTES).
 */
export function willValidate(options: ParseOptions, size: number): boolean {
  return options.validate ?? size <= VALIDATE_MAX_BYTES;
}

/**
 * Validates a finished report; a failure is a bug, reported with its first
 * problems. The fast check reads the tree in place; only a report it rejects
 * goes to zod, the source of truth, for the verdict and the message (or, in
 * a sync parse where zod is not loaded, the fast check's own first problem).
 */
function checked(report: Report): Report {
  return fitsReportSchema(report) ? report : judged(report);
}

/** `checked` for the asynchronous parses: zod is loaded when the fast check rejects a report, not before. */
async function checkedLoading(report: Report): Promise<Report> {
  if (fitsReportSchema(report)) return report;
  await loadReportJudge();
  return judged(report);
}

/** The verdict on a report the fast check rejected: the report when zod finds it fits after all, else E_INTERNAL. */
function judged(report: Report): Report {
  const judge = loadedReportJudge();
  const problems = judge ? judge(report) : fastCheckProblem(report);
  if (problems === null) return report;
  throw new JaarparseError('E_INTERNAL', `internal error: the report does not fit the schema (${problems})`);
}

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}

/** Whether bytes are read as a PDF: the format given, else the PDF signature. */
function readAsPdf(bytes: Uint8Array, options: ParseOptions): boolean {
  return (options.format ?? (isPdf(bytes) ? 'pdf' : undefined)) === 'pdf';
}

/**
 * Parses raw bytes of any supported format, PDF included.
 * @example await parseBytes(await readFile('jaarrekening-2021.pdf'), { name: 'jaarrekening-2021.pdf' })
 */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<Report> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.byteLength > maxBytes) throw new JaarparseError('E_TOO_LARGE', `input is ${bytes.byteLength} bytes, over --max-bytes ${maxBytes}`);
  if (!readAsPdf(bytes, options)) return parseDecodedLoading(decodeInput(bytes, options), options);
  const read = await (await pdfReader())(bytes);
  const report = assemble(textFacts(read.text, options), read, {
    name: options.name ?? 'input',
    sha256: sha256(bytes),
    bytes: bytes.byteLength,
    encoding: 'binary',
    format: 'pdf',
  }, [], options);
  report.source.pages = read.pages;
  const result = willValidate(options, bytes.byteLength) ? await checkedLoading(report) : report;
  forgetLastMatch();
  return result;
}

type PdfReader = (bytes: Uint8Array) => Promise<ReadResult & { text: string; pages: number }>;

/**
 * The PDF reader, loaded only when a PDF arrives (pdf.js is large). The
 * module path is a variable so that the rest of the pipeline builds and runs
 * where the PDF reader is absent.
 */
async function pdfReader(): Promise<PdfReader> {
  const path = '../blocks/pdf.js';
  try {
    const mod = (await import(path)) as { readPdf: PdfReader };
    return mod.readPdf;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') {
      throw new JaarparseError('E_USAGE', 'this build of jaarparse has no PDF reader');
    }
    throw error;
  }
}

/**
 * Reads and parses a file.
 * @throws JaarparseError E_NOT_FOUND, E_IS_DIRECTORY, E_UNREADABLE, E_TOO_LARGE, E_NOT_TEXT …
 */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Report> {
  return parseFileWith(path, options, false);
}

/**
 * `parseFile` with blocking reads, for the CLI's batches (its workers and
 * `--jobs 1`), which parse one file at a time: there waiting for the disk
 * holds up nothing else, and it costs less than asynchronous I/O.
 * @param onRead Told the input's size once it is read, before it is decoded
 *   and parsed: a batch job sets V8's heap growth by it (cli/heap-growth.ts)
 *   without looking the file up once more.
 */
export async function parseFileBlocking(path: string, options: ParseOptions = {}, onRead?: (bytes: number) => void): Promise<Report> {
  return parseFileWith(path, options, true, onRead);
}

async function parseFileWith(path: string, options: ParseOptions, blocking: boolean, onRead?: (bytes: number) => void): Promise<Report> {
  const named = { ...options, name: options.name ?? basename(path) };
  const read = await readDecoded(path, named, blocking, onRead);
  return read instanceof Uint8Array ? parseBytes(read, named) : parseDecodedLoading(read, named);
}

/** `parseDecoded` after loading the reader its format needs. */
async function parseDecodedLoading(decoded: Decoded, options: ParseOptions): Promise<Report> {
  if (decoded.format === 'html' || decoded.format === 'markdown') await loadReader(decoded.format);
  const report = parseDecoded(decoded, options);
  const result = willValidate(options, decoded.source.bytes) ? await checkedLoading(report) : report;
  forgetLastMatch();
  return result;
}

/**
 * A text file decoded, or the bytes of a PDF. Decoding here, in a function
 * that returns, lets go of a text file's bytes (100 MB for a 100 MB file)
 * before the parse that follows.
 */
async function readDecoded(path: string, options: ParseOptions, blocking: boolean, onRead?: (bytes: number) => void): Promise<Decoded | Buffer> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = blocking ? readInputBlocking(path, maxBytes) : await readInput(path, maxBytes);
  onRead?.(bytes.byteLength);
  if (readAsPdf(bytes, options)) return bytes;
  return decodeInput(bytes, options);
}

/** Blocks → report: the stages after reading, the same for every format. */
function assemble(facts: TextFacts, read: ReadResult, source: Report['source'], decodeDiagnostics: BlockDiagnostic[], options: ParseOptions): Report {
  const positions = facts.positions;
  const supplied = options.meta;
  const diagnostics: Diagnostic[] = [];
  const base = reporting(positions, diagnostics);
  for (const d of [...decodeDiagnostics, ...read.diagnostics]) base.report(d.severity, d.code, d.message, d.span);
  const runDiagnostics: BlockDiagnostic[] = [];
  // The vocabulary-led reader first (its readings are the fixtures'), then grid inference for the runs it left.
  const blocks = rebuildCellRuns(rebuildGridRuns(read.blocks, runDiagnostics), runDiagnostics);
  // The tree takes the blocks over and drops each once read (see buildTree); the reader's list goes now.
  read.blocks = [];
  for (const d of runDiagnostics) base.report(d.severity, d.code, d.message, d.span);
  // After the tables are rebuilt, so that a header cell ("Begroting 2023") is not read as the title.
  const firstLines = firstTextLines(blocks);
  const headers = runningHeaders(blocks);
  const tree = buildTree(blocks, base);
  // Pushed, not mapped: an optimised `map` makes a holey array, the builtin a packed one (documentMeta re-optimised).
  const headings: string[] = [];
  for (const h of tree.headings) headings.push(h.text);
  let meta = documentMeta({ firstLines, headings, fields: tree.fields, text: facts.metaText, children: tree.children, runningHeaders: headers });
  if (supplied) {
    const applied = applySuppliedMeta(meta, supplied);
    meta = applied.meta;
    for (const p of applied.problems) diagnostics.push({ severity: 'warning', code: 'meta.supplied-invalid', message: `supplied ${p.message}; left to the text`, position: null });
    for (const d of applied.differences) diagnostics.push({ severity: 'info', code: 'meta.supplied-differs', message: d, position: null });
  }
  linkStandards(tree.children, meta.organisation);
  runChecks(tree.children, (d) => diagnostics.push(d));
  if (facts.empty) {
    base.report('info', 'input.empty', 'the document has no text', null);
  }
  return {
    type: 'report',
    schemaVersion: SCHEMA_VERSION,
    source,
    meta,
    children: tree.children,
    diagnostics,
  };
}

const COVER_CELL = /\b(?:19|20)\d\d\b/;

/** How many running headers the meta reads: they repeat, so the first few say it all. */
const RUNNING_HEADERS = 5;

/** The first running headers (lines the PDF reader found on top of every page), for the organisation they name. */
function runningHeaders(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'clutter' && b.reason === 'running-header') out.push(b.text);
    if (out.length >= RUNNING_HEADERS) break;
  }
  return out;
}

/** The first physical lines of text: a paragraph's wrapped lines one by one, so that chrome on the line under a title stays out of it. */
function firstTextLines(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length >= TITLE_LINES) break;
    if (b.kind === 'paragraph') for (const line of b.lines) out.push(line.text);
    // A cover page the table reader took for a table ("CONCEPT Ontwerpbegroting 2014 … | Colofon Datum"): its first cell, when it
    // reads as a title (a year and three words or more), is a line too; a bare header cell ("Meerjarenbegroting") is not.
    else if (b.kind === 'table' && out.length === 0) {
      // Only the first cell of a table that opens the document: the other cells of a first row are column headers ("Primitieve begroting 2025").
      const cell = b.rows[0]?.[0];
      if (cell && COVER_CELL.test(cell.text) && cell.text.trim().split(/\s+/).length >= 3) out.push(cell.text);
    }
    // A running header names the document on every page: evidence for the title too.
    else if (b.kind === 'heading' || (b.kind === 'clutter' && b.reason === 'running-header')) out.push(b.text);
  }
  return out.slice(0, TITLE_LINES);
}
