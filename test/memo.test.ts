/**
 * The memo helpers of src/vocabulary/memo.ts: an answer is computed once per
 * key, including answers that are falsy, and keys do not share answers.
 */
import { describe, expect, it } from 'vitest';
import { memo, memoPerObject } from '../src/vocabulary/memo.js';

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
});
