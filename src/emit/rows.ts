/**
 * Tidy long tables from reports, for CSV, Parquet and notebooks: one row per
 * indicator observation, per budget cell, per goal, per action, per field of
 * a connected party, and one row of meta per report. Every row says where it
 * came from (the input path relative to its input root, page, line, and the
 * table, row and column index), so that any number can be found in the
 * source. The columns, their types and meanings are declared once here; the
 * README's data dictionary and the Parquet schema are made from them.
 */
import type { ConnectedPartyNode, Node, Report } from '../schema/report.js';
import { columnKinds } from '../checks/budget-arithmetic.js';
import { isBalanceColumnWord } from '../vocabulary/column-words.js';
import type { TableName } from './row-names.js';

export { TABLE_NAMES, type TableName } from './row-names.js';
export type Row = Record<string, string | number | null>;

/** The type of a column: Parquet's physical type follows from it (string: UTF8, int: INT32, double: DOUBLE). */
export type ColumnType = 'string' | 'int' | 'double';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** What the column holds (the README's data dictionary). */
  meaning: string;
}

const col = (name: string, type: ColumnType, meaning: string): ColumnSpec => ({ name, type, meaning });

const FILE = col('file', 'string', 'the input path relative to the input root it was found under (a folder argument), `/`-separated; a file given by itself: its path as given, without leading `../`; stdin: `stdin`');
const SHA = col('source_sha256', 'string', "SHA-256 of the input's bytes (`source.sha256`): the same document under another name has the same value");
const MUNICIPALITY = col('municipality', 'string', 'the organisation (municipality, province, waterschap, regeling) named by the document, or null');
const DOCTYPE = col('documentType', 'string', 'begroting, jaarrekening, jaarverslag, jaarstukken, voorjaarsnota, bestuursrapportage, raadsinformatiebrief, raadsvoorstel or unknown');
const YEAR = col('year', 'int', 'the year the document is about (`meta.year`), or null');
const PROGRAMME = col('programme', 'string', 'title of the programme the row sits under, or null');
const GOAL = col('goal_id', 'string', 'id (or, without one, title) of the goal the row sits under, or null');
const PAGE = col('page', 'int', 'PDF input: the page (1-based) the row is on; null for other formats');
const LINE = col('line', 'int', 'the line (1-based) in the decoded input where the row starts (for PDF: in the text layer jaarparse built)');
const TABLE_INDEX = col('table_index', 'int', 'which table of the document (1-based, counting indicator, action and budget tables in reading order)');
const ROW_INDEX = col('row_index', 'int', 'which row of that table (1-based, body rows only)');
const COLUMN_INDEX = col('column_index', 'int', 'which value column of that row (1-based, label columns not counted)');

