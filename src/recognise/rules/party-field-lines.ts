/**
 * Rule `party-field-lines`: "Veld: waarde" lines (or key and value in
 * aligned columns) under a party's name are its fields; a line that is no
 * field goes on with the value above it.
 *
 * @example
 *   Vestigingsplaats: Tilburg
 *   Rechtsvorm        Gemeenschappelijke regeling
 *   → fields { Vestigingsplaats: 'Tilburg', Rechtsvorm: 'Gemeenschappelijke regeling' }
 */
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { addPartyFields } from '../party-lines.js';
import type { ParagraphRule } from './rule.js';

export const partyFieldLines: ParagraphRule = {
  name: 'party-field-lines',
  claims: (block, _next, ctx) =>
    ctx.role() === 'connectedParties' && ctx.openParty !== null && partyFieldLine(block.lines[0]!.text) !== null ? true : null,
  take(_found, block, _next, ctx) {
    addPartyFields(ctx, ctx.openParty!, block);
  },
};
