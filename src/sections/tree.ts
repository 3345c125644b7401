/**
 * Builds the report tree from blocks: headings open programmes, goals and
 * sections (nested by what may contain what), and every other block goes to
 * the recogniser that its place and shape call for. One pass, in order.
 */
import type { Block, Cell, HeadingBlock, ListBlock, ParagraphBlock, Span, TableBlock } from '../blocks/model.js';
import type {
  ActionNode,
  GoalNode,
  IndicatorKind,
  Node,
  ProgrammeNode,
  RecognisedTableNode,
  SectionNode,
  SectionRole,
} from '../schema/report.js';
import { indicatorKindOf } from '../vocabulary/sections.js';
import { asListedProgramme, classifyHeading, isHeadingCandidate, programmeOverview, titleKey, type HeadingKind } from './headings.js';
import type { RecogniseContext } from '../recognise/context.js';
import { actionsFromList, looksLikeActionTable, recogniseActionTable, withMarker } from '../recognise/actions.js';
import { looksLikeBudgetTable, recogniseBudgetTable } from '../recognise/budget-table.js';
import { recogniseIndicatorTable } from '../recognise/indicator-table.js';
import { isPartyField, namesParties, partyFieldLine, recogniseConnectedParty } from '../recognise/connected-parties.js';
import { joinLines } from '../blocks/join-lines.js';
import { letterheadFields, paragraphField } from '../recognise/letter-meta.js';
import type { ConnectedPartyNode } from '../schema/report.js';
import { budgetRowKind } from '../vocabulary/column-words.js';
import { parseMultiplier } from '../values/index.js';

/** The party whose lines are being read, and the field label ("Ontwikkelingen") whose text comes next. */
interface OpenParty {
  node: ConnectedPartyNode;
  spans: Span[];
  label: string | null;
  /** The field read last and its last line, which a wrapped line goes on with. */
  lastKey: string | null;
  lastLine: Cell | null;
}

/** A list of party names, emitted as parties, and where they stand. */
interface NameList {
  list: ListBlock;
  nodes: Node[];
  siblings: Node[];
  /** The items that a block further on describes. */
  described: Set<number>;
}

type Container = GoalNode | SectionNode | ProgrammeNode | RecognisedTableNode;

interface Frame {
  node: Container | null;
  kind: 'root' | 'programme' | 'goal' | 'section' | 'heading';
  role: SectionRole | null;
  indicatorKind: IndicatorKind | null;
  children: Node[];
  span: Span;
  /** A goal heading met inside a programme's "Wat gaan we daarvoor doen?": it groups actions. */
  inActions?: true;
  /** The markup depth of the heading that opened it (h2 → 2); absent for headings read from plain text. */
  depth?: number;
  /** Opened inside a shallower heading that its kind alone would have closed: a heading of its depth or shallower closes it. */
  byDepth?: true;
}

export interface TreeResult {
  children: Node[];
  /** Letterhead fields found in tables or "Key: value" lines. */
  fields: Record<string, string>;
  /** Heading texts in order (evidence for the document's meta). */
  headings: Array<{ text: string; span: Span }>;
}

/**
 * Builds the tree. `base` supplies positions and reporting.
 *
 * The tree takes the blocks over: each entry of `blocks` is cleared once it is
 * read, so that the blocks of a large document are collected while the tree
 * grows instead of both being held at the end (a third of the peak memory of
 * a 100 MB file).
 */
