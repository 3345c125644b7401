/**
 * Tidy long tables from reports, for CSV, TSV and notebooks: one row per
 * indicator observation, per budget cell, per goal or per action, each with
 * the file, meta and the programme and goal it sits under.
 */
import type { Node, Report } from '../schema/report.js';

export type TableName = 'indicators' | 'budget' | 'goals' | 'actions';
export type Row = Record<string, string | number | null>;

/** The columns of each table, in order (the CSV header). */
export const COLUMNS: Record<TableName, readonly string[]> = {
  indicators: ['file', 'municipality', 'documentType', 'year', 'programme', 'goal_id', 'indicator_id', 'kind', 'name', 'unit', 'label', 'observation_year', 'series', 'value', 'raw', 'missing', 'line'],
  budget: ['file', 'municipality', 'documentType', 'year', 'programme', 'table_title', 'group', 'row_label', 'column_label', 'column_year', 'value', 'multiplier', 'euros', 'raw', 'line'],
  goals: ['file', 'municipality', 'documentType', 'year', 'programme', 'goal_id', 'title', 'description', 'line'],
  actions: ['file', 'municipality', 'documentType', 'year', 'programme', 'goal_id', 'action_id', 'title', 'text', 'line'],
};

interface Where {
  programme: string | null;
  goal: string | null;
}

/** Visits every node with the programme and goal above it. */
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

/**
 * The rows of one table for a report.
 * @param report A report.
 * @param table Which table.
 * @param options `file` for the file column (default `report.source.name`).
 * @example toRows(report, 'budget').map((r) => r.euros)
 */
export function toRows(report: Report, table: TableName, options: { file?: string } = {}): Row[] {
  const base = {
    file: options.file ?? report.source.name,
    municipality: report.meta.municipality,
    documentType: report.meta.documentType,
    year: report.meta.year,
  };
  const rows: Row[] = [];
  walk(report.children, { programme: null, goal: null }, (node, where) => {
    if (table === 'indicators' && node.type === 'indicator') {
      for (const v of node.values) {
        rows.push({
          ...base,
          programme: where.programme,
          goal_id: where.goal,
          indicator_id: node.id,
          kind: node.kind,
          name: node.name,
          unit: node.unit,
          label: v.label,
          observation_year: v.year,
          series: v.series,
          value: v.value,
          raw: v.raw,
          missing: v.missing,
          line: v.position.start.line,
        });
      }
    } else if (table === 'budget' && node.type === 'budgetTable') {
      for (const r of node.rows) {
        r.values.forEach((value, c) => {
          const col = node.columns[c];
          rows.push({
            ...base,
            programme: where.programme,
            table_title: node.title,
            group: r.group ?? null,
            row_label: r.label,
            column_label: col?.label ?? null,
            column_year: col?.year ?? null,
            value,
            multiplier: node.multiplier,
            euros: value === null ? null : value * node.multiplier,
            raw: r.raw[c] ?? null,
            line: r.position.start.line,
          });
        });
      }
    } else if (table === 'goals' && node.type === 'goal') {
      rows.push({ ...base, programme: where.programme, goal_id: node.id, title: node.title, description: node.description, line: node.position.start.line });
    } else if (table === 'actions' && node.type === 'action') {
      rows.push({ ...base, programme: where.programme, goal_id: where.goal, action_id: node.id, title: node.title, text: node.text, line: node.position.start.line });
    }
  });
  return rows;
}
