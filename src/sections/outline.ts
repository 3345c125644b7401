/**
 * The outline of a report as it is being built: the stack of open frames
 * (programme, goal, section, plain heading), what each may hold, and how a
 * heading's markup depth closes deeper ones. Only the outline changes the
 * stack; the block rules emit into its innermost frame.
 */
import type { Span } from '../blocks/model.js';
import { endOffset } from '../blocks/positions.js';
import type { GoalNode, IndicatorKind, Node, Position, ProgrammeNode, RecognisedTableNode, SectionNode, SectionRole } from '../schema/report.js';
import type { HeadingKind } from '../recognise/headings.js';

/** A node that holds children. */
export type Container = GoalNode | SectionNode | ProgrammeNode | RecognisedTableNode;

/** One open container on the stack. */
export interface Frame {
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

/**
 * The heading being opened: its markup depth, the stack length that its
 * kind's pops must keep (the shallower headings around it, see
 * `depthFloor`), and whether that floor stopped a pop.
 */
interface Opening {
  depth: number | null;
  floor: number;
  blocked: boolean;
}

/** The stack of open frames, with the operations that open and close them. */
export class Outline {
  readonly root: Frame = { node: null, kind: 'root', role: null, indicatorKind: null, children: [], span: { start: 0, end: 0 } };
  // Changed only by push, popWhile, replace and the actions hoist, which forget `knownRole`: others read `stack`.
  private readonly frames: Frame[] = [this.root];
  readonly opening: Opening = { depth: null, floor: 1, blocked: false };
  /** `role()` while the stack stays as it is (undefined: to be found): the block rules ask it several times a block. */
  private knownRole: SectionRole | null | undefined = undefined;

  constructor(private readonly pos: (span: Span) => Position) {}

  /** The open frames, the root first (read-only: `role()` keeps its answer until the outline changes them). */
  get stack(): readonly Frame[] {
    return this.frames;
  }

  /** The innermost open frame. */
  top(): Frame {
    return this.stack[this.stack.length - 1]!;
  }

  /** The role of the innermost frame with one. */
  role(): SectionRole | null {
    if (this.knownRole === undefined) this.knownRole = this.innermostRole();
    return this.knownRole;
  }

  private innermostRole(): SectionRole | null {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.role) return this.stack[k]!.role;
    return null;
  }

  /** Puts `frame` in the place of the frame at stack index `k`. */
  replace(k: number, frame: Frame): void {
    this.frames[k] = frame;
    this.knownRole = undefined;
  }