export function buildTree(blocks: Array<Block | undefined>, base: Pick<RecogniseContext, 'pos' | 'report'>): TreeResult {
  const root: Frame = { node: null, kind: 'root', role: null, indicatorKind: null, children: [], span: { start: 0, end: 0 } };
  const stack: Frame[] = [root];
  const fields: Record<string, string> = {};
  const headings: TreeResult['headings'] = [];
  let openAction: { node: ActionNode; spans: Span[] } | null = null;
  let pendingGoal: { node: GoalNode; needsTitle: boolean; spans: Span[] } | null = null;
  let titleAbove: string | null = null;
  let titleSpan: Span | null = null;
  let fieldsAbove: Record<string, string> = {};
  let captionAbove: string | null = null;
  /** The block index of `captionAbove`. */
  let captionAboveAt = -1;
  let openParty: OpenParty | null = null;
  /** The lists of party names by the names they hold. */
  const nameLists = new Map<string, { group: NameList; item: number }>();
  /** The goals of the current programme by id and by title, to know a goal heading repeated further on. */
  const goalsById = new Map<string, GoalNode>();
  const goalsByTitle = new Map<string, GoalNode>();
  const forgetGoals = (): void => {
    goalsById.clear();
    goalsByTitle.clear();
  };

  const top = (): Frame => stack[stack.length - 1]!;
  const role = (): SectionRole | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.role) return stack[k]!.role;
    return null;
  };
  const indicatorKind = (): IndicatorKind | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.indicatorKind) return stack[k]!.indicatorKind;
    return null;
  };
  const insideGoal = (): GoalNode | null => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === 'goal') return stack[k]!.node as GoalNode;
    return null;
  };
  // An object literal of fixed shape (not a spread of `base`): recognisers read it on every row.
  const ctx = (captionBelow: string | null, captionNext: string | null = null): RecogniseContext => ({
    pos: base.pos,
    report: base.report,
    role: role(),
    indicatorKind: indicatorKind(),
    titleAbove,
    titleSpan,
    fieldsAbove,
    captionBelow,
    captionNext,
  });
  const emit = (node: Node): void => {
    top().children.push(node);
  };
  const close = (frame: Frame): void => {
    if (frame.node) {
      let end = frame.span.end;
      for (const c of frame.children) if (c.position.end.offset > end) end = c.position.end.offset;
      frame.node.position = base.pos({ start: frame.span.start, end });
      frame.node.children = frame.children;
    }
  };
  /**
   * The heading being opened: its markup depth, the stack length that its
   * kind's pops must keep (the shallower headings around it, see
   * `depthFloor`), and whether that floor stopped a pop.
   */
  const opening: { depth: number | null; floor: number; blocked: boolean } = { depth: null, floor: 1, blocked: false };
  const popWhile = (test: (f: Frame) => boolean): void => {
    while (stack.length > 1 && test(top())) {
      if (stack.length <= opening.floor) {
        opening.blocked = true;
        return;
      }
      close(stack.pop()!);
    }
  };
  const push = (frame: Frame): void => {
    emit(frame.node as Node);
    if (opening.depth !== null) frame.depth = opening.depth;
    if (opening.blocked) frame.byDepth = true;
    stack.push(frame);
  };
  /**
   * Markup depth first: a heading closes what deeper headings opened, and
   * what headings of its own depth opened inside a shallower one against
   * their kind (at the same depth the kinds decide: a goal h3 stays in a
   * W-question h3); its own kind's pops stop at the innermost shallower
   * heading that may hold it.
   */
  const enterDepth = (h: HeadingKind, depth: number): void => {
    const k = stack.findIndex((f) => f.depth !== undefined && (f.depth > depth || (f.byDepth === true && f.depth === depth)));
    if (k > 0) popWhile(() => stack.length > k);
    opening.depth = depth;
    opening.floor = depthFloor(stack, h, depth);
  };
  const endAction = (): void => {
    openAction = null;
    openParty = null;
  };
  /** Verbonden partijen written as a name line and "Veld: waarde" lines. */
  const partyLine = (block: ParagraphBlock, heading: HeadingKind | null, next: Block | undefined): boolean => {
    if (role() !== 'connectedParties') return false;
    const kv = partyFieldLine(block.lines[0]!.text);
    if (kv && block.lines.length === 1 && /^naam/i.test(kv[0])) {
      startParty(kv[1], block);
      return true;
    }
    if (kv && openParty) {
      addPartyFields(openParty, block);
      return true;
    }
    if (block.lines.length !== 1 || kv) return false;
    if (openParty && wrapsValue(openParty, block)) {
      const party: OpenParty = openParty;
      const key = party.lastKey!;
      party.node.fields[key] = joinLines([party.node.fields[key] ?? '', block.text]);
      party.lastLine = block.lines[0]!;
      addPartyText(party, block);
      return true;
    }
    if (isFieldLabel(block.text)) {
      // "Ontwikkelingen" on its own line labels the text under it: a field of the open party, no party.
      if (!openParty) return false;
      addPartyText(openParty, block);
      openParty.label = block.text.trim().replace(/:$/, '');
      openParty.lastKey = null;
      return true;
    }
    // "Overzicht deelnemingen" over a table that names its parties heads that table.
    if (next?.kind === 'table' && namesParties(next)) return false;
    if ((heading && heading.kind === 'heading' && !PARTY_KV.test(block.text)) || isPartyName(block.text, next)) {
      startParty(block.text, block);
      return true;
    }
    return false;
  };
  /** The block's "Veld: waarde" lines as fields; a line that is no field goes on with the value above it. */
  const addPartyFields = (party: OpenParty, block: ParagraphBlock): void => {
    party.label = null;
    let key: string | null = null;
    let value: string[] = [];
    const put = (): void => {
      if (key !== null) party.node.fields[key] = joinLines(value);
    };
    for (const line of block.lines) {
      const kv = partyFieldLine(line.text);
      if (kv) {
        put();
        [key, value] = [kv[0], [kv[1]]];
      } else value.push(line.text);
    }
    put();
    party.lastKey = key;
    party.lastLine = block.lines[block.lines.length - 1]!;
    addPartyText(party, block);
  };
  /**
   * "Deelnemers: gemeente Tiel, gemeente Culemborg en Waterschap" (as wide
   * as the text, no stop) right above "Rivierenland": the value wrapped
   * onto a line the reader kept apart, no new party's name.
   */
  const wrapsValue = (party: OpenParty, block: ParagraphBlock): boolean => {
    const last = party.lastLine;
    if (party.lastKey === null || last === null || last.text.length < WRAPPED_FIELD_LINE || /[.!?]$/.test(last.text)) return false;
    // "Resultaat        € 410.000": a key and value set apart by spaces is a row of its own.
    if (block.text.includes('  ')) return false;
    return base.pos(last.span).end.line + 1 === base.pos(block.span).start.line;
  };
  const startParty = (name: string, block: ParagraphBlock): void => {
    describedParty(name);
    const node: ConnectedPartyNode = { type: 'connectedParty', name, fields: {}, text: block.text, position: base.pos(block.span) };
    emit(node);
    openParty = { node, spans: [block.span], label: null, lastKey: null, lastLine: null };
  };
  const addPartyText = (party: OpenParty, block: ParagraphBlock): void => {
    party.node.text = `${party.node.text ?? ''}\n${block.text}`;
    party.spans.push(block.span);
    party.node.position = base.pos({ start: party.spans[0]!.start, end: block.span.end });
  };

  const openHeading = (h: HeadingKind, text: string, span: Span, depth: number | null, listFollows: boolean): number => {
    if (h.kind === 'label' && openAction) return -1;
    const namesGoal = pendingGoal !== null && pendingGoal.needsTitle && (h.kind === 'measure' || h.kind === 'numbered');
    if (depth !== null && !namesGoal) enterDepth(h, depth);
    try {
      return openHeadingOfKind(h, text, span, depth, listFollows);
    } finally {
      opening.depth = null;
      opening.floor = 1;
      opening.blocked = false;
    }
  };

  const openHeadingOfKind = (h: HeadingKind, text: string, span: Span, depth: number | null, listFollows: boolean): number => {
    headings.push({ text, span });
    endAction();
    const kind = indicatorKindOf(text);
    switch (h.kind) {
      case 'programme': {
        pendingGoal = null;
        const open = stack[1];
        if (stack.length === 2 && open!.kind === 'programme' && open!.children.length === 0 && sameProgramme(open!.node as ProgrammeNode, h)) {
          // A letter-spaced title page "P r o g r a m m a  3 …" right above "Programma 3: …": one programme.
          const p = open!.node as ProgrammeNode;
          p.heading = `${p.heading}\n${text}`;
          open!.span = { start: open!.span.start, end: span.end };
          return 0;
        }
        forgetGoals();
        overviewLists();
        popWhile(() => true);
        const node: ProgrammeNode = { type: 'programme', id: h.id, title: h.title, heading: text, position: base.pos(span), children: [] };
        push({ node, kind: 'programme', role: null, indicatorKind: null, children: [], span });
        return 0;
      }
      case 'goal': {
        const current = insideGoal();
        if (current && h.id !== null && current.id === h.id) {
          // "Doelstelling 3" repeated above its description.
          pendingGoal = { node: current, needsTitle: false, spans: [span] };
          if (current.heading !== text) current.heading = `${current.heading ?? ''}\n${text}`;
          extendFrame(current, span);
          return 0;
        }
        const node: GoalNode = { type: 'goal', id: h.id, title: h.title ?? '', description: null, heading: text, position: base.pos(span), children: [] };
        const actions = actionsOutsideGoal();
        if (actions > 0) {
          // Goals repeated under the programme's "Wat gaan we daarvoor doen?" group its actions.
          popWhile(() => stack.length > actions + 1);
          const known = knownGoal(h.id, h.title, null);
          if (known) {
            openGoalReference(text, span, known.id);
            return 0;
          }
        } else popGoalScope(h.id);
        openGoal(node, span, actions > 0);
        pendingGoal = { node, needsTitle: h.title === null, spans: [span] };
        return 0;
      }
      case 'section': {
        pendingGoal = null;
        // Indicator blocks sit inside a W-question; everything else is its sibling,
        // and a W-question closes the previous one with the goals inside it.
        const isW = h.role !== 'indicators';
        // The costs are the programme's, never a goal's, whichever goal came last.
        if (h.role === 'costs') popWhile((f) => f.kind !== 'programme');
        if (h.role === 'goals' || h.role === 'actions') hoistGoalFromActions();
        const lastW = stack.findLastIndex((f) => f.kind === 'section' && isWRole(f.role));
        if (isW && lastW > 0) popWhile(() => stack.length > lastW);
        popWhile((f) => f.kind === 'heading' || (f.kind === 'section' && (isW || f.role === h.role || !isWRole(f.role))));
        // A programme's "Wat willen we bereiken?" starts its goals, also where no "Programma" heading was seen.
        if (h.role === 'goals' && !insideGoal()) forgetGoals();
        const node: SectionNode = { type: 'section', heading: text, role: h.role, position: base.pos(span), children: [] };
        if (h.id !== null) node.id = h.id;
        push({ node, kind: 'section', role: h.role, indicatorKind: kind, children: [], span });
        return 0;
      }
      case 'measure':
      case 'numbered': {
        const goal = insideGoal();
        const r = role();
        if (pendingGoal && pendingGoal.needsTitle) {
          const g: GoalNode = pendingGoal.node;
          g.id = h.id;
          g.title = h.title;
          g.heading = `${g.heading ?? ''}\n${text}`;
          pendingGoal = { node: g, needsTitle: false, spans: [...pendingGoal.spans, span] };
          // "Doelstelling" (h3) named by "2.1 Gelijke kansen" (h4): the goal ends where the next h4 begins.
          const frame = stack.find((f) => f.node === g);
          if (frame && depth !== null) frame.depth = depth;
          titleKnown(g);
          return 0;
        }
        const actions = actionsOutsideGoal();
        const repeated = actions > 0 ? knownGoal(h.id, h.title, null) : null;
        if (repeated && repeated.id === h.id && titleKey(repeated.title) === titleKey(h.title)) {
          // "2.1 Gelijke kansen" repeated from "Wat willen we bereiken?": the goal's actions follow.
          // Number and title both: "1. Cameratoezicht" under "1. Veilige wijken" is a measure.
          popWhile(() => stack.length > actions + 1);
          openGoalReference(text, span, h.id);
          return 0;
        }
        if (r === 'actions' || (goal?.id && h.id.startsWith(`${goal.id}.`))) {
          if (depth !== null && r === 'actions') {
            // "2.1 Gelijke kansen" (h3) with a list under it heads that list: its items are the actions.
            if (listFollows) return openPlainHeading(text, span, kind, h.id);
            popWhile((f) => f.kind === 'heading' && f.depth !== undefined && f.depth >= depth);
          }
          const node: ActionNode = { type: 'action', id: h.id, title: h.title, text: null, position: base.pos(span) };
          emit(node);
          openAction = { node, spans: [span] };
          return 0;
        }
        if (r === 'goals' && h.kind === 'numbered') {
          popGoalScope(h.id);
          const node: GoalNode = { type: 'goal', id: h.id, title: h.title, description: null, heading: text, position: base.pos(span), children: [] };
          openGoal(node, span, false);
          pendingGoal = { node, needsTitle: false, spans: [span] };
          return 0;
        }
        return openPlainHeading(text, span, kind, h.id);
      }
      case 'label':
      case 'heading':
      default:
        // A plain heading right under "Wat willen we bereiken?" (not inside a goal) names a goal.
        if (h.kind === 'heading' && top().kind === 'section' && top().role === 'goals' && !insideGoal() && kind === null) {
          const node: GoalNode = { type: 'goal', id: null, title: text.replace(/[.:]$/, ''), description: null, heading: text, position: base.pos(span), children: [] };
          openGoal(node, span, false);
          pendingGoal = { node, needsTitle: false, spans: [span] };
          return 0;
        }
        return openPlainHeading(text, span, kind, null);
    }
  };

  const openPlainHeading = (text: string, span: Span, kind: IndicatorKind | null, id: string | null): number => {
    pendingGoal = null;
    // "7. Vervolg" after "6. Financiën": a numbered section ends where its next sibling (or an uncle) begins.
    popWhile((f) => f.kind === 'heading' || (id !== null && f.kind === 'section' && endsAt(f.node, id)));
    const node: SectionNode = { type: 'section', heading: text, role: kind ? 'indicators' : 'other', position: base.pos(span), children: [] };
    if (id !== null) node.id = id;
    push({ node, kind: 'heading', role: kind ? 'indicators' : null, indicatorKind: kind, children: [], span });
    return 0;
  };

  /** A new goal closes sections and goals that cannot hold it. */
  /** The goal's own lines (a title or description below its heading) widen its position. */
  const extendFrame = (node: Container, span: Span): void => {
    const frame = stack.find((f) => f.node === node);
    if (frame && span.end > frame.span.end) frame.span = { ...frame.span, end: span.end };
  };

  const openGoal = (node: GoalNode, span: Span, inActions: boolean): void => {
    const frame: Frame = { node, kind: 'goal', role: null, indicatorKind: null, children: [], span };
    if (inActions) frame.inActions = true;
    push(frame);
    remember(node);
  };

  const remember = (g: GoalNode): void => {
    if (g.id !== null && !goalsById.has(g.id)) goalsById.set(g.id, g);
    const key = titleKey(g.title);
    if (key !== '' && !goalsByTitle.has(key)) goalsByTitle.set(key, g);
  };

  /** A goal named again: a section that carries the goal's id and holds what follows. */
  const openGoalReference = (text: string, span: Span, id: string | null): void => {
    pendingGoal = null;
    const node: SectionNode = { type: 'section', heading: text, role: 'other', position: base.pos(span), children: [] };
    if (id !== null) node.id = id;
    push({ node, kind: 'heading', role: null, indicatorKind: null, children: [], span });
  };

  /** The goal of this programme with the same id, or else the same title, other than `self`. */
  const knownGoal = (id: string | null, title: string | null, self: GoalNode | null): GoalNode | null => {
    const byId = id === null ? undefined : goalsById.get(id);
    if (byId && byId !== self) return byId;
    const byTitle = title === null ? undefined : goalsByTitle.get(titleKey(title));
    return byTitle && byTitle !== self ? byTitle : null;
  };

  /**
   * The stack index of the innermost W-section when it is "Wat gaan we
   * daarvoor doen?" of the programme itself (no goal around it), else -1.
   */
  const actionsOutsideGoal = (): number => {
    for (let k = stack.length - 1; k > 0; k--) {
      const f = stack[k]!;
      if (f.kind === 'goal' && !f.inActions) return -1;
      if (f.kind === 'section' && isWRole(f.role)) {
        if (f.role !== 'actions') return -1;
        for (let j = k - 1; j > 0; j--) if (stack[j]!.kind === 'goal') return -1;
        return k;
      }
    }
    return -1;
  };

  /**
   * A goal whose id and title came on the line under "Doelstelling" is known
   * by them from now on; in the programme's actions, when they name a goal
   * seen before, it becomes a reference to that goal.
   */
  const titleKnown = (g: GoalNode): void => {
    const k = stack.findIndex((f) => f.node === g);
    const frame = stack[k];
    if (!frame || !frame.inActions || !knownGoal(g.id, g.title, g)) {
      remember(g);
      return;
    }
    const node: SectionNode = { type: 'section', heading: g.heading ?? g.title, role: 'other', position: g.position, children: [] };
    if (g.id !== null) node.id = g.id;
    const siblings = stack[k - 1]!.children;
    siblings[siblings.lastIndexOf(g)] = node;
    const replaced: Frame = { node, kind: 'heading', role: null, indicatorKind: null, children: frame.children, span: frame.span };
    if (frame.depth !== undefined) replaced.depth = frame.depth;
    if (frame.byDepth) replaced.byDepth = true;
    stack[k] = replaced;
    pendingGoal = null;
  };

  /**
   * A goal heading under the programme's actions that is followed by its own
   * W-questions before any action (goal-first blocks after a programme-wide
   * "Wat gaan we daarvoor doen?") is no group of actions: it moves out to
   * stand beside that section.
   */
  const hoistGoalFromActions = (): void => {
    const g = stack.findIndex((f) => f.inActions === true);
    // A W-question deeper than a heading inside the goal belongs to that heading.
    if (g < 2 || opening.floor > g + 1) return;
    const frame = stack[g]!;
    if (frame.children.some((c) => c.type === 'action' || c.type === 'actionTable' || c.type === 'list')) return;
    popWhile(() => stack.length > g + 1);
    const actions = stack[g - 1]!;
    actions.children.splice(actions.children.lastIndexOf(frame.node as Node), 1);
    stack.splice(g - 1, 1);
    close(actions);
    stack[g - 2]!.children.push(frame.node as Node);
    delete frame.inActions;
  };

  const popGoalScope = (id: string | null): void => {
    popWhile((f) => {
      if (f.kind === 'programme') return false;
      if (f.kind === 'goal') {
        const gid = (f.node as GoalNode).id;
        return !(id !== null && gid !== null && id.startsWith(`${gid}.`));
      }
      if (f.kind === 'section' && f.role === 'goals') return stack.some((s) => s.kind === 'goal');
      return true;
    });
  };

  const overview = programmeOverview(blocks);
  const classify = (text: string, i: number): HeadingKind =>
    overview !== null && i >= overview.end ? asListedProgramme(classifyHeading(text), overview) : classifyHeading(text);

  for (let i = 0; i < blocks.length; i++) {
    if (overview !== null && i === overview.lines) {
      // "1. Bestuur en dienstverlening" / "2. Veiligheid" under "… programma's:": the list of programmes, no headings.
      emit(overviewList(blocks.slice(i, overview.end) as ParagraphBlock[]));
      for (let k = i; k < overview.end; k++) blocks[k] = undefined;
      i = overview.end - 1;
      titleAbove = null;
      continue;
    }
    const block = blocks[i]!;
    blocks[i] = undefined;
    const next = blocks[i + 1];
    switch (block.kind) {
      case 'clutter':
        emit({ type: 'paragraph', text: block.text, position: base.pos(block.span) });
        continue;
      case 'heading':
        takeHeading(block, classify(block.text, i), block.depth, listFollows(blocks, i + 1));
        continue;
      case 'paragraph': {
        const cardTitle = next ? cardTitleAfterNumber(block, next, blocks[i + 2]) : null;
        if (cardTitle) {
          // "23" ⏎ "Jongeren met jeugdhulp" ⏎ "Eenheid: …": the card's number and name are one title.
          blocks[++i] = undefined;
          takeHeading({ text: `${block.text} ${cardTitle.text}`, span: { start: block.span.start, end: cardTitle.span.end } });
          continue;
        }
        if (pendingGoal && pendingGoal.needsTitle && block.lines.length === 1 && block.text.length <= 200) {
          const g: GoalNode = pendingGoal.node;
          const numbered = /^(\d{1,2}(?:\.\d{1,3}){0,3})\.?\s+(\S.*)$/.exec(block.text);
          if (numbered && g.id === null) g.id = numbered[1]!;
          g.title = (numbered ? numbered[2]! : block.text).replace(/[.:]$/, '');
          extendFrame(g, block.span);
          g.heading = `${g.heading ?? ''}\n${block.text}`;
          pendingGoal = { node: g, needsTitle: false, spans: [...pendingGoal.spans, block.span] };
          titleKnown(g);
          continue;
        }
        const candidate = isHeadingCandidate(block, next);
        const heading = candidate ? classify(block.text, i) : null;
        const structural = heading !== null && (heading.kind !== 'heading' || indicatorKindOf(block.text) !== null);
        // One line right above a table ("Aantal cliënten per voorziening") is the table's title, not the goal's description.
        const titlesTable = block.lines.length === 1 && next?.kind === 'table' && next.span.start - block.span.end <= 1 && !/[.!?]$/.test(block.text);
        if (!structural && !titlesTable && pendingGoal && !pendingGoal.needsTitle && pendingGoal.spans.length > 0 && isRepeatOrDescription(pendingGoal.node, block)) {
          const g: GoalNode = pendingGoal.node;
          g.description = g.description ? `${g.description}\n${block.text}` : block.text;
          extendFrame(g, block.span);
          pendingGoal = null;
          continue;
        }
        const cardField = titleAbove !== null && block.lines.length === 1 ? CARD_FIELD.exec(block.text) : null;
        if (cardField) {
          emit({ type: 'paragraph', text: block.text, position: base.pos(block.span) });
          fieldsAbove[cardFieldKey(cardField[1]!)] = cardField[2]!.trim();
          continue;
        }
        if (titleAbove !== null && next && isCardFieldPair(block, next)) {
          // "Eenheid" ⏎ "kg per inwoner": a card's field cell and its value on the next line.
          emit({ type: 'paragraph', text: `${block.text}\n${next.text}`, position: base.pos({ start: block.span.start, end: next.span.end }) });
          fieldsAbove[cardFieldKey(block.text)] = next.text;
          blocks[++i] = undefined;
          continue;
        }
        if (block.lines.length === 1 && block.text.length <= 80 && parseMultiplier(block.text) !== null) {
          // "Bedragen x € 1.000" above a table: its caption, not a heading.
          emit({ type: 'paragraph', text: block.text, position: base.pos(block.span) });
          captionAbove = block.text;
          captionAboveAt = i;
          continue;
        }
        const field = paragraphField(block.lines.map((l) => l.text));
        if (field) fields[field[0]] ??= field[1];
        if (partyLine(block, field ? null : heading, next)) continue;
        if (openParty && !candidate) {
          const party: OpenParty = openParty;
          const label = party.label;
          if (label !== null) party.node.fields[label] = party.node.fields[label] ? `${party.node.fields[label]}\n${block.text}` : block.text;
          addPartyText(party, block);
          continue;
        }
        if (heading && !field) {
          takeHeading(block, heading);
          continue;
        }
        if (openAction) {
          appendToAction(block.text, block.span);
          continue;
        }
        emit({ type: 'paragraph', text: block.text, position: base.pos(block.span) });
        titleAbove = null;
        fieldsAbove = {};
        continue;
      }
      case 'list':
        if (openParty) {
          const party: OpenParty = openParty;
          party.node.text = `${party.node.text ?? ''}\n${block.items.map(withMarker).join('\n')}`;
          party.spans.push(block.span);
          party.node.position = base.pos({ start: party.spans[0]!.start, end: block.span.end });
          continue;
        }
        handleList(block);
        titleAbove = null;
        continue;
      case 'table':
        openParty = null;
        handleTable(block, next, captionAboveAt === i - 1);
        titleAbove = null;
        fieldsAbove = {};
        continue;
    }
  }
  overviewLists();
  popWhile(() => true);

  /** A heading (or heading-like line): opens what it names and becomes the title above what follows. */
  function takeHeading(block: { text: string; span: Span }, h: HeadingKind = classifyHeading(block.text), depth: number | null = null, list = false): void {
    if (openHeading(h, block.text, block.span, depth, list) === -1) appendToAction(block.text, block.span);
    titleAbove = block.text;
    titleSpan = block.span;
    fieldsAbove = {};
  }

  function appendToAction(text: string, span: Span): void {
    const a = openAction!;
    a.node.text = a.node.text === null ? text : `${a.node.text}\n${text}`;
    a.spans.push(span);
    a.node.position = base.pos({ start: a.spans[0]!.start, end: span.end });
  }

  function handleList(list: ListBlock): void {
    if (openAction) {
      for (const item of list.items) appendToAction(withMarker(item), item.span);
      return;
    }
    if (role() === 'actions') {
      for (const a of actionsFromList(list, ctx(null))) emit(a);
      return;
    }
    if (role() === 'connectedParties' && list.items.every((it) => it.depth === 0 && it.text.length <= 100 && !endsSentence(it.text))) {
      // A list of the parties' names: each a party, until a block further on describes one of them.
      const group: NameList = { list, nodes: [], siblings: top().children, described: new Set() };
      list.items.forEach((it, k) => {
        const node: Node = { type: 'connectedParty', name: it.text, fields: {}, text: it.text, position: base.pos(it.span) };
        group.nodes.push(node);
        emit(node);
        nameLists.set(partyKey(it.text), { group, item: k });
      });
      return;
    }
    emit(listNode(list));
  }

  function listNode(list: ListBlock): Node {
    const node: Node = { type: 'list', ordered: list.ordered, items: list.items.map((it) => it.text), position: base.pos(list.span) };
    if (list.items.some((it) => WORD_MARKER.test(it.marker))) node.markers = list.items.map((it) => it.marker);
    return node;
  }

  /** A party described after a list that named it (see `overviewLists`). */
  function describedParty(name: string): void {
    const listed = nameLists.get(partyKey(name));
    if (listed) listed.group.described.add(listed.item);
  }

  /**
   * A list of party names of which a block further on describes one was an
   * overview of the parties described below: it becomes a plain list again,
   * so that each party is one node, the one with its fields. A name it holds
   * that nothing describes stays a party beside it.
   */
  function overviewLists(): void {
    const done = new Set<NameList>();
    for (const { group } of nameLists.values()) {
      if (group.described.size === 0 || done.has(group)) continue;
      done.add(group);
      const at = group.siblings.indexOf(group.nodes[0]!);
      if (at < 0) continue;
      const undescribed = group.nodes.filter((_, k) => !group.described.has(k));
      group.siblings.splice(at, group.nodes.length, listNode(group.list), ...undescribed);
    }
    nameLists.clear();
  }

  function handleTable(table: TableBlock, next: Block | undefined, captionRightAbove: boolean): void {
    const below = next && next.kind === 'paragraph' && next.lines.length === 1 && parseMultiplier(next.text) ? next.text : null;
    const captionBelow = below ?? captionAbove;
    const c = ctx(captionBelow, below ?? (captionRightAbove ? captionAbove : null));
    captionAbove = null;
    const letter = letterheadFields(table);
    if (letter) {
      for (const [k, v] of Object.entries(letter)) fields[k] ??= v;
      emit(tableNode(table, 'letterhead'));
      return;
    }
    // A party's own table: its name alone in the first row, field labels under it.
    const partyShaped =
      table.rows.length >= 2 &&
      table.rows[0]!.filter((c) => c.text !== '').length === 1 &&
      table.rows.slice(1, 3).some((r) => isPartyField(r[0]?.text ?? ''));
    if (c.role === 'connectedParties' || partyShaped) {
      const parties = recogniseConnectedParty(table, c);
      if (parties) {
        for (const p of parties) {
          describedParty(p.name);
          emit(p);
        }
        return;
      }
    }
    if (looksLikeActionTable(table)) {
      const actions = recogniseActionTable(table, c);
      if (actions) {
        emit(actions);
        return;
      }
    }
    const budgetRows = table.rows.some((r) => r.slice(0, 2).some((cell) => budgetRowKind(cell.text) !== null));
    const card = 'eenheid' in c.fieldsAbove || 'bron' in c.fieldsAbove;
    const indicatorFirst = (c.role === 'indicators' || c.indicatorKind !== null || card) && !budgetRows;
    if (!indicatorFirst && looksLikeBudgetTable(table, c)) {
      const budget = recogniseBudgetTable(table, c);
      if (budget) {
        emit(budget);
        return;
      }
    }
    const indicators = recogniseIndicatorTable(table, c);
    if (indicators) {
      emit(indicators);
      return;
    }
    if (indicatorFirst && looksLikeBudgetTable(table, c)) {
      const budget = recogniseBudgetTable(table, c);
      if (budget) {
        emit(budget);
        return;
      }
    }
    emit(tableNode(table, null));
  }

  function overviewList(lines: ParagraphBlock[]): Node {
    const entries = lines.map((l) => /^(\S+)\s+(.*)$/.exec(l.text.trim())!);
    const position = base.pos({ start: lines[0]!.span.start, end: lines[lines.length - 1]!.span.end });
    return { type: 'list', ordered: true, items: entries.map((m) => m[2]!), markers: entries.map((m) => m[1]!), position };
  }

  function tableNode(table: TableBlock, tableRole: string | null): Node {
    // Trailing empty cells are padding in every format (pipe runs, empty <td>s).
    const texts = (r: TableBlock['rows'][number]): string[] => {
      const out = r.map((c) => c.text);
      while (out.length > 1 && out[out.length - 1] === '') out.pop();
      return out;
    };
    const header = table.rows.slice(0, table.headerRows).map(texts);
    const rows = table.rows.slice(table.headerRows).map(texts);
    return { type: 'table', role: tableRole, caption: table.caption, header, rows, position: base.pos(table.span) };
  }

  return { children: root.children, fields, headings };
}

