/**
 * Goals and actions as real reports write them: goal lists under a group
 * heading ("Doelstellingen"), statements ending in ";", wrapped numbered
 * results, the same results repeated under "Toelichting", and the headings
 * that name no goal ("Visie", "Ambitie 2027", a question).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { classifyHeading } from '../src/recognise/headings.js';
import { isGoalGroupHeading } from '../src/vocabulary/goals.js';

interface Found {
  type: string;
  id?: string | null;
  title?: string | null;
  children?: Found[];
}

/** The goals and actions of a text as "type id title", in order. */
const read = (text: string): string[] => {
  const out: string[] = [];
  const walk = (nodes: Found[]): void => {
    for (const n of nodes) {
      if (n.type === 'goal' || n.type === 'action') out.push(`${n.type} ${n.id ?? '-'} ${n.title}`);
      walk(n.children ?? []);
    }
  };
  walk(parse(text, { name: 'x.txt' }).children as Found[]);
  return out;
};

describe('goal headings', () => {
  it('should read "Hoofddoelstelling 2" as goal 2', () => {
    expect(classifyHeading('Hoofddoelstelling 2')).toMatchObject({ kind: 'goal', id: '2' });
  });
  it('should not read "Ambitie 2027" as goal 20, nor a bare "Ambitie" as a goal', () => {
    expect(classifyHeading('Ambitie 2027').kind).not.toBe('goal');
    expect(classifyHeading('Ambitie').kind).not.toBe('goal');
    expect(classifyHeading('Ambitie 2: Een vitale binnenstad')).toMatchObject({ kind: 'goal', id: '2' });
  });
  it('should read a goal label over a quoted W-question as that question', () => {
    expect(classifyHeading('Doelstelling: "Wat wilden we bereiken ?"')).toMatchObject({ kind: 'section', role: 'goals' });
    expect(classifyHeading('Wat wilden we daarvoor doen?')).toMatchObject({ kind: 'section', role: 'actions' });
    expect(classifyHeading('Wat zijn de doelstellingen voor de komende jaren?')).toMatchObject({ kind: 'section', role: 'goals' });
    expect(classifyHeading('Hoe gaan we die doelstellingen bereiken?')).toMatchObject({ kind: 'section', role: 'actions' });
  });
  it('should tell group headings from goal titles', () => {
    for (const t of ['Visie', 'Doelstellingen', 'Strategische doelen', 'Bijdrage aan de duurzame ontwikkelings doelstellingen', 'Ambitie 2030']) {
      expect(isGoalGroupHeading(t), t).toBe(true);
    }
    for (const t of ['Veilige en schone wijken', 'Iedereen doet mee', 'Doelstelling 3']) expect(isGoalGroupHeading(t), t).toBe(false);
  });
});

describe('goals under "Wat willen we bereiken?"', () => {
  it('should make each item of a numbered list a goal with its number, and no goal of "Visie"', () => {
    const text = 'Wat willen we bereiken?\n\nVisie\n\nEen dorp waar het goed wonen is.\n\nDoelstellingen\n\n1. Minder inbraken;\n2. Een veilig uitgaansgebied.\n';
    expect(read(text)).toEqual(['goal 1 Minder inbraken', 'goal 2 Een veilig uitgaansgebied.']);
  });
  it('should not make goals of a list of explanations', () => {
    const text = 'Wat willen we bereiken?\n\n- De wijkteams zijn in 2023 gestart. Ze werken vanuit drie locaties in de gemeente.\n- Het aantal meldingen steeg. Dat komt door de nieuwe app.\n';
    expect(read(text)).toEqual([]);
  });
  it('should make statements ending in ";" goals, with the line that closes them', () => {
    const text = 'Wat willen we bereiken?\n\nSchone straten;\nVeilige fietsroutes;\nEen levendig centrum.\n\nWat gaan we daarvoor doen?\n\nWe vegen vaker.\n';
    expect(read(text)).toEqual(['goal - Schone straten', 'goal - Veilige fietsroutes', 'goal - Een levendig centrum.']);
  });
  it('should not make a single line ending in ";" a goal', () => {
    const text = 'Wat willen we bereiken?\n\nDe raad heeft drie speerpunten benoemd;\n\nDe eerste gaat over wonen, de tweede over zorg en de derde over werk en inkomen in de regio.\n';
    expect(read(text)).toEqual([]);
  });
});

describe('actions under "Wat gaan we daarvoor doen?"', () => {
  it('should keep one action when the results are repeated under "Toelichting"', () => {
    const text = 'Wat gaan we daarvoor doen?\n\n1.1 Woonvisie vastgesteld\n2.1 Beweegroutes aangelegd\n\nToelichting\n\n1.1 Woonvisie vastgesteld\n\nDe raad stelt de visie in mei vast.\n';
    expect(read(text)).toEqual(['action 1.1 Woonvisie vastgesteld', 'action 2.1 Beweegroutes aangelegd']);
  });
  it('should keep two actions with the same number but other titles', () => {
    const text = 'Wat gaan we daarvoor doen?\n\n1.1 Woonvisie vastgesteld\n\nToelichting\n\n1.1 Woningbouw versneld\n';
    expect(read(text)).toEqual(['action 1.1 Woonvisie vastgesteld', 'action 1.1 Woningbouw versneld']);
  });
  it('should open an action at a numbered title wrapped onto a second line, not add it to the action above', () => {
    const text =
      'Wat gaan we daarvoor doen?\n\n1.1 Woonvisie vastgesteld\n\n2.1 Het jongerenwerk is uitgebreid met twee ambulante jongerenwerkers in\nde kernen Hoorn en Zwaag\n';
    expect(read(text)).toEqual([
      'action 1.1 Woonvisie vastgesteld',
      'action 2.1 Het jongerenwerk is uitgebreid met twee ambulante jongerenwerkers in de kernen Hoorn en Zwaag',
    ]);
  });
  it('should leave a numbered paragraph of several sentences as text', () => {
    const text = 'Wat gaan we daarvoor doen?\n\n1.1 Woonvisie vastgesteld\n\n2.1 procent meer woningen is het doel. Dat halen we\nniet in 2026.\n';
    expect(read(text)).toEqual(['action 1.1 Woonvisie vastgesteld']);
  });
});