/** The columns of each table, in order (the CSV header, the Parquet schema, the data dictionary). */
export const COLUMN_SPECS: Record<TableName, readonly ColumnSpec[]> = {
  indicators: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR, PROGRAMME, GOAL,
    col('indicator_id', 'string', 'the indicator\'s own number or code as written, always text ("3.10" stays "3.10"), or null'),
    col('kind', 'string', 'effect, prestatie, beleid or other'),
    col('name', 'string', 'the indicator as named in the table'),
    col('indicator_source', 'string', 'the source the table names for it (e.g. "Waarstaatjegemeente"), or null'),
    col('label', 'string', 'the column word reduced to the vocabulary: realisatie, begroting, raming, streefwaarde, nulmeting, doel, prognose …, or null'),
    col('observation_year', 'int', 'the year in the column header, or null'),
    col('measured_year', 'int', 'the year the value measures: a year written with the value ("12% (2019)") when given, else the column\'s year, else null'),
    col('value', 'double', 'the number, or null (missing, a ratio, or not a number)'),
    col('unit', 'string', 'unit of the value (`%`, `aantal`, `dagen`, `€` …): the cell\'s own, else the indicator\'s, else null'),
    col('qualifier', 'string', 'words around the number that change its meaning ("gemiddeld", "binnen 14 dagen", "max."), or null'),
    col('ratio', 'string', 'a ratio value ("38%/62%") as its parts joined by "/" ("38/62"); value is then null'),
    col('series', 'string', 'the row-group or sub-series the value belongs to (e.g. "Nederland" beside the municipality), or null'),
    col('raw', 'string', 'the cell as written'),
    col('missing', 'string', 'the not-available marker (nnb, nvt, ntb, x, -, pm, empty …), or null'),
    PAGE, LINE, TABLE_INDEX, ROW_INDEX, COLUMN_INDEX,
  ],
  budget: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR, PROGRAMME,
    col('table_title', 'string', 'the table\'s caption or title, or null'),
    col('currency', 'string', 'currency of the amounts (EUR)'),
    col('group', 'string', 'the group the row is under (e.g. "Lasten" above a list of products), or null'),
    col('code', 'string', 'a taakveld or product code, row number or I/S letter written with the row, or null'),
    col('row_label', 'string', 'the row label as written ("Lasten", "Totaal baten" …)'),
    col('column_label', 'string', 'the column header as written ("Begroting na wijziging 2023"), or null'),
    col('column_kind', 'string', 'the column header normalised: begroting, begroting_na_wijziging, primitieve_begroting, realisatie (rekening, jaarrekening, werkelijk), raming (meerjarenraming), verschil, mutatie (wijziging, toevoeging, onttrekking …), or null when the header says none of these. Sum one kind: begroting and realisatie of one year are two views of the same money'),
    col('column_year', 'int', 'the year in the column header, or null'),
    col('value', 'double', 'the amount as printed, in the table\'s unit (signs applied: "(2.730)" and "-2.730" are -2730), or null when the cell is empty or not a number'),
    col('multiplier', 'double', 'the table\'s unit in euros ("x € 1.000" is 1000, "x € 1 mln" is 1000000; 1 when the table names none)'),
    col('euros', 'double', 'value × multiplier: the amount in euros, or null'),
    col('raw', 'string', 'the cell as written'),
    col('marker', 'string', 'a V/N (voordeel/nadeel) or I/S marker written with the amount, or null; it never changes the sign'),
    PAGE, LINE, TABLE_INDEX, ROW_INDEX, COLUMN_INDEX,
  ],
  goals: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR, PROGRAMME, GOAL,
    col('title', 'string', 'the goal\'s title'),
    col('description', 'string', 'the text that explains it, or null'),
    PAGE, LINE,
  ],
  actions: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR, PROGRAMME, GOAL,
    col('action_id', 'string', 'the action\'s number or code as written, or null'),
    col('title', 'string', 'its title, or null'),
    col('text', 'string', 'its text, or null'),
    col('status', 'string', 'a status written with it (e.g. "gereed", "loopt"), or null'),
    PAGE, LINE,
  ],
  parties: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR,
    col('party_index', 'int', 'which connected party of the document (1-based, in reading order)'),
    col('party', 'string', 'the connected party\'s name (verbonden partij)'),
    col('field', 'string', 'a field of its description as headed in the document ("Vestigingsplaats", "Openbaar belang", "Eigen vermogen" …); "text" for its running text'),
    col('value', 'string', 'the field\'s text as written'),
    PAGE, LINE,
  ],
  meta: [
    FILE, SHA, MUNICIPALITY, DOCTYPE, YEAR,
    col('title', 'string', 'the document\'s title, or null'),
    col('source_name', 'string', 'the input\'s base name (`source.name`)'),
    col('format', 'string', 'text, markdown, html or pdf'),
    col('encoding', 'string', 'the encoding the input was decoded with'),
    col('bytes', 'double', 'the input\'s size in bytes'),
    col('pages', 'int', 'PDF input: number of pages; null otherwise'),
    col('fields', 'string', 'the other meta fields found (JSON object text)'),
    col('programmes', 'int', 'number of programmes'),
    col('goals', 'int', 'number of goals'),
    col('indicators', 'int', 'number of indicators'),
    col('observations', 'int', 'number of indicator values'),
    col('budget_cells', 'int', 'number of budget cells (the rows --table budget gives)'),
    col('actions', 'int', 'number of actions'),
    col('parties', 'int', 'number of connected parties'),
    col('warnings', 'int', 'number of warning diagnostics'),
    col('errors', 'int', 'number of error diagnostics'),
    col('schema_version', 'string', 'the report\'s schemaVersion'),
  ],
};

/** The column names of each table, in order (the CSV header). */
export const COLUMNS: Record<TableName, readonly string[]> = Object.fromEntries(
  Object.entries(COLUMN_SPECS).map(([table, specs]) => [table, specs.map((s) => s.name)]),
) as unknown as Record<TableName, readonly string[]>;

/**
 * A budget column kind of the vocabulary (and the table's context: after a
 * primitieve begroting a plain "Begroting" is the one after wijziging) in the
 * words of the data dictionary.
 */
