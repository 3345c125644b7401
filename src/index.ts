/**
 * jaarparse: the library. `parse` turns the text of a Dutch municipal P&C
 * document into a validated report (see the output contract in README).
 */
export { parse, parseBytes, parseFile, DEFAULT_MAX_BYTES } from './pipeline/parse.js';
export type { ParseOptions } from './pipeline/parse.js';
export { validate } from './validate.js';
export type { ValidationProblem, ValidationResult } from './validate.js';
export { toRows, COLUMNS } from './emit/rows.js';
export type { Row, TableName } from './emit/rows.js';
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
