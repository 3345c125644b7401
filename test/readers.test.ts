/**
 * The HTML and Markdown readers load on demand: the pipeline's synchronous
 * parse says clearly when one is missing, the asynchronous entries load it.
 * (This file imports the pipeline, not the package entry that loads both.)
 */
import { describe, expect, it } from 'vitest';
import { parse, parseBytes } from '../src/pipeline/parse.js';
import { loadReader } from '../src/blocks/readers.js';

const html = '<h1>Programma 2 Veiligheid</h1><h2>Wat willen we bereiken?</h2><p>Een veilige stad.</p>';

describe('readers on demand', () => {
  it('refuses HTML in the synchronous parse until the reader is loaded, with a usage error', async () => {
    expect(() => parse(html, { format: 'html' })).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    const viaBytes = await parseBytes(Buffer.from(html), { format: 'html' });
    expect(viaBytes.children[0]).toMatchObject({ type: 'programme', title: 'Veiligheid' });
    // parseBytes loaded it: now the synchronous parse reads HTML too.
    expect(parse(html, { format: 'html' })).toEqual(viaBytes);
  });
  it('loads a reader once', async () => {
    expect(await loadReader('markdown')).toBe(await loadReader('markdown'));
  });
});
