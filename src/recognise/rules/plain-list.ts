/**
 * Rule `list`: a list that no rule before it claims stays a list, with its
 * markers when they are words ("a)", "1.").
 *
 * @example "• Wonen" ⏎ "• Werken" → a list of two items
 */
import type { ListBlock } from '../../blocks/model.js';
import type { Node, Position } from '../../schema/report.js';
import type { BlockRule } from './rule.js';
import { filledArray } from '../../vocabulary/filled-array.js';

/** A list marker that is a word to a reader ("o", "a)", "1."), not a symbol. */
const WORD_MARKER = /[\p{L}\p{N}]/u;

/** The list node of a list block. */
export function listNode(list: ListBlock, pos: (span: ListBlock['span']) => Position): Node {
  const items = list.items;
  const node: Node = { type: 'list', ordered: list.ordered, items: filledArray(items.length, (k) => items[k]!.text), position: pos(list.span) };
  if (items.some((it) => WORD_MARKER.test(it.marker))) node.markers = filledArray(items.length, (k) => items[k]!.marker);
  return node;
}

export const plainList: BlockRule<ListBlock> = {
  name: 'list',
  claims: () => true,
  take(_found, block, _next, ctx) {
    ctx.emit(listNode(block, (span) => ctx.pos(span)));
    ctx.titleAbove = null;
  },
};
