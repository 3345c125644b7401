/**
 * What a heading opens, by its kind: a programme, a goal (or a reference to
 * a goal named before), a W-question or other section with a role, an
 * action, or a plain section; and which open frames it closes first.
 */
import { isGoalGroupHeading } from '../vocabulary/goals.js';
import type { Span } from '../blocks/model.js';
import type { ActionNode, GoalNode, IndicatorKind, ProgrammeNode, SectionNode } from '../schema/report.js';
import { indicatorKindOf } from '../vocabulary/sections.js';
import { titleKey, type HeadingKind } from '../recognise/headings.js';
import { endsAt, isWRole, type Frame } from './outline.js';
import type { TreeBuild } from './tree-build.js';

type Of<K extends HeadingKind['kind']> = Extract<HeadingKind, { kind: K }>;

/** Where a heading stands and what follows it. */
interface HeadingAt {
  text: string;
  span: Span;
  /** Markup depth (h2 → 2), or null in plain text. */
  depth: number | null;
  /** A list follows right under it. */
  listFollows: boolean;
  /** The indicator kind its words name ("Effectindicatoren"). */
  indicatorKind: IndicatorKind | null;
}

/**
 * Opens what a heading names. Returns false when the heading is a label
 * inside an open action ("Toelichting"), whose text goes on with the action.
 */
export function openHeading(t: TreeBuild, h: HeadingKind, text: string, span: Span, depth: number | null, listFollows: boolean): boolean {
  if (h.kind === 'label' && t.openAction) return false;
  const namesGoal = t.pendingGoal !== null && t.pendingGoal.needsTitle && (h.kind === 'measure' || h.kind === 'numbered');
  if (depth !== null && !namesGoal) t.outline.enterDepth(h, depth);
  try {
    t.headings.push({ text, span });
    t.openAction = null;
    t.openParty = null;
    t.partyOverview = null;
    const at: HeadingAt = { text, span, depth, listFollows, indicatorKind: indicatorKindOf(text) };
    switch (h.kind) {
      case 'programme':
        openProgramme(t, h, at);
        break;
      case 'goal':
        openGoalHeading(t, h, at);
        break;
      case 'section':
        openSection(t, h, at);
        break;
      case 'measure':
      case 'numbered':
        openNumbered(t, h, at);
        break;
      default:
        openOther(t, h, at);
    }
    return true;
  } finally {
    t.outline.endOpening();
  }
}

function openProgramme(t: TreeBuild, h: Of<'programme'>, at: HeadingAt): void {
  t.pendingGoal = null;
  const stack = t.outline.stack;
  const open = stack[1];
  if (stack.length === 2 && open!.kind === 'programme' && open!.children.length === 0 && sameProgramme(open!.node as ProgrammeNode, h)) {
    // A letter-spaced title page "P r o g r a m m a  3 …" right above "Programma 3: …": one programme.
    const p = open!.node as ProgrammeNode;
    p.heading = `${p.heading}\n${at.text}`;
    open!.span = { start: open!.span.start, end: at.span.end };
    return;
  }
  t.goals.forget();
  t.partyLists.restore();
  t.outline.closeAll();
  const node: ProgrammeNode = { type: 'programme', id: h.id, title: h.title, heading: at.text, position: t.pos(at.span), children: [] };
  t.outline.push({ node, kind: 'programme', role: null, indicatorKind: null, children: [], span: at.span });
}

function openGoalHeading(t: TreeBuild, h: Of<'goal'>, at: HeadingAt): void {
  const current = t.outline.insideGoal();
  if (current && h.id !== null && current.id === h.id) {
    // "Doelstelling 3" repeated above its description.
    t.pendingGoal = { node: current, needsTitle: false, spans: [at.span] };
    if (current.heading !== at.text) current.heading = `${current.heading ?? ''}\n${at.text}`;
    t.outline.extendFrame(current, at.span);
    return;
  }
  const node: GoalNode = { type: 'goal', id: h.id, title: h.title ?? '', description: null, heading: at.text, position: t.pos(at.span), children: [] };
  const actions = t.outline.actionsOutsideGoal();
  if (actions > 0) {
    // Goals repeated under the programme's "Wat gaan we daarvoor doen?" group its actions.
    t.outline.popWhile(() => t.outline.stack.length > actions + 1);
    const known = t.goals.known(h.id, h.title, null);
    if (known) {
      openGoalReference(t, at, known.id);
      return;
    }
  } else t.outline.popGoalScope(h.id);
  openGoal(t, node, at.span, actions > 0);
  t.pendingGoal = { node, needsTitle: h.title === null, spans: [at.span] };
}

