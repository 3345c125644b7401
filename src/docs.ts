/**
 * The generated parts of the documentation: the README's table of
 * diagnostic codes, written from the catalogue, and LAYOUTS.md, the index
 * of supported layouts. `npm run docs` writes them; a test fails when they
 * are stale.
 */
import { diagnosticsTable } from './schema/diagnostic-codes.js';
import { LAYOUTS, RULES_WITHOUT_FIXTURE } from './layouts.js';

/** The README's generated sections by name (between `<!-- name:start -->` and `<!-- name:end -->`). */
export function generatedSections(): Record<string, string> {
  return { diagnostics: diagnosticsTable() };
}

/**
 * The text with each generated section put between its markers; a section
 * whose markers are missing is left out.
 */
export function withSections(text: string, sections: Record<string, string>): string {
  let out = text;
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const a = out.indexOf(start);
    const b = out.indexOf(end);
    if (a < 0 || b < a) continue;
    out = `${out.slice(0, a + start.length)}\n${body}\n${out.slice(b)}`;
  }
  return out;
}

/** LAYOUTS.md: every supported layout with its fixture and rules (from `src/layouts.ts`). */
export function layoutsIndex(): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const rule = (r: string): string => (r.endsWith('.ts') ? `[\`${r}\`](src/${r})` : `\`${r}\``);
  const rows = LAYOUTS.map((l) => `| [\`${l.fixture}\`](fixtures/${l.fixture}/) | ${escape(l.shape)} | ${l.rules.map(rule).join(', ')} |`);
  const gaps = Object.entries(RULES_WITHOUT_FIXTURE).map(([r, why]) => `- \`${r}\`: ${why}`);
  return [
    '# Supported layouts',
    '',
    '<!-- Generated from src/layouts.ts by `npm run docs`; do not edit. -->',
    '',
    'Every layout the parser reads, the fixture that shows it (input and expected output) and the rules that read it:',
    'a rule\'s name in the ordered rule lists (`src/recognise/rules/index.ts`, the amount-row rules of',
    '`src/blocks/text/amount-rows.ts`), or the file that holds it.',
    '',
    '| fixture | shape | rules |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '## Rules without a fixture yet',
    '',
    ...gaps,
    '',
  ].join('\n');
}
