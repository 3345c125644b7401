/**
 * Rule `party-name-field`: under "Verbonden partijen", a "Naam: …" line
 * starts the party it names.
 *
 * @example "Naam: Omgevingsdienst Regio Arnhem" → party "Omgevingsdienst Regio Arnhem"
 */
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { startParty } from '../party-lines.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

export const partyNameField: ParagraphRule<string> = {
  name: 'party-name-field',
  claims(block, _next, ctx) {
    if (ctx.role() !== 'connectedParties' || lineCount(block) !== 1) return null;
    const kv = partyFieldLine(block.lines[0]!.text);
    return kv && /^naam/i.test(kv[0]) ? kv[1] : null;
  },
  take(name, block, _next, ctx) {
    startParty(ctx, name, block);
  },
};
