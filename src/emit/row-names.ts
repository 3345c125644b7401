/**
 * The names of the row tables and row formats, apart from the code that
 * makes and writes rows, so that the CLI can offer them as choices without
 * loading that code (and what it imports: the vocabulary, csv, yaml and
 * Parquet writers) in a process that only hands out paths to workers.
 */

export type TableName = 'indicators' | 'budget' | 'goals' | 'actions' | 'parties' | 'meta';
/** The tables of tidy rows (see rows.ts): `--table`'s choices. */
export const TABLE_NAMES: readonly TableName[] = ['indicators', 'budget', 'goals', 'actions', 'parties', 'meta'];

export type RowFormat = 'csv' | 'tsv' | 'yaml' | 'ndjson' | 'json' | 'parquet';
/** The formats rows are written in (see sink.ts): `--to`'s choices. */
export const ROW_FORMATS: readonly RowFormat[] = ['csv', 'tsv', 'yaml', 'ndjson', 'json', 'parquet'];
