/**
 * One place lists every supported layout (src/layouts.ts): every fixture is
 * listed once, every rule a layout names exists (in a registry, or as a file
 * under src/), every registered rule names a fixture (or says why it has
 * none), and LAYOUTS.md is generated from the list.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, RULES_WITHOUT_FIXTURE } from '../src/layouts.js';
import { LIST_RULES, PARAGRAPH_RULES, TABLE_RULES } from '../src/recognise/rules/index.js';
import { AMOUNT_LINE_RULES } from '../src/blocks/text/amount-rows.js';
import { layoutsIndex } from '../src/docs.js';

const root = join(import.meta.dirname, '..');
const fixtures = readdirSync(join(root, 'fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const registered = new Set([...PARAGRAPH_RULES, ...LIST_RULES, ...TABLE_RULES, ...AMOUNT_LINE_RULES].map((r) => r.name));
const named = new Set(LAYOUTS.flatMap((l) => l.rules));

describe('layouts', () => {
  it('lists every fixture once, and only fixtures that exist', () => {
    const listed = LAYOUTS.map((l) => l.fixture);
    expect(listed.filter((f, k) => listed.indexOf(f) !== k)).toEqual([]);
    expect(fixtures.filter((f) => !listed.includes(f))).toEqual([]);
    expect(listed.filter((f) => !fixtures.includes(f))).toEqual([]);
  });

  it('names rules that exist: a registered rule, or a file under src/', () => {
    const unknown = [...named].filter((r) => !registered.has(r) && !(r.endsWith('.ts') && existsSync(join(root, 'src', r))));
    expect(unknown).toEqual([]);
  });

  it('has every registered rule name a fixture, or say why it has none', () => {
    const unshown = [...registered].filter((r) => !named.has(r) && !(r in RULES_WITHOUT_FIXTURE));
    expect(unshown).toEqual([]);
    expect(Object.keys(RULES_WITHOUT_FIXTURE).filter((r) => named.has(r) || !registered.has(r))).toEqual([]);
  });

  it('has LAYOUTS.md generated from the list (npm run docs rewrites it)', () => {
    expect(readFileSync(join(root, 'LAYOUTS.md'), 'utf8')).toBe(layoutsIndex());
  });
});
