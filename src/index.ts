/**
 * jaarparse: the library. `parse` turns the text of a Dutch municipal P&C
 * document into a validated report (see the output contract in README).
 */
import { provideReader } from './blocks/readers.js';
import { readHtml } from './blocks/html.js';
import { readMarkdown } from './blocks/markdown.js';

// The library's synchronous `parse` reads HTML and Markdown too, so its entry
// loads both readers; the CLI loads them only when such a file arrives.
provideReader('html', readHtml);
provideReader('markdown', readMarkdown);

export { parse, parseBytes, parseFile, DEFAULT_MAX_BYTES } from './pipeline/parse.js';
export type { ParseOptions } from './pipeline/parse.js';
export { validate } from './validate.js';
export type { ValidationProblem, ValidationResult } from './validate.js';
export { toRows, COLUMNS, COLUMN_SPECS, TABLE_NAMES } from './emit/rows.js';
export { jsonPieces, writeJsonFile } from './emit/json.js';
export type { Row, TableName, ColumnSpec, ColumnType } from './emit/rows.js';
export { JaarparseError, EXIT } from './errors.js';
export type { ErrorCode } from './errors.js';
export { Report, SCHEMA_VERSION } from './schema/report.js';
export type {
  ActionNode,
  BudgetTableNode,
  ConnectedPartyNode,
  Diagnostic,
  GoalNode,
  IndicatorNode,
  Meta,
  Node,
  Observation,
  Position,
  ProgrammeNode,
  SectionNode,
} from './schema/report.js';
