#!/usr/bin/env node
// Starts the CLI; all logic lives in src/cli (compiled to dist/cli). It runs
// the one-file bundle that npm run build makes, from V8's code cache when an
// earlier run left one (src/cli/bundle-loader.ts), else dist's modules.
import { loadBundle } from '../dist/cli/bundle-loader.js';
import { tuneParserEngine } from '../dist/cli/engine-flags.js';

// V8's settings for a parsing process (src/cli/engine-flags.ts), before any of the parser's code runs.
const flags = tuneParserEngine();
const bundle = loadBundle('cli', flags);
const { main } = bundle ? bundle.exports : await import('../dist/cli/main.js');
process.exitCode = await main(process.argv);
// After a parse the functions most runs need are compiled: the cache is worth writing then.
if (process.argv[2] === 'parse') bundle?.saveCache();
