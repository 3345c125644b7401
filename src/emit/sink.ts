/**
 * Writes rows of one table as they come, in one of the row formats, so that a
 * batch of thousands of reports never holds all its rows: CSV and TSV (a
 * header row once), YAML (one list), NDJSON, JSON (one array, whatever the
 * number of inputs), and Parquet (typed columns, one row group per
 * ROW_GROUP_ROWS rows, written with hyparquet-writer).
 */
import { stringify as csv } from 'csv-stringify/sync';
import { stringify as yaml } from 'yaml';
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { COLUMN_SPECS, type ColumnType, type Row, type TableName } from './rows.js';
import type { RowFormat } from './row-names.js';

export { ROW_FORMATS, type RowFormat } from './row-names.js';

/** Where a sink's output goes: text or (Parquet) bytes, in order. */
export type Out = (chunk: string | Uint8Array) => void;

export interface RowSink {
  /** Writes some rows (in order). */
  write(rows: Row[]): void;
  /** Ends the output (the header of an empty CSV, the `]` of JSON, the footer of Parquet). */
  end(): void;
}

/**
 * Rows per Parquet row group: large enough that DuckDB and pandas read the
 * file at full speed (their readers like 10^5–10^6 rows a group), small enough
 * that the columns of one group (a few hundred bytes a row) stay in tens of MB.
 */
export const ROW_GROUP_ROWS = 100_000;

/**
 * A sink for `table` in `format`.
 * @example const sink = rowSink('budget', 'csv', (t) => process.stdout.write(t)); sink.write(rows); sink.end();
 */
export function rowSink(table: TableName, format: RowFormat, out: Out): RowSink {
  const columns = COLUMN_SPECS[table].map((c) => c.name);
  switch (format) {
    case 'csv':
    case 'tsv': {
      let header = true;
      const delimiter = format === 'tsv' ? '\t' : ',';
      const write = (rows: Row[]): void => {
        if (rows.length === 0 && !header) return;
        out(csv(rows, { header, columns, delimiter, cast: { number: (n) => String(n) } }));
        header = false;
      };
      return { write, end: () => write([]) };
    }
    case 'yaml':
      // Each chunk is a block sequence; sequences written one after another are one sequence.
      return { write: (rows) => void (rows.length > 0 && out(yaml(rows))), end: () => undefined };
    case 'ndjson':
      return { write: (rows) => void (rows.length > 0 && out(rows.map((r) => JSON.stringify(r)).join('\n') + '\n')), end: () => undefined };
    case 'json': {
      let first = true;
      return {
        write(rows) {
          if (rows.length === 0) return;
          out((first ? '[\n' : ',\n') + rows.map((r) => '  ' + JSON.stringify(r)).join(',\n'));
          first = false;
        },
        end: () => out(first ? '[]\n' : '\n]\n'),
      };
    }
    case 'parquet':
      return parquetSink(table, out);
  }
}

const PARQUET_TYPE: Record<ColumnType, { type: 'BYTE_ARRAY' | 'INT32' | 'DOUBLE'; converted_type?: 'UTF8' }> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  int: { type: 'INT32' },
  double: { type: 'DOUBLE' },
};

/** A byte writer that hands each finished row group to `out` instead of keeping the file in memory. */
class StreamingWriter extends ByteWriter {
  constructor(private readonly out: Out) {
    super(1 << 20);
  }
  flush(): void {
    if (this.index === 0) return;
    this.out(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
}

function parquetSink(table: TableName, out: Out): RowSink {
  const specs = COLUMN_SPECS[table];
  const writer = new StreamingWriter(out);
  const parquet = new ParquetWriter({
    writer,
    schema: [
      { name: 'root', num_children: specs.length },
      ...specs.map((c) => ({ name: c.name, repetition_type: 'OPTIONAL' as const, ...PARQUET_TYPE[c.type] })),
    ],
    createdBy: 'jaarparse',
  });
  let pending: Row[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    const rows = pending;
    pending = [];
    const columnData = specs.map((c) => ({ name: c.name, data: rows.map((r) => cell(r[c.name], c.type)) }));
    // Synchronous: the writer's flush returns nothing, so no row group waits on a promise.
    void parquet.write({ columnData, rowGroupSize: ROW_GROUP_ROWS });
  };
  return {
    write(rows) {
      for (const row of rows) pending.push(row);
      if (pending.length >= ROW_GROUP_ROWS) flush();
    },
    end() {
      flush();
      void parquet.finish();
    },
  };
}

/** A cell in its column's type: numbers stay numbers, strings strings, and anything missing null. */
function cell(value: string | number | null | undefined, type: ColumnType): string | number | null {
  if (value === null || value === undefined) return null;
  if (type === 'string') return String(value);
  return typeof value === 'number' ? value : Number(value);
}
