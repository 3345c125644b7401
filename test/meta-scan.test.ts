/**
 * The meta rules run their long patterns only around the words a match must
 * hold (speed): they must find exactly what a scan of the whole text finds.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SELF, selfMatches } from '../src/meta/self-reference.js';
import { isSpace, spaceWalkBack, spaceWalkForward } from '../src/meta/word-windows.js';
import { KIND_NAME, kindNames, OWN_DOCUMENT, ownDocumentMatches, PAGE_FOOTER, pageFooters } from '../src/meta/organisation.js';

const plain = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

/**
 * Asserts that a windowed scan finds exactly what `matchAll` of the whole
 * text finds, on texts joined at random from `pieces` with 0-2 spaces after each.
 */
function sameAsWholeScan(pieces: readonly string[], scan: (text: string) => Iterable<RegExpExecArray>, whole: RegExp): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.array(fc.constantFrom('', ' ', '  '), { maxLength: 60 }), (chosen, gaps) => {
      const text = chosen.map((p, i) => p + (gaps[i] ?? '')).join('');
      expect(plain(scan(text))).toEqual(plain(text.matchAll(whole)));
    }),
    { numRuns: 3000 },
  );
}
/** Pieces of self-references and what stands around them, joined at random into texts. */
const PIECES = [
  'voor u ligt', 'Voor u ligt', 'hierbij bieden wij u', 'hierbij biedt het college u', 'ontvangt u', 'in', 'In', 'met', 'nu we', 'nu wij',
  'deze', 'Dit', 'voorliggende', 'voorliggend', 'de', 'het', 'eerste', '2e', 'ontwerp-', 'ontwerp', 'concept-',
  'begroting', 'Programmabegroting', 'JAARREKENING', 'ontwerpbegroting', 'berap', 'jaarſtukken', 'raadsinformatiebrief', '10-maandsrapportage',
  '2018', '20189', '2024', ' ', '   ', '\n', '\t', '\u00a0', '-', '.', ',', 'x', 'é', '😀', '\u212A', 'a', 'van de gemeente',
];

describe('selfMatches', () => {
  it('finds what a scan of the whole text finds', () => {
    sameAsWholeScan(PIECES, selfMatches, SELF);
  });
  it('reaches back over the longest lead a self-reference has', () => {
    const text = 'x. Hierbij bieden het college u \n voorliggende   vierde ontwerp-begroting  2018.';
    expect(plain(selfMatches(text))).toEqual(plain(text.matchAll(SELF)));
    expect([...selfMatches(text)][0]?.[0]).toBe('Hierbij bieden het college u \n voorliggende   vierde ontwerp-begroting  2018');
  });
  it('reads the year after a run of spaces, and no year that goes on in digits', () => {
    expect([...selfMatches('Deze begroting\n\n   2019 geeft')][0]?.[4]).toBe('2019');
    expect([...selfMatches('Deze begroting 20190')][0]?.[4]).toBeUndefined();
  });
});

/** Pieces of names of bodies and what stands around them. */
const NAME_PIECES = [
  'Gemeente', 'gemeente', 'GEMEENTE', 'gemeenten', 'Provincie', 'Waterschap', 'Hoogheemraadschap', 'Wetterskip', 'Omgevingsdienst', 'veiligheidsregio',
  'GGD', 'ggd', 'Regionale', 'uitvoeringsdienst', 'Gemeenschappelijke', 'regeling', 'Belastingsamenwerking', 'Werkvoorzieningsschap',
  'Tiel', 'Zwolle', 'Bergen', 'op', 'Zoom', 'van', 'de', 'het', 'en', 'Midden-', 'West-Brabant', 'Fryslân', "'s-Hertogenbosch", 'IJsselland', 'OOST-',
  'Postbus', '218', ' ', '  ', '\n', ':', '|', '.', ',', 'x', 'é', '😀', '-',
];

