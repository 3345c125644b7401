/**
 * Document meta from text evidence only: a title line, a letterhead, the
 * tense of the W-questions, "gemeente X" — and null where the text is silent.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { NAME_CONNECTORS } from '../src/vocabulary/municipalities.js';
import { metaPart } from '../src/meta/document-meta.js';
import { MAX_TEXT } from '../src/meta/organisation.js';

describe('document meta', () => {
  it.each([
    ['Jaarrekening 2018\n\nProgramma 1 Bestuur\n', { documentType: 'jaarrekening', year: 2018, title: 'Jaarrekening 2018' }],
    ['Programmabegroting 2024-2027        Gemeente Zwolle\n\nTekst.\n', { documentType: 'begroting', year: 2024, municipality: 'Zwolle', title: 'Programmabegroting 2024-2027' }],
    ['1e Bestuursrapportage 2023\n\nTekst.\n', { documentType: 'bestuursrapportage', year: 2023 }],
    ['Voorjaarsnota 2025\n\nTekst.\n', { documentType: 'voorjaarsnota', year: 2025 }],
    ['Programmarekening 2019\n\nTekst.\n', { documentType: 'jaarrekening', year: 2019 }],
    ['Wat hebben we bereikt in 2021?\n\nTekst.\n\nWat heeft het gekost?\n', { documentType: 'jaarstukken', year: 2021, title: null }],
    // Future-tense W-questions make a begroting, as the past tense makes an account (the shared seed gold reads them so);
    // a voorjaarsnota or bestuursrapportage that asks them says so in its title or its own words, which come first.
    ['Wat willen we bereiken?\n\nTekst.\n\nWat mag het kosten?\n', { documentType: 'begroting', year: null }],
    // The year the sentences under the questions open with ("In 2019 …") is the year of the document.
    ['Wat gaan we daarvoor doen?\n\nIn 2019 blijven we investeren in de wijken.\n\nVoor 2019 breiden we de inzet uit.\n\nIn 2020 volgt een evaluatie.\n', { documentType: 'begroting', year: 2019 }],
    ['Wat hebben wij daarvoor gedaan?\n\nIn 2022 is ingezet op samenwerking.\n\nOok in 2022 is een plan opgesteld.\n', { documentType: 'jaarstukken', year: 2022 }],
    // One year that opens one sentence is a passing remark, no evidence.
    ['Wat gaan we daarvoor doen?\n\nIn 2019 blijven we investeren in de wijken.\n\nDe kosten stijgen tot 2023 en 2024.\n', { documentType: 'begroting', year: null }],
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
  it('still takes "gemeente X" from other field lines and columns where no title names the organisation', () => {
    expect(parse('Jaarstukken 2024\n\nAan: de raad van de gemeente Tiel\n').meta.municipality).toBe('Tiel');
    expect(parse('Jaarstukken 2024\n\n| Partij | Opmerking |\n|---|---|\n| Avri | samen met de gemeente Buren |\n').meta.municipality).toBe('Buren');
  });
  it('takes the organisation the title names over a "gemeente X" in the text', () => {
    expect(parse('Jaarstukken 2024 Neder-Betuwe\n\nAan: de raad van de gemeente Tiel\n').meta.municipality).toBe('Neder-Betuwe');
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

describe('meta from evidence, or not at all', () => {
  it('names no type or year from column headers, data cells or a build timestamp', () => {
    const text = [
      'Toelichting op de lasten per taakveld',
      '',
      'Het overzicht hieronder hoort bij de jaarstukken en toont de lasten.',
      '',
      'Taakveld                Begroting 2021   Realisatie 2021',
      '0.1 Bestuur                     1.812             1.790',
      '0.2 Burgerzaken                   604               611',
      '',
      'Deze pagina is gebouwd op 03/14/2022 10:12:00 met de export van 03/14/2022 09:58:11',
      '',
    ].join('\n');
    expect(parse(text).meta).toMatchObject({ documentType: 'unknown', year: null, title: null, organisation: null, provenance: {} });
  });
  it('takes no column header standing among cells for the title', () => {
    const text = 'Lasten en baten\n\nBegroting\n2023\n\nRealisatie\n2023\n\nLasten\n\n1.204\n\n1.187\n';
    expect(parse(text).meta).toMatchObject({ documentType: 'unknown', year: null, title: null });
  });
  it('keeps site chrome on the next line out of the title', () => {
    expect(parse('Kadernota 2027\nportaal\n\nHome\n\nTekst.\n').meta).toMatchObject({ title: 'Kadernota 2027', documentType: 'voorjaarsnota', year: 2027 });
  });
  it.each([
    ['Inleiding\n\nVoor u ligt de tweede bestuursrapportage 2024. Hierin staan de afwijkingen.\n', 'bestuursrapportage', 2024],
    ['Inleiding\n\nIn deze jaarrekening leggen wij verantwoording af.\n', 'jaarrekening', null],
    ['Samenvatting\n\nHet jaarverslag over 2021 volgt de indeling van de begroting.\n\nWat hebben we bereikt?\n\nTekst.\n', 'jaarstukken', 2021],
  ])('reads the type from the document naming itself: %j', (text, type, year) => {
    expect(parse(text).meta).toMatchObject({ documentType: type, year });
  });
  it('names no type from a passing mention', () => {
    expect(parse('Ontwikkelingen\n\nDe effecten worden meegenomen in de begroting 2025-2028.\n').meta).toMatchObject({ documentType: 'unknown', year: null });
  });
  it('reads the organisation from prose that calls the document its own', () => {
    const text = 'Jaarverslag 2022\n\nVoorwoord\n\nHet jaarverslag van Tubbergen toont wat we in 2022 deden. In Tubbergen werken we samen.\n';
    expect(parse(text).meta).toMatchObject({ municipality: 'Tubbergen', organisation: { name: 'Tubbergen', kind: 'gemeente' } });
  });
  it('takes the regeling, never a member municipality, for a regeling\'s document', () => {
    const text = [
      'Jaarrekening 2023',
      'Veiligheidsregio Noord- en Oost-Gelderland Postbus 9001 7300 AA Apeldoorn',
      '',
      'De gemeente Apeldoorn, de gemeente Epe en de gemeente Heerde dragen bij. In de gemeente Apeldoorn staat de kazerne.',
      '',
    ].join('\n');
    expect(parse(text).meta).toMatchObject({
      documentType: 'jaarrekening',
      year: 2023,
      organisation: { name: 'Veiligheidsregio Noord- en Oost-Gelderland', kind: 'gemeenschappelijke regeling' },
    });
  });
  it.each([
    ['Voor u ligt de begroting 2026 van de Omgevingsdienst Rivierenland.\n', 'Omgevingsdienst Rivierenland', 'gemeenschappelijke regeling'],
    ['Colofon\n\nSamenstelling: afdeling Control, provincie Drenthe\n\nTekst.\n', 'Provincie Drenthe', 'provincie'],
    ['Programmabegroting 2024\n\nTekst.\n\nPagina 3 van 40 Waterschap Vallei en Veluwe\n\nTekst.\n', 'Waterschap Vallei en Veluwe', 'waterschap'],
  ])('reads the organisation and its kind from %j', (text, name, kind) => {
    expect(parse(text).meta.organisation).toEqual({ name, kind });
  });
  it('takes no other body named in passing for the organisation', () => {
    const text = 'Veiligheid\n\nOp basis van de begroting 2024 van de Veiligheidsregio Haaglanden stijgt de bijdrage.\n\nVeiligheidsregio Haaglanden\n\nDe Veiligheidsregio Haaglanden voert de brandweerzorg uit.\n';
    expect(parse(text).meta.organisation).toBeNull();
  });
  it('marks every value it read as read from the text', () => {
    expect(parse('Jaarstukken 2019 Gemeente Oss\n\nTekst.\n').meta.provenance).toEqual({ documentType: 'text', year: 'text', municipality: 'text', organisation: 'text', title: 'text' });
  });
});

describe('the part of the text the meta reads', () => {
  it('should be the text itself up to MAX_TEXT characters, and a copy of its first MAX_TEXT beyond', () => {
    const short = 'Jaarrekening 2018\n\nTekst.\n';
    expect(metaPart(short)).toBe(short);
    const long = 'Programmabegroting 2024 € '.repeat(Math.ceil((MAX_TEXT + 10) / 26));
    expect(metaPart(long)).toBe(long.slice(0, MAX_TEXT));
  });

  it('should read an acronym spelled out in the first MAX_TEXT characters, and not one past them', () => {
    // The title's acronym ("OMWB") spelled out in brackets in the text names the organisation when nothing before it does.
    const filler = 'Tekst over het werk van dit jaar.\n\n'.repeat(Math.ceil(MAX_TEXT / 35));
    const spelled = 'Omgevingsdienst Midden- en West-Brabant (OMWB) voert taken uit.\n\n';
    const near = parse(`Jaarstukken OMWB 2021\n\n${spelled}${filler}`);
    expect(near.meta.organisation?.name).toBe('Omgevingsdienst Midden- en West-Brabant');
    const far = parse(`Jaarstukken OMWB 2021\n\n${filler}${spelled}`);
    expect(far.meta.organisation).toBeNull();
  }, 30_000);
});
