/**
 * Wrapped cells on a PDF page: the lines of a row's cells, set closer
 * together than the rows, join into that row (pdf-wrapped-cells.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Item } from '../src/blocks/pdf.js';
import { isAnchor, joinWrappedFirstCells } from '../src/blocks/pdf-wrapped-cells.js';

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

  it('reads rows set at the top of their cells, as close as the lines of a cell, with the measuring year under each value', () => {
    // Beleidsindicatoren: every line 14.5 apart; a row starts where the Nr. column has a number.
    const at = (str: string, x: number, y: number, size = 8): Item => ({ str, x, y, width: str.length * 4, size });
    const lines = [
      [at('Nr.', 70, 720), at('Indicator', 92, 720), at('Bron', 300, 720), at('Vorige', 430, 720), at('Laatste', 500, 720)],
      [at('bekende', 430, 705.5), at('bekende', 500, 705.5)],
      [at('meting', 430, 691), at('meting', 500, 691)],
      [at('12', 70, 676.5), at('Leerlingen met', 92, 676.5), at('Onderwijs', 300, 676.5), at('3%', 440, 676.5), at('2%', 510, 676.5)],
      [at('zorgbehoefte', 92, 662), at('monitor', 300, 662), at('(2019)', 436, 662), at('(2020)', 506, 662)],
      [at('regio', 300, 647.5)],
      [at('14', 70, 633), at('Vroege schoolverlaters', 92, 633), at('DUO', 300, 633), at('1,8', 440, 633), at('1,5', 510, 633)],
      [at('(2019)', 436, 618.5), at('(2020)', 506, 618.5)],
    ];
    expect(texts(joinWrappedFirstCells(lines))).toEqual([
      ['Nr.', 'Indicator', 'Bron', 'Vorige bekende meting', 'Laatste bekende meting'],
      ['12', 'Leerlingen met zorgbehoefte', 'Onderwijs monitor regio', '3% (2019)', '2% (2020)'],
      ['14', 'Vroege schoolverlaters', 'DUO', '1,8 (2019)', '1,5 (2020)'],
    ]);
  });

  it('joins a value set on its own line into the row, and a header wrapped over three lines over it', () => {
    // Effectindicatoren: the baseline value centred in its cell stands between the lines of the row's other cells.
    const lines = [
      [item('Streefwaarde', 320, 702), item('Streefwaarde', 390, 702)],
      [item('Peilwaarde', 260, 695)],
      [item('Indicator', 120, 688), item('2025', 340, 688), item('2026', 410, 688)],
      [item('(2023)', 280, 681)],
      [item('Aantal woningen in de', 70, 650)],
      [item('gemeente (plus nieuwe', 70, 636), item('12.460', 340, 636), item('12.637', 410, 636)],
      [item('12.367', 280, 629)],
      [item('woningen)', 70, 622), item('(plus 65)', 335, 622), item('(plus 177)', 405, 622)],
    ];
    expect(texts(joinWrappedFirstCells(lines))).toEqual([
      ['Indicator', 'Peilwaarde (2023)', 'Streefwaarde 2025', 'Streefwaarde 2026'],
      ['Aantal woningen in de gemeente (plus nieuwe woningen)', '12.367', '12.460 (plus 65)', '12.637 (plus 177)'],
    ]);
  });

  it('measures the pitch of a cell as the tightest recurring gap, not the commonest one', () => {
    // Rows 17 apart, a wrapped unit 15.5 apart in two rows only: the rows stay apart.
    const at = (str: string, x: number, y: number): Item => ({ str, x, y, width: str.length * 4, size: 8.5 });
    const lines = [
      [at('Aantal per 1.000', 276, 635)],
      [at('6.', 109, 627), at('Verwijzingen', 125, 627), at('10 (2022)', 426, 627)],
      [at('jongeren', 291, 619.5)],
      [at('8.', 109, 602.5), at('Winkeldiefstal', 125, 602.5), at('Per 1.000', 276, 602.5), at('0,6 (2022)', 425, 602.5)],
      [at('9.', 109, 585.5), at('Geweld', 125, 585.5), at('Per 1.000', 276, 585.5), at('4,1 (2022)', 425, 585.5)],
      [at('10.', 109, 568.5), at('Diefstal', 125, 568.5), at('Per 1.000', 276, 568.5), at('2,2 (2022)', 425, 568.5)],
      [at('Aantal per 1.000', 276, 551.5)],
      [at('11.', 109, 543.5), at('Vernieling', 125, 543.5), at('5 (2022)', 425, 543.5)],
      [at('inwoners', 291, 536)],
    ];
    expect(texts(joinWrappedFirstCells(lines)).map((l) => l.join(' | '))).toEqual([
      '6. | Verwijzingen | Aantal per 1.000 jongeren | 10 (2022)',
      '8. | Winkeldiefstal | Per 1.000 | 0,6 (2022)',
      '9. | Geweld | Per 1.000 | 4,1 (2022)',
      '10. | Diefstal | Per 1.000 | 2,2 (2022)',
      '11. | Vernieling | Aantal per 1.000 inwoners | 5 (2022)',
    ]);
  });

  it('should not join two values of one column from two lines, nor a list of fields two cells wide', () => {
    const twoValues = [
      [item('Lasten', 71, 600), item('1.200', 300, 600)],
      [item('1.150', 300, 589)],
      [item('Baten', 71, 578), item('200', 300, 578)],
      [item('190', 300, 567)],
    ];
    expect(joinWrappedFirstCells(twoValues)).toEqual(twoValues);
    const fields = [
      [item('Vestigingsplaats', 71, 600), item('Leiden', 200, 600)],
      [item('Bestuur', 71, 589), item('Het samenwerkingsverband heeft geen', 200, 589)],
      [item('eigen bestuur.', 200, 578)],
      [item('Bijdrage', 71, 560), item('€ 1.200', 200, 560)],
    ];
    expect(joinWrappedFirstCells(fields)).toEqual(fields);
  });

  it('measures the pitch per zone of the page: tight rows of a table further down do not cut a row whose lines stand wider apart', () => {
    const at = (str: string, x: number, y: number): Item => ({ str, x, y, width: str.length * 4, size: 8 });
    const lines = [
      [at('Aantal woningen', 70, 650.8)],
      [at('(met nieuwbouw', 70, 636.2), at('12.460', 350, 636.2)],
      [at('12.367', 285, 628.9)],
      [at('meegeteld)', 70, 621.6), at('(plus 65)', 342, 621.6)],
      [at('Rijnlands', 70, 560), at('6.116', 200, 560)],
      [at('Lyceum', 70, 550.3)],
      [at('Renovatie', 70, 540.1), at('271', 200, 540.1)],
      [at('nieuwbouw', 70, 530.4)],
      [at('Tractie', 70, 520.2), at('177', 200, 520.2)],
    ];
    expect(texts(joinWrappedFirstCells(lines))[0]).toEqual(['Aantal woningen (met nieuwbouw meegeteld)', '12.367', '12.460 (plus 65)']);
  });

  it('should not take a line of years for a row of values: it is a header level ("2025   2026" over lasten and baten)', () => {
    expect(isAnchor([item('2025', 330, 700), item('2026', 490, 700)])).toBe(false);
    expect(isAnchor([item('Programma', 50, 700), item('2025', 330, 700), item('2026', 490, 700)])).toBe(false);
    expect(isAnchor([item('Lokale teams jeugd en gezin', 50, 670), item('3.300', 470, 670)])).toBe(true);
    expect(isAnchor([item('Verwijzingen Halt', 50, 670), item('10 (2022)', 470, 670)])).toBe(true);
  });
});
