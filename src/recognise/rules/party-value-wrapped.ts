/**
 * Rule `party-value-wrapped`: a field's value that ran into the margin goes
 * on on the next line, which the reader kept apart; that line is no new
 * party's name.
 *
 * @example
 *   Deelnemers: gemeente Tiel, gemeente Culemborg en Waterschap
 *   Rivierenland
 *   → Deelnemers: "gemeente Tiel, gemeente Culemborg en Waterschap Rivierenland"
 */
import { joinLines } from '../../blocks/join-lines.js';
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { addPartyText, wrapsValue } from '../party-lines.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

export const partyValueWrapped: ParagraphRule = {
  name: 'party-value-wrapped',
  claims(block, _next, ctx) {
    if (ctx.role() !== 'connectedParties' || lineCount(block) !== 1 || partyFieldLine(block.lines[0]!.text) !== null) return null;
    return ctx.openParty !== null && wrapsValue(ctx, ctx.openParty, block) ? true : null;
  },
  take(_found, block, _next, ctx) {
    const party = ctx.openParty!;
    const key = party.lastKey!;
    party.node.fields[key] = joinLines([party.node.fields[key] ?? '', block.text]);
    party.lastLine = block.lines[0]!;
    addPartyText(ctx, party, block);
  },
};
