/**
 * Positions as offsets (`ParseOptions.lazyPositions`, what the CLI uses):
 * the same JSON, rows and schema verdict as plain positions, on every
 * golden fixture and on the real excerpts; plain stays the library default.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonPieces, parse, parseFile, TABLE_NAMES, toRows, validate } from '../src/index.js';
import { endOffset, OffsetPosition, Positions } from '../src/blocks/positions.js';
import { fitsReportSchema } from '../src/schema/report-check.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const realText = join(import.meta.dirname, '..', 'corpus', 'real', 'text');

function textInputs(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(fixtures, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const input = readdirSync(join(fixtures, dir.name)).filter((f) => f.startsWith('input.') && !f.endsWith('.pdf')).sort()[0];
    if (input) out.push(join(fixtures, dir.name, input));
  }
  return out;
}

describe('OffsetPosition', () => {
  const text = 'Programma 1\nVeiligheid';
  const lazy = new Positions(text, true);
  const plain = new Positions(text);

  it('should give the points a plain position gives, and the same JSON', () => {
    const span = { start: 12, end: 22 };
    const position = lazy.position(span);
    expect(position).toBeInstanceOf(OffsetPosition);
    expect(position.start).toEqual({ line: 2, column: 1, offset: 12 });
    expect(position.end).toEqual({ line: 2, column: 11, offset: 22 });
    expect(JSON.stringify(position)).toBe(JSON.stringify(plain.position(span)));
  });

  it('should clamp an end before its start to the start, as a plain position does', () => {
    expect(JSON.stringify(lazy.position({ start: 5, end: 3 }))).toBe(JSON.stringify(plain.position({ start: 5, end: 3 })));
  });

  it('should show no own keys to a for-in or Object.keys (the schema check counts unknown keys that way)', () => {
    const position = lazy.position({ start: 0, end: 11 });
    const keys: string[] = [];
    for (const key in position) keys.push(key);
    expect(keys).toEqual([]);
    expect(Object.keys(position)).toEqual([]);
  });

  it('should stay a plain object for a PDF span with page and box', () => {
    const position = lazy.position({ start: 0, end: 4, page: 3, bbox: { x: 1, y: 2, width: 3, height: 4 } } as never);
    expect(position).not.toBeInstanceOf(OffsetPosition);
    expect(position.page).toBe(3);
  });
});

describe('parse with lazyPositions', () => {
  it('should not be the default: a library report survives structuredClone with its positions', () => {
    const report = parse('Programma 1 Veiligheid\n\nWat willen we bereiken?\n');
    const node = report.children[0]!;
    expect(node.position).not.toBeInstanceOf(OffsetPosition);
    expect(structuredClone(node).position.start.line).toBe(1);
  });

  it('should give lazy positions when asked', () => {
    const report = parse('Programma 1 Veiligheid\n', { lazyPositions: true });
    expect(report.children[0]!.position).toBeInstanceOf(OffsetPosition);
  });

  const inputs = [...textInputs(), ...readdirSync(realText).filter((f) => f.endsWith('.txt')).sort().map((f) => join(realText, f))];

  it('has fixtures and real excerpts to compare', () => {
    expect(inputs.length).toBeGreaterThan(100);
  });

  it('should write the same JSON, rows and schema verdict as plain positions on every fixture and real excerpt', async () => {
    for (const input of inputs) {
      const plain = await parseFile(input, { validate: false });
      const lazy = await parseFile(input, { validate: false, lazyPositions: true });
      expect(JSON.stringify(lazy), input).toBe(JSON.stringify(plain));
      expect([...jsonPieces(lazy, true)].join(''), input).toBe(JSON.stringify(plain, null, 2));
      for (const table of TABLE_NAMES) expect(toRows(lazy, table), `${input} ${table}`).toEqual(toRows(plain, table));
      expect(fitsReportSchema(lazy), input).toBe(true);
      expect(validate(lazy).valid, input).toBe(true);
    }
  });
});

describe('endOffset', () => {
  it('should give a position its end offset, lazy or plain, the same as end.offset', () => {
    const text = 'Programma 1\nVeiligheid\n';
    for (const lazy of [true, false]) {
      const position = new Positions(text, lazy).position({ start: 12, end: 22 });
      expect(endOffset(position)).toBe(22);
      expect(endOffset(position)).toBe(position.end.offset);
    }
  });

  it('should not list endOffset among a lazy position\'s keys or in its JSON', () => {
    const position = new Positions('Programma 1\nVeiligheid\n', true).position({ start: 0, end: 11 });
    const keys: string[] = [];
    for (const k in position) keys.push(k);
    expect(keys).not.toContain('endOffset');
    expect(JSON.stringify(position)).not.toContain('endOffset');
  });
});
