/**
 * `looksBinary` rules out text without control characters by one engine scan
 * (speed): it must say what counting the control bytes says, on any bytes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countsAsBinary, looksBinary } from '../src/decode/index.js';

/** Bytes mostly of text, with control bytes, NULs and high bytes mixed in at any rate. */
const BYTE = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 32, max: 126 }) },
  { weight: 2, arbitrary: fc.constantFrom(9, 10, 12, 13) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 31 }) },
  { weight: 1, arbitrary: fc.integer({ min: 127, max: 255 }) },
);

describe('looksBinary', () => {
  it('says what counting the control bytes says', () => {
    fc.assert(
      fc.property(fc.array(BYTE, { maxLength: 300 }), fc.nat(8), (bytes, offset) => {
        // A view into a larger buffer, as a subarray past a BOM is.
        const whole = new Uint8Array(offset + bytes.length);
        whole.set(bytes, offset);
        const view = whole.subarray(offset);
        expect(looksBinary(view)).toBe(countsAsBinary(view));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads only the first 64 KiB', () => {
    const text = new Uint8Array(70_000).fill(0x61);
    text[69_000] = 0;
    expect(looksBinary(text)).toBe(false);
    text[100] = 1;
    expect(looksBinary(text)).toBe(false);
    text[65_535] = 0;
    expect(looksBinary(text)).toBe(true);
    expect(looksBinary(new Uint8Array(0))).toBe(false);
  });
});
