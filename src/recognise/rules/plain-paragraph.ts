/**
 * Rule `paragraph`: a paragraph that no rule before it claims is running
 * text of the container it stands in, and ends what a heading or card line
 * above said about the next table.
 *
 * @example "In 2024 hebben we de Woonvisie vastgesteld." → a paragraph node
 */
import type { Span } from '../../blocks/model.js';
import type { ParagraphRule, TreeContext } from './rule.js';

/** Emits a paragraph node. */
export function emitParagraph(ctx: TreeContext, text: string, span: Span): void {
  ctx.emit({ type: 'paragraph', text, position: ctx.pos(span) });
}

export const plainParagraph: ParagraphRule = {
  name: 'paragraph',
  claims: () => true,
  take(_found, block, _next, ctx) {
    emitParagraph(ctx, block.text, block.span);
    ctx.titleAbove = null;
    ctx.fieldsAbove = {};
  },
};
