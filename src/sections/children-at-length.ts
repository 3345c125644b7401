/**
 * Pass `children-at-length`, the last after the build: every list of
 * children copied at its length. An array grown by push keeps room for 17
 * items, and a section holds three children on average ("Wat willen we
 * bereiken?" → its goals), so the finished tree carried about 10 MB of empty
 * slots for 100 MB of real text, kept as long as the report is. It runs when
 * no rule will add to or rewrite a node's children any more (a list of
 * party names is restored into its section's children up to the end of the
 * build), and copies the arrays, not the nodes.
 *
 * @example childrenAtTheirLength([{ type: 'section', heading: 'Verbonden partijen', role: 'other', position, children: [party] }])
 *   // the same section, its children a new array of one
 */
import type { Node } from '../schema/report.js';

export function childrenAtTheirLength(nodes: Node[]): Node[] {
  const out = nodes.slice();
  for (let k = 0; k < out.length; k++) {
    const node = out[k]!;
    if ('children' in node && node.children !== undefined) node.children = childrenAtTheirLength(node.children);
  }
  return out;
}
