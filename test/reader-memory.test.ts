/**
 * The text reader holds a whole text's lines and then its blocks, so their
 * size is the parse's peak memory at 100 MB. These shapes are smaller than
 * plain records: one-line paragraphs keep no array and no cell for their
 * line, lines that normalisation left alone keep no map and no tabs, and the
 * reader lets go of the lines (and their amount cells) it is past. What
 * they read must be what plain records read; tables keep their rows at
 * their length.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../src/blocks/model.js';
import { firstLine, lineCount, OneLineParagraph } from '../src/blocks/one-line-paragraph.js';
import { exactRows } from '../src/blocks/exact-rows.js';
import { cellParagraph } from '../src/tables/grid/one-column-cells.js';
import { readLines, readText, sourceOffset, splitIntoLines, type Line } from '../src/blocks/text.js';
import { normaliseLine } from '../src/normalise/line.js';
import { parse } from '../src/index.js';

/** A block or cell as plain data: a `SpanCell`, its own span, serialises as the two-object cell it stands for. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
/** A span's two offsets (a `SpanCell`'s span is the cell, which serialises as a cell). */
const offsets = (span: { start: number; end: number }) => ({ start: span.start, end: span.end });

const realText = join(import.meta.dirname, '..', 'corpus', 'real', 'text');
const texts = readdirSync(realText)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => [f, readFileSync(join(realText, f), 'utf8')] as const);

describe('OneLineParagraph', () => {
  const span = { start: 4, end: 27 };
  const block = new OneLineParagraph('Wat willen we bereiken?', true, span);

  it('should read as a paragraph whose one line is itself', () => {
    expect(block.kind).toBe('paragraph');
    expect(plain(block.lines)).toEqual([{ text: 'Wat willen we bereiken?', span }]);
    expect(block.span).toEqual(span);
    expect(offsets(block.lines[0]!.span)).toEqual(block.span);
  });

  it('should serialise as the plain paragraph it replaces', () => {
    const plain: ParagraphBlock = { kind: 'paragraph', text: 'Wat willen we bereiken?', lines: [{ text: 'Wat willen we bereiken?', span }], standalone: true, span };
    expect(JSON.stringify(block)).toBe(JSON.stringify(plain));
  });

  it('should give a plain paragraph whose one span, shared with its line, keeps what is set on it (the PDF reader sets page and box)', () => {
    const plain = new OneLineParagraph('Lasten', false, { start: 0, end: 6 }).plain();
    expect(plain).not.toBeInstanceOf(OneLineParagraph);
    plain.span.page = 3;
    expect(plain.lines[0]!.span).toBe(plain.span);
    expect(plain.span).toEqual({ start: 0, end: 6, page: 3 });
  });

  it('should not keep what is set on a span made when read, so a reader that sets spans in place must take plain()', () => {
    const block = new OneLineParagraph('Lasten', false, { start: 0, end: 6 });
    block.span.page = 3;
    expect(block.span).toEqual({ start: 0, end: 6 });
  });

  it('should take a new span whole when one is assigned', () => {
    const block = new OneLineParagraph('Lasten', false, { start: 0, end: 6 });
    block.span = { start: 2, end: 8 };
    expect(block.span).toEqual({ start: 2, end: 8 });
    expect(offsets(block.lines[0]!.span)).toEqual({ start: 2, end: 8 });
  });

  it('should not share a lines array a caller could change', () => {
    block.lines.push({ text: 'Wat gaan we doen?', span });
    expect(block.lines).toHaveLength(1);
  });

  it('should be what the text reader makes of every one-line paragraph of the real excerpts, and of no longer one', () => {
    let one = 0;
    for (const [file, text] of texts) {
      for (const b of readText(text).blocks) {
        if (b.kind !== 'paragraph') continue;
        expect(b instanceof OneLineParagraph, file).toBe(b.lines.length === 1);
        if (b.lines.length > 1) expect(Object.keys(b), file).toContain('lines');
        else one++;
      }
    }
    expect(one).toBeGreaterThan(1000);
  });
});

describe('lineCount and firstLine', () => {
  const span = { start: 0, end: 6 };
  const wrapped: ParagraphBlock = {
    kind: 'paragraph',
    text: 'Begroting 2023 na wijziging',
    lines: [{ text: 'Begroting 2023', span: { start: 0, end: 14 } }, { text: 'na wijziging', span: { start: 15, end: 27 } }],
    standalone: true,
    span: { start: 0, end: 27 },
  };

  it('should count one line for a one-line paragraph and every line of a plain one', () => {
    expect(lineCount(new OneLineParagraph('Lasten', true, span))).toBe(1);
    expect(lineCount(wrapped)).toBe(2);
  });

  it('should give the first line, not the paragraph, of a wrapped paragraph', () => {
    expect(plain(firstLine(new OneLineParagraph('Lasten', true, span)))).toEqual({ text: 'Lasten', span });
    expect(plain(firstLine(wrapped))).toEqual({ text: 'Begroting 2023', span: { start: 0, end: 14 } });
    expect(plain(firstLine(wrapped))).not.toEqual({ text: wrapped.text, span: wrapped.span });
  });

  it('should agree with lines on every paragraph the text reader makes of the real excerpts', () => {
    let paragraphs = 0;
    for (const [, text] of texts) {
      for (const block of readText(text).blocks) {
        if (block.kind !== 'paragraph') continue;
        paragraphs++;
        expect(lineCount(block)).toBe(block.lines.length);
        expect(firstLine(block)).toEqual(block.lines[0]);
      }
    }
    expect(paragraphs).toBeGreaterThan(1000);
  });
});

