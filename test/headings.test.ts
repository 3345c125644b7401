/**
 * Heading vocabulary: which lines are W-questions, goals and programmes.
 * For every wording that should be read, one that should not.
 */
import { describe, expect, it } from 'vitest';
import { PROGRAMME_OVERVIEW, outlineNumber, sectionRole } from '../src/vocabulary/sections.js';
import { cardTitleAfterNumber } from '../src/recognise/rules/card-title-after-number.js';
import { isCardFieldPair } from '../src/recognise/rules/card-field-pair.js';
import { classifyHeading, isHeadingCandidate } from '../src/recognise/headings.js';
import type { ListBlock, ParagraphBlock, TableBlock } from '../src/blocks/model.js';
import { readText } from '../src/blocks/text.js';
import { parse } from '../src/index.js';

describe('sectionRole with an outline number in front', () => {
  it.each([
    ['3.1 Wat hebben we bereikt?', 'goals'],
    ['1. Wat willen we bereiken?', 'goals'],
    ['2.2. Wat gaan we daarvoor doen?', 'actions'],
    ['b) Wat mag het kosten?', 'costs'],
    ['4 Wat heeft het gekost?', 'costs'],
  ])('%s → %s', (heading, role) => {
    expect(sectionRole(heading)).toBe(role);
  });
  it.each([
    '3.1 Wonen en leefomgeving',
    '2024 Wat hebben we bereikt met de woonvisie',
    '1. Wat betekent dit voor de inwoners?',
  ])('%s is no W-question', (heading) => {
    expect(sectionRole(heading)).toBeNull();
  });
});

describe('sectionRole: the first wording that fits decides', () => {
  it('should give the role of the earlier wording when two fit ("bereikt" before "gedaan")', () => {
    // Both "wat hebben we … bereikt" (goals) and "wat hebben we … gedaan" (actions) read this heading.
    expect(sectionRole('Wat hebben we bereikt en gedaan?')).toBe('goals');
    expect(sectionRole('Wat hebben we gedaan?')).toBe('actions');
  });
  it('should give no role to a heading no wording fits, nor to one that only starts like one', () => {
    expect(sectionRole('Overige zaken')).toBeNull();
    expect(sectionRole('Indien wat willen we bereiken')).toBeNull();
  });
});

describe('sectionRole: indicator headings', () => {
  it.each([['Algemene indicatoren'], ['Algemene Indicatoren'], ['Wettelijke indicatoren']])('%s heads indicators', (heading) => {
    expect(sectionRole(heading)).toBe('indicators');
  });
  it.each([['Algemene dekkingsmiddelen'], ['Algemene reserve']])('%s does not', (heading) => {
    expect(sectionRole(heading)).not.toBe('indicators');
  });
});

describe('sectionRole: W-question wordings', () => {
  it.each([
    ['Wat willen we bereiken?', 'goals'],
    ['Wat wilde de gemeente in 2023 bereiken?', 'goals'],
    ['Wat heeft het college bereikt?', 'goals'],
    ['Wat we hebben bereikt', 'goals'],
    ['Wat gaat de gemeente daarvoor doen?', 'actions'],
    ['Wat gaat het college ervoor doen in 2026?', 'actions'],
    ['Wat zouden we daarvoor doen en wat hebben we bereikt?', 'actions'],
    ['Wat hebben we gerealiseerd (in 2023)?', 'actions'],
    ['Wat heeft de gemeente in 2024 gerealiseerd?', 'actions'],
    ['Wat we daarvoor hebben gedaan', 'actions'],
    ['Wat doet de gemeente?', 'actions'],
    ['Wat heeft het programma gekost?', 'costs'],
    ['Wat mag dit programma kosten in 2025?', 'costs'],
    ['Wat kost het programma?', 'costs'],
  ])('%s → %s', (heading, role) => {
    expect(sectionRole(heading)).toBe(role);
  });
  it.each([
    'Wat de gemeente daarvoor doet, leest u in de bijlage.',
    'Wat hebben we geleerd van de evaluatie?',
    'Wat betekent de nieuwe Omgevingswet voor initiatiefnemers?',
    'Wat heeft het college besloten?',
    'Wat als we het niet doen?',
    'Wat de raad heeft gerealiseerd',
  ])('%s is no W-question', (heading) => {
    expect(sectionRole(heading)).toBeNull();
  });
});

