/**
 * Rule `action-text`: text and list items under a numbered measure, before
 * the next heading, are the measure's text.
 *
 * @example
 *   2.3.1 Professionalisering van het meldpunt
 *   Het meldpunt krijgt een vaste bezetting.   → the action's text
 */
import type { ListBlock } from '../../blocks/model.js';
import { withMarker } from '../actions.js';
import type { BlockRule, ParagraphRule } from './rule.js';

export const actionParagraphText: ParagraphRule = {
  name: 'action-text',
  claims: (_block, _next, ctx) => (ctx.openAction !== null ? true : null),
  take(_found, block, _next, ctx) {
    ctx.appendToAction(block.text, block.span);
  },
};

export const actionListText: BlockRule<ListBlock> = {
  name: 'action-text',
  claims: (_block, _next, ctx) => (ctx.openAction !== null ? true : null),
  take(_found, block, _next, ctx) {
    for (const item of block.items) ctx.appendToAction(withMarker(item), item.span);
    ctx.titleAbove = null;
  },
};