describe('splitIntoLines', () => {
  it('should give a line that normalisation leaves alone the source text itself, and no map or tabs', () => {
    let plain = 0;
    for (const [file, text] of texts) {
      for (const line of splitIntoLines(text)) {
        const raw = text.slice(line.start, line.end);
        const norm = normaliseLine(raw);
        expect(line.text, file).toBe(norm.text);
        expect(line.map, file).toEqual(norm.map);
        if (norm.text === raw) {
          expect(line.text, file).toBe(raw);
          expect(line.tabs, file).toBeNull();
          plain++;
        }
      }
    }
    expect(plain).toBeGreaterThan(1000);
  });

  it('should keep a changed line its tabs, and its map back to the source where offsets move', () => {
    const [line] = splitIntoLines('Lasten\t2.762\u00a0\n');
    expect(line!.text).toBe('Lasten 2.762 ');
    expect(line!.map).toBeNull();
    expect(line!.tabs).toEqual([6]);
    // The ligature becomes two letters: "2.762" stands one further on than in the source.
    const [ligature] = splitIntoLines('ﬁnanciën\t2.762\n');
    expect(ligature!.text).toBe('financiën 2.762');
    expect(ligature!.tabs).toEqual([9]);
    expect(sourceOffset(ligature!, 10)).toBe(9);
  });
});

describe('sourceOffset', () => {
  it('should keep a column past either end of a line on the line, with a map or without', () => {
    // Without a map since a curly quote became one character: clamped as through the map it had before.
    for (const text of ['Realisatie 2023\n', 'Realisatie’2023\n', 'ﬁnanciën 2023\n']) {
      const [line] = splitIntoLines(text);
      expect(sourceOffset(line!, 40), text).toBe(line!.end);
      expect(sourceOffset(line!, -3), text).toBe(line!.start);
    }
  });

  it('should place a table under a header placed by the columns of its rows on the header line', () => {
    // The header's cells are placed at the rows' first column, past the end of the short header line: with a curly quote
    // (a normalised line) and with a straight one (a line left alone, which before was not clamped: its table started on
    // the line below the header).
    for (const [header, offset] of [['Realisatie’2023', 36], ["Realisatie'2023", 36]] as const) {
      const report = parse(`Bedragen x € 1.000\n  ${header}\nLasten            1.200     1.300\nBaten             300     400\nSaldo             900     900\n`);
      const table = report.children.find((n) => n.type === 'budgetTable');
      expect(table?.position.start, header).toEqual({ line: 2, column: 18, offset });
    }
  });
});

describe('readLines', () => {
  /** An array the reader cannot let go of (its writes are dropped): the reader as it was before it released lines. */
  const unreleasable = (lines: Line[]): Line[] => new Proxy(lines, { set: () => true });

  it('should never read a line it let go: the same blocks as a reader that keeps every line, on every real excerpt', () => {
    for (const [file, text] of texts) {
      const released = readLines(splitIntoLines(text));
      const kept = readLines(unreleasable(splitIntoLines(text)));
      expect(JSON.stringify(released), file).toBe(JSON.stringify(kept));
    }
  });
});

describe('cellParagraph', () => {
  it('should keep a PDF cell its page and box, and make a text cell a OneLineParagraph', () => {
    const pdfCell = { text: 'Lasten', span: { start: 0, end: 6, page: 2, bbox: { x: 1, y: 2, width: 3, height: 4 } } };
    const fromPdf = cellParagraph(pdfCell);
    expect(fromPdf).not.toBeInstanceOf(OneLineParagraph);
    expect(fromPdf.span).toBe(pdfCell.span);
    expect(cellParagraph({ text: 'Lasten', span: { start: 0, end: 6 } })).toBeInstanceOf(OneLineParagraph);
  });
});

describe('exactRows', () => {
  it('should copy each row into a new array of its length, holding the same cells', () => {
    const a = { text: 'Lasten', span: { start: 0, end: 6 } };
    const b = { text: '2.762', span: { start: 7, end: 12 } };
    const row: Array<typeof a> = [];
    row.push(a, b);
    const rows = [row];
    const out = exactRows(rows);
    expect(out).toEqual(rows);
    expect(out).not.toBe(rows);
    expect(out[0]).not.toBe(row);
    expect(out[0]![0]).toBe(a);
    expect(out[0]![1]).toBe(b);
  });

  it('should give an empty table no rows', () => {
    expect(exactRows([])).toEqual([]);
  });
});
