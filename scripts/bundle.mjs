#!/usr/bin/env node
/**
 * Bundles the CLI's code into one CommonJS file each for the two kinds of
 * process that run it, after `tsc` (npm run build): dist/cli/worker-bundle.cjs
 * (a batch worker: worker-jobs.js, the parser and the packages it uses) and
 * dist/cli/cli-bundle.cjs (bin/jaarparse.js: main.js and all it may load).
 * A process loads one file instead of ~200 ES modules, and from its second
 * run on from V8's code cache (src/cli/bundle-loader.ts). Beside each,
 * NAME-bundle.json lists the dist files it was made of, so that a process can
 * tell a bundle older than them (after a `tsc` alone) and load dist's modules
 * instead.
 *
 * Two dynamic imports are rewritten on the way in, so that nothing in the
 * bundle needs Node's ES module loader from inside `vm.Script` (which only an
 * experimental option gives): the PDF reader's path is written out, so that
 * the PDF reader is bundled too (parse.ts keeps it in a variable so that the
 * library builds without it), and pdf.js itself (an ES module that finds its
 * own worker script and packages from its `import.meta.url`) stays outside,
 * imported by the function the worker passes in (IMPORT_ESM).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
// After tsc: the loader's own names for what it passes in, and for the bundles' files.
import { bundlePaths, IMPORT_ESM, IMPORT_META_URL } from '../dist/cli/bundle-loader.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const cli = join(dist, 'cli');
/**
 * The bundles, by name: a batch worker's code, and the CLI's (bin/jaarparse.js
 * runs it: a one-file parse then starts in about half the CPU time).
 */
const BUNDLES = { worker: 'worker-jobs.js', cli: 'main.js' };

/** Source rewrites by dist file: each `from` must occur exactly once, so that a refactor fails here rather than in a worker. */
const REWRITES = {
  'pipeline/parse.js': [['await import(path)', "await import('../blocks/pdf.js')"]],
  'blocks/pdf.js': [["import('pdfjs-dist/legacy/build/pdf.mjs')", `${IMPORT_ESM}('pdfjs-dist/legacy/build/pdf.mjs')`]],
};

const rewrite = {
  name: 'jaarparse-dynamic-imports',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/](pipeline[\\/]parse|blocks[\\/]pdf)\.js$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      for (const [from, to] of REWRITES[relative(dist, args.path).replaceAll('\\', '/')] ?? []) {
        if (text.split(from).length !== 2) throw new Error(`${args.path}: expected "${from}" once`);
        text = text.replace(from, to);
      }
      return { contents: text, loader: 'js' };
    });
  },
};

for (const [name, entry] of Object.entries(BUNDLES)) await bundle(name, entry);

/** Writes dist/cli/NAME-bundle.cjs from `entry` and, beside it, NAME-bundle.json: the dist modules it holds. */
async function bundle(name, entry) {
  const { bundle: outfile, manifest } = bundlePaths(name, cli);
  const result = await build({
    entryPoints: [join(cli, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['pdfjs-dist'],
    // The bundle lies in dist/cli, beside main.js and batch.js, the two modules that read it.
    define: { 'import.meta.url': IMPORT_META_URL },
    plugins: [rewrite],
    metafile: true,
    logLevel: 'warning',
    legalComments: 'none',
    absWorkingDir: root,
  });
  // esbuild leaves non-ASCII characters in regular expressions (…, €, à-ÿ): written
  // as \uXXXX (the same character in a string, a regular expression with or
  // without the u flag, or an identifier), the bundle is ASCII, which Node reads
  // into a one-byte string several times faster than UTF-8 with a few such
  // characters (3 MB: 60 → 5 ms) and V8 compiles as one.
  const code = asciiOnly(readFileSync(outfile, 'utf8'), outfile);
  writeFileSync(outfile, code);
  const left = code.match(/\bimport\s*\(\s*[\w'"`]/);
  if (left) throw new Error(`${outfile}: a dynamic import is left in the bundle (${left[0]}…); rewrite it (REWRITES)`);
  const inputs = Object.keys(result.metafile.inputs)
    .map((input) => join(root, input))
    .filter((input) => input.startsWith(dist + '/'))
    .map((input) => relative(cli, input).replaceAll('\\', '/'))
    .sort();
  writeFileSync(manifest, JSON.stringify({ inputs }, null, 1) + '\n');
}

/** `code` with each non-ASCII UTF-16 unit written as a \u escape; refuses one after a backslash, whose meaning the escape would change. */
function asciiOnly(code, outfile) {
  const escaped = code.match(/\\[^\x00-\x7f]/);
  if (escaped) throw new Error(`${outfile}: an escaped non-ASCII character (${escaped[0]}) cannot be written as \\u`);
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