describe('outlineNumber', () => {
  it('reads the number without its final dot or parenthesis', () => {
    expect(outlineNumber('3.1 Wat hebben we bereikt?')).toBe('3.1');
    expect(outlineNumber('2. Wat gaan we ervoor doen?')).toBe('2');
    expect(outlineNumber('a) Wat mag het kosten?')).toBe('a');
  });
  it('finds none in an unnumbered heading or a year', () => {
    expect(outlineNumber('Wat hebben we bereikt?')).toBeNull();
    expect(outlineNumber('2024 in vogelvlucht')).toBeNull();
  });
});

describe('classifyHeading', () => {
  it('keeps the role and the number of a numbered W-question', () => {
    expect(classifyHeading('3.2 Wat hebben we daarvoor gedaan?')).toEqual({ kind: 'section', role: 'actions', id: '3.2' });
    expect(classifyHeading('Wat hebben we daarvoor gedaan?')).toEqual({ kind: 'section', role: 'actions', id: null });
  });
  it('reads a numbered title that is no W-question as numbered', () => {
    expect(classifyHeading('3.2 Armoede en schulden')).toEqual({ kind: 'numbered', id: '3.2', title: 'Armoede en schulden' });
  });
});

describe('classifyHeading: goal words', () => {
  it.each([
    ['Beoogd maatschappelijk effect 3.1: Iedereen doet mee naar vermogen', '3.1', 'Iedereen doet mee naar vermogen'],
    ['Gewenst maatschappelijk effect 2 – Schone straten', '2', 'Schone straten'],
    ['Beoogde maatschappelijke effect: Veilige wijken', null, 'Veilige wijken'],
  ])('%s names one goal', (heading, id, title) => {
    expect(classifyHeading(heading)).toEqual({ kind: 'goal', id, title, sub: false });
  });
  it.each(['Beoogd maatschappelijk effect', 'Beoogd maatschappelijk effect:', 'Gewenste maatschappelijke effecten'])(
    '%s heads the goals section',
    (heading) => {
      expect(classifyHeading(heading)).toEqual({ kind: 'section', role: 'goals', id: null });
    },
  );
});

describe('programme headings', () => {
  const span = { start: 0, end: 10 };
  const line = (text: string): ParagraphBlock => ({ kind: 'paragraph', text, lines: [{ text, span }], standalone: true, span });
  const list: ListBlock = { kind: 'list', ordered: false, items: [{ text: '6.1 Samenkracht', marker: '-', depth: 0, span }], span };
  it.each([
    ['Programma 3 Sociaal domein', '3', 'Sociaal domein'],
    ['Programma 2: Veiligheid en handhaving', '2', 'Veiligheid en handhaving'],
  ])('%s is a programme', (heading, id, title) => {
    expect(classifyHeading(heading)).toEqual({ kind: 'programme', id, title });
    expect(isHeadingCandidate(line(heading), list)).toBe(true);
  });
  it.each([
    'Programma 3 bestaat uit de volgende taakvelden:',
    'Programma 2 omvat de taakvelden 1.1 en 1.2.',
    'Programma 4 draagt bij aan drie opgaven;',
  ])('%s is a sentence', (text) => {
    expect(classifyHeading(text).kind).not.toBe('programme');
    expect(isHeadingCandidate(line(text), list)).toBe(false);
  });
});

/** The first block of `text` and whether it heads what follows, with its kind. */
const firstBlock = (text: string): { heading: boolean; kind: string } => {
  const { blocks } = readText(text);
  const block = blocks[0]!;
  if (block.kind !== 'paragraph') throw new Error('paragraph expected');
  const heading = isHeadingCandidate(block, blocks[1]);
  return { heading, kind: heading ? classifyHeading(block.text).kind : 'paragraph' };
};

