/**
 * Rule `table`: a table that no recogniser claims is kept as it is, its
 * trailing empty cells aside.
 *
 * @example "Project | Fase" ⏎ "Centrumplan | Uitvoering" → a table node
 */
import type { TableBlock } from '../../blocks/model.js';
import type { Node, Position } from '../../schema/report.js';
import type { BlockRule } from './rule.js';

/** The table node of a table block, with the role a rule gave it. */
export function tableNode(table: TableBlock, tableRole: string | null, pos: (span: TableBlock['span']) => Position): Node {
  // Trailing empty cells are padding in every format (pipe runs, empty <td>s).
  const texts = (r: TableBlock['rows'][number]): string[] => {
    // Index-filled, not mapped: an optimised `map` makes a holey array, the builtin a packed one (a re-optimisation).
    const out = Array<string>(r.length);
    for (let k = 0; k < r.length; k++) out[k] = r[k]!.text;
    while (out.length > 1 && out[out.length - 1] === '') out.pop();
    return out;
  };
  const header = table.rows.slice(0, table.headerRows).map(texts);
  const rows = table.rows.slice(table.headerRows).map(texts);
  return { type: 'table', role: tableRole, caption: table.caption, header, rows, position: pos(table.span) };
}

export const plainTable: BlockRule<TableBlock> = {
  name: 'table',
  claims: () => true,
  take(_found, block, _next, ctx) {
    ctx.emit(tableNode(block, null, (span) => ctx.pos(span)));
  },
};
