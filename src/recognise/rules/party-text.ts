/**
 * Rule `party-text`: text and lists inside an open party (after its name,
 * before the next heading or table) are the party's text, under the field
 * label read last.
 *
 * @example
 *   Openbaar belang
 *   De GGD voert de wettelijke taken uit.   → the party's "Openbaar belang"
 */
import type { ListBlock } from '../../blocks/model.js';
import { withMarker } from '../actions.js';
import { addPartyText } from '../party-lines.js';
import type { BlockRule, ParagraphRule } from './rule.js';

export const partyParagraphText: ParagraphRule = {
  name: 'party-text',
  // A heading-shaped line ends the party's text.
  claims: (_block, _next, ctx) => (ctx.openParty !== null && !ctx.look.candidate ? true : null),
  take(_found, block, _next, ctx) {
    const party = ctx.openParty!;
    const label = party.label;
    if (label !== null) party.node.fields[label] = party.node.fields[label] ? `${party.node.fields[label]}\n${block.text}` : block.text;
    addPartyText(ctx, party, block);
  },
};

export const partyListText: BlockRule<ListBlock> = {
  name: 'party-text',
  claims: (_block, _next, ctx) => (ctx.openParty !== null ? true : null),
  take(_found, block, _next, ctx) {
    addPartyText(ctx, ctx.openParty!, { text: block.items.map(withMarker).join('\n'), span: block.span });
  },
};
