import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../src/index.js';

/** The digest every report has held: the SHA-256 of the input's bytes (a string's as UTF-8), in hex. */
const expected = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

describe("a report's source hash", () => {
  it('should be the SHA-256 of the bytes read, for text given as bytes and as a string', async () => {
    const text = 'Programma 1 Veiligheid\n\nLasten € 1.210 – baten 305 (×1.000)\n';
    const bytes = Buffer.from(text, 'utf8');
    expect(parse(bytes).source.sha256).toBe(expected(bytes));
    expect(parse(text).source.sha256).toBe(expected(text));
    expect((await parseBytes(bytes)).source.sha256).toBe(expected(bytes));
  });

  it('should not be the same for two texts that differ in one byte', () => {
    expect(parse('Begroting 2024').source.sha256).not.toBe(parse('Begroting 2025').source.sha256);
  });
});
