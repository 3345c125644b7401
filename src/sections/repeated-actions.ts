/**
 * Pass `repeated-actions`, after the build: a programme that lists its
 * results ("Belangrijkste resultaten 2024": 1.1, 2.1, …) and then explains
 * them under the same numbers and titles ("Toelichting": 1.1 …, its text)
 * has one set of actions, not two. The repeat becomes a section that
 * carries the action's id and holds its explanation.
 *
 * @example
 *   Wat gaan we daarvoor doen?
 *   1.1 Uitgevoerd jaarplan veiligheid       ← the action
 *   Toelichting
 *   1.1 Uitgevoerd jaarplan veiligheid       ← a section with id 1.1 holding the text under it
 *   Het jaarplan is in maart vastgesteld.
 */
import type { ActionNode, Node, SectionNode } from '../schema/report.js';

/** Same id and the same words: the same action. */
function key(a: ActionNode): string {
  const words = (a.title ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${a.id ?? ''}\u0000${words}`;
}

/** Replaces each action that repeats one before it in the same programme by a section. */
export function repeatedActions(tree: Node[]): Node[] {
  walk(tree, new Set());
  return tree;
}

// An index loop and a function declared once (not forEach with a closure made per call): it visits every node.
function walk(nodes: Node[], seen: Set<string>): void {
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k]!;
    if (n.type === 'action' && n.id !== null && n.title) {
      const id = key(n);
      if (seen.has(id)) nodes[k] = explanationOf(n);
      else seen.add(id);
    }
    const children = (nodes[k] as { children?: unknown }).children;
    // Each programme numbers its own actions.
    if (Array.isArray(children)) walk(children as Node[], n.type === 'programme' ? new Set() : seen);
  }
}

function explanationOf(a: ActionNode): SectionNode {
  const heading = a.id !== null ? `${a.id} ${a.title}` : a.title ?? '';
  const node: SectionNode = { type: 'section', heading, role: 'other', id: a.id, position: a.position, children: [] };
  if (a.text) node.children.push({ type: 'paragraph', text: a.text, position: a.position });
  return node;
}
