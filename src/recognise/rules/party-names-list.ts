/**
 * Rule `party-names-list`: under "Verbonden partijen", a list of short names
 * (no sentences) is one party per item, until a block further on describes
 * one of them (see `party-name-lists.ts`).
 *
 * @example
 *   Verbonden partijen
 *   • Vitens N.V.
 *   • Veiligheidsregio Gelderland-Zuid
 *   → two parties
 */
import type { ListBlock } from '../../blocks/model.js';
import type { Node } from '../../schema/report.js';
import { listNode } from './plain-list.js';
import type { BlockRule } from './rule.js';

/** A party's name is at most this long; a longer item is a sentence about one. */
const PARTY_NAME_MAX = 100;

/** A list item that ends as a sentence does; "Vitens N.V." ends in its legal form. */
function endsSentence(text: string): boolean {
  return /[;:]$/.test(text) || (text.endsWith('.') && !LEGAL_FORM_END.test(text));
}

/** "N.V.", "B.V.", "U.A." at the end of a name. */
const LEGAL_FORM_END = /(?:^|\s)(?:[A-Za-z]\.){1,3}$/;

export const partyNamesList: BlockRule<ListBlock> = {
  name: 'party-names-list',
  claims(block, _next, ctx) {
    if (ctx.role() !== 'connectedParties') return null;
    return block.items.every((it) => it.depth === 0 && it.text.length <= PARTY_NAME_MAX && !endsSentence(it.text)) ? true : null;
  },
  take(_found, block, _next, ctx) {
    const siblings = ctx.siblings();
    const nodes: Node[] = block.items.map((it) => ({ type: 'connectedParty', name: it.text, fields: {}, text: it.text, position: ctx.pos(it.span) }));
    for (const node of nodes) ctx.emit(node);
    ctx.partyLists.listed(block, listNode(block, (span) => ctx.pos(span)), nodes, siblings);
    ctx.titleAbove = null;
  },
};
