/**
 * Document meta from text evidence only: a title line, a letterhead, the
 * tense of the W-questions, "gemeente X" — and null where the text is silent.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

describe('document meta', () => {
  it.each([
    ['Jaarrekening 2018\n\nProgramma 1 Bestuur\n', { documentType: 'jaarrekening', year: 2018, title: 'Jaarrekening 2018' }],
    ['Programmabegroting 2024-2027        Gemeente Zwolle\n\nTekst.\n', { documentType: 'begroting', year: 2024, municipality: 'Zwolle', title: 'Programmabegroting 2024-2027' }],
    ['1e Bestuursrapportage 2023\n\nTekst.\n', { documentType: 'bestuursrapportage', year: 2023 }],
    ['Voorjaarsnota 2025\n\nTekst.\n', { documentType: 'voorjaarsnota', year: 2025 }],
    ['Programmarekening 2019\n\nTekst.\n', { documentType: 'jaarrekening', year: 2019 }],
    ['Wat hebben we bereikt in 2021?\n\nTekst.\n\nWat heeft het gekost?\n', { documentType: 'jaarstukken', year: 2021, title: null }],
    ['Wat willen we bereiken?\n\nTekst.\n\nWat mag het kosten?\n', { documentType: 'begroting', year: null }],
    ['| Datum: | 3 mei 2022 |\n| Aan: | de raad van de gemeente Heerenveen |\n| Onderwerp: | Jeugdzorg |\n', { documentType: 'raadsinformatiebrief', year: 2022, municipality: 'Heerenveen' }],
    // The subject names another document; the letter's own title comes after its letterhead.
    ['Aan: de raad\nDatum: 8 april 2025\nOnderwerp: Eerste bestuursrapportage 2024\n\nRaadsinformatiebrief\n\nTekst.\n', { documentType: 'raadsinformatiebrief', year: 2025, title: 'Raadsinformatiebrief' }],
  ])('reads %j', (text, expected) => {
    expect(parse(text).meta).toMatchObject(expected);
  });
  it.each([
    ['Dit stappenmodel wordt ook in Houten toegepast.\n'],
    ['Best practices uit de regio.\n\nBest is een goed voorbeeld.\n\nBest blijft best.\n'],
    ['Een tekst zonder jaartal of gemeente.\n'],
  ])('guesses no municipality from %j', (text) => {
    expect(parse(text).meta.municipality).toBeNull();
  });
  it('leaves the type unknown without evidence', () => {
    expect(parse('Zomaar een alinea tekst.\n').meta).toMatchObject({ documentType: 'unknown', year: null, title: null, fields: {} });
  });
});
