/**
 * The real-world scorer (src/eval) is a port of the Python gold scorer
 * score.py and of reconcile.py. Every expected figure here was computed by
 * the Python originals on the same input (python3 is not needed to run
 * these tests; scripts/crosscheck-score.js compares the two on whole
 * corpora).
 */
import { describe, expect, it } from 'vitest';
import { sequenceRatio } from '../src/eval/sequence-matcher.js';
import { norm, sim } from '../src/eval/similarity.js';
import { coverage, emptyTallies, FACETS, match, num, pyRound, scoreDocument, type Json } from '../src/eval/score.js';
import { reconcile } from '../src/eval/reconcile.js';
import { totalLines, totalLinesAsRows } from '../src/eval/total-lines.js';
import { goldReport } from '../src/eval/gold-report.js';

describe('sequenceRatio (difflib SequenceMatcher.ratio)', () => {
  it.each([
    ['programma veiligheid', 'programma 2 veiligheid', 0.9523809523809523],
    ['abcd', 'bcde', 0.75],
    ['', '', 1],
    ['a', '', 0],
    ['Veiligheidsregio Gelderland-Zuid', 'Veiligheidsregio Gelderland Zuid', 0.96875],
    ['Totaal lasten programma 1', 'Totaal baten programma 1', 0.9387755102040817],
    // code points, not UTF-16 units, as a Python str
    ['\u{1F642}ab', 'ab\u{1F642}', 0.6666666666666666],
  ])('gives Python\'s ratio for %j and %j', (a, b, expected) => {
    expect(sequenceRatio(a, b)).toBe(expected);
  });
  it('drops popular elements from a long second string (autojunk), as Python does', () => {
    // Below 200 elements nothing is popular and the strings match well; from 200 on, "a" and "b" are popular.
    expect(sequenceRatio('ab'.repeat(99), 'ba'.repeat(99))).toBeGreaterThan(0.9);
    expect(sequenceRatio('ab'.repeat(150), 'ba'.repeat(150))).toBe(0);
    expect(sequenceRatio('x'.repeat(10) + 'ab'.repeat(100), 'ab'.repeat(100) + 'x'.repeat(10))).toBe(0);
  });
});

describe('norm and sim', () => {
  it.each([
    ['Doelstelling 3: Veilige wijken', 'doelstelling 3 veilige wijken'],
    ['Café Ĳssel – ½ %', 'cafe ijssel 1 2 %'],
    ['Straße ﬁnale', 'straße finale'],
    ['İstanbul', 'istanbul'],
    ['A\u0301rbeid  —  x', 'arbeid x'],
    [null, ''],
    ['Ὀδυσσεύς', 'οδυσσευς'],
  ])('normalises %j as Python does', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });
  it('takes the larger of word overlap and character ratio', () => {
    expect(sim('Veiligheidsregio Gelderland-Zuid', 'Veiligheidsregio Gelderland Zuid')).toBe(1);
    expect(sim('\u{1F642}ab', 'ab\u{1F642}')).toBe(1);
    expect(sim('Totaal lasten programma 1', 'Totaal baten programma 1')).toBe(0.9387755102040817);
    expect(sim('lasten '.repeat(40), 'baten '.repeat(40))).toBe(0);
    expect(sim('', 'x')).toBe(0);
  });
});

describe('num (round to 4 decimals as Python)', () => {
  it.each([
    [0.03125, 0.0312], [-0.03125, -0.0312], [0.00015, 0.0001], [1.23456, 1.2346], [2.5, 2.5], [0.12345, 0.1235], [0.00005, 0.0001], [0.00035, 0.0003], [1234567.89125, 1234567.8913],
  ])('rounds %d to %d', (x, expected) => {
    expect(num(x)).toBe(expected);
  });
  it('formats 3 decimals as Python at exact ties, to even', () => {
    expect([0.1875, 0.0625, 0.8125, 0.18795180722891566, 1 / 3].map((x) => pyRound(x, 3))).toEqual([0.188, 0.062, 0.812, 0.188, 0.333]);
  });
  it('counts booleans as numbers and nothing else', () => {
    expect(num(true)).toBe(1);
    expect(num('12')).toBeNull();
    expect(num(null)).toBeNull();
  });
});

describe('match', () => {
  it('takes the best pairs first, one to one, and breaks ties as Python\'s reverse tuple sort', () => {
    const score = (g: number, o: number) => (g === o ? 1 : 0.8);
    expect(match([1, 2], [2, 3], score, 0.5)).toEqual([[1, 0], [0, 1]]);
    // all pairs tie: the highest gold index takes the highest output index first
    expect(match(['a', 'b'], ['c', 'd'], () => 0.9, 0.5)).toEqual([[1, 1], [0, 0]]);
    expect(match(['a'], ['b'], () => 0.4, 0.5)).toEqual([]);
  });
});