  /** The indicator kind named by the innermost heading that names one. */
  indicatorKind(): IndicatorKind | null {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.indicatorKind) return this.stack[k]!.indicatorKind;
    return null;
  }

  /** The innermost open goal. */
  insideGoal(): GoalNode | null {
    for (let k = this.stack.length - 1; k >= 0; k--) if (this.stack[k]!.kind === 'goal') return this.stack[k]!.node as GoalNode;
    return null;
  }

  /** Adds a node to the innermost frame. */
  emit(node: Node): void {
    this.top().children.push(node);
  }

  /** Gives a frame's node its children and its extent (its own span and every child's). */
  close(frame: Frame): void {
    if (!frame.node) return;
    let end = frame.span.end;
    for (const c of frame.children) {
      const childEnd = endOffset(c.position);
      if (childEnd > end) end = childEnd;
    }
    frame.node.position = this.pos({ start: frame.span.start, end });
    // The frame's own array, not a copy: a rule may still rewrite it after the frame closes (a list of party names is
    // restored into it when the next programme begins). The tree's arrays are trimmed once it is done (childrenAtTheirLength).
    frame.node.children = frame.children;
  }

  /** Closes frames from the top while `test` holds, down to the floor of the heading being opened. */
  popWhile(test: (f: Frame) => boolean): void {
    while (this.stack.length > 1 && test(this.top())) {
      if (this.stack.length <= this.opening.floor) {
        this.opening.blocked = true;
        return;
      }
      this.close(this.frames.pop()!);
      this.knownRole = undefined;
    }
  }

  /** Closes every frame. */
  closeAll(): void {
    this.popWhile(() => true);
  }

  /** Emits a frame's node and opens the frame inside the innermost one. */
  push(frame: Frame): void {
    this.emit(frame.node as Node);
    if (this.opening.depth !== null) frame.depth = this.opening.depth;
    if (this.opening.blocked) frame.byDepth = true;
    this.frames.push(frame);
    this.knownRole = undefined;
  }

  /**
   * Markup depth first: a heading closes what deeper headings opened, and
   * what headings of its own depth opened inside a shallower one against
   * their kind (at the same depth the kinds decide: a goal h3 stays in a
   * W-question h3); its own kind's pops stop at the innermost shallower
   * heading that may hold it.
   */
  enterDepth(h: HeadingKind, depth: number): void {
    const k = this.stack.findIndex((f) => f.depth !== undefined && (f.depth > depth || (f.byDepth === true && f.depth === depth)));
    if (k > 0) this.popWhile(() => this.stack.length > k);
    this.opening.depth = depth;
    this.opening.floor = depthFloor(this.stack, h, depth);
  }

  /** Forgets the heading being opened. */
  endOpening(): void {
    this.opening.depth = null;
    this.opening.floor = 1;
    this.opening.blocked = false;
  }

  /** The goal's own lines (a title or description below its heading) widen its position. */
  extendFrame(node: Container, span: Span): void {
    const frame = this.stack.find((f) => f.node === node);
    if (frame && span.end > frame.span.end) frame.span = { ...frame.span, end: span.end };
  }

  /** A new goal closes sections and goals that cannot hold it (a goal "2.1" stays in goal "2"). */
  popGoalScope(id: string | null): void {
    this.popWhile((f) => {
      if (f.kind === 'programme') return false;
      if (f.kind === 'goal') {
        const gid = (f.node as GoalNode).id;
        return !(id !== null && gid !== null && id.startsWith(`${gid}.`));
      }
      if (f.kind === 'section' && f.role === 'goals') return this.stack.some((s) => s.kind === 'goal');
      return true;
    });
  }

  /**
   * The stack index of the innermost W-section when it is "Wat gaan we
   * daarvoor doen?" of the programme itself (no goal around it), else -1.
   */
  actionsOutsideGoal(): number {
    for (let k = this.stack.length - 1; k > 0; k--) {
      const f = this.stack[k]!;
      if (f.kind === 'goal' && !f.inActions) return -1;
      if (f.kind === 'section' && isWRole(f.role)) {
        if (f.role !== 'actions') return -1;
        for (let j = k - 1; j > 0; j--) if (this.stack[j]!.kind === 'goal') return -1;
        return k;
      }
    }
    return -1;
  }

  /**
   * A goal heading under the programme's actions that is followed by its own
   * W-questions before any action (goal-first blocks after a programme-wide
   * "Wat gaan we daarvoor doen?") is no group of actions: it moves out to
   * stand beside that section. This stays a stack operation, not a pass
   * after the build: the headings after it attach by where the goal stands.
   */
  hoistGoalFromActions(): void {
    const stack = this.frames;
    const g = stack.findIndex((f) => f.inActions === true);
    // A W-question deeper than a heading inside the goal belongs to that heading.
    if (g < 2 || this.opening.floor > g + 1) return;
    const frame = stack[g]!;
    if (frame.children.some((c) => c.type === 'action' || c.type === 'actionTable' || c.type === 'list')) return;
    this.popWhile(() => stack.length > g + 1);
    const actions = stack[g - 1]!;
    actions.children.splice(actions.children.lastIndexOf(frame.node as Node), 1);
    stack.splice(g - 1, 1);
    this.knownRole = undefined;
    this.close(actions);
    stack[g - 2]!.children.push(frame.node as Node);
    delete frame.inActions;
  }
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

/** The three W-questions: what we want to achieve, what we do for it, what it costs. */
export function isWRole(role: SectionRole | null): boolean {
  return role === 'goals' || role === 'actions' || role === 'costs';
}

const OUTLINE_ID = /^\d{1,2}(?:\.\d{1,3})*$/;

/** Whether a numbered section ends where a heading numbered `id` begins: `id` is not inside its number. */
export function endsAt(node: Container | null, id: string): boolean {
  const own = node?.type === 'section' ? node.id : null;
  return typeof own === 'string' && OUTLINE_ID.test(own) && OUTLINE_ID.test(id) && !id.startsWith(`${own}.`);
}
