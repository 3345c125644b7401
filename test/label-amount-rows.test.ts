import { describe, expect, it } from 'vitest';
import { readText } from '../src/blocks/text.js';
import { splitLabelAmounts } from '../src/blocks/amount-row.js';

/** The rows of the tables read from `text`, as cell texts. */
const tables = (text: string): string[][][] =>
  readText(text).blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.map((c) => c.text))] : []));

describe('splitLabelAmounts', () => {
  it('should split a label from the one amount after it, the euro sign with the amount', () => {
    expect(splitLabelAmounts('Baten € -1.207.650')).toEqual([[0, 5], [6, 18]]);
    expect(splitLabelAmounts('Nieuwe sporthal De Linde 4.250')).toEqual([[0, 24], [25, 30]]);
  });
  it.each([['Begroting 2026'], ['4.250'], ['Saldo € 7.20'], ['Wat mag het kosten?']])('should not split %j', (line) => {
    expect(splitLabelAmounts(line)).toBeNull();
  });
});

describe('one-amount lines', () => {
  it('should be a table when every amount carries the euro sign', () => {
    expect(tables('Wat mag het kosten?\n\nLasten € 8.412.300\nBaten € -1.207.650\nSaldo € 7.20\n')).toEqual([
      [['Lasten', '€ 8.412.300'], ['Baten', '€ -1.207.650']],
    ]);
  });
  it('should be a table under its unit caption, a phase number kept in the label', () => {
    const text = 'Investeringen die doorlopen\n\nbedragen x € 1.000 Krediet\nNieuwe sporthal De Linde 4.250\nRenovatie bibliotheek 1.180\nKunstgras veld 3 640\nVoorbe\n';
    expect(tables(text)).toEqual([[['Nieuwe sporthal De Linde', '4.250'], ['Renovatie bibliotheek', '1.180'], ['Kunstgras veld 3', '640']]]);
    const caption = readText(text).blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('bedragen'));
    expect(caption).toBeDefined();
  });
  it('should be a table when every label names a budget row', () => {
    expect(tables('Lasten 2.410\nBaten 380\n')).toEqual([[['Lasten', '2.410'], ['Baten', '380']]]);
  });
  it('should be a table when the last amount is a difference of the ones above it', () => {
    expect(tables('Omvang van de begroting 98.300\nNorm van twintig procent 19.660\nRisico op de vaste schuld 4.120\nRuimte onder de norm 15.540\n')).toHaveLength(1);
  });
  it.each([
    ['contents lines whose page numbers add up', 'Inleiding 3\nFinanciën 7\nBijlagen 10\n'],
    ['two lines of amounts with no evidence', 'Sporthal De Linde 1.200\nZwembad Het Anker 3.400\n'],
    ['one line with an amount', 'Lasten € 8.412.300\n\nDe lasten stijgen.\n'],
    ['running text wrapped before lower-case lines', 'De lasten bedragen € 1.200\nen de baten € 300\n'],
  ])('should not read %s as a table', (_, text) => {
    expect(tables(text)).toEqual([]);
  });
  it('should leave one-amount lines under a row of amounts to that table', () => {
    const blocks = readText('Lasten 2.410 2.500\nBaten € 380\nSaldo € 2.030\n').blocks;
    expect(blocks.filter((b) => b.kind === 'table').every((b) => b.kind === 'table' && b.rows.every((r) => r.length !== 2))).toBe(true);
  });
});
