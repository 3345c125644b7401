/**
 * The quick pre-checks of the vocabulary lookups change no answer: checked
 * against the plain patterns on generated headings.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indicatorKindInFull, indicatorKindOf, unspace } from '../src/vocabulary/sections.js';
import { endsInFunctionWord, opensProse, startsLikeSentence } from '../src/vocabulary/line-ends.js';
import { columnLabel, seriesColumn } from '../src/vocabulary/column-words.js';
import { filledArray } from '../src/vocabulary/filled-array.js';
import { seed } from './helpers/seed.js';

const word = fc.constantFrom('Effect', 'indicatoren', 'Prestatie-', 'gegevens', 'output', 'BBV', 'kengetallen', 'basisset', 'wettelijk', 'maat', 'Programma', 'V', 'e', 'r', 'b', 'o', 'n', 'd', ' ', '  ', '-', 'en', 'beleidsindicator', 'verplichte');
const heading = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(''));

describe('indicatorKindOf', () => {
  it('names the kinds', () => {
    expect(indicatorKindOf('Effectindicatoren')).toBe('effect');
    expect(indicatorKindOf('Prestatie-indicatoren 2025')).toBe('prestatie');
    expect(indicatorKindOf('Verplichte BBV-indicatoren')).toBe('beleid');
    expect(indicatorKindOf('Wat heeft het gekost?')).toBeNull();
    // Both kinds under one heading: no kind for every row.
    expect(indicatorKindOf('Effect- en prestatie-indicatoren')).toBe('other');
    expect(indicatorKindOf('Prestatie- en effectindicatoren')).toBe('other');
  });
  it('answers with its quick test as without it', () => {
    fc.assert(fc.property(heading, (h) => {
        expect(indicatorKindOf(h)).toBe(indicatorKindInFull(h));
      }), { seed, numRuns: 2000 });
  });
});

describe('unspace', () => {
  it('joins letter-spaced words, wider spaces kept as breaks', () => {
    expect(unspace('V e r b o n d e n  p a r t i j e n')).toBe('Verbonden partijen');
    expect(unspace('Verbonden partijen')).toBe('Verbonden partijen');
  });
  it.each([
    ['P r o g r a m m a   3   S o c i a a l  d o m e i n', 'Programma 3 Sociaal domein'],
    ['W a t   m a g   h e t   k o s t e n ?', 'Wat mag het kosten?'],
  ])('takes three or more spaces as a word break: %j', (spaced, words) => {
    expect(unspace(spaced)).toBe(words);
  });
  it.each(['1   2   3   4', 'x    x    x    x', 'Lasten   7.412   7.950'])('leaves %j as it is', (text) => {
    expect(unspace(text)).toBe(text);
  });
  it('answers as the plain pattern does', () => {
    const plain = (text: string): string => {
      const t = text.trim();
      if (t.length < 7 || !/^(?:\S +){3,}\S$/.test(t)) return text;
      if (/ {3}/.test(t) && !/\S \S/.test(t)) return text;
      return t.split(/ {2,}/).map((w) => w.replace(/ /g, '')).join(' ');
    };
    fc.assert(fc.property(heading, (h) => {
        expect(unspace(h)).toBe(plain(h));
      }), { seed, numRuns: 2000 });
  });
});

describe('endsInFunctionWord', () => {
  it.each([
    ['Samen met de', true],
    ['We werken nauw samen met de gemeenten Bernheze en', true],
    ['Het college zet in op preventie. Daarnaast zorgen wij voor onze', true],
    ['Ook is er een pilot gestart vanuit', true],
  ])('%j: true', (line, expected) => expect(endsInFunctionWord(line)).toBe(expected));
  it.each([
    ['Jongeren groeien gezond op', false],
    ['Kennisnemen van het voorstel', false],
    ['Wat betekent dit', false],
    ['Hoe pakken we dat aan', false],
    ['Gemeente Krimpen aan den IJssel', false],
    ['Bewoners van Oud-en', false],
    ['Wonen in Hof van Twente', false],
  ])('%j: false', (line, expected) => expect(endsInFunctionWord(line)).toBe(expected));
});

describe('startsLikeSentence', () => {
  it.each([
    ['De afspraken worden vastgelegd.', true],
    ['We zetten in op preventie.', true],
    ['Daarnaast starten we een pilot.', true],
  ])('%j: true', (line, expected) => expect(startsLikeSentence(line)).toBe(expected));
  it.each([
    ['Wijchen, Druten en Beuningen.', false],
    ['GGD Gelderland-Zuid en de huisartsen', false],
    ['Dezelfde aanpak geldt voor de kernen.', false],
    ['2025 wordt een overgangsjaar.', false],
  ])('%j: false', (line, expected) => expect(startsLikeSentence(line)).toBe(expected));
});

describe('opensProse', () => {
  it.each([
    ['In 2025 voeren we het Integraal Zorgakkoord uit', true],
    ['Samen met de GGD zetten we in op preventie', true],
  ])('%j: true', (line, expected) => expect(opensProse(line)).toBe(expected));
  it.each([
    ['De openbare ruimte is schoon, heel en veilig', false],
    ['Versterken van de samenwerking met de huisartsen', false],
    ['Inwoners doen mee', false],
  ])('%j: false', (line, expected) => expect(opensProse(line)).toBe(expected));
});

describe('columnLabel', () => {
  it.each([
    ['Doel begroting 2023', 'doel'],
    ['Doel streefwaarde', 'doel'],
    ['Realisatie 31-12', 'realisatie'],
    ['Begroting 2024', 'begroting'],
  ])('reads %j as %j', (word, label) => expect(columnLabel(word)).toBe(label));
  // "Doel" before anything but a planned value is a description column ("Doel van de maatregel").
  it.each([['Doel van de maatregel'], ['Doel realisatie']])('reads %j as no column word', (word) => expect(columnLabel(word)).toBeNull());
});

describe('seriesColumn', () => {
  it.each([
    ['Lochem', 'gemeente'],
    ['Gemeente Oude IJsselstreek', 'gemeente'],
    ['Gemeente', 'gemeente'],
    ['Nederland', 'nederland'],
    ['Landelijk', 'nederland'],
    ['Provincie', 'provincie'],
    ['Regio', 'regio'],
    ['Realisatie', null],
    ['Bron', null],
    ['Drenthe', null],
  ])('%j names the series %j', (header, series) => expect(seriesColumn(header)).toBe(series));
});

describe('isCaptionLine', () => {
  it('should take a short line that states the unit', async () => {
    const { isCaptionLine } = await import('../src/vocabulary/captions.js');
    expect(isCaptionLine('Bedragen x € 1.000')).toBe(true);
    expect(isCaptionLine('(x € 1.000)')).toBe(true);
  });
  it('should not take a sentence that mentions the unit, nor a line without one', async () => {
    const { isCaptionLine } = await import('../src/vocabulary/captions.js');
    expect(isCaptionLine('In de begroting zijn alle bedragen opgenomen in duizenden euro (x € 1.000) tenzij anders vermeld, zoals bij de reserves.')).toBe(false);
    expect(isCaptionLine('Omschrijving')).toBe(false);
  });
});

describe('columnLabel of a header that ends in its column word', () => {
  it.each([
    ['Laatst bekende realisatie', 'realisatie'],
    ['Voorgaande laatst bekende realisatie', 'realisatie'],
    ['Realisatie 2023', 'realisatie'],
  ])('reads %j as %j', (header, label) => expect(columnLabel(header)).toBe(label));
  it.each([['Aantal meldingen'], ['Landelijk vergelijking cijfer'], ['Vorige meting bekend']])('should not read %j as a column word', (header) => expect(columnLabel(header)).toBeNull());
});

describe('filledArray', () => {
  it('makes element k from at(k), in order, at exactly the length asked', () => {
    expect(filledArray(3, (k) => k * 2)).toEqual([0, 2, 4]);
    expect(filledArray(0, () => 'x')).toEqual([]);
    const seen: number[] = [];
    filledArray(4, (k) => seen.push(k));
    expect(seen).toEqual([0, 1, 2, 3]);
  });
});