function openSection(t: TreeBuild, h: Of<'section'>, at: HeadingAt): void {
  const outline = t.outline;
  // "Overzicht verbonden partijen" inside "Paragraaf 5 Verbonden partijen": a sub-heading of the
  // paragraph, whose role it keeps, not a second parties section beside it.
  if (h.role === 'connectedParties' && outline.stack.some((f) => f.kind === 'section' && f.role === 'connectedParties')) {
    openPlainHeading(t, at, null);
    return;
  }
  t.pendingGoal = null;
  // Indicator blocks sit inside a W-question; everything else is its sibling,
  // and a W-question closes the previous one with the goals inside it.
  const isW = h.role !== 'indicators';
  // The costs are the programme's, never a goal's, whichever goal came last.
  if (h.role === 'costs') outline.popWhile((f) => f.kind !== 'programme');
  if (h.role === 'goals' || h.role === 'actions') outline.hoistGoalFromActions();
  const lastW = outline.stack.findLastIndex((f) => f.kind === 'section' && isWRole(f.role));
  if (isW && lastW > 0) outline.popWhile(() => outline.stack.length > lastW);
  outline.popWhile((f) => f.kind === 'heading' || (f.kind === 'section' && (isW || f.role === h.role || !isWRole(f.role))));
  // A programme's "Wat willen we bereiken?" starts its goals, also where no "Programma" heading was seen.
  if (h.role === 'goals' && !outline.insideGoal()) t.goals.forget();
  const node: SectionNode = { type: 'section', heading: at.text, role: h.role, position: t.pos(at.span), children: [] };
  if (h.id !== null) node.id = h.id;
  outline.push({ node, kind: 'section', role: h.role, indicatorKind: at.indicatorKind, children: [], span: at.span });
}

function openNumbered(t: TreeBuild, h: Of<'measure' | 'numbered'>, at: HeadingAt): void {
  const outline = t.outline;
  const goal = outline.insideGoal();
  const r = outline.role();
  if (t.pendingGoal && t.pendingGoal.needsTitle) {
    nameGoal(t, h, at);
    return;
  }
  const actions = outline.actionsOutsideGoal();
  const repeated = actions > 0 ? t.goals.known(h.id, h.title, null) : null;
  if (repeated && repeated.id === h.id && titleKey(repeated.title) === titleKey(h.title)) {
    // "2.1 Gelijke kansen" repeated from "Wat willen we bereiken?": the goal's actions follow.
    // Number and title both: "1. Cameratoezicht" under "1. Veilige wijken" is a measure.
    outline.popWhile(() => outline.stack.length > actions + 1);
    openGoalReference(t, at, h.id);
    return;
  }
  if (r === 'actions' || (goal?.id && h.id.startsWith(`${goal.id}.`))) {
    const depth = at.depth;
    if (depth !== null && r === 'actions') {
      // "2.1 Gelijke kansen" (h3) with a list under it heads that list: its items are the actions.
      if (at.listFollows) {
        openPlainHeading(t, at, h.id);
        return;
      }
      outline.popWhile((f) => f.kind === 'heading' && f.depth !== undefined && f.depth >= depth);
    }
    const node: ActionNode = { type: 'action', id: h.id, title: h.title, text: null, position: t.pos(at.span) };
    outline.emit(node);
    t.openAction = { node, spans: [at.span] };
    return;
  }
  if (r === 'goals' && h.kind === 'numbered') {
    outline.popGoalScope(h.id);
    const node: GoalNode = { type: 'goal', id: h.id, title: h.title, description: null, heading: at.text, position: t.pos(at.span), children: [] };
    openGoal(t, node, at.span, false);
    t.pendingGoal = { node, needsTitle: false, spans: [at.span] };
    return;
  }
  openPlainHeading(t, at, h.id);
}

