#!/usr/bin/env node
/**
 * Writes the README's generated sections from the code (after `npm run
 * build`): the table of diagnostic codes and the index of supported
 * layouts. A test fails when they are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSections, layoutsIndex, withSections } from '../dist/docs.js';

const readme = join(import.meta.dirname, '..', 'README.md');
const before = readFileSync(readme, 'utf8');
const after = withSections(before, generatedSections());
if (after !== before) writeFileSync(readme, after);
console.log(after === before ? 'README.md is up to date' : 'README.md rewritten');
writeFileSync(join(import.meta.dirname, '..', 'LAYOUTS.md'), layoutsIndex());
console.log('LAYOUTS.md written');
