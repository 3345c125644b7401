/**
 * Pass `goal-references`, after the build: a goal heading under the
 * programme's "Wat gaan we daarvoor doen?" that names a goal seen before
 * under "Wat willen we bereiken?" is no second goal but a reference to it:
 * a section that carries the goal's id and holds the actions under it.
 *
 * @example
 *   Wat willen we bereiken?
 *   Doelstelling
 *   2.1 Gelijke kansen
 *   Wat gaan we daarvoor doen?
 *   Doelstelling
 *   2.1 Gelijke kansen          ← a section with id 2.1, its actions inside
 */
import type { GoalNode, Node, SectionNode } from '../schema/report.js';

/** Replaces each goal of `references` in the tree by the section that refers to it. */
export function goalReferences(references: ReadonlySet<GoalNode>): (tree: Node[]) => Node[] {
  const replace = (nodes: Node[]): void => {
    nodes.forEach((n, k) => {
      if (n.type === 'goal' && references.has(n)) nodes[k] = referenceTo(n);
      const children = (nodes[k] as { children?: unknown }).children;
      if (Array.isArray(children)) replace(children as Node[]);
    });
  };
  return (tree) => {
    if (references.size > 0) replace(tree);
    return tree;
  };
}

function referenceTo(g: GoalNode): SectionNode {
  const node: SectionNode = { type: 'section', heading: g.heading ?? g.title, role: 'other', position: g.position, children: [] };
  if (g.id !== null) node.id = g.id;
  node.children = g.children;
  return node;
}