/** "Doelstelling" (h3) named by "2.1 Gelijke kansen" (h4): the number and title of the goal waiting for them. */
function nameGoal(t: TreeBuild, h: Of<'measure' | 'numbered'>, at: HeadingAt): void {
  const pending = t.pendingGoal!;
  const g: GoalNode = pending.node;
  g.id = h.id;
  g.title = h.title;
  g.heading = `${g.heading ?? ''}\n${at.text}`;
  t.pendingGoal = { node: g, needsTitle: false, spans: [...pending.spans, at.span] };
  // The goal ends where the next h4 begins.
  const frame = t.outline.stack.find((f) => f.node === g);
  if (frame && at.depth !== null) frame.depth = at.depth;
  titleKnown(t, g);
}

function openOther(t: TreeBuild, h: HeadingKind, at: HeadingAt): void {
  const top = t.outline.top();
  // A plain heading right under "Wat willen we bereiken?" (not inside a goal) names a goal.
  // "Visie", "Strategische doelen" group the goals there and name none; a question asks, it names no goal.
  // The vocabulary test runs last: only a heading under a goals section needs it (most headings are not).
  const underGoals = h.kind === 'heading' && top.kind === 'section' && top.role === 'goals' && !t.outline.insideGoal() && at.indicatorKind === null;
  if (underGoals && !isGoalGroupHeading(at.text) && !at.text.trim().endsWith('?')) {
    const node: GoalNode = { type: 'goal', id: null, title: at.text.replace(/[.:]$/, ''), description: null, heading: at.text, position: t.pos(at.span), children: [] };
    openGoal(t, node, at.span, false);
    t.pendingGoal = { node, needsTitle: false, spans: [at.span] };
    return;
  }
  openPlainHeading(t, at, null);
}

function openPlainHeading(t: TreeBuild, at: HeadingAt, id: string | null): void {
  t.pendingGoal = null;
  const kind = at.indicatorKind;
  // "7. Vervolg" after "6. Financiën": a numbered section ends where its next sibling (or an uncle) begins.
  t.outline.popWhile((f) => f.kind === 'heading' || (id !== null && f.kind === 'section' && endsAt(f.node, id)));
  const node: SectionNode = { type: 'section', heading: at.text, role: kind ? 'indicators' : 'other', position: t.pos(at.span), children: [] };
  if (id !== null) node.id = id;
  t.outline.push({ node, kind: 'heading', role: kind ? 'indicators' : null, indicatorKind: kind, children: [], span: at.span });
}

function openGoal(t: TreeBuild, node: GoalNode, span: Span, inActions: boolean): void {
  const frame: Frame = { node, kind: 'goal', role: null, indicatorKind: null, children: [], span };
  if (inActions) frame.inActions = true;
  t.outline.push(frame);
  t.goals.remember(node);
}

/** A goal named again: a section that carries the goal's id and holds what follows. */
function openGoalReference(t: TreeBuild, at: HeadingAt, id: string | null): void {
  t.pendingGoal = null;
  const node: SectionNode = { type: 'section', heading: at.text, role: 'other', position: t.pos(at.span), children: [] };
  if (id !== null) node.id = id;
  t.outline.push({ node, kind: 'heading', role: null, indicatorKind: null, children: [], span: at.span });
}

/**
 * A goal whose id and title came on the line under "Doelstelling" is known
 * by them from now on; in the programme's actions, when they name a goal
 * seen before, it is a reference to that goal: its frame holds what follows
 * as a plain heading's does, and the node becomes a section after the build
 * (`goalReferences`).
 */
export function titleKnown(t: TreeBuild, g: GoalNode): void {
  const stack = t.outline.stack;
  const k = stack.findIndex((f) => f.node === g);
  const frame = stack[k];
  if (!frame || !frame.inActions || !t.goals.known(g.id, g.title, g)) {
    t.goals.remember(g);
    return;
  }
  t.references.add(g);
  const replaced: Frame = { node: g, kind: 'heading', role: null, indicatorKind: null, children: frame.children, span: frame.span };
  if (frame.depth !== undefined) replaced.depth = frame.depth;
  if (frame.byDepth) replaced.byDepth = true;
  t.outline.replace(k, replaced);
  t.pendingGoal = null;
}

/** The same programme named twice: the same number, or no number and the same title. */
function sameProgramme(p: ProgrammeNode, h: { id: string | null; title: string }): boolean {
  return p.id === h.id && titleKey(p.title) === titleKey(h.title);
}
