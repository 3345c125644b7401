/**
 * Rule `indicator-table`: a table of indicators with values per year (or
 * per series), read row by row.
 *
 * @example
 *   Indicator | Realisatie 2022 | Streefwaarde 2024
 *   Inwoners die zich veilig voelen (%) | 81 | 85
 *   → an indicator with two observations
 */
import type { TableBlock } from '../../blocks/model.js';
import type { RecognisedTableNode } from '../../schema/report.js';
import { recogniseIndicatorTable } from '../indicator-table.js';
import type { RecogniseContext } from '../context.js';
import type { BlockRule } from './rule.js';

/**
 * Under "Verbonden partijen" (no indicator heading in between) a table's
 * figures are the parties' own ("01-01-2024: € 126.932.000", an eigen or
 * vreemd vermogen beside a list of risks), never policy indicators.
 */
function amongParties(c: RecogniseContext): boolean {
  return c.role === 'connectedParties' && c.indicatorKind === null;
}

export const indicatorTable: BlockRule<TableBlock, RecognisedTableNode> = {
  name: 'indicator-table',
  claims: (block, _next, ctx) => (amongParties(ctx.table) ? null : recogniseIndicatorTable(block, ctx.table)),
  take(node, _block, _next, ctx) {
    ctx.emit(node);
  },
};