/**
 * The stack length that a heading of markup depth `depth` keeps: up to the
 * innermost frame opened by a shallower heading that its kind may sit in.
 * A programme opens at the top; a W-question never sits in another
 * W-question ("Wat gaan we doen?" under "Wat willen we bereiken?" is a
 * sibling whatever its level), the costs never in a goal, and nothing in a
 * plain page title.
 * @example // h2 "Wat hebben we bereikt?" keeps h3 "Beoogd maatschappelijk effect" inside it
 */
function depthFloor(stack: readonly Frame[], h: HeadingKind, depth: number): number {
  if (h.kind === 'programme') return 1;
  for (let k = stack.length - 1; k > 0; k--) {
    const f = stack[k]!;
    if (f.depth !== undefined && f.depth < depth && mayHold(f, h)) return k + 1;
  }
  return 1;
}

function mayHold(f: Frame, h: HeadingKind): boolean {
  // A plain h1 titles the page ("Raadsinformatiebrief"): its h2s stand beside it, as its lines do in plain text.
  if (f.kind === 'heading' && f.depth === 1) return false;
  if (h.kind !== 'section' || !isWRole(h.role)) return true;
  if (f.kind === 'section' && isWRole(f.role) && f.role !== h.role) return false;
  return !(h.role === 'costs' && f.kind === 'goal');
}

