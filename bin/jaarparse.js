#!/usr/bin/env node
// Starts the CLI; all logic lives in src/cli (compiled to dist/cli).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
