/**
 * A table cell that is its own span (`SpanCell`): one object where a cell
 * and its span were two, for the blocks a whole text is read into.
 */
import { describe, expect, it } from 'vitest';
import { cellAt, cellFrom, cellOver, emptyCellAt, spacedCell, SpanCell } from '../src/blocks/cell.js';
import { headerCellOver } from '../src/tables/columns.js';
import { readText } from '../src/blocks/text.js';
import { rebuildGridRuns } from '../src/tables/grid-runs.js';

describe('SpanCell', () => {
  it('should be its own span, with the offsets it was given', () => {
    const cell = cellAt('2.762', { start: 12, end: 17 });
    expect(cell).toBeInstanceOf(SpanCell);
    expect(cell.span).toBe(cell);
    expect([cell.span.start, cell.span.end]).toEqual([12, 17]);
  });

  it('should keep a span with a PDF page or box as an object of its own, as two offsets would lose them', () => {
    const span = { start: 3, end: 9, page: 2, bbox: { x: 10, y: 20, width: 30, height: 8 } };
    const cell = cellAt('Lasten', span);
    expect(cell).not.toBeInstanceOf(SpanCell);
    expect(cell.span).toBe(span);
  });

  it('should serialise as the two-object cell it stands for, not as a cycle', () => {
    expect(JSON.stringify(cellFrom('Baten', 4, 9))).toBe('{"text":"Baten","span":{"start":4,"end":9}}');
  });

  it('should serialise as a span where it is one (a heading given the span of the cell it was read from)', () => {
    const cell = cellFrom('Programma 1', 0, 11);
    expect(JSON.stringify({ kind: 'heading', text: cell.text, span: cell.span })).toBe('{"kind":"heading","text":"Programma 1","span":{"start":0,"end":11}}');
    expect(JSON.parse(JSON.stringify({ ...cell, text: 'Programma 1 Veiligheid' })).span).toEqual({ start: 0, end: 11 });
  });

  it('should serialise the page and box the PDF reader sets on its span in place, and pass them to a cell made at its span', () => {
    const cell = cellFrom('Lasten', 3, 9);
    Object.assign(cell.span, { page: 2, bbox: { x: 10, y: 20, width: 30, height: 8 } });
    const plain = { start: 3, end: 9, page: 2, bbox: { x: 10, y: 20, width: 30, height: 8 } };
    expect(JSON.parse(JSON.stringify(cell))).toEqual({ text: 'Lasten', span: plain });
    const label = cellAt('Lasten totaal', cell.span);
    expect(label.span).not.toBeInstanceOf(SpanCell);
    expect(label.span).toEqual(plain);
  });

  it('should take another span whole when one is assigned, as a two-object cell does', () => {
    const cell = cellFrom('Baten', 4, 9);
    cell.span = { start: 0, end: 2 };
    expect(cell.span).toEqual({ start: 0, end: 2 });
    expect(JSON.stringify(cell)).toBe('{"text":"Baten","span":{"start":0,"end":2}}');
  });

  it('should keep its offsets through a spread that changes its text', () => {
    const copy = { ...cellFrom('Baten', 4, 9), text: 'Baten totaal' };
    expect([copy.text, copy.span.start, copy.span.end]).toEqual(['Baten totaal', 4, 9]);
  });

  it('should be every cell of the tables the text reader and the table passes make of plain text', () => {
    const text = ['Bedragen x € 1.000', '', 'Programma', '', 'Lasten', '', 'Baten', '', 'Veiligheid', '', '2.762', '', '303', '', 'Onderwijs', '', '1.250', '', '99', '', 'Totaal', '', '4.012', '', '402'].join('\n');
    const diagnostics: never[] = [];
    const tables = rebuildGridRuns(readText(text).blocks, diagnostics).filter((b) => b.kind === 'table');
    const cells = tables.flatMap((t) => (t.kind === 'table' ? t.rows.flat() : []));
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.span).toBe(cell);
      expect(text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
    }
  });
});

describe('cells made of other cells', () => {
  const begroting = cellFrom('Begroting', 10, 19);
  const year = cellFrom('2021', 20, 24);

  it('should put one cell over two, from the first one\'s start to the last one\'s end, whatever its text', () => {
    const cell = cellOver('Begroting (x 1.000)', begroting, year);
    expect([cell.text, cell.span.start, cell.span.end]).toEqual(['Begroting (x 1.000)', 10, 24]);
  });

  it('should join cells by one space each ("120" "V" → "120 V"), and leave one cell as it reads', () => {
    expect(spacedCell([cellFrom('120', 0, 3), cellFrom('V', 4, 5)])).toMatchObject({ text: '120 V', start: 0, end: 5 });
    expect(spacedCell([begroting, cellFrom('na', 20, 22), cellFrom('wijziging', 23, 32)])).toMatchObject({ text: 'Begroting na wijziging', start: 10, end: 32 });
    expect(spacedCell([year])).toMatchObject({ text: '2021', start: 20, end: 24 });
  });

  it('should join header cells as header words join, a hyphen at a line end undone, and not undo a hyphen before a capital', () => {
    expect(headerCellOver([cellFrom('Begrotings-', 0, 11), cellFrom('wijziging', 12, 21)])).toMatchObject({ text: 'Begrotingswijziging', start: 0, end: 21 });
    expect(headerCellOver([cellFrom('Noord-', 0, 6), cellFrom('Brabant', 7, 14)]).text).toBe('Noord- Brabant');
  });

  it('should make an empty cell at one offset, not over a stretch of text', () => {
    expect(JSON.stringify(emptyCellAt(40))).toBe('{"text":"","span":{"start":40,"end":40}}');
  });
});
