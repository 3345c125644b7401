/**
 * Rule `party-name-line`: under "Verbonden partijen", a heading-like line
 * (numbered or not),
 * or a short line right above a field line, is a party's name; a line over
 * a table that names its parties heads that table instead.
 *
 * @example
 *   Regionale Belastinggroep
 *   Vestigingsplaats: Tilburg
 *   → party "Regionale Belastinggroep"
 */
import { namesParties } from '../connected-parties.js';
import { partyFieldLine } from '../../vocabulary/party-fields.js';
import { PARTY_KV, isFieldLabel, isPartyName, startParty } from '../party-lines.js';
import { isPartyNameColumn, isPartyParagraphHeading } from '../../vocabulary/parties.js';
import type { ParagraphRule } from './rule.js';
import { lineCount } from '../../blocks/one-line-paragraph.js';

/** "A. Gemeenschappelijke regelingen (publiekrechtelijke organen)": a group of parties, no party. */
function namesGroup(text: string): boolean {
  return isPartyNameColumn(text.trim().replace(/^(?:[A-Z]|\d{1,2}(?:\.\d{1,2})*)[.)]\s+/, '').replace(/\s*\(.*\)$/, ''));
}

/**
 * "31-12-2024:" (a label over its value) and "Haaglanden)" (the last line of
 * a name wrapped over several, its "(" on a line above): no party's name.
 */
function nameFragment(text: string): boolean {
  const t = text.trim();
  return t.endsWith(':') || (t.split(')').length > t.split('(').length);
}

export const partyNameLine: ParagraphRule<string> = {
  name: 'party-name-line',
  claims(block, next, ctx) {
    if (ctx.role() !== 'connectedParties' || lineCount(block) !== 1 || partyFieldLine(block.lines[0]!.text) !== null) return null;
    // "Ontwikkelingen" with no party open is no party's name.
    if (isFieldLabel(block.text)) return null;
    // "Inleiding", "Beleidskader": the paragraph's own sub-headings name no party.
    if (isPartyParagraphHeading(block.text)) return null;
    // "Overzicht deelnemingen" over a table that names its parties heads that table.
    if (next?.kind === 'table' && namesParties(next)) return null;
    // A letter's "Key: value" line is no heading here.
    const heading = ctx.look.field ? null : ctx.look.heading;
    if (namesGroup(block.text)) return null;
    if (nameFragment(block.text)) return null;
    // "1. Metropoolregio Eindhoven (MRE)": a numbered party, named without its number.
    if (heading && heading.kind === 'numbered' && !isPartyParagraphHeading(heading.title) && !namesGroup(heading.title)) return heading.title;
    // Under a numbered party, a short line without a number is one of its cells ("Burgemeester (regioraad)").
    if (ctx.openParty?.numbered && heading?.kind === 'heading') return null;
    return (heading && heading.kind === 'heading' && !PARTY_KV.test(block.text)) || isPartyName(block.text, next) ? block.text : null;
  },
  take(name, block, _next, ctx) {
    startParty(ctx, name, block);
    if (ctx.look.heading?.kind === 'numbered' && ctx.openParty) ctx.openParty.numbered = true;
  },
};
