/**
 * The package's type declarations work for a TypeScript user without
 * @types/node: a project with `"types": []` compiles against dist/*.d.ts
 * (npm test builds first), with every check on (no skipLibCheck).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

it('type-checks a user of the package that has no Node types', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jaarparse-types-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'jaarparse'), 'dir');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: [], noEmit: true, lib: ['ES2023', 'DOM'] }, include: ['use.ts'] }),
  );
  writeFileSync(
    join(dir, 'use.ts'),
    "import { parse, toRows, COLUMN_SPECS, jsonPieces, writeJsonFile, type Report } from 'jaarparse';\n" +
      "const report: Report = parse('Programma 1 Veiligheid', { name: 'x.txt' });\n" +
      "export const rows: number = toRows(report, 'budget').length + COLUMN_SPECS.meta.length + [...jsonPieces(report, false)].length;\n" +
      'export const write: (path: string, value: unknown, pretty: boolean) => Promise<void> = writeJsonFile;\n',
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');
  expect(tsc.status).toBe(0);
});
