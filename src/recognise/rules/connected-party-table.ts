/**
 * Rule `connected-party-table`: under "Verbonden partijen", or wherever a
 * table has a party's name alone in its first row and field labels under
 * it, the table describes parties.
 *
 * @example
 *   GGD Regio Twente |
 *   Doelstelling | Het bevorderen van de publieke gezondheid.
 *   → party "GGD Regio Twente" with fields { Doelstelling: … }
 */
import type { TableBlock } from '../../blocks/model.js';
import type { ConnectedPartyNode } from '../../schema/report.js';
import { recogniseConnectedParty } from '../connected-parties.js';
import { isPartyField } from '../../vocabulary/party-fields.js';
import type { BlockRule } from './rule.js';
import { looksLikeBudgetTable, recogniseBudgetTable } from '../budget-table.js';

/** A party's own table: its name alone in the first row, field labels under it. */
function partyShaped(table: TableBlock): boolean {
  return table.rows.length >= 2 &&
    table.rows[0]!.filter((c) => c.text !== '').length === 1 &&
    table.rows.slice(1, 3).some((r) => isPartyField(r[0]?.text ?? ''));
}

export const connectedPartyTable: BlockRule<TableBlock, ConnectedPartyNode[]> = {
  name: 'connected-party-table',
  claims: (block, _next, ctx) => (ctx.table.role === 'connectedParties' || partyShaped(block) ? recogniseConnectedParty(block, ctx.table) : null),
  take(parties, block, _next, ctx) {
    for (const p of parties) {
      ctx.partyLists.described(p.name);
      ctx.emit(p);
    }
    // An overview with amounts per party ("Bijdrage 2023   Bijdrage 2022", "Dividend 2023") is a budget table as well.
    if (parties.length > 1 && looksLikeBudgetTable(block, ctx.table)) {
      const budget = recogniseBudgetTable(block, ctx.table);
      if (budget) ctx.emit(budget);
    }
  },
};