/** Pieces of a document presented as a body's. */
const OWN_PIECES = [
  'Het', 'De', 'het', 'de', '.', '!', '\n', 'voor u ligt', 'hierbij bieden het bestuur u', 'ontvangt u', 'deze', 'dit', 'voorliggende',
  'begroting', 'Jaarstukken', 'programmabegroting', '2018', '-', '–', '2019', 'van', 'Omgevingsdienst West-Holland', 'Heumen', ';', ':',
  'abcdefghijklmnopqrstuvwxyz', ' ', '   ', '\t', 'é', '😀',
];

describe('ownDocumentMatches', () => {
  it('finds what a scan of the whole text finds', () => {
    sameAsWholeScan(OWN_PIECES, ownDocumentMatches, OWN_DOCUMENT);
  });
  it('reaches as far as the longest lead and name', () => {
    const name = 'Omgevingsdienst ' + 'x'.repeat(90);
    for (const text of [
      `Tekst. Hierbij bieden het college u   \n het  begroting 2018 \n – 2019  van \n het ${name}`,
      `Tekst. Voorliggende begroting van ${name}`,
      `De begroting van de ${name}`,
    ]) {
      expect(plain(ownDocumentMatches(text))).toEqual(plain(text.matchAll(OWN_DOCUMENT)));
      expect([...ownDocumentMatches(text)][0]?.[2]).toHaveLength(80);
    }
  });
  it('reads every word a presentation puts before the type word', () => {
    for (const opening of ['Het', 'De', 'Voor u ligt de', 'hierbij ontvangt u het', 'Deze', 'dit', 'voorliggende']) {
      const text = `Tekst. ${opening} \n jaarverslag van Heumen.`;
      expect(plain(ownDocumentMatches(text))).toEqual(plain(text.matchAll(OWN_DOCUMENT)));
      expect([...ownDocumentMatches(text)]).toHaveLength(1);
    }
  });
});

describe('kindNames', () => {
  it('finds what a scan of the whole text finds', () => {
    const all = new RegExp(KIND_NAME.source, 'gu');
    sameAsWholeScan(NAME_PIECES, kindNames, all);
  });
});

/** Pieces of page footers and the lines around them. */
const FOOTER_PIECES = [
  'Pagina', 'pagina', 'PAGINA', 'blz', 'blz.', 'Blz', 'xblz', '2', '12', '2024', 'van', '/', '57', 'Hoogheemraadschap van Rijnland', 'ab',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz', ' ', '  ', '\n', '\r\n', '\r', '\u2028', '-', 'é', '😀',
];

describe('pageFooters', () => {
  it('reads the footers a scan of the whole text finds', () => {
    const all = new RegExp(PAGE_FOOTER.source, 'gim');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FOOTER_PIECES), { maxLength: 80 }), fc.array(fc.constantFrom('', ' ', '  '), { maxLength: 80 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + (gaps[i] ?? '')).join('');
        expect(pageFooters(text)).toEqual([...text.matchAll(all)].slice(0, 5).map((m) => m[1]));
      }),
      { numRuns: 3000 },
    );
  });
  it('finds the page word up to 80 characters into its line', () => {
    for (const n of [79, 80, 81]) {
      const text = `Inleiding\n${'x '.repeat(n / 2)}${n % 2 ? ' ' : ''}pagina 2 van 57 Rijnland\n`;
      expect(pageFooters(text)).toEqual([...text.matchAll(new RegExp(PAGE_FOOTER.source, 'gim'))].map((m) => m[1]));
    }
    expect(pageFooters(`${'x'.repeat(80)} blz 3 Rijnland`)).toEqual([]);
    expect(pageFooters(`${'x'.repeat(79)} blz 3 Rijnland`)).toEqual([' Rijnland']);
  });
});

describe('spaces', () => {
  it('are the characters \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  it('are free when walking back over characters', () => {
    expect(spaceWalkBack('voor u ligt  de begroting', 16, 2)).toBe(11);
    expect(spaceWalkBack('  de', 4, 2)).toBe(0);
    expect(spaceWalkForward('begroting  van de Omgevingsdienst', 9, 5)).toBe(18);
    expect(spaceWalkForward('de ', 0, 5)).toBe(3);
  });
});
