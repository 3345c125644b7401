/**
 * Document meta from text evidence only: a title line, a letterhead, the
 * tense of the W-questions, "gemeente X" — and null where the text is silent.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { NAME_CONNECTORS } from '../src/vocabulary/municipalities.js';

describe('document meta', () => {
  it.each([
    ['Jaarrekening 2018\n\nProgramma 1 Bestuur\n', { documentType: 'jaarrekening', year: 2018, title: 'Jaarrekening 2018' }],
    ['Programmabegroting 2024-2027        Gemeente Zwolle\n\nTekst.\n', { documentType: 'begroting', year: 2024, municipality: 'Zwolle', title: 'Programmabegroting 2024-2027' }],
    ['1e Bestuursrapportage 2023\n\nTekst.\n', { documentType: 'bestuursrapportage', year: 2023 }],
    ['Voorjaarsnota 2025\n\nTekst.\n', { documentType: 'voorjaarsnota', year: 2025 }],
    ['Programmarekening 2019\n\nTekst.\n', { documentType: 'jaarrekening', year: 2019 }],
    ['Wat hebben we bereikt in 2021?\n\nTekst.\n\nWat heeft het gekost?\n', { documentType: 'jaarstukken', year: 2021, title: null }],
    ['Wat willen we bereiken?\n\nTekst.\n\nWat mag het kosten?\n', { documentType: 'begroting', year: null }],
    ['Wat wilde de gemeente bereiken?\n\nTekst.\n\nWat deed het college?\n', { documentType: 'jaarstukken' }],
    ['Wat gaat de gemeente daarvoor doen?\n\nTekst.\n\nWat mag het programma kosten?\n', { documentType: 'begroting' }],
    // Free wordings of a paragraph ("Wat zijn de doelstellingen …?", "Hoe gaan we …?") say nothing of the document's type.
    ['Wat zijn de doelstellingen voor de komende jaren?\n\n- Betaalbaar wonen\n\nHoe gaan we die doelstellingen bereiken?\n\nTekst.\n', { documentType: 'unknown' }],
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
  it.each([
    ['Raadsinformatiebrief\n\nGemeente Wijk bij Duurstede\n\nTekst.\n', 'Wijk bij Duurstede'],
    ['Dit besluit van de gemeente Hof van Twente geldt vanaf 1 juli.\n', 'Hof van Twente'],
    ['Begroting 2026        Gemeente Land van Cuijk\n', 'Land van Cuijk'],
    ['Voorjaarsnota 2025        Gemeente Súdwest-Fryslân\n', 'Súdwest-Fryslân'],
    ['Programmabegroting 2025 Bergen op Zoom\n\nTekst.\n', 'Bergen op Zoom'],
    ['Jaarverslag 2023 Alphen aan den Rijn\n\nTekst.\n', 'Alphen aan den Rijn'],
    ['De gemeente Ede en Wageningen werken samen.\n', 'Ede'],
    // "de" is a connector too, but here the word is "den".
    ['Zo besloot de gemeente Capelle aan den IJssel in maart.\n', 'Capelle aan den IJssel'],
  ])('finds the municipality in %j', (text, name) => {
    expect(parse(text).meta.municipality).toBe(name);
  });
  it('does not take the seat of connected parties for the municipality', () => {
    const party = (name: string): string => `Naam: ${name}\nVestigingsplaats: Zwolle\nRechtsvorm: Gemeenschappelijke regeling\n\n`;
    expect(parse(`Jaarrekening 2024\n\n${party('GGD IJsselland')}${party('Veiligheidsregio IJsselland')}${party('Cogas')}`).meta.municipality).toBeNull();
    expect(parse('| Naam | Vestigingsplaats |\n|---|---|\n| GGD | Zwolle |\n| ROVA | Zwolle |\n| Cogas | Zwolle |\n').meta.municipality).toBeNull();
  });
  it.each([
    ['a field line', 'Deelnemers: gemeente Tiel, gemeente Culemborg en Waterschap Rivierenland\n'],
    ['an aligned field line', 'Deelnemende gemeenten     gemeente Tiel en gemeente Buren\n'],
    ['a field row', '| Deelnemers | gemeente Tiel, gemeente Buren |\n'],
    ['a field column of an overview', '| Verbonden partij | Deelnemende gemeenten |\n|---|---|\n| Avri | gemeente Buren en acht andere gemeenten |\n'],
  ])('takes no municipality from "gemeente X" in a connected party\'s %s', (_, text) => {
    expect(parse(`Jaarstukken 2024 Neder-Betuwe\n\nVerbonden partijen\n\n${text}`).meta.municipality).toBe('Neder-Betuwe');
  });
  it('still takes "gemeente X" from other field lines and columns', () => {
    expect(parse('Jaarstukken 2024 Neder-Betuwe\n\nAan: de raad van de gemeente Tiel\n').meta.municipality).toBe('Tiel');
    expect(parse('Jaarstukken 2024 Neder-Betuwe\n\n| Partij | Opmerking |\n|---|---|\n| Avri | samen met de gemeente Buren |\n').meta.municipality).toBe('Buren');
  });
  it('still counts a place the running text names three times', () => {
    const text = 'Jaarverslag 2024\n\nIn Deventer groeit het aantal woningen.\n\nDe binnenstad van Deventer trekt bezoekers.\n\nDeventer werkt samen met de regio.\n';
    expect(parse(text).meta.municipality).toBe('Deventer');
  });
  it('lets through the lower-case words of municipality names, and only those', () => {
    expect(NAME_CONNECTORS).toEqual(['aan', 'bij', 'de', 'den', 'en', 'op', 'van']);
    expect(parse('De gemeente Wijk bij de rivier kent geen bestaan.\n').meta.municipality).toBeNull();
  });
  it('takes no sentence and no contents entry for the title', () => {
    expect(parse('Inhoudsopgave\n\n1 Begroting in één oogopslag ........ 4\n\nVoor u ligt de begroting 2025.\n').meta.title).toBeNull();
  });
  it('leaves the type unknown without evidence', () => {
    expect(parse('Zomaar een alinea tekst.\n').meta).toMatchObject({ documentType: 'unknown', year: null, title: null, fields: {} });
  });
});
