/**
 * The block-rule registry: the first rule that claims a block takes it,
 * notes see the blocks that reach them, and every rule has its own name.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../src/blocks/model.js';
import { applyRules, type RuleEntry, type TreeContext } from '../src/recognise/rules/rule.js';
import { LIST_RULES, PARAGRAPH_RULES, TABLE_RULES } from '../src/recognise/rules/index.js';

const block: ParagraphBlock = { kind: 'paragraph', text: 'x', lines: [], standalone: false, span: { start: 0, end: 1 } };
const ctx = {} as TreeContext;

describe('applyRules', () => {
  it('hands the block to the first rule that claims it, after the notes before it', () => {
    const seen: string[] = [];
    const rules: Array<RuleEntry<ParagraphBlock>> = [
      { name: 'no', claims: () => null, take: () => seen.push('no') },
      { name: 'note', note: () => seen.push('note') },
      { name: 'yes', claims: () => 7, take: (found: number) => seen.push(`yes ${found}`) },
      { name: 'later', claims: () => true, take: () => seen.push('later') },
      { name: 'late note', note: () => seen.push('late note') },
    ];
    applyRules(rules, block, undefined, ctx);
    expect(seen).toEqual(['note', 'yes 7']);
  });

  it('takes nothing when no rule claims the block', () => {
    const seen: string[] = [];
    applyRules([{ name: 'no', claims: () => null, take: () => seen.push('no') }], block, undefined, ctx);
    expect(seen).toEqual([]);
  });
});

describe('the rule lists', () => {
  it('end in a rule that claims every block, so that nothing is lost', () => {
    for (const rules of [PARAGRAPH_RULES, LIST_RULES, TABLE_RULES]) {
      const last = rules[rules.length - 1]!;
      expect('claims' in last && last.claims(block as never, undefined, ctx)).toBe(true);
    }
  });

  it('name every paragraph, list and table rule once per list', () => {
    for (const rules of [PARAGRAPH_RULES, LIST_RULES, TABLE_RULES]) {
      const names = rules.map((r) => r.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
