/**
 * Clutter lines (page numbers, running headers, navigation): one block each,
 * kept with the reason they are clutter so nothing is lost.
 */
import type { Block } from '../model.js';
import { clutterReason } from '../../vocabulary/clutter.js';
import { trimmedSpan, type Line } from './lines.js';
import type { TextBlockReader } from './kinds.js';

/** A clutter line as a block. */
export function clutterBlock(line: Line): Block {
  return { kind: 'clutter', text: line.text.trim(), reason: clutterReason(line.text) ?? 'running-header', span: trimmedSpan(line) };
}

/** Reads one clutter line. */
export const readClutter: TextBlockReader = (run, from) => {
  run.blocks.push(clutterBlock(run.lines[from]!));
  return from + 1;
};
