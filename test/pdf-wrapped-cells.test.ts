/**
 * Wrapped cells on a PDF page: the lines of a row's cells, set closer
 * together than the rows, join into that row (pdf-wrapped-cells.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/blocks/pdf.js';
import { joinWrappedFirstCells } from '../src/blocks/pdf-wrapped-cells.js';

/** An item as pdf.js gives it: 4.5 points per character at size 9. */
const item = (str: string, x: number, y: number): Item => ({ str, x, y, width: str.length * 4.5, size: 9 });
const texts = (lines: Item[][]) => lines.map((line) => line.map((it) => it.str));

describe('joinWrappedFirstCells', () => {
  it('joins the wrapped parts of every column into the row whose values stand between them', () => {
    // Beleidsindicatoren: unit and source wrapped above and below the row's values (y 635 / 627 / 620), rows 18 apart.
    const lines = [
      [item('Aantal per 1.000', 276, 635), item('Bureau', 373, 635)],
      [item('1', 85, 627), item('6.', 109, 627), item('Verwijzingen Halt', 125, 627), item('10 (2022)', 426, 627), item('8 (2022)', 514, 627)],
      [item('jongeren', 291, 620), item('Halt', 378, 620)],
      [item('Aantal per 1.000', 276, 602)],
      [item('1', 85, 595), item('8.', 109, 595), item('Winkeldiefstallen', 125, 595), item('CBS', 377, 595), item('0,6 (2022)', 425, 595), item('2,3 (2022)', 510, 595)],
      [item('inwoners', 291, 587)],
    ];
    expect(texts(joinWrappedFirstCells(lines))).toEqual([
      ['1', '6.', 'Verwijzingen Halt', 'Aantal per 1.000 jongeren', 'Bureau Halt', '10 (2022)', '8 (2022)'],
      ['1', '8.', 'Winkeldiefstallen', 'Aantal per 1.000 inwoners', 'CBS', '0,6 (2022)', '2,3 (2022)'],
    ]);
  });

  it('joins a first cell wrapped over three lines with the values on the last', () => {
    const lines = [
      [item('Effectindicator', 71, 664), item('Peilwaarde', 214, 664), item('2025 (%)', 286, 664)],
      [item('Aantal inwoners met', 71, 610)],
      [item('bijstandsuitkering (per', 71, 599)],
      [item('1.000 inw)*', 71, 588), item('13,9 (2023)', 211, 588), item('13,8', 298, 588)],
      [item('% eenzaamheid***', 71, 574), item('51,1 (2022)', 211, 574), item('47', 303, 574)],
    ];
    expect(texts(joinWrappedFirstCells(lines)).map((l) => l[0])).toEqual(['Effectindicator', 'Aantal inwoners met bijstandsuitkering (per 1.000 inw)*', '% eenzaamheid***']);
  });

  it('should not join rows that stand as close as wrapped lines, nor prose that runs across the columns', () => {
    const tight = [
      [item('Lasten', 71, 600), item('1.200', 300, 600)],
      [item('Baten', 71, 589), item('200', 300, 589)],
      [item('Bestuur', 71, 578)],
      [item('Saldo', 71, 567), item('-1.000', 300, 567)],
    ];
    expect(joinWrappedFirstCells(tight)).toEqual(tight);
    const prose = [
      [item('De kosten van de jeugdzorg stijgen de komende jaren sterk door meer', 71, 611)],
      [item('Lasten', 71, 600), item('1.200', 300, 600)],
      [item('Baten', 71, 580), item('200', 300, 580)],
      [item('Saldo', 71, 560), item('-1.000', 300, 560)],
    ];
    expect(joinWrappedFirstCells(prose)).toEqual(prose);
  });
});
