/**
 * jaarparse: the library. `parse` turns the text of a Dutch municipal P&C
 * document into a validated report (see the output contract in README).
 */
export { parse, parseBytes, parseFile } from './pipeline/parse.js';
export type { ParseOptions } from './pipeline/parse.js';
export { JaarparseError, EXIT } from './errors.js';
export { Report, SCHEMA_VERSION } from './schema/report.js';
