import { defineConfig } from 'vitest/config';

/**
 * Test files share their workers' loaded modules (isolate: false): importing
 * the parser, zod and the CLI again for every file was about a third of the
 * suite's time. Files that test what a fresh process has or has not loaded
 * run isolated.
 */
const ISOLATED = ['test/readers.test.ts'];

export default defineConfig({
  test: {
    exclude: ['dist/**', 'node_modules/**'],
    testTimeout: 60000,
    hookTimeout: 120000,
    projects: [
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: [...ISOLATED, 'dist/**', 'node_modules/**'], isolate: false } },
    ],
  },
});
