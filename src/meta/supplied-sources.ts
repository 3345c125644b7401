/**
 * Where supplied meta comes from in a batch: a pattern over each input's
 * path (`--meta-from-path '{municipality}/{documentType}-{year}'`), a CSV of
 * path → fields (`--meta-csv`), and `--meta key=value` for every input. A
 * field given by several sources takes the most specific: CSV over path over
 * `--meta`.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { checkSuppliedMeta, parseMetaAssignment, suppliedKey, type SuppliedKey, type SuppliedMeta } from './supplied.js';

/**
 * A path pattern: `{key}` stands for one path segment or part of one, the
 * rest is literal. It is matched against the end of the input's path
 * relative to its root, without the extension.
 */
export interface PathPattern {
  regex: RegExp;
  keys: SuppliedKey[];
}

/**
 * Compiles a `--meta-from-path` pattern.
 * @throws Error for an unknown key or a pattern without one.
 * @example compilePathPattern('{municipality}/{documentType}-{year}')
 */
export function compilePathPattern(pattern: string): PathPattern {
  const keys: SuppliedKey[] = [];
  let source = '';
  let last = 0;
  for (const m of pattern.matchAll(/\{([^{}]+)\}/g)) {
    const key = suppliedKey(m[1]!);
    if (key === null) throw new Error(`--meta-from-path: unknown key "{${m[1]}}"`);
    source += escape(pattern.slice(last, m.index)) + '([^/]+?)';
    keys.push(key);
    last = m.index + m[0].length;
  }
  if (keys.length === 0) throw new Error('--meta-from-path: the pattern names no {key}');
  source += escape(pattern.slice(last));
  return { regex: new RegExp(`(?:^|/)${source}$`), keys };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The fields a pattern reads from a path, or an empty object when it does
 * not match. Hyphens and underscores in a municipality's name are spaces
 * ("berg-en-dal" → "berg en dal", which the vocabulary knows as Berg en Dal).
 * @example metaFromPath(compilePathPattern('{municipality}/{documentType}-{year}'), 'zwolle/begroting-2024.pdf')
 *   // { municipality: 'zwolle', documentType: 'begroting', year: '2024' }
 */
export function metaFromPath(pattern: PathPattern, path: string): SuppliedMeta {
  const rel = path.replace(/\\/g, '/').replace(/\.[^./]+$/, '');
  const m = pattern.regex.exec(rel);
  if (!m) return {};
  const out: SuppliedMeta = {};
  pattern.keys.forEach((key, i) => {
    const value = m[i + 1]!;
    out[key] = key === 'municipality' || key === 'organisation' ? value.replace(/[-_]+/g, ' ') : value;
  });
  return out;
}

/** Supplied meta per path, from a CSV. */
export type MetaTable = Map<string, SuppliedMeta>;

/**
 * Reads a CSV whose first row names the columns: `path` (or `file`), then
 * any supplied keys. Paths are compared without their extension.
 * @throws Error when there is no path column or a column is no key.
 */
export function metaTableFromCsv(text: string): MetaTable {
  const rows = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<Record<string, string>>;
  const table: MetaTable = new Map();
  if (rows.length === 0) return table;
  const columns = Object.keys(rows[0]!);
  const pathColumn = columns.find((c) => /^(?:path|file|bestand)$/i.test(c));
  if (!pathColumn) throw new Error('--meta-csv: no "path" column');
  const keyed = columns.filter((c) => c !== pathColumn).map((c) => [c, suppliedKey(c)] as const);
  const unknown = keyed.find(([, k]) => k === null);
  if (unknown) throw new Error(`--meta-csv: unknown column "${unknown[0]}"`);
  for (const row of rows) {
    const meta: SuppliedMeta = {};
    for (const [column, key] of keyed) if (row[column]) meta[key!] = row[column]!;
    table.set(pathKey(row[pathColumn]!), meta);
  }
  return table;
}

function pathKey(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\.[^./]+$/, '');
}

/** All the sources of a batch. */
export interface MetaSources {
  global?: SuppliedMeta;
  pattern?: PathPattern;
  table?: MetaTable;
}

/**
 * The supplied meta of one input: `--meta`, then the path pattern, then the
 * CSV row (looked up by the path relative to its root, the path as given,
 * then the file name), each over the one before.
 * @param rel The input's path relative to the directory it was found in.
 * @param path The input's path as given.
 */
export function suppliedMetaFor(sources: MetaSources, rel: string, path: string): SuppliedMeta | undefined {
  const fromPath = sources.pattern ? metaFromPath(sources.pattern, rel) : {};
  const rows = sources.table;
  const fromCsv = rows ? (rows.get(pathKey(rel)) ?? rows.get(pathKey(path)) ?? rows.get(pathKey(path.split(/[\\/]/).pop()!)) ?? {}) : {};
  const merged: SuppliedMeta = { ...sources.global, ...fromPath, ...fromCsv };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** The CLI's meta options as commander gives them. */
export interface MetaOptions {
  meta?: string[];
  metaFromPath?: string;
  metaCsv?: string;
}

/**
 * The sources of a batch from the CLI's options (reads the CSV file).
 * @throws Error with a one-line message for a bad `--meta`, pattern or CSV.
 */
export function loadMetaSources(options: MetaOptions, readFile: (path: string) => string): MetaSources {
  const sources: MetaSources = {};
  if (options.meta && options.meta.length > 0) {
    const global: SuppliedMeta = {};
    for (const assignment of options.meta) {
      const [key, value] = parseMetaAssignment(assignment);
      global[key] = value;
    }
    const { problems } = checkSuppliedMeta(global);
    if (problems.length > 0) throw new Error(`--meta: ${problems[0]!.message}`);
    sources.global = global;
  }
  if (options.metaFromPath) sources.pattern = compilePathPattern(options.metaFromPath);
  if (options.metaCsv) {
    let text: string;
    try {
      text = readFile(options.metaCsv);
    } catch (error) {
      throw new Error(`--meta-csv: cannot read ${options.metaCsv} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      sources.table = metaTableFromCsv(text);
    } catch (error) {
      throw new Error((error as Error).message.startsWith('--meta-csv') ? (error as Error).message : `--meta-csv: ${(error as Error).message}`);
    }
  }
  return sources;
}
