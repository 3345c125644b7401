/**
 * The year an account document is about, from its first budget table with
 * realised columns: under the title "2. Jaarverslag", a table of "Rekening
 * 2021 | Begroting 2022 | Rekening 2022" is the account of 2022. Used only
 * where the title or the text already says the document is an account.
 */
import type { Node } from '../schema/report.js';

/** A realised column's word anywhere in its label: a wrapped header may put other words before it ("incl begr.wijz Rekening 2022"). */
const REALISED = /(?<![\p{L}])(?:realisatie|rekening|werkelijk)(?![\p{L}])/iu;

/**
 * The latest year of a realised column ("Realisatie 2019", "Rekening 2022")
 * in the first budget table that has one, or null.
 */
export function realisedYear(children: readonly Node[]): number | null {
  const stack: Node[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'budgetTable') {
      const years = node.columns.filter((c) => c.year !== null && REALISED.test(c.label)).map((c) => c.year!);
      if (years.length > 0) return Math.max(...years);
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return null;
}