/** A list right below a heading, or below the one paragraph that leads into it ("We hebben:"). */
function listFollows(blocks: ReadonlyArray<Block | undefined>, from: number): boolean {
  const next = blocks[from];
  if (next?.kind === 'list') return true;
  return next?.kind === 'paragraph' && next.lines.length === 1 && next.text.endsWith(':') && blocks[from + 1]?.kind === 'list';
}

/** The same programme named twice: the same number, or no number and the same title. */
function sameProgramme(p: ProgrammeNode, h: { id: string | null; title: string }): boolean {
  return p.id === h.id && titleKey(p.title) === titleKey(h.title);
}

/** A list marker that is a word to a reader ("o", "a)", "1."), not a symbol. */
const WORD_MARKER = /[\p{L}\p{N}]/u;

/** "Ontwikkelingen", "Risico's:": a party field's label alone, not "Resultaat        € 410.000" with its value. */
function isFieldLabel(text: string): boolean {
  return isPartyField(text) && !text.includes('  ') && !text.includes('€');
}

/** A field line at least this wide ran into the margin: the line under it may go on with its value. */
const WRAPPED_FIELD_LINE = 60;

const PARTY_KV = /^([^:]{2,60}):\s*(\S.{0,500})$/;

/**
 * A party's name on a line of its own, right above its first field line
 * ("Regionale Belastinggroep" over "Vestigingsplaats: Tilburg"): short,
 * no sentence, no field itself.
 */