const KIND_NAME: Record<string, string> = {
  begroting: 'begroting',
  'begroting-gewijzigd': 'begroting_na_wijziging',
  'begroting-primitief': 'primitieve_begroting',
  realisatie: 'realisatie',
  raming: 'raming',
  verschil: 'verschil',
  wijziging: 'mutatie',
};

interface Where {
  programme: string | null;
  goal: string | null;
}

/** Visits every node in reading order with the programme and goal above it. */
function walk(children: Node[], where: Where, visit: (node: Node, where: Where) => void): void {
  const stack: Array<{ node: Node; where: Where }> = children.map((node) => ({ node, where })).reverse();
  while (stack.length > 0) {
    const { node, where: w } = stack.pop()!;
    visit(node, w);
    if (!('children' in node)) continue;
    const inner: Where = {
      programme: node.type === 'programme' ? node.title : w.programme,
      goal: node.type === 'goal' ? node.id ?? node.title : w.goal,
    };
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k]!, where: inner });
  }
}

/** Options of `toRows`. */
export interface RowOptions {
  /** The file column (default: `report.source.path`, else `report.source.name`). */
  file?: string;
}

/**
 * A report's rows, made from its top-level children one at a time: a report
 * read in pieces (`readReports` of a very large file) gives its children one
 * by one, and the counters (table, party) carry on across them.
 */
export class RowMaker {
  private tables = 0;
  private parties = 0;
  /** Each indicator's table and row, noted when its table is visited (just before it). */
  private readonly place = new Map<Node, { table: number; row: number }>();
  private readonly base: Row;

  constructor(
    report: Pick<Report, 'source' | 'meta'>,
    private readonly table: TableName,
    options: RowOptions = {},
  ) {
    this.base = {
      file: options.file ?? report.source.path ?? report.source.name,
      source_sha256: report.source.sha256,
      municipality: report.meta.municipality,
      documentType: report.meta.documentType,
      year: report.meta.year,
    };
  }

  /** The rows of some top-level children of the report, appended to `rows`. */
  add(children: Node[], rows: Row[]): Row[] {
    const base = this.base;
    walk(children, { programme: null, goal: null }, (node, where) => {
      if (node.type === 'indicatorTable' || node.type === 'actionTable' || node.type === 'budgetTable') this.tables++;
      if (this.table === 'indicators' && node.type === 'indicatorTable') {
        let r = 0;
        for (const child of node.children) if (child.type === 'indicator') this.place.set(child, { table: this.tables, row: ++r });
      } else if (this.table === 'indicators' && node.type === 'indicator') {
        // An indicator outside a table (the recognisers make none today) has no table or row index.
        const at = this.place.get(node);
        this.indicatorRows(node, where, at?.table ?? null, at?.row ?? null, rows);
      } else if (this.table === 'budget' && node.type === 'budgetTable') {
        const kinds = columnKinds(node);
        node.rows.forEach((r, k) => {
          r.values.forEach((value, c) => {
            const column = node.columns[c];
            const kind = kinds[c] ?? null;
            rows.push({
              ...base,
              programme: where.programme,
              table_title: node.title,
              currency: node.currency,
              group: r.group ?? null,
              code: r.code ?? null,
              row_label: r.label,
              column_label: column?.label ?? null,
              column_kind: kind !== null ? KIND_NAME[kind] ?? null : column && isBalanceColumnWord(column.label) ? 'mutatie' : null,
              column_year: column?.year ?? null,
              value,
              multiplier: node.multiplier,
              euros: value === null ? null : euros(value, node.multiplier),
              raw: r.raw[c] ?? null,
              marker: r.markers?.[c] ?? null,
              page: r.position.page ?? null,
              line: r.position.start.line,
              table_index: this.tables,
              row_index: k + 1,
              column_index: c + 1,
            });
          });
        });
      } else if (this.table === 'goals' && node.type === 'goal') {
        rows.push({ ...base, programme: where.programme, goal_id: node.id, title: node.title, description: node.description, page: node.position.page ?? null, line: node.position.start.line });
      } else if (this.table === 'actions' && node.type === 'action') {
        rows.push({ ...base, programme: where.programme, goal_id: where.goal, action_id: node.id, title: node.title, text: node.text, status: node.status ?? null, page: node.position.page ?? null, line: node.position.start.line });
      } else if (this.table === 'parties' && node.type === 'connectedParty') {
        this.partyRows(node, ++this.parties, rows);
      }
    });
    return rows;
  }

