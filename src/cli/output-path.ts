/**
 * Where `--out DIR` writes the report of an input: the input's path mirrored
 * under DIR, never outside it whatever the input is called.
 */
import { isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';

/**
 * The output path for an input, inside `outDir`. `keepExtension` keeps
 * "input.md" apart from "input.txt" when both are in one batch.
 * @example outputPath('out', 'reports/2021/begroting.txt') // 'out/reports/2021/begroting.json'
 */
export function outputPath(outDir: string, input: string, keepExtension = false): string {
  if (input === '-') return join(outDir, 'stdin.json');
  let rel = isAbsolute(input) ? relative(process.cwd(), input) : normalize(input);
  // Inputs above the working directory (or on another root) keep only their safe parts.
  rel = rel
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.' && part !== '..' && !/^[A-Za-z]:$/.test(part))
    .join(sep);
  if (rel === '') rel = 'input';
  const target = resolve(outDir, (keepExtension ? rel : rel.replace(/\.[^./\\]+$/, '')) + '.json');
  const root = resolve(outDir);
  if (target !== root && !target.startsWith(root + sep)) throw new Error(`refusing to write outside ${outDir}: ${input}`);
  return target;
}