function isPartyName(text: string, next: Block | undefined): boolean {
  if (next?.kind !== 'paragraph' || text.length > 100 || /[.,;:]$/.test(text) || PARTY_KV.test(text)) return false;
  return partyFieldLine(next.lines[0]!.text) !== null;
}

/** The unit and source lines of an indicator card ("Eenheid: %", "Bron: Veiligheidsmonitor"). */
const CARD_FIELD = /^(eenheid|meeteenheid|bron|peildatum|periode)\s*:\s*(\S.{0,200})$/i;

/** A list item that ends as a sentence does; "Vitens N.V." ends in its legal form. */
function endsSentence(text: string): boolean {
  return /[;:]$/.test(text) || (text.endsWith('.') && !LEGAL_FORM_END.test(text));
}

/** "N.V.", "B.V.", "U.A." at the end of a name. */
const LEGAL_FORM_END = /(?:^|\s)(?:[A-Za-z]\.){1,3}$/;

/** A party's name compared between a list and the block that describes it: case, spaces and a final stop aside. */
function partyKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').replace(/[.:;,]$/, '').trim();
}

/** A card's field word alone on its line ("Eenheid", "Bron:"), its value on the next. */
const CARD_FIELD_WORD = /^(?:eenheid|meeteenheid|bron|peildatum|periode)\s*:?$/i;

