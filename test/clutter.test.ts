/**
 * Page furniture: the quick combined test never lets clutter through that
 * the patterns on the trimmed, lower-cased line would catch, and running
 * headers are keyed with their digits folded.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clutterReason, repeatedKeys, runningKey } from '../src/vocabulary/clutter.js';
import { isTableHeaderLine } from '../src/vocabulary/header-words.js';
import { readText } from '../src/blocks/text.js';
import { seed } from './helpers/seed.js';

describe('clutterReason', () => {
  it.each([
    ['Terug naar navigatie - Programma 2', 'navigation'],
    ['  TERUG NAAR BOVEN  ', 'navigation'],
    ['Download als PDF', 'navigation'],
    ['Inhoudsopgave', 'navigation'],
    ['Deze pagina is gebouwd op 12-04-2024', 'footer'],
    ['Pagina 3 van 12', 'page-number'],
    ['blz. 14', 'page-number'],
    ['– 27 –', 'page-number'],
    ['Programmabegroting 2025      pagina 12', 'running-header'],
    ['Page 4     Gemeente Leusden', 'running-header'],
  ])('%s → %s', (line, reason) => {
    expect(clutterReason(line)).toBe(reason);
  });

  it.each(['Lasten 12', 'Wat heeft het gekost?', 'Terugblik op 2023', 'Pagina’s van de website zijn vernieuwd.', '', '   '])('%s is content', (line) => {
    expect(clutterReason(line)).toBeNull();
  });

  it('gives the same answer for a line whatever its case and surrounding spaces', () => {
    const word = fc.constantFrom('terug', 'naar', 'navigatie', 'pagina', 'blz.', 'van', '12', '3', 'print', 'deze', 'pdf', 'top', '-', '–', 'gemeente', 'x');
    const line = fc.tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.constantFrom(' ', '  ', '    ')).map(([ws, gap]) => ws.join(gap));
    fc.assert(
      fc.property(line, fc.constantFrom('', ' ', '\t', '   '), fc.boolean(), (text, pad, upper) => {
        const variant = pad + (upper ? text.toUpperCase() : text) + pad;
        expect(clutterReason(variant)).toBe(clutterReason(text));
      }),
      { seed, numRuns: 1000 },
    );
  });
});

describe('running headers', () => {
  it('keeps a wide-gapped line that names the document and comes back, page numbers folded', () => {
    const lines = ['Begroting 2025      Gemeente Ede      3', 'tekst', 'Begroting 2025      Gemeente Ede      4', 'Eenmalig    regel'];
    expect([...repeatedKeys(lines.map(runningKey))]).toEqual(['begroting # gemeente ede #']);
  });
});

describe('table header lines are no running headers', () => {
  it.each([
    'Bedragen x € 1.000          Rekening    Begroting   Begroting   Raming',
    '                     Realisatie 2023    Begroting 2024    Begroting 2025',
    'Taakveld        Lasten 2025     Baten 2025     Saldo 2025',
    '(x € 1 mln)        2024        2025',
  ])('%s reads as a table header', (line) => {
    expect(isTableHeaderLine(line)).toBe(true);
  });
  it.each([
    'Programmabegroting 2025        Gemeente Venray',
    'Jaarstukken 2023    pagina 14',
    'Begroting 2025      Gemeente Ede      3',
    'Programmabegroting 2025     Programma 2 Veiligheid     14',
  ])('%s does not', (line) => {
    expect(isTableHeaderLine(line)).toBe(false);
  });

  const clutter = (text: string): string[] => readText(text).blocks.filter((b) => b.kind === 'clutter').map((b) => (b as { text: string }).text);
  it('keeps a header repeated above each cost table, drops a repeated page header', () => {
    const table = 'Bedragen x € 1.000        Rekening    Begroting   Raming\n                          2023        2024        2025\nLasten                    1.200       1.300       1.250\nBaten                       200         210         190\n';
    const page = 'Programmabegroting 2025        Gemeente Venray\n\n';
    const text = `${page}Wat mag het kosten?\n\n${table}\n${page}Wat mag het kosten?\n\n${table}`;
    expect(clutter(text)).toEqual(['Programmabegroting 2025        Gemeente Venray', 'Programmabegroting 2025        Gemeente Venray']);
  });
});
