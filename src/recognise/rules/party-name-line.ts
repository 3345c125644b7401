/**
 * Rule `party-name-line`: under "Verbonden partijen", a heading-like line,
 * or a short line right above a field line, is a party's name; a line over
 * a table that names its parties heads that table instead.
 *
 * @example
 *   Regionale Belastinggroep
 *   Vestigingsplaats: Tilburg
 *   → party "Regionale Belastinggroep"
 */
import { namesParties } from '../connected-parties.js';
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { PARTY_KV, isFieldLabel, isPartyName, startParty } from '../party-lines.js';
import type { ParagraphRule } from './rule.js';

export const partyNameLine: ParagraphRule = {
  name: 'party-name-line',
  claims(block, next, ctx) {
    if (ctx.role() !== 'connectedParties' || block.lines.length !== 1 || partyFieldLine(block.lines[0]!.text) !== null) return null;
    // "Ontwikkelingen" with no party open is no party's name.
    if (isFieldLabel(block.text)) return null;
    // "Overzicht deelnemingen" over a table that names its parties heads that table.
    if (next?.kind === 'table' && namesParties(next)) return null;
    // A letter's "Key: value" line is no heading here.
    const heading = ctx.look.field ? null : ctx.look.heading;
    return (heading && heading.kind === 'heading' && !PARTY_KV.test(block.text)) || isPartyName(block.text, next) ? true : null;
  },
  take(_found, block, _next, ctx) {
    startParty(ctx, block.text, block);
  },
};
