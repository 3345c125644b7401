/**
 * Runs every check over the finished tree. Checks only add diagnostics;
 * they never change a node.
 */
import type { Diagnostic, Node } from '../schema/report.js';
import { checkBudgetTable } from './budget-arithmetic.js';

/** Walks the tree and checks each node a check applies to. */
export function runChecks(children: Node[], report: (d: Diagnostic) => void): void {
  const stack: Node[] = [...children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'budgetTable') checkBudgetTable(node, report);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}
