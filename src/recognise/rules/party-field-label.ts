/**
 * Rule `party-field-label`: a field's label alone on its line labels the
 * text under it, a field of the open party (no party of its own).
 *
 * @example
 *   Ontwikkelingen
 *   In 2024 treedt een nieuwe gemeente toe.
 *   → fields { Ontwikkelingen: 'In 2024 treedt een nieuwe gemeente toe.' }
 */
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { addPartyText, isFieldLabel } from '../party-lines.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

export const partyFieldLabel: ParagraphRule = {
  name: 'party-field-label',
  claims: (block, _next, ctx) =>
    ctx.role() === 'connectedParties' && ctx.openParty !== null && lineCount(block) === 1 &&
    partyFieldLine(block.lines[0]!.text) === null && isFieldLabel(block.text) ? true : null,
  take(_found, block, _next, ctx) {
    const party = ctx.openParty!;
    addPartyText(ctx, party, block);
    party.label = block.text.trim().replace(/:$/, '');
    party.lastKey = null;
  },
};