/**
 * "Eenheid" ⏎ "kg per inwoner": a field cell of an indicator card laid out
 * one cell per line, and the one-line value under it (no field word itself).
 */
export function isCardFieldPair(block: ParagraphBlock, next: Block): next is ParagraphBlock {
  return block.lines.length === 1 && CARD_FIELD_WORD.test(block.text) &&
    next.kind === 'paragraph' && next.lines.length === 1 && next.text.length <= 200 && !CARD_FIELD_WORD.test(next.text);
}

const CARD_NUMBER = /^\(?\d{1,3}(?:\.\d{1,2}){0,2}\)?\.?$/;

/**
 * The name line of an indicator card whose number stands alone on the line
 * above it ("23", "(23)", "6.1"), when a card field follows the name
 * ("Eenheid: %", or "Eenheid" alone); else null.
 * @example "23" ⏎ "Jongeren met jeugdhulp" ⏎ "Eenheid: %" → the block "Jongeren met jeugdhulp"
 */
export function cardTitleAfterNumber(block: ParagraphBlock, next: Block, after: Block | undefined): ParagraphBlock | HeadingBlock | null {
  if (block.lines.length !== 1 || !CARD_NUMBER.test(block.text)) return null;
  const title = next.kind === 'heading' || (next.kind === 'paragraph' && next.lines.length === 1) ? next : null;
  // A name that has its own number ("(34) Hernieuwbare elektriciteit") makes the line above something else.
  if (!title || title.text.length > 150 || /^\(?\d/.test(title.text) || CARD_FIELD.test(title.text) || CARD_FIELD_WORD.test(title.text)) return null;
  if (after === undefined || after.kind !== 'paragraph') return null;
  const field = after.lines[0]?.text ?? after.text;
  return CARD_FIELD.test(field) || CARD_FIELD_WORD.test(field) ? title : null;
}

/** The key of a card field: "Meeteenheid" is the unit as "Eenheid" is. */
function cardFieldKey(word: string): string {
  const key = word.replace(/\s*:$/, '').toLowerCase();
  return key === 'meeteenheid' ? 'eenheid' : key;
}

function isWRole(role: SectionRole | null): boolean {
  return role === 'goals' || role === 'actions' || role === 'costs';
}

/** The paragraph under a repeated goal heading is its description. */
function isRepeatOrDescription(goal: GoalNode, block: ParagraphBlock): boolean {
  return block.text.length > 0 && goal.description === null;
}

const OUTLINE_ID = /^\d{1,2}(?:\.\d{1,3})*$/;

/** Whether a numbered section ends where a heading numbered `id` begins: `id` is not inside its number. */
function endsAt(node: Container | null, id: string): boolean {
  const own = node?.type === 'section' ? node.id : null;
  return typeof own === 'string' && OUTLINE_ID.test(own) && OUTLINE_ID.test(id) && !id.startsWith(`${own}.`);
}