const gold: Json = {"input": "x.txt", "meta": {"documentType": "jaarverslag", "year": 2021, "municipality": "Súdwest-Fryslân"}, "goals": [{"id": "1", "title": "Veilige wijken"}, {"id": null, "title": "Een schone en groene gemeente"}, {"id": "3", "title": "Goed onderwijs"}], "indicators": [{"name": "Aantal inbraken per 1.000 inwoners", "values": [{"label": "realisatie", "year": 2020, "value": 3.4}, {"label": "streefwaarde", "year": 2021, "value": 3}, {"label": "realisatie", "year": 2021, "value": null, "missing": "nnb"}]}, {"name": "Percentage tevreden inwoners", "values": [{"label": "begroting", "year": 2021, "value": 78}]}, {"name": "Aantal jongeren met jeugdhulp"}], "budgetTables": [{"title": "Lasten en baten", "multiplier": 1000, "rows": [{"label": "Lasten", "values": [-1200, -1300, -100]}, {"label": "Baten", "values": [500, 450, -50]}, {"label": "Saldo", "values": [-700, -850, -150]}]}, {"title": "Reserves", "multiplier": 1, "rows": [{"label": "Toevoegingen", "values": [10, 20]}]}], "actions": [{"title": "Preventieve aanpak woninginbraak"}, {"textStart": "We hebben met de scholen afspraken"}, {"id": "2.1", "title": "Meer groen"}], "connectedParties": [{"name": "Veiligheidsregio Fryslân"}, {"name": "GGD Fryslân"}], "partial": ["actions"]};
const report: Json = {"type": "report", "meta": {"documentType": "jaarstukken", "year": 2021, "municipality": "Sudwest Fryslan", "title": "x"}, "children": [{"type": "goal", "id": "1", "title": "Veilige wijken", "position": {"start": {"line": 3, "column": 1}}}, {"type": "goal", "id": "2", "title": "Een schone, groene gemeente", "position": {"start": {"line": 9, "column": 1}}}, {"type": "goal", "id": "4", "title": "Goed onderwijs", "position": {"start": {"line": 12, "column": 1}}}, {"type": "indicator", "name": "Aantal inbraken per 1000 inwoners", "values": [{"label": "Realisatie", "year": 2020, "value": 3.4}, {"label": "doel", "year": 2021, "value": 3.0}, {"label": "realisatie", "year": 2021, "value": null, "missing": "n.n.b."}]}, {"type": "indicator", "name": "Tevredenheid", "values": [{"label": "begroting", "year": 2021, "value": 78}]}, {"type": "budgetTable", "title": "t", "multiplier": 1000, "rows": [{"label": "Lasten", "values": [-1200, -1300, -100]}, {"label": "Baten", "values": [500, 405, -50, 7]}]}, {"type": "budgetTable", "title": "u", "multiplier": 1000, "rows": [{"label": "Saldo", "values": [-700, -850, -150]}, {"label": "Toevoegingen", "values": [10, 20]}, {"label": "Onttrekkingen", "values": [5]}]}, {"type": "action", "id": null, "title": "Preventieve aanpak van woninginbraak", "text": ""}, {"type": "action", "id": null, "title": null, "text": "We hebben met de scholen afspraken gemaakt over"}, {"type": "action", "id": "2.2", "title": "Meer groen", "text": null}, {"type": "action", "id": null, "title": "Iets anders", "text": null}, {"type": "connectedParty", "name": "Veiligheidsregio Fryslan"}, {"type": "connectedParty", "name": "Omrin"}]};

describe('scoreDocument', () => {
  it('gives Python\'s counts on every facet', () => {
    const totals = emptyTallies();
    const line = scoreDocument(gold, report, totals);
    const counts = Object.fromEntries(FACETS.filter((f) => line[f]).map((f) => [f, [line[f]!.tp, line[f]!.fp, line[f]!.fn, line[f]!.f1()]]));
    expect(counts).toEqual({
      meta: [3, 0, 0, 1],
      goals: [2, 1, 1, 0.6666666666666666],
      indicators: [1, 1, 2, 0.4],
      values: [2, 2, 2, 0.5],
      budgetRows: [4, 1, 0, 0.888888888888889],
      budgetCells: [10, 2, 1, 0.8695652173913043],
      multiplier: [1, 0, 1, 0.6666666666666666],
      actions: [2, 0, 1, 0.8], // partial: no false positives
      connectedParties: [1, 1, 1, 0.5],
    });
    expect(totals.goals.tp).toBe(2);
  });
  it('scores zero where the parse failed', () => {
    const line = scoreDocument(gold, {}, emptyTallies());
    expect(FACETS.filter((f) => line[f]).map((f) => line[f]!.f1())).toEqual(FACETS.map(() => 0));
  });
  it('scores a gold rendered as a report 1 on every facet', () => {
    const line = scoreDocument(gold, goldReport(gold), emptyTallies());
    expect(FACETS.filter((f) => line[f]).map((f) => line[f]!.f1())).toEqual(FACETS.map(() => 1));
  });
  it('gives Python\'s coverage', () => {
    expect(coverage('Veilige wijken: een schone en groene gemeente, Omrin!', report)).toBe(0.875);
    expect(coverage('', report)).toBeNull();
  });
});

