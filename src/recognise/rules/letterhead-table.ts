/**
 * Rule `letterhead-table`: a letter's head laid out as a table of keys and
 * values gives the document's fields.
 *
 * @example "Onderwerp | Jaarrekening 2023" ⏎ "Datum | 12 maart 2024" → fields, a table with role letterhead
 */
import type { TableBlock } from '../../blocks/model.js';
import { letterheadFields } from '../letter-meta.js';
import { tableNode } from './plain-table.js';
import type { BlockRule } from './rule.js';

export const letterheadTable: BlockRule<TableBlock, Record<string, string>> = {
  name: 'letterhead-table',
  claims: (block) => letterheadFields(block),
  take(letter, block, _next, ctx) {
    for (const [k, v] of Object.entries(letter)) ctx.fields[k] ??= v;
    ctx.emit(tableNode(block, 'letterhead', (span) => ctx.pos(span)));
  },
};
