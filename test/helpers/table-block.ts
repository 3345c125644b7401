import type { TableBlock } from '../../src/blocks/model.js';

/** A table block of the given cell texts, for recognisers' unit tests (spans do not matter there). */
export function tableBlock(rows: string[][], headerRows = 0): TableBlock {
  const span = { start: 0, end: 0 };
  return { kind: 'table', rows: rows.map((r) => r.map((text) => ({ text, span }))), headerRows, caption: null, span };
}
