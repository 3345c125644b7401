/**
 * The block rules, in the one order in which they are tried. The tree
 * builder hands each paragraph, list and table to its list; the first rule
 * that claims the block takes it (a note only records evidence and lets the
 * block go on). Headings are no rule's: they open the outline
 * (`sections/open-heading.ts`).
 *
 * To support a new layout: write one rule file here (its Dutch example in
 * its doc comment), put it into its list where its reason says, and add the
 * fixture that shows it (`fixtures/<name>/`, listed in `../../layouts.ts`).
 */
import type { ListBlock, ParagraphBlock, TableBlock } from '../../blocks/model.js';
import type { RuleEntry } from './rule.js';
import { cardTitleAfterNumberRule } from './card-title-after-number.js';
import { goalTitleLine } from './goal-title-line.js';
import { goalDescription } from './goal-description.js';
import { cardFieldLine } from './card-field-line.js';
import { cardFieldPair } from './card-field-pair.js';
import { multiplierCaption } from './multiplier-caption.js';
import { headerLinesCaption } from './header-lines-caption.js';
import { letterField } from './letter-field.js';
import { partyNameField } from './party-name-field.js';
import { partyOverviewHeader, partyOverviewRow } from './party-overview-lines.js';
import { partyCellHeader, partyCellLine } from './party-cell-lines.js';
import { partyFieldLines } from './party-field-lines.js';
import { partyValueWrapped } from './party-value-wrapped.js';
import { partyFieldLabel } from './party-field-label.js';
import { partyNameLine } from './party-name-line.js';
import { partyListText, partyParagraphText } from './party-text.js';
import { headingLine } from './heading-line.js';
import { goalStatementLine } from './goal-statement-line.js';
import { actionNumberedParagraph } from './action-numbered-paragraph.js';
import { actionListText, actionParagraphText } from './action-text.js';
import { plainParagraph } from './plain-paragraph.js';
import { actionsList } from './actions-list.js';
import { partyNamesList } from './party-names-list.js';
import { goalsList } from './goals-list.js';
import { plainList } from './plain-list.js';
import { letterheadTable } from './letterhead-table.js';
import { connectedPartyTable } from './connected-party-table.js';
import { actionTable } from './action-table.js';
import { budgetTable, budgetTableAfterIndicators } from './budget-table-rule.js';
import { indicatorTable } from './indicator-table-rule.js';
import { plainTable } from './plain-table.js';
import { oneColumnTable } from './one-column-table.js';

/**
 * Paragraph rules. Why this order:
 * - what the line above has left open comes first: a card's number waits
 *   for its name, a goal heading for its title line, then its description
 *   (unless the paragraph is itself a structural heading or a table's title);
 * - card fields and the multiplier caption (or header lines above a table
 *   that state its unit) before anything reads the line as
 *   a heading or a party's line ("Eenheid: %" is no "Key: value" field);
 * - the letter's "Key: value" fields are noted from every line that is left;
 * - inside "Verbonden partijen" an overview in aligned columns (its header
 *   "Naam   Taakveld" is no "Naam: …" line) or one written a cell per line
 *   (its cells look like headings and names), then the party's own lines ("Naam: …", field
 *   lines, a wrapped value, a field label, a name) before its running text,
 *   and a name line before a heading, since a party's name looks like one;
 * - under "Wat willen we bereiken?" lines ending in ";" are goals that lost
 *   their markers, before they are read as headings;
 * - under "Wat gaan we daarvoor doen?" a numbered title wrapped onto a
 *   second line opens its action, before an open action takes it as text;
 * - a heading-shaped line ends a party's text and opens what it names;
 * - text under a numbered measure is the measure's; anything else is a paragraph.
 */
export const PARAGRAPH_RULES: ReadonlyArray<RuleEntry<ParagraphBlock>> = [
  cardTitleAfterNumberRule,
  goalTitleLine,
  goalDescription,
  cardFieldLine,
  cardFieldPair,
  multiplierCaption,
  headerLinesCaption,
  letterField,
  partyOverviewHeader,
  partyOverviewRow,
  partyCellHeader,
  partyCellLine,
  partyNameField,
  partyFieldLines,
  partyValueWrapped,
  partyFieldLabel,
  partyNameLine,
  partyParagraphText,
  goalStatementLine,
  actionNumberedParagraph,
  headingLine,
  actionParagraphText,
  plainParagraph,
];

/**
 * List rules. An open party or action takes the list as its text first
 * (their items are no new actions or parties); then the section's role
 * decides: actions under "Wat gaan we daarvoor doen?", goals (short
 * statements) under "Wat willen we bereiken?", party names under
 * "Verbonden partijen"; else a plain list.
 */
export const LIST_RULES: ReadonlyArray<RuleEntry<ListBlock>> = [partyListText, actionListText, actionsList, goalsList, partyNamesList, plainList];

/**
 * Table rules. The letterhead first (a letter's key/value table is no
 * party's and no budget); parties before actions and amounts (a party table
 * holds amounts too); actions before amounts (a status column is no
 * amount); then budget before indicators, unless an indicator heading or a
 * card's fields say otherwise (`budget-table-after-indicators` is the same
 * reading tried after the indicator reading); a table nothing claims is
 * kept as a table. A table of one column (every row one cell) comes before
 * budget and indicators: with no label column beside its values, each cell
 * would otherwise become a row of its own.
 */
export const TABLE_RULES: ReadonlyArray<RuleEntry<TableBlock>> = [
  letterheadTable,
  connectedPartyTable,
  actionTable,
  oneColumnTable,
  budgetTable,
  indicatorTable,
  budgetTableAfterIndicators,
  plainTable,
];
