/**
 * A row label that holds the columns its header names (tables/label-columns.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../src/blocks/model.js';
import { splitLabelColumns } from '../src/tables/label-columns.js';

/** Cells of one line of source text, each at its offset. */
function row(...parts: string[]): Cell[] {
  let at = 0;
  return parts.map((text) => {
    const cell = { text, span: { start: at, end: at + text.length } };
    at += text.length + 4;
    return cell;
  });
}
const texts = (rows: Cell[][]) => rows.map((r) => r.map((c) => c.text));

describe('splitLabelColumns', () => {
  it('gives the last pieces of a label to the columns the header names in it, with their positions', () => {
    const body = [
      row('1    6. Verwijzingen Halt     Aantal per 1.000 jongeren     Bureau Halt', '10 (2022)'),
      row('1    8.   Winkeldiefstallen     Aantal per 1.000 inwoners   CBS', '0,6 (2022)'),
    ];
    const out = splitLabelColumns(4, body);
    expect(texts(out)).toEqual([
      ['1 6. Verwijzingen Halt', 'Aantal per 1.000 jongeren', 'Bureau Halt', '10 (2022)'],
      ['1 8. Winkeldiefstallen', 'Aantal per 1.000 inwoners', 'CBS', '0,6 (2022)'],
    ]);
    const unit = out[0]![1]!;
    expect(body[0]![0]!.text.slice(unit.span.start, unit.span.end)).toBe('Aantal per 1.000 jongeren');
  });

  it('should not split when the header is no wider than the rows, nor when most labels hold no columns', () => {
    const body = [row('Verwijzingen Halt     jongeren', '10'), row('Winkeldiefstallen', '0,6'), row('Geweld', '4,1')];
    expect(splitLabelColumns(2, body)).toBe(body);
    expect(splitLabelColumns(3, body)).toBe(body);
  });

  it('should split off the id a row sets close to its name when the other rows hold their ids apart', () => {
    const body = [
      row('1    8.   Winkeldiefstallen     Aantal per 1.000 inwoners   CBS', '0,6 (2022)'),
      row('2    20. Niet-sporters     %   CBS', '44,2% (2022)'),
      row('1    9.   Geweldsmisdrijven     Aantal per 1.000 inwoners   CBS', '4,1 (2022)'),
    ];
    const out = splitLabelColumns(6, body);
    expect(texts(out)[1]).toEqual(['2', '20.', 'Niet-sporters', '%', 'CBS', '44,2% (2022)']);
    const name = out[1]![2]!;
    expect(body[1]![0]!.text.slice(name.span.start - body[1]![0]!.span.start, name.span.end - body[1]![0]!.span.start)).toBe('Niet-sporters');
  });

  it('should not split a number off a name when the other rows hold no id column there', () => {
    const body = [
      row('Winkeldiefstallen    Aantal per 1.000 inwoners   CBS', '0,6 (2022)'),
      row('20 Niet-sporters   CBS', '44,2% (2022)'),
      row('Geweldsmisdrijven    Aantal per 1.000 inwoners   CBS', '4,1 (2022)'),
    ];
    expect(texts(splitLabelColumns(4, body))[1]).toEqual(['20 Niet-sporters   CBS', '44,2% (2022)']);
  });
});
