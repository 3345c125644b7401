/**
 * Rule `table`: a table that no recogniser claims is kept as it is, its
 * trailing empty cells aside.
 *
 * @example "Project | Fase" ⏎ "Centrumplan | Uitvoering" → a table node
 */
import type { TableBlock } from '../../blocks/model.js';
import type { Node, Position } from '../../schema/report.js';
import type { BlockRule } from './rule.js';
import { texts } from '../../tables/columns.js';
import { filledArray } from '../../vocabulary/filled-array.js';

/** The table node of a table block, with the role a rule gave it. */
export function tableNode(table: TableBlock, tableRole: string | null, pos: (span: TableBlock['span']) => Position): Node {
  // Trailing empty cells are padding in every format (pipe runs, empty <td>s).
  const trimmed = (r: TableBlock['rows'][number]): string[] => {
    const out = texts(r);
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out;
  };
  // Filled by index, not sliced and mapped: the arrays go into the report (see filledArray).
  const head = Math.min(table.headerRows, table.rows.length);
  const header = filledArray(head, (k) => trimmed(table.rows[k]!));
  const rows = filledArray(table.rows.length - head, (k) => trimmed(table.rows[head + k]!));
  return { type: 'table', role: tableRole, caption: table.caption, header, rows, position: pos(table.span) };
}

export const plainTable: BlockRule<TableBlock> = {
  name: 'table',
  claims: () => true,
  take(_found, block, _next, ctx) {
    ctx.emit(tableNode(block, null, (span) => ctx.pos(span)));
  },
};
