/**
 * The explicit state of one tree build: the outline, what the lines read so
 * far left open (a goal waiting for its title, an action or party whose text
 * goes on, the title and card fields above the next table, a caption), and
 * the evidence gathered for the document's meta. The block rules read and
 * change it through the `TreeContext` it implements; only the outline
 * changes the stack.
 */
import type { Block, Span } from '../blocks/model.js';
import type { GoalNode, Node, Position, SectionRole } from '../schema/report.js';
import type { RecogniseContext } from '../recognise/context.js';
import type { OpenAction, OpenParty, ParagraphLook, PartyOverview, PendingGoal, TreeContext } from '../recognise/rules/rule.js';
import { PartyNameLists } from '../recognise/party-name-lists.js';
import { classifyHeading, type HeadingKind } from '../recognise/headings.js';
import { GoalIndex } from './goal-index.js';
import { Outline } from './outline.js';
import { openHeading, titleKnown } from './open-heading.js';

const NO_LOOK: ParagraphLook = { candidate: false, heading: null, field: null };

export class TreeBuild implements TreeContext {
  readonly outline: Outline;
  readonly goals = new GoalIndex();
  readonly partyLists = new PartyNameLists();
  /** Goals that turned out to name a goal seen before: sections after the build. */
  readonly references = new Set<GoalNode>();
  readonly fields: Record<string, string> = {};
  /** Heading texts in order (evidence for the document's meta). */
  readonly headings: Array<{ text: string; span: Span }> = [];
  at = 0;
  look: ParagraphLook = NO_LOOK;
  table!: RecogniseContext;
  titleAbove: string | null = null;
  titleSpan: Span | null = null;
  fieldsAbove: Record<string, string> = {};
  captionAbove: string | null = null;
  captionAboveAt = -1;
  pendingGoal: PendingGoal | null = null;
  openAction: OpenAction | null = null;
  openParty: OpenParty | null = null;
  partyOverview: PartyOverview | null = null;

  constructor(
    private readonly blocks: Array<Block | undefined>,
    private readonly base: Pick<RecogniseContext, 'pos' | 'report'>,
  ) {
    this.outline = new Outline(base.pos);
  }

  pos(span: Span): Position {
    return this.base.pos(span);
  }

  role(): SectionRole | null {
    return this.outline.role();
  }

  insideGoal(): GoalNode | null {
    return this.outline.insideGoal();
  }

  emit(node: Node): void {
    this.outline.emit(node);
  }

  siblings(): Node[] {
    return this.outline.top().children;
  }

  after(): Block | undefined {
    return this.blocks[this.at + 2];
  }

  consumeNext(): void {
    this.blocks[++this.at] = undefined;
  }

  // An object literal of fixed shape (not a spread of `base`): recognisers read it on every row.
  recogniseContext(captionBelow: string | null, captionNext: string | null = null): RecogniseContext {
    return {
      pos: this.base.pos,
      report: this.base.report,
      role: this.outline.role(),
      indicatorKind: this.outline.indicatorKind(),
      titleAbove: this.titleAbove,
      titleSpan: this.titleSpan,
      fieldsAbove: this.fieldsAbove,
      captionBelow,
      captionNext,
    };
  }

  takeHeading(block: { text: string; span: Span }, h: HeadingKind = classifyHeading(block.text), depth: number | null = null, list = false): void {
    if (!openHeading(this, h, block.text, block.span, depth, list)) this.appendToAction(block.text, block.span);
    this.titleAbove = block.text;
    this.titleSpan = block.span;
    this.fieldsAbove = {};
  }

  appendToAction(text: string, span: Span): void {
    const a = this.openAction!;
    a.node.text = a.node.text === null ? text : `${a.node.text}\n${text}`;
    a.spans.push(span);
    a.node.position = this.base.pos({ start: a.spans[0]!.start, end: span.end });
  }

  extendFrame(node: GoalNode, span: Span): void {
    this.outline.extendFrame(node, span);
  }

  titleKnown(goal: GoalNode): void {
    titleKnown(this, goal);
  }
}