  private indicatorRows(node: Extract<Node, { type: 'indicator' }>, where: Where, table: number | null, row: number | null, rows: Row[]): void {
    node.values.forEach((v, c) => {
      rows.push({
        ...this.base,
        programme: where.programme,
        goal_id: where.goal,
        indicator_id: node.id,
        kind: node.kind,
        name: node.name,
        indicator_source: node.source,
        label: v.label,
        observation_year: v.year,
        measured_year: v.measuredYear ?? v.year,
        value: v.value,
        unit: v.unit ?? node.unit,
        qualifier: v.qualifier ?? null,
        ratio: v.ratio ? v.ratio.join('/') : null,
        series: v.series,
        raw: v.raw,
        missing: v.missing,
        page: v.position.page ?? null,
        line: v.position.start.line,
        table_index: table,
        row_index: row,
        column_index: c + 1,
      });
    });
  }

  private partyRows(node: ConnectedPartyNode, index: number, rows: Row[]): void {
    const row = (field: string | null, value: string | null): Row => ({
      ...this.base,
      party_index: index,
      party: node.name,
      field,
      value,
      page: node.position.page ?? null,
      line: node.position.start.line,
    });
    const fields = Object.entries(node.fields);
    for (const [field, value] of fields) rows.push(row(field, value));
    if (node.text) rows.push(row('text', node.text));
    if (fields.length === 0 && !node.text) rows.push(row(null, null));
  }

  /** The one meta row of a whole report. */
  static metaRow(report: Report, options: RowOptions = {}): Row {
    return metaRow(report, countNodes(report.children), options);
  }
}

/** What the meta row counts. */
export interface NodeCounts {
  programmes: number;
  goals: number;
  indicators: number;
  observations: number;
  budget_cells: number;
  actions: number;
  parties: number;
}

/**
 * Counts the nodes of some children (added to `into`): a report read in
 * pieces is counted child by child.
 */
export function countNodes(children: Node[], into: NodeCounts = { programmes: 0, goals: 0, indicators: 0, observations: 0, budget_cells: 0, actions: 0, parties: 0 }): NodeCounts {
  const c = into;
  walk(children, { programme: null, goal: null }, (n) => {
    if (n.type === 'programme') c.programmes++;
    else if (n.type === 'goal') c.goals++;
    else if (n.type === 'indicator') {
      c.indicators++;
      c.observations += n.values.length;
    } else if (n.type === 'budgetTable') for (const r of n.rows) c.budget_cells += r.values.length;
    else if (n.type === 'action') c.actions++;
    else if (n.type === 'connectedParty') c.parties++;
  });
  return c;
}

/** The meta row of a report from its fields other than children, and the counts of its nodes. */
export function metaRow(report: Omit<Report, 'children'>, c: NodeCounts, options: RowOptions = {}): Row {
  return {
    file: options.file ?? report.source.path ?? report.source.name,
    source_sha256: report.source.sha256,
    municipality: report.meta.municipality,
    documentType: report.meta.documentType,
    year: report.meta.year,
    title: report.meta.title,
    source_name: report.source.name,
    format: report.source.format,
    encoding: report.source.encoding,
    bytes: report.source.bytes,
    pages: report.source.pages ?? null,
    fields: JSON.stringify(report.meta.fields),
    ...c,
    warnings: report.diagnostics.filter((d) => d.severity === 'warning').length,
    errors: report.diagnostics.filter((d) => d.severity === 'error').length,
    schema_version: report.schemaVersion,
  };
}

/**
 * value × multiplier, rounded to the cent: 1.1 × 1000 is 1100, not
 * 1100.0000000000002, so that sums and joins on euros behave.
 */
function euros(value: number, multiplier: number): number {
  return Math.round(value * multiplier * 100) / 100;
}

/**
 * The rows of one table for a report.
 * @param report A report.
 * @param table Which table.
 * @param options `file` for the file column (default `report.source.path`, else `report.source.name`).
 * @example toRows(report, 'budget').filter((r) => r.column_kind === 'realisatie').map((r) => r.euros)
 */
export function toRows(report: Report, table: TableName, options: RowOptions = {}): Row[] {
  if (table === 'meta') return [RowMaker.metaRow(report, options)];
  return new RowMaker(report, table, options).add(report.children, []);
}
