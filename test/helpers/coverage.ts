/**
 * The "nothing lost" and "positions are true" checks, shared by the fixture
 * and property tests. Each returns a list of problems (empty when all is
 * well), so a test can show every problem at once.
 */
import type { Report } from '../../src/schema/report.js';

interface Positioned {
  start: number;
  end: number;
  words: Set<string>;
  node: Record<string, unknown>;
}

/** Words as the scorer sees them: lower case, accents off, split on non-word characters. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^\p{L}\p{N}%]+/u)
    .filter((w) => w !== '');
}

const SKIP = new Set(['type', 'position', 'children', 'diagnostics', 'source', 'values', 'rows']);

function ownStrings(node: Record<string, unknown>, out: string[]): void {
  for (const [key, value] of Object.entries(node)) {
    // An unclaimed table's rows are strings; budget rows are nodes of their own.
    if (SKIP.has(key) && key !== 'source' && !(key === 'rows' && node.type === 'table')) continue;
    collect(value, out);
  }
}

function collect(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) if (key !== 'position') collect(inner, out);
  }
}

/** Every object in a report's tree (nodes, observations, budget rows, diagnostics …), depth first. */
function* objectsIn(roots: unknown[]): Generator<Record<string, unknown>> {
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
      continue;
    }
    if (!value || typeof value !== 'object') continue;
    const node = value as Record<string, unknown>;
    yield node;
    for (const [key, inner] of Object.entries(node)) if (key !== 'position' && inner && typeof inner === 'object') stack.push(inner);
  }
}

function positioned(report: Report): Positioned[] {
  const out: Positioned[] = [];
  for (const node of objectsIn([report.children])) {
    const pos = node.position as { start: { offset: number }; end: { offset: number } } | undefined;
    if (!pos) continue;
    const strings: string[] = [];
    ownStrings(node, strings);
    if (typeof node.raw === 'string') strings.push(node.raw);
    out.push({ start: pos.start.offset, end: pos.end.offset, words: new Set(strings.flatMap(words)), node });
  }
  return out;
}

/**
 * Every non-blank line of `source` lies inside some node's position, and
 * every word of it appears in the text fields of the nodes that cover it.
 */
export function checkNothingLost(source: string, report: Report): string[] {
  const problems: string[] = [];
  const nodes = positioned(report).sort((a, b) => a.start - b.start);
  const lines = source.split(/\r\n|\r|\n/);
  let offset = 0;
  let from = 0;
  lines.forEach((line, index) => {
    const start = offset;
    const end = offset + line.length;
    offset = end + (source.startsWith('\r\n', end) ? 2 : 1);
    const lineWords = words(line);
    if (lineWords.length === 0) return;
    while (from < nodes.length && nodes[from]!.end < start && nodes[from]!.start < start - 100_000) from++;
    const covering = nodes.filter((n) => n.start < end && n.end > start);
    if (covering.length === 0) {
      problems.push(`line ${index + 1} is in no node: ${line.slice(0, 60)}`);
      return;
    }
    const have = new Set<string>();
    for (const n of covering) for (const w of n.words) have.add(w);
    // "Begrotings-" at a line's end is undone with the next line's word ("Begrotingswijziging"): its start counts.
    const broken = /-\s*$/.test(line) ? lineWords[lineWords.length - 1] : undefined;
    const joined = (w: string): boolean => w === broken && [...have].some((h) => h.length > w.length && h.startsWith(w));
    const missing = lineWords.filter((w) => !have.has(w) && !joined(w));
    if (missing.length > 0) problems.push(`line ${index + 1}: words not in its nodes: ${missing.slice(0, 5).join(', ')}`);
  });
  return problems;
}

const TITLED_BY_CONTEXT = new Set(['indicatorTable', 'actionTable', 'budgetTable']);

/**
 * Positions are in bounds, start before end, line and column agree with the
 * offset, and a node's text starts with words found in its source slice.
 */
export function checkPositions(source: string, report: Report, options: { slices?: boolean } = {}): string[] {
  const slices = options.slices ?? true;
  const problems: string[] = [];
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  for (const node of objectsIn([report.children, report.diagnostics])) {
    const pos = node.position as { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } } | null | undefined;
    if (pos) {
      for (const p of [pos.start, pos.end]) {
        if (p.offset < 0 || p.offset > source.length) problems.push(`offset ${p.offset} out of bounds`);
        const ls = lineStarts[p.line - 1];
        if (ls === undefined || ls + p.column - 1 !== p.offset) problems.push(`line/column ${p.line}:${p.column} does not match offset ${p.offset}`);
      }
      if (pos.start.offset > pos.end.offset) problems.push(`start ${pos.start.offset} after end ${pos.end.offset}`);
      // A table's title may come from a caption or heading above it: context, not the table's own text.
      const title = TITLED_BY_CONTEXT.has(String(node.type)) ? undefined : node.title;
      const text = [node.raw, node.name, title, node.heading, node.text, node.label].find((t) => typeof t === 'string' && t !== '') as string | undefined;
      const first = slices && text ? words(text)[0] : undefined;
      if (first !== undefined) {
        const slice = words(source.slice(pos.start.offset, pos.end.offset));
        if (!slice.includes(first) && !slice.join('').includes(first)) problems.push(`"${first}" of ${String(node.type ?? 'value')} is not in its source slice at ${pos.start.line}:${pos.start.column}`);
      }
    }
  }
  return problems;
}