describe('isHeadingCandidate: a goal title wrapped onto two lines', () => {
  it.each([
    ['Doelstelling 1.3: Alle inwoners hebben toegang tot schone energie en een goed geïsoleerde\nwoning\nHet aantal gasloze woningen steeg naar 1.240.\n'],
    ['Doelstelling 4: Kinderen groeien op in een veilige omgeving samen met hun\nouders\nDe wachtlijst jeugdhulp is korter geworden.\n'],
  ])('heads %j as a goal', (text) => expect(firstBlock(text)).toEqual({ heading: true, kind: 'goal' }));
  it.each([
    ['a short goal title with its description on the next line', 'Doelstelling 2: Meer banen\nin 2026 komen er 200 banen bij in de regio Zwolle.\n'],
    ['a second line longer than the first', 'Doelstelling 2.4: Een aantrekkelijk centrum met ruimte voor\nondernemers, bewoners en bezoekers die samen het centrum van Raalte levendig houden\n'],
    ['a second line holding a sentence of its own', 'Doelstelling 5.2: De binnenstad van Deventer is bereikbaar voor fietsers en voor\nvoetgangers. Het aantal fietsparkeerplekken steeg naar 3.100.\n'],
  ])('does not head %s', (_, text) => expect(firstBlock(text).heading).toBe(false));
});

describe('isHeadingCandidate: indicator field lines', () => {
  it.each([
    ['Eenheid: aantal per 1.000 woningen\nBron: BAG\n'],
    ['Bron: CBS Bevolkingsstatistiek\n\nToelichting bij de cijfers over de bevolking van de gemeente in 2024.\n'],
  ])('a field line is no heading: %j', (text) => expect(firstBlock(text).heading).toBe(false));
  it('a title above its field lines still is', () => {
    expect(firstBlock('Nieuw gebouwde woningen\nEenheid: aantal per 1.000 woningen\n').heading).toBe(true);
  });
});

describe('PROGRAMME_OVERVIEW: the line above the list of programmes', () => {
  it.each([
    "De begroting bestaat uit de volgende programma's:",
    'Onze programma’s:',
    'De programmabegroting 2026 is opgebouwd uit zeven programmas:',
  ])('%s', (line) => expect(PROGRAMME_OVERVIEW.test(line)).toBe(true));
  it.each([
    'Programma 3 bestaat uit de volgende taakvelden:',
    "In alle programma's werken we samen met de regio.",
    "De programma's zijn herijkt. Daarbij gold:",
  ])('not: %s', (line) => expect(PROGRAMME_OVERVIEW.test(line)).toBe(false));
});

describe('isHeadingCandidate: connected-party field lines', () => {
  it.each([
    ['Rechtsvorm: Gemeenschappelijke regeling\nOpenbaar belang: Brandweerzorg en rampenbestrijding in de regio.\n'],
    ['Resultaat 2024: € -333.000\n\nVeiligheidsregio IJsselland\n'],
    ['Ontwikkelingen: Geen bijzonderheden\n\nCocensus\n'],
  ])('a party field line is no heading: %j', (text) => expect(firstBlock(text).heading).toBe(false));
  it('a goal named after "Doel:" still heads what follows', () => {
    expect(firstBlock('Doel: Inwoners voelen zich veilig in hun wijk\n\nHet aantal woninginbraken daalde in 2024 verder.\n')).toEqual({ heading: true, kind: 'goal' });
  });
});

describe('isCardFieldPair', () => {
  const para = (text: string): ParagraphBlock => ({ kind: 'paragraph', text, lines: [{ text, span: { start: 0, end: text.length } }], standalone: true, span: { start: 0, end: text.length } });
  it.each([
    ['Eenheid', 'kg per inwoner', true],
    ['Meeteenheid', '%', true],
    ['Bron:', 'Klimaatmonitor', true],
    ['Eenheid', 'Bron', false],
    ['Inwoners', 'kg per inwoner', false],
    ['Eenheid: %', 'CBS', false],
  ])('%j above %j is a pair: %s', (field, value, expected) => expect(isCardFieldPair(para(field), para(value))).toBe(expected));
});

describe('cardTitleAfterNumber', () => {
  const para = (text: string): ParagraphBlock => ({ kind: 'paragraph', text, lines: [{ text, span: { start: 0, end: text.length } }], standalone: false, span: { start: 0, end: text.length } });
  it.each([
    ['23', 'Jongeren met jeugdhulp', 'Eenheid: %', true],
    ['(14)', 'Vestigingen van bedrijven', 'Bron: LISA', true],
    ['6.1', 'Kinderen in uitkeringsgezin', 'Eenheid', true],
    ['12', 'Inleiding', 'Dit hoofdstuk beschrijft de plannen.', false],
    ['12', 'Eenheid: %', 'Bron: CBS', false],
    ['100', '(34) Hernieuwbare elektriciteit', 'Eenheid', false],
    ['Bijlage', 'Functiemenging', 'Eenheid: %', false],
    ['13.1.a', 'Formatie in fte', 'Eenheid', true],
  ])('%j above %j above %j: a card title %s', (number, title, field, expected) =>
    expect(cardTitleAfterNumber(para(number), para(title), para(field)) !== null).toBe(expected));
  it('takes a table right under the name as the card\'s evidence, as it takes a field', () => {
    const table: TableBlock = { kind: 'table', rows: [], headerRows: 0, caption: null, span: { start: 0, end: 0 } };
    expect(cardTitleAfterNumber(para('13.1.a'), para('Formatie in fte'), table)).not.toBeNull();
    expect(cardTitleAfterNumber(para('Bijlage'), para('Formatie in fte'), table)).toBeNull();
    expect(cardTitleAfterNumber(para('13.1.a'), para('Formatie in fte'), para('De formatie steeg.'))).toBeNull();
  });
});

