/**
 * The command line (fallback): parse, schema, samples.
 */
import { Command, CommanderError } from 'commander';
import { readdirSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../pipeline/parse.js';
import { reportJsonSchemaText } from '../schema/json-schema.js';
import { EXIT, toJaarparseError } from '../errors.js';
import type { Node, Report } from '../schema/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function count(report: Report): Record<string, number> {
  const c: Record<string, number> = { goals: 0, indicators: 0, values: 0, budgetRows: 0, actions: 0, parties: 0 };
  const stack: Node[] = [...report.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'goal') c.goals!++;
    if (n.type === 'indicator') { c.indicators!++; c.values! += n.values.length; }
    if (n.type === 'budgetTable') c.budgetRows! += n.rows.length;
    if (n.type === 'action') c.actions!++;
    if (n.type === 'connectedParty') c.parties!++;
    if ('children' in n) stack.push(...n.children);
  }
  return c;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('jaarparse').exitOverride().description('Dutch municipal P&C documents to validated JSON');
  program.command('parse <file>').description('parse one document and print its report').option('--format <format>').action(async (file: string, opts: { format?: 'text' | 'markdown' | 'html' | 'pdf' }) => {
    try {
      const report = await parseFile(file, opts.format ? { format: opts.format } : {});
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    } catch (error) {
      const e = toJaarparseError(error);
      process.stderr.write(`jaarparse: ${file}: ${e.message} (${e.code})\n`);
      code = e.exitCode;
    }
  });
  program.command('schema').description('print the JSON Schema of a report').option('--write', 'write schemas/report.schema.json').action((opts: { write?: boolean }) => {
    if (opts.write) writeFileSync(join(root, 'schemas', 'report.schema.json'), reportJsonSchemaText());
    else process.stdout.write(reportJsonSchemaText());
  });
  program.command('samples').description('parse every bundled fixture into out/').option('--out <dir>', 'output folder', 'out').action(async (opts: { out: string }) => {
    const fixtures = join(root, 'fixtures');
    mkdirSync(opts.out, { recursive: true });
    for (const name of readdirSync(fixtures).sort()) {
      const input = ['input.txt', 'input.md', 'input.html'].map((f) => join(fixtures, name, f)).find((p) => existsSync(p));
      if (!input) continue;
      try {
        const report = await parseFile(input);
        writeFileSync(join(opts.out, `${name}.json`), JSON.stringify(report, null, 2) + '\n');
        const c = count(report);
        const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
        process.stdout.write(`${name}: goals ${c.goals}, indicators ${c.indicators}, values ${c.values}, budget rows ${c.budgetRows}, actions ${c.actions}, parties ${c.parties}, warnings ${warnings}\n`);
      } catch (error) {
        const e = toJaarparseError(error);
        process.stderr.write(`jaarparse: ${input}: ${e.message} (${e.code})\n`);
        code = EXIT.failed;
      }
    }
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.usage;
    throw error;
  }
  return code;
}
