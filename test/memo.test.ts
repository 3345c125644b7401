/**
 * The memo helpers of src/vocabulary/memo.ts: an answer is computed once per
 * key, including answers that are falsy, and keys do not share answers;
 * the string cache reads and keeps a copy of its own (see test/let-go.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { forgetLookups, lookupCache, memo, memoPerObject, ownCopy } from '../src/vocabulary/memo.js';

describe('memoPerObject', () => {
  it('computes once per object, a false or undefined answer included', () => {
    let calls = 0;
    const isEmpty = memoPerObject((row: string[]) => (calls++, row.length === 0));
    const row = ['Lasten'];
    expect(isEmpty(row)).toBe(false);
    expect(isEmpty(row)).toBe(false);
    expect(calls).toBe(1);
    const sixth = memoPerObject((r: string[]) => (calls++, r[5]));
    expect(sixth(row)).toBeUndefined();
    expect(sixth(row)).toBeUndefined();
    expect(calls).toBe(2);
  });
  it('keeps the answers of two equal-looking objects apart', () => {
    let calls = 0;
    const first = memoPerObject((row: string[]) => (calls++, row[0]));
    expect(first(['Baten'])).toBe('Baten');
    expect(first(['Lasten'])).toBe('Lasten');
    expect(calls).toBe(2);
  });
});

describe('memo', () => {
  it('computes once per text, a null answer included, and not for long texts', () => {
    let calls = 0;
    const kind = memo((text: string) => (calls++, text === 'Saldo' ? 'saldo' : null));
    expect(kind('Totaal')).toBeNull();
    expect(kind('Totaal')).toBeNull();
    expect(calls).toBe(1);
    const long = 'x'.repeat(201);
    kind(long);
    kind(long);
    expect(calls).toBe(3);
  });
  it('computes an undefined answer once too, between other answers', () => {
    let calls = 0;
    const code = memo((text: string) => (calls++, text.startsWith('P') ? text.slice(1) : undefined));
    expect(code('P1')).toBe('1');
    expect(code('Lasten')).toBeUndefined();
    expect(code('Lasten')).toBeUndefined();
    expect(code('P1')).toBe('1');
    expect(code('Baten')).toBeUndefined();
    expect(code('Baten')).toBeUndefined();
    expect(calls).toBe(3);
  });
});

describe('ownCopy', () => {
  it('should give the same characters', () => {
    const text = 'Programma 1 Veiligheid € 1.234';
    for (const piece of [text, text.slice(12, 30), '', 'x']) expect(ownCopy(piece)).toBe(piece);
  });
});

describe('memo', () => {
  it('should hand the function the text it is asked about, and answer from the cache after', () => {
    const seen: string[] = [];
    const upper = memo((text: string) => (seen.push(text), text.toUpperCase()));
    const document = 'Overzicht baten en lasten\nTotaal lasten 1.234';
    const label = document.slice(26, 39);
    expect(upper(label)).toBe('TOTAAL LASTEN');
    expect(upper('Totaal lasten')).toBe('TOTAAL LASTEN');
    expect(seen).toEqual(['Totaal lasten']);
  });
});

describe('forgetLookups', () => {
  it('should make every memo compute its next answer again, and give the same answer', () => {
    let calls = 0;
    const kind = memo((text: string) => (calls++, text === 'Saldo' ? 'saldo' : null));
    expect(kind('Saldo')).toBe('saldo');
    expect(kind('Saldo')).toBe('saldo');
    expect(calls).toBe(1);
    forgetLookups();
    expect(kind('Saldo')).toBe('saldo');
    expect(calls).toBe(2);
    expect(kind('Saldo')).toBe('saldo');
    expect(calls).toBe(2);
  });
  it('should empty a cache made by lookupCache, and not one made otherwise', () => {
    const kept = lookupCache<number>();
    const own = new Map<string, number>();
    kept.set('Lasten', 1);
    own.set('Lasten', 1);
    forgetLookups();
    expect(kept.size).toBe(0);
    expect(own.get('Lasten')).toBe(1);
  });
});
