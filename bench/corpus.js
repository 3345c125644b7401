/**
 * The benchmark's corpus is made of these fixtures' input.txt and no others,
 * so that its figures stay comparable when fixtures are added (new fixtures
 * are mostly table-heavy layouts, which would make the corpus slower to
 * parse and every later figure look like a regression). Change the list only
 * together with the corpus recipe in run.js, and say so next to the figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_FIXTURES = [
  'actions-speerpunt-status-table',
  'bestuursrapportage-afwijkingen-vn-is',
  'budget-aligned-columns-group-header',
  'budget-amount-rows-dot-leaders',
  'budget-cells-per-line-taakveld',
  'budget-code-columns-ui-star-year',
  'budget-grouped-rows-kind-cell',
  'budget-vn-markers-signs',
  'indicator-card-eenheid-bron',
  'indicator-cells-per-line-short-rows',
  'indicator-comparison-series',
  'kengetallen-letter-spaced-title',
  'letter-key-value-lines-raadsvoorstel',
  'parity-budget-broken-header',
  'parity-connected-parties',
  'parity-goals-numbered-measures',
  'parity-indicator-grouped-years',
  'parity-letter-letterhead',
  'parity-w-questions-bullets',
  'pdf-text-columns-running-headers',
  'pipe-two-row-header-broken-words',
  'reserves-voorzieningen-balance',
  'seed-indicator-cells-per-line',
  'seed-letter-letterhead-table',
  'seed-numbered-measures',
  'seed-pipe-indicators-broken-header',
  'seed-speerpunt-parties-budget',
  'web-cells-per-line-begroting',
  'weerstandsvermogen-waarderingstabel',
];

/** The corpus fixtures' texts, in the order of the list. */
export function fixtureTexts(root) {
  return CORPUS_FIXTURES.map((name) => readFileSync(join(root, 'fixtures', name, 'input.txt'), 'utf8'));
}

/**
 * The real corpus: the page excerpts of real published documents in
 * corpus/real/text (other organisations' reports, as found), by name. The
 * benchmark's headline figures are measured on these, because real text
 * parses several times slower per MB than our fixtures.
 */
export function realTexts(root) {
  const dir = join(root, 'corpus', 'real', 'text');
  return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
}

/** The seed fixtures (fixtures/seed-*), the texts the project started from, measured with the real corpus. */
export const SEED_FIXTURES = CORPUS_FIXTURES.filter((name) => name.startsWith('seed-'));

/** The seed fixtures' texts. */
export function seedTexts(root) {
  return SEED_FIXTURES.map((name) => readFileSync(join(root, 'fixtures', name, 'input.txt'), 'utf8'));
}