describe('reconcile', () => {
  const table = (rows: [string, (number | null)[]][]) => ({ children: [{ type: 'budgetTable', title: 'A', rows: rows.map(([label, values]) => ({ label, values })) }] });
  it('checks totals, saldi and the total of programmes as reconcile.py does', () => {
    const rows: [string, (number | null)[]][] = [
      ['Programma 1', [100, 200.5]], ['Programma 2', [50, 99.5]], ['Totaal lasten', [150, 300]],
      ['Opbrengst', [80, 90]], ['Subsidie', [-20, 10]], ['Totaal baten', [60, 101]],
      ['Saldo', [-90, -199]],
      ['Kop', [null]], ['a', [1]], ['b', [2]], ['Totaal', [9]],
      ["Totaal programma's", [150, 300]], ['Afgerond totaal', [1]],
    ];
    expect(reconcile(table(rows))).toEqual({ checked: 5, held: 4, failures: ['A / Totaal'], broken: [{ table: 'A', label: 'Totaal', lines: null }] });
  });
  it('should take a total under a Lasten and a Baten group as their difference, to the last digit the amounts show', () => {
    // Nijmegen 2023 (x € 1 mln, tenths): each group closes on its subtotal; the total is lasten − baten, rounded.
    const row = (label: string, raw: string[], group: string | null) => ({ label, raw, group, values: raw.map((r) => Number(r.replace(',', '.'))) });
    const rows = [
      row('6.3 Inkomens', ['147,6', '179,1'], 'Lasten'), row('6.4 WSW', ['23,4', '24,3'], 'Lasten'), row('6.5 Participatie', ['19,3', '19,9'], 'Lasten'), row('', ['190,3', '223,3'], 'Lasten'),
      row('6.3 Inkomens', ['108,7', '120,2'], 'Baten'), row('6.4 WSW', ['0,0', '0,0'], 'Baten'), row('6.5 Participatie', ['0,0', '0,4'], 'Baten'), row('', ['108,7', '120,7'], 'Baten'),
      row('Totaal per programma', ['81,7', '102,7'], null),
    ];
    const report = (last: string[]) => ({ children: [{ type: 'budgetTable', title: 'A', rows: [...rows.slice(0, -1), row('Totaal per programma', last, null)] }] });
    expect(reconcile(report(['81,7', '102,7'])).held).toBe(1);
    // Off by more than the rounding of the amounts it is made of: no.
    expect(reconcile(report(['84,7', '102,7'])).held).toBe(0);
  });
  it('should read a column of tenths to the tenth where the raw amounts say so, and to the cent without them', () => {
    const rows = (raw: boolean) => ({ children: [{ type: 'budgetTable', title: 'A', rows: [['a', '10,1'], ['b', '20,1'], ['c', '30,1'], ['Totaal', '60,1']].map(([label, r]) => ({ label, values: [Number(r!.replace(',', '.'))], ...(raw ? { raw: [r] } : {}) })) }] });
    expect(reconcile(rows(true)).held).toBe(1);
    expect(reconcile(rows(false)).held).toBe(0);
  });
  it('should take a saldo further down as the result so far plus the rows after it, across a heading row, and not only as baten − lasten', () => {
    const opbouw: [string, (number | null)[]][] = [
      ['Totaal baten', [86557, 85960]], ['Totaal lasten', [-91082, -88495]], ['Gerealiseerd resultaat', [-4525, -2535]],
      ['Mutaties reserves', [2708, 1616]], ['Resultaat voor bestemming', [-1817, -920]], ['Resultaat bestemming', [null, null]],
      ['Budgetoverhevelingen', [null, -1110]],
    ];
    expect(reconcile(table([...opbouw, ['Saldo na bestemming', [null, -2030]]])).held).toBe(1);
    expect(reconcile(table([...opbouw, ['Saldo na bestemming', [null, -2040]]])).held).toBe(0);
  });
  it('allows rounding of a unit per part', () => {
    expect(reconcile(table([['a', [1]], ['b', [2]], ['Totaal', [5]]])).held).toBe(1);
    expect(reconcile(table([['a', [1]], ['b', [2]], ['Totaal', [6]]])).held).toBe(0);
  });
});

describe('Totaal and Saldo lines', () => {
  const text = ['Lasten 1.200 800', 'Totaal lasten 2.000 1.600', '| Saldo | -35110 |', 'Saldo', '', '-1.234', 'Saldo 2024 2025', 'Saldo', 'Lasten', 'Totaaloverzicht 12'].join('\n');
  it('finds a total or saldo with amounts on its line or the next, not a header of years or a longer word', () => {
    expect(totalLines(text)).toEqual([2, 3, 4]);
  });
  it('counts those a budget row covers', () => {
    const rep = { children: [{ type: 'budgetTable', rows: [{ label: 'Saldo', values: [-1234], position: { start: { line: 4 }, end: { line: 6 } } }] }] };
    expect(totalLinesAsRows(text, rep)).toEqual({ lines: 3, asRows: 1 });
  });
});
