import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files share their workers' loaded modules (isolate: false): importing
 * the parser, zod and the CLI again for every file was about a third of the
 * suite's time. Files that test what a fresh process has or has not loaded
 * run isolated.
 *
 * Workers: vitest's default for `vitest run` is one fewer than the cores, so
 * on a two-core machine every file ran in a single worker, one after
 * another, while the suite's time is nearly all parsing in that worker. Two
 * workers at least run two files at once (more cores keep the default).
 */
const WORKERS = Math.max(2, availableParallelism() - 1);

const ISOLATED = ['test/readers.test.ts'];

export default defineConfig({
  test: {
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 60000,
    hookTimeout: 120000,
    maxWorkers: WORKERS,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...ISOLATED, 'dist/**', 'node_modules/**'], isolate: false } },
    ],
  },
});
