/**
 * The value parsers, table-driven: every "should" has a "should not".
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dutchNumber, isPlainValue, isValueLike, isYear, mayBeValueLike, parseAmount, parseMultiplier, parseValue, parseValueInFull, plainAmount, yearsIn } from '../src/values/index.js';
import { seed } from './helpers/seed.js';
import { withoutYears } from '../src/vocabulary/years.js';

type ValueCase = [raw: string, value: number | null, unit: string | null, extra?: Record<string, unknown>];

const VALUES: ValueCase[] = [
  ['2.762', 2762, null],
  ['1.459.000', 1459000, null],
  ['0,78%', 0.78, '%'],
  ['74,20%', 74.2, '%'],
  ['12,5 %', 12.5, '%'],
  ['69,9', 69.9, null],
  ['108', 108, null],
  ['-2.730', -2730, null],
  ['(2.730)', -2730, null],
  ['4.977-', -4977, null],
  ['+5', 5, null],
  ['−3', -3, null],
  ['1.5', 1.5, null],
  ['7.8 mln', 7800000, null],
  ['€ 9.040.000', 9040000, '€'],
  ['€ 25.000,-', 25000, '€'],
  ['€ 1,1 mln', 1100000, '€'],
  ['gemiddeld 19,8 dagen', 19.8, 'dagen', { qualifier: 'gemiddeld' }],
  ['binnen 14 dagen', 14, 'dagen', { qualifier: 'binnen' }],
  ['5 werkdagen', 5, 'werkdagen'],
  ['< 5', 5, null, { qualifier: '<' }],
  ['> 80%', 80, '%', { qualifier: '>' }],
  ['circa 300', 300, null, { qualifier: 'circa' }],
  ['82,4¹', 82.4, null, { footnote: '¹' }],
  ['80*', 80, null, { footnote: '*' }],
  ['1.645 (2012)', 1645, null, { measuredYear: 2012 }],
  ['97,8 (2020)', 97.8, null, { measuredYear: 2020 }],
  ['6,8 per 1.000 inwoners', 6.8, 'per 1.000 inwoners'],
  ['(0,6%)', -0.6, '%'],
  ['(€ 1.200)', -1200, '€'],
  ['-/- 2,1%', -2.1, '%'],
  ['-/-2,1%', -2.1, '%'],
  ['+/+ 400', 400, null],
  ['1,5 %-punt', 1.5, '%'],
];

describe('parseValue: numbers', () => {
  it.each(VALUES)('reads %j as %s %s', (raw, value, unit, extra) => {
    const parsed = parseValue(raw);
    expect(parsed.value).toBe(value);
    expect(parsed.unit).toBe(unit);
    expect(parsed.missing).toBeNull();
    for (const [k, v] of Object.entries(extra ?? {})) expect(parsed[k as keyof typeof parsed]).toEqual(v);
  });
  it.each([
    ['2.762', 2.762],
    ['0,78%', 0.0078],
    ['(2.730)', 2730],
    ['4.977-', 4977],
    ['1.5', 1500],
    ['gemiddeld 19,8 dagen', 198],
    ['€ 25.000,-', -25000],
    ['(0,6%)', 0.6],
    ['-/- 2,1%', 2.1],
    ['75%-80%', 75],
  ])('does not read %j as %s', (raw, wrong) => expect(parseValue(raw).value).not.toBe(wrong));
});

const MISSING: Array<[string, string]> = [
  ['nnb', 'nnb'], ['NNB', 'nnb'], ['n.n.b.', 'nnb'], ['N.n.b.', 'nnb'],
  ['NB', 'nb'], ['n.b.', 'nb'], ['n.b.*', 'nb'],
  ['n.v.t.', 'nvt'], ['nvt', 'nvt'],
  ['n.t.b.', 'ntb'], ['n.t.b.*', 'ntb'], ['ntb', 'ntb'],
  ['X', 'x'], ['x', 'x'], ['-', '-'], ['–', '-'], ['.', '.'], ['#', '#'],
  ['PM', 'pm'], ['-PM', 'pm'], ['p.m.', 'pm'],
  ['niet beschikbaar', 'niet-beschikbaar'], ['Zie toelichting', 'zie-toelichting'],
  ['Nog in te vullen', 'nog-in-te-vullen'], ['geen gegevens', 'geen-gegevens'], ['Geen data', 'geen-gegevens'],
  ['Geen meting', 'geen-meting'], ['niet gemeten', 'geen-meting'],
  ['', 'empty'], ['   ', 'empty'],
];

describe('parseValue: not-available markers', () => {
  it.each(MISSING)('reads %j as missing %j', (raw, marker) => {
    const parsed = parseValue(raw);
    expect(parsed.value).toBeNull();
    expect(parsed.missing).toBe(marker);
  });
  it.each([['nbb'], ['ntbb'], ['Nederland'], ['xx'], ['pm2'], ['toelichting volgt in de tekst'], ['geen meting gepland in 2024']])('does not read %j as a marker', (raw) => {
    expect(parseValue(raw).missing).toBeNull();
  });
});

describe('parseValue: ratios, ranges, prose', () => {
  it.each([
    ['35% / 65%', [35, 65]],
    ['38%/62%', [38, 62]],
    ['50/50', [50, 50]],
  ])('reads %j as a ratio, never as one number', (raw, ratio) => {
    const parsed = parseValue(raw);
    expect(parsed.ratio).toEqual(ratio);
    expect(parsed.value).toBeNull();
    expect(parsed.value).not.toBe(ratio[0]);
  });
  it.each([
    ['1,4 < x < 2,0', [1.4, 2], null],
    ['10-15', [10, 15], null],
    ['75%-80%', [75, 80], '%'],
    ['75 - 80%', [75, 80], '%'],
    ['1.000-1.200', [1000, 1200], null],
    ['2.500 – 3.000', [2500, 3000], null],
  ])('reads %j as a range', (raw, range, unit) => {
    const parsed = parseValue(raw);
    expect(parsed.range).toEqual(range);
    expect(parsed.unit).toBe(unit);
    expect(parsed.value).toBeNull();
  });
  it.each([['4.977-'], ['1.5-2'], ['12,5%'], ['-3']])('does not read %j as a range', (raw) => {
    expect(parseValue(raw).range).toBeUndefined();
  });
  it.each([['Lasten'], ['Bureau Halt / WSJG'], ['12%-80%-5'], ['(zie bijlage)'], ['-/- nihil'], ['In 2018 waren er 12 meldingen bij de politie'], ['3 nieuwe locaties']])(
    'does not read %j as a value',
    (raw) => {
      expect(parseValue(raw).value).toBeNull();
      expect(isValueLike(raw)).toBe(false);
    },
  );
  it.each([['2.762'], ['0,78%'], ['gemiddeld 19,8 dagen'], ['binnen 14 dagen'], ['Zie toelichting'], ['35% / 65%'], ['nnb'], ['2015']])(
    'isValueLike(%j)',
    (raw) => expect(isValueLike(raw)).toBe(true),
  );
  it('never throws or hangs on long adversarial input', () => {
    for (const s of ['1'.repeat(100_000), '1.'.repeat(50_000), '('.repeat(100_000), '1'.repeat(400), '9'.repeat(400) + ',5%']) {
      expect(() => parseValue(s)).not.toThrow();
      expect(() => parseAmount(s)).not.toThrow();
      expect(() => parseMultiplier(s)).not.toThrow();
      expect(() => isYear(s)).not.toThrow();
    }
  });
});

describe('parseAmount', () => {
  it.each([
    ['2.762', 2762, null],
    ['-2.730', -2730, null],
    ['(2.730)', -2730, null],
    ['2.730-', -2730, null],
    ['−2.730', -2730, null],
    ['N 31.393', 31393, 'N'],
    ['V12.000', 12000, 'V'],
    ['2.762 N', 2762, 'N'],
    ['313 V', 313, 'V'],
    ['-/- 500', -500, null],
    ['+/+ 500', 500, null],
    ['-', 0, null],
    ['–', 0, null],
    ['€ 2.298.266', 2298266, null],
    ['2.298.266,50', 2298266.5, null],
    ['0', 0, null],
  ])('reads %j as %s (marker %s)', (raw, value, marker) => {
    const parsed = parseAmount(raw);
    expect(parsed.value).toBe(value);
    expect(parsed.marker).toBe(marker);
  });
  it.each([
    ['N 31.393', -31393],
    ['(2.730)', 2730],
    ['2.730-', 2730],
    ['2.762', 2.762],
    ['V12.000', -12000],
  ])('does not read %j as %s', (raw, wrong) => expect(parseAmount(raw).value).not.toBe(wrong));
  it.each([
    ['', null, 'empty'],
    ['PM', null, 'pm'],
    ['-PM', null, 'pm'],
    ['n.v.t.', null, 'nvt'],
  ])('reads %j as no amount (%s, %s)', (raw, value, missing) => {
    const parsed = parseAmount(raw);
    expect(parsed.value).toBe(value);
    expect(parsed.missing).toBe(missing);
  });
  it('keeps a lone V or N as a marker without a value', () => {
    expect(parseAmount('V')).toMatchObject({ value: null, marker: 'V' });
    expect(parseAmount('N').value).not.toBe(0);
  });
});

describe('parseMultiplier', () => {
  it.each([
    ['Bedragen x € 1.000', 1000],
    ['(bedragen x €1.000)', 1000],
    ['bedragen x 1.000,-', 1000],
    ['(x 1.000)', 1000],
    ['× 1.000', 1000],
    ['* € 1.000', 1000],
    ['in € 1.000', 1000],
    ['Programma (in € 1.000)', 1000],
    ['x € 1 mln', 1000000],
    ['x 1.000.000', 1000000],
    ["bedragen in euro's", 1],
    ['bedragen in €', 1],
    ['bedragen in € 1.000', 1000],
    ['Bedragen x € 1.000 |', 1000],
  ])('reads %j as %s', (text, multiplier) => expect(parseMultiplier(text)?.multiplier).toBe(multiplier));
  it.each([['afwijkingen van € 25.000 en hoger'], ['€ 25.000,-'], ['Lasten'], ['De raad besluit'], ['1.000 inwoners'], ['bedragen in € 25']])(
    'finds no caption in %j',
    (text) => expect(parseMultiplier(text)).toBeNull(),
  );
});

describe('years', () => {
  it.each([['2018', 2018], ['2019*', 2019], ['(2012)', 2012]])('isYear(%j) is %s', (raw, year) => expect(isYear(raw)).toBe(year));
  it.each([["'19"], ['Rekening 2020'], ['1850'], ['2.018'], ['20180']])('isYear(%j) is null', (raw) => expect(isYear(raw)).toBeNull());
  it('finds the years in a header and not in amounts', () => {
    expect(yearsIn('Realisatie 2015-2017')).toEqual([2015, 2017]);
    expect(yearsIn('2.018 en 12.019')).toEqual([]);
  });
});

describe('parseAmount on plain amounts', () => {
  it('reads a plain amount as dutchNumber does (the fast path changes no value)', () => {
    const plain = fc
      // Up to 21 digits: past 15 the amount is read by Number, rounded as dutchNumber rounds it.
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 6 }), fc.boolean())
      .map(([neg, head, groups, dotted]) =>
        (neg ? '-' : '') + String(head) + groups.map((g) => (dotted ? '.' : '') + String(g).padStart(3, '0')).join(''),
      );
    fc.assert(
      fc.property(plain, (text) => {
        expect(parseAmount(text).value).toBe(dutchNumber(text));
      }),
      { seed, numRuns: 1000 },
    );
  });
});

describe('parseAmount on plain decimal amounts', () => {
  it('reads an amount with a decimal comma as dutchNumber does (the fast path changes no value)', () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 12 }), fc.boolean(), fc.stringMatching(/^\d{1,12}$/))
      .map(([neg, head, groups, dotted, decimals]) =>
        (neg ? '-' : '') + String(head) + groups.map((g) => (dotted ? '.' : '') + String(g).padStart(3, '0')).join('') + ',' + decimals,
      );
    fc.assert(
      fc.property(decimal, (text) => {
        expect(Object.is(parseAmount(text).value, dutchNumber(text))).toBe(true);
      }),
      { seed, numRuns: 1000 },
    );
  });
});

describe('plainAmount', () => {
  it('reads a plain number of up to 40 characters as parseValue does (rows-compute.ts reads cells so)', () => {
    const plain = fc
      .tuple(fc.boolean(), fc.integer({ min: 0, max: 999 }), fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 12 }), fc.boolean(), fc.constantFrom('', ',5', ',05', ',123'))
      .map(([neg, head, groups, dotted, decimals]) =>
        (neg ? '-' : '') + String(head) + groups.map((g) => (dotted ? '.' : '') + String(g).padStart(3, '0')).join('') + decimals,
      )
      .filter((text) => text.length <= 40);
    fc.assert(
      fc.property(plain, (text) => {
        expect(Object.is(plainAmount(text), parseValue(text).value)).toBe(true);
      }),
      { seed, numRuns: 1000 },
    );
  });
  it.each([
    ['2.762', 2762],
    ['-1.204', -1204],
    ['92,8', 92.8],
    ['-24,9', -24.9],
    ['1.204,25', 1204.25],
  ])('reads %j as %s', (text, value) => expect(plainAmount(text)).toBe(value));
  it.each(['N 31', '2.730-', '(2.730)', ' 12', '12,5%', '1.5', '-', '', '€ 12', '12,'])('leaves %j to parseAmount', (text) => expect(plainAmount(text)).toBeNull());
  it('answers any text of cell characters with null or what dutchNumber reads, and reads every plain amount among them', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'0123456789.,-% N(€x'), maxLength: 12 });
    fc.assert(
      fc.property(cell, (text) => {
        const plain = plainAmount(text);
        if (plain !== null) expect(Object.is(plain, dutchNumber(text))).toBe(true);
        const shaped = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/.test(text) && text.length <= 40;
        expect(plain !== null).toBe(shaped);
      }),
      { seed, numRuns: 3000 },
    );
  });
});

describe('parseValue on plain numbers', () => {
  it('reads a plain number as the full parse does (the fast path changes nothing)', () => {
    const plain = fc
      .tuple(
        fc.constantFrom('', '-', ' '),
        fc.integer({ min: 0, max: 999 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 }),
        fc.constantFrom('', '.'),
        fc.constantFrom('', ',5', ',05', ',123', ','),
        fc.constantFrom('', '%', ' %', '.'),
      )
      .map(([sign, head, groups, dot, decimals, end]) => sign + String(head) + groups.map((g) => dot + String(g).padStart(3, '0')).join('') + decimals + end);
    fc.assert(
      fc.property(plain, (text) => {
        expect(parseValue(text)).toEqual(parseValueInFull(text));
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('isPlainValue', () => {
  it.each(['1.840', '-3', '85%', '12,5', '2024', '0'])('takes %j as a plain value', (t) => expect(isPlainValue(t)).toBe(true));
  it.each([' 1.840', 'n.v.t.', '1.840 N', '€ 12', '1,4 < x < 2,0', '', '-'])('leaves %j to the full test', (t) => expect(isPlainValue(t)).toBe(false));
  it('takes only cells that are value-like (the pre-test before the cache changes no answer)', () => {
    const cell = fc.stringMatching(/^[-\d.,% N]{0,12}$/);
    fc.assert(
      fc.property(cell, (text) => {
        if (isPlainValue(text)) expect(isValueLike(text)).toBe(true);
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('isValueLike without digits', () => {
  it('answers as the full parse does', () => {
    const part = fc.constantFrom('n.v.t.', 'nvt', 'nnb', 'n.b.', 'x', 'X', '-', '–', '.', '#', 'pm', 'p.m.', 'niet beschikbaar', 'zie toelichting', 'onbekend', '*', '¹', ' ', 'Lasten', 'euro', '%', ',', 'geen gegevens');
    const full = (s: string): boolean => {
      const p = parseValue(s);
      return p.value !== null || (p.missing !== null && p.missing !== 'empty') || p.ratio !== undefined || p.range !== undefined;
    };
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        const text = parts.join('');
        expect(isValueLike(text)).toBe(full(text));
      }),
      { seed, numRuns: 2000 },
    );
  });
});

describe('mayBeValueLike', () => {
  it.each(['Sportbeleid', 'Totaal lasten', 'Lasten', '*', 'euro'])('rules out %j', (t) => expect(mayBeValueLike(t)).toBe(false));
  it.each(['nvt', 'n.v.t.', 'X', '-', '–', '.', '#', 'p.m.', 'Zie toelichting', 'geen gegevens', 'Hier wordt niet op gestuurd', 'Onbekend', ' nvt', 'Lasten 2024', '€ 12', ''])(
    'leaves %j to the full test', (t) => expect(mayBeValueLike(t)).toBe(true));
  it('rules out only texts that are no value (the quick test before the cache changes no answer)', () => {
    const part = fc.constantFrom('n.v.t.', 'nnb', 'N.B.', 'ntb', 'x', 'X', '-', '–', '—', '.', '#', 'pm', '-p.m.', 'niet beschikbaar', 'Zie toelichting', 'nog in te vullen', 'geen data', 'niet gemeten', 'hier wordt niet op gestuurd', 'onbekend', 'Onbekend', '*', '¹', ' ', '\u00a0', 'Lasten', 'euro', '€', '%', ',', '7', 'a', 'Z');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 4 }), (parts) => {
        const text = parts.join('');
        if (!mayBeValueLike(text)) expect(isValueLike(text)).toBe(false);
      }),
      { seed, numRuns: 4000 },
    );
  });
});

describe('a remark in brackets after a value', () => {
  it.each([
    ['12.460 (plus 65)', 12460],
    ['80% (landelijk)', 80],
    ['7,4 (2024)', 7.4],
  ])('reads %j as its value, the remark kept in raw', (raw, value) => {
    const parsed = parseValue(raw);
    expect(parsed.value).toBe(value);
    expect(parsed.raw).toBe(raw);
  });
  it.each([['(x 1.000)'], ['(plus 65)'], ['zie (bijlage)']])('should not read %j as a value', (raw) => expect(parseValue(raw).value).toBeNull());
  it('drops a year in brackets from a column word with its brackets', () => {
    expect(withoutYears('Peilwaarde (2023)').trim()).toBe('Peilwaarde');
  });
});
