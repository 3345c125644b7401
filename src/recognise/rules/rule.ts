/**
 * The shape of a block rule and the context it reads and acts through.
 *
 * The tree builder hands every paragraph, list and table to an ordered list
 * of named rules (see `./index.ts`): the first rule that claims the block
 * takes it. A rule's `claims` looks (and returns what it found, so that its
 * `take` need not look again); its `take` acts, only through the context.
 */
import type { ActionNode, ConnectedPartyNode, GoalNode, Node, Position, SectionRole } from '../../schema/report.js';
import type { Block, ParagraphBlock, Span } from '../../blocks/model.js';
import type { HeadingKind } from '../headings.js';
import type { RecogniseContext } from '../context.js';
import type { PartyNameLists } from '../party-name-lists.js';

/**
 * A named rule for one kind of block. `claims` returns what it found when
 * the block is its own (any value but null), else null; `take` then acts
 * on it. Recognisers that report diagnostics report them while claiming,
 * as they did when they were tried one after another.
 */
export interface BlockRule<B extends Block, Found = true> {
  /** The rule's name, as the layout index lists it. */
  readonly name: string;
  claims(block: B, next: Block | undefined, ctx: TreeContext): Found | null;
  take(found: Found, block: B, next: Block | undefined, ctx: TreeContext): void;
}

/**
 * A step that notes evidence from every block that reaches it and claims
 * none ("Datum: 12 maart 2024" is a letter's date whatever else the line
 * turns out to be).
 */
export interface BlockNote<B extends Block> {
  readonly name: string;
  note(block: B, ctx: TreeContext): void;
}

/** An entry of a rule list: a rule, or a note between rules. */
export type RuleEntry<B extends Block> = BlockRule<B, unknown> | BlockNote<B>;

/** An overview of parties in aligned columns whose rows are being read: its header's cells ("Naam", "Taakveld"). */
export interface PartyOverview {
  columns: string[];
  /** A table written one cell per line (`party-cell-lines.ts`): its header lines are still being read. */
  cellLines?: { collecting: boolean };
}

/** What the builder found out about a paragraph before its rules run. */
export interface ParagraphLook {
  /** Shaped as a heading (short, alone, no sentence). */
  readonly candidate: boolean;
  /** What heading it would be, when it is a candidate. */
  readonly heading: HeadingKind | null;
  /** A letter's "Key: value" line ("Onderwerp: Jaarrekening 2023"), or null. */
  readonly field: [string, string] | null;
}

/** The action whose text is being read. */
export interface OpenAction {
  node: ActionNode;
  spans: Span[];
}

/** A goal just opened, whose title or description may come on the next lines. */
export interface PendingGoal {
  node: GoalNode;
  needsTitle: boolean;
  spans: Span[];
}

/** The party whose lines are being read, and the field label ("Ontwikkelingen") whose text comes next. */
export interface OpenParty {
  node: ConnectedPartyNode;
  spans: Span[];
  label: string | null;
  /** The field read last and its last line, which a wrapped line goes on with. */
  lastKey: string | null;
  lastLine: { text: string; span: Span } | null;
  /** Named by a numbered line ("1. Regio Noord"): then only another numbered line starts the next party. */
  numbered?: boolean;
  /** Under a table written one cell per line: the columns after the name, and how many of them this party has filled. */
  cells?: { columns: string[]; filled: number };
}

/** What a block rule may read and do: the reading state, and the few ways it changes the tree. */
export interface TreeContext {
  /** The position of a source span. */
  pos(span: Span): Position;
  /** The role of the innermost section with a role. */
  role(): SectionRole | null;
  /** The innermost open goal, or null. */
  insideGoal(): GoalNode | null;
  /** Adds a node to the innermost open container. */
  emit(node: Node): void;
  /** The children of the innermost open container (where `emit` adds). */
  siblings(): Node[];
  /** The index of the block being read. */
  readonly at: number;
  /** The block after the next one. */
  after(): Block | undefined;
  /** Takes the next block along with this one. */
  consumeNext(): void;
  /** The paragraph being read, looked at (set for paragraphs only). */
  readonly look: ParagraphLook;
  /** The recognisers' context for the table being read (set for tables only). */
  readonly table: RecogniseContext;
  /** A recognisers' context at this point, with the captions found around the block. */
  recogniseContext(captionBelow: string | null, captionNext?: string | null): RecogniseContext;
  /** Letterhead fields of the document ("Onderwerp", "Datum"), the first of each kept. */
  readonly fields: Record<string, string>;
  /** The heading-like line right above, and where it is. */
  titleAbove: string | null;
  titleSpan: Span | null;
  /** Card fields ("Eenheid: %") read since that line, keys lower-cased. */
  fieldsAbove: Record<string, string>;
  /** A multiplier caption ("Bedragen x € 1.000") waiting for its table, and its block index. */
  captionAbove: string | null;
  captionAboveAt: number;
  pendingGoal: PendingGoal | null;
  openAction: OpenAction | null;
  openParty: OpenParty | null;
  /** The overview in aligned columns whose rows are being read, until a heading or a named party ends it. */
  partyOverview: PartyOverview | null;
  /** Lists of party names, made plain lists again when a block further on describes one. */
  readonly partyLists: PartyNameLists;
  /** Opens what a heading (or heading-like line) names; it becomes the title above what follows. */
  takeHeading(block: { text: string; span: Span }, h?: HeadingKind): void;
  /** Adds a line to the open action's text. */
  appendToAction(text: string, span: Span): void;
  /** Widens an open container's extent by one of its own lines. */
  extendFrame(node: GoalNode, span: Span): void;
  /** A goal's id and title became known (from the line under its heading). */
  titleKnown(goal: GoalNode): void;
}

/** A paragraph rule. */
export type ParagraphRule<Found = true> = BlockRule<ParagraphBlock, Found>;

/** Hands a block to the first rule of `rules` that claims it, noting evidence on the way. */
export function applyRules<B extends Block>(rules: ReadonlyArray<RuleEntry<B>>, block: B, next: Block | undefined, ctx: TreeContext): void {
  for (const rule of rules) {
    if ('note' in rule) {
      rule.note(block, ctx);
      continue;
    }
    const found = rule.claims(block, next, ctx);
    if (found !== null) {
      rule.take(found, block, next, ctx);
      return;
    }
  }
}
