/**
 * Writes tidy rows as CSV, TSV, YAML, NDJSON or JSON (UTF-8, header row for
 * CSV and TSV), with csv-stringify and yaml doing the quoting.
 */
import { stringify as csv } from 'csv-stringify/sync';
import { stringify as yaml } from 'yaml';
import { COLUMNS, type Row, type TableName } from './rows.js';

export type RowFormat = 'csv' | 'tsv' | 'yaml' | 'ndjson' | 'json';

/**
 * Serialises rows. `header` is false for every chunk after the first when
 * rows are written in chunks.
 * @example formatRows(toRows(report, 'budget'), 'budget', 'csv')
 */
export function formatRows(rows: Row[], table: TableName, format: RowFormat, header = true): string {
  const columns = [...COLUMNS[table]];
  switch (format) {
    case 'csv':
    case 'tsv':
      return csv(rows, { header, columns, delimiter: format === 'tsv' ? '\t' : ',', cast: { number: (n) => String(n) } });
    case 'yaml':
      return rows.length === 0 ? '' : yaml(rows);
    case 'ndjson':
      return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : '');
    case 'json':
      return JSON.stringify(rows, null, 2) + '\n';
  }
}
