/**
 * Note `letter-field`: a letter's "Key: value" lines are the document's
 * fields (the first of each kept), whatever rule then takes the line.
 *
 * @example "Onderwerp: Jaarrekening 2023" → fields.onderwerp = "Jaarrekening 2023"
 */
import type { ParagraphBlock } from '../../blocks/model.js';
import type { BlockNote } from './rule.js';

export const letterField: BlockNote<ParagraphBlock> = {
  name: 'letter-field',
  note(_block, ctx) {
    const field = ctx.look.field;
    if (field) ctx.fields[field[0]] ??= field[1];
  },
};
