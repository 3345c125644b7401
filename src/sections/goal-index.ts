/**
 * The goals of the current programme by id and by title, to know a goal
 * heading repeated further on ("2.1 Gelijke kansen" under "Wat gaan we
 * daarvoor doen?" after it opened under "Wat willen we bereiken?").
 */
import type { GoalNode } from '../schema/report.js';
import { titleKey } from '../recognise/headings.js';

export class GoalIndex {
  // Made at the first goal: a tree is built per document, and most documents (letters, financial parts) have none.
  private byId: Map<string, GoalNode> | null = null;
  private byTitle: Map<string, GoalNode> | null = null;

  /** Forgets every goal (a new programme, or a new "Wat willen we bereiken?"). */
  forget(): void {
    this.byId?.clear();
    this.byTitle?.clear();
  }

  /** Knows a goal by its id and title, unless another goal already has them. */
  remember(g: GoalNode): void {
    const byId = (this.byId ??= new Map());
    const byTitle = (this.byTitle ??= new Map());
    if (g.id !== null && !byId.has(g.id)) byId.set(g.id, g);
    const key = titleKey(g.title);
    if (key !== '' && !byTitle.has(key)) byTitle.set(key, g);
  }

  /** The goal with the same id, or else the same title, other than `self`. */
  known(id: string | null, title: string | null, self: GoalNode | null): GoalNode | null {
    const byId = id === null ? undefined : this.byId?.get(id);
    if (byId && byId !== self) return byId;
    const byTitle = title === null || this.byTitle === null ? undefined : this.byTitle.get(titleKey(title));
    return byTitle && byTitle !== self ? byTitle : null;
  }
}