describe('contents entries and numbered siblings', () => {
  it('gives a line of a table of contents no section role', () => {
    expect(sectionRole('3.6 Verbonden partijen ......................... 102')).toBeNull();
    expect(sectionRole('Wat mag het kosten?      14')).toBeNull();
    expect(sectionRole('3.6 Verbonden partijen')).toBe('connectedParties');
  });
  it('takes a line right above a table for its title, not for the goal description', () => {
    const report = parse('Wat willen we bereiken?\n\nDoelstelling 3.1: Beheersbare kosten jeugdhulp\n\nAantal cliënten per voorziening\n| Voorziening | 2024 | 2025 |\n|---|---|---|\n| Pleegzorg | 96 | 101 |\n');
    const goal = JSON.stringify(report.children).match(/"type":"goal"[^}]*"description":(null|"[^"]*")/);
    expect(goal?.[1]).toBe('null');
  });
  it('ends a numbered section where its next sibling begins', () => {
    const report = parse('6. Financiën\nDe gevolgen zijn verwerkt in de begroting.\n\n7. Vervolg\nNa vaststelling gaat het stuk naar de provincie.\n');
    expect(report.children.map((n) => (n.type === 'section' ? n.id : n.type))).toEqual(['6', '7']);
  });
});

describe('isHeadingCandidate: a sentence ending inside the line', () => {
  it.each([['(POH-GGZ jeugd). Het Rijk heeft afspraken gemaakt\nover de jeugdhulp in de regio en de kosten daarvan.\n'], ['Dat lukte. Daarom gaan we door met de aanpak\nvan de wachtlijsten in de hele regio.\n']])(
    'is no heading: %j',
    (text) => expect(firstBlock(text).heading).toBe(false),
  );
  it.each([['1. Veilige wijken\nDe inbraken dalen al drie jaar op rij in alle wijken.\n'], ['Programma 2. Veiligheid\nDe inbraken dalen al drie jaar op rij in alle wijken.\n']])(
    'a numbered title still is: %j',
    (text) => expect(firstBlock(text).heading).toBe(true),
  );
});

describe('classifyHeading: programme codes and labels of a programme page', () => {
  it('reads "P1 Veiligheid en Handhaving" as programme 1, not a sentence starting with P1', () => {
    expect(classifyHeading('P1 Veiligheid en Handhaving')).toEqual({ kind: 'programme', id: '1', title: 'Veiligheid en Handhaving' });
    expect(classifyHeading('P12 Sociaal domein')).toMatchObject({ kind: 'programme', id: '12' });
    expect(classifyHeading('P1 is het programma voor veiligheid.').kind).not.toBe('programme');
    expect(classifyHeading('P1: zie bijlage').kind).not.toBe('programme');
    expect(classifyHeading('PvE wordt opgesteld').kind).not.toBe('programme');
  });

  it('reads "Visie" and "Missie" as labels, never as goals', () => {
    expect(classifyHeading('Visie').kind).toBe('label');
    expect(classifyHeading('Missie').kind).toBe('label');
    expect(classifyHeading('Visie op wonen').kind).not.toBe('label');
  });
});

describe('sectionRole of an overview of the parties', () => {
  it('should give "Overzicht verbonden partijen" the parties role', () => {
    expect(sectionRole('Overzicht verbonden partijen')).toBe('connectedParties');
    expect(sectionRole('Lijst van verbonden partijen')).toBe('connectedParties');
  });
  it('should not give a sentence about the parties that role', () => {
    expect(sectionRole('Overzicht van de risico\'s')).toBeNull();
  });
});
