import type { Block, Span } from '../../src/blocks/model.js';

/**
 * Every text-bearing unit of some blocks with its span: paragraph lines (and,
 * with `paragraphStart`, the paragraph's first word over its whole span),
 * table cells, list items, headings and clutter.
 */
export function units(blocks: Block[], options: { paragraphStart?: boolean } = {}): Array<{ text: string; span: Span }> {
  return blocks.flatMap((b) => {
    switch (b.kind) {
      case 'paragraph':
        return options.paragraphStart ? [...b.lines, { text: b.text.split(' ')[0]!, span: b.span }] : b.lines;
      case 'table':
        return b.rows.flat();
      case 'list':
        return b.items;
      default:
        return [b];
    }
  });
}
