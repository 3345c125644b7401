/**
 * The lines of a large text are cut from a copy at one byte a character, the
 * few that hold a wider character ('€', '–') copied on their own, so that
 * the text (two bytes a character once it holds one such character) can go
 * once it is split (`splitTaking`). The lines must be the same as views into
 * the text would be, character for character.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitTaking } from '../src/blocks/text/line-texts.js';
import { splitIntoLines, type Line } from '../src/blocks/text/lines.js';

const realText = join(import.meta.dirname, '..', 'corpus', 'real', 'text');

/** A line as plain values, its map as an array: what two splits are compared by. */
function plainLine(line: Line): unknown {
  return { text: line.text, start: line.start, end: line.end, map: line.map ? Array.from(line.map) : null, tabs: line.tabs };
}

describe('splitTaking', () => {
  it('should cut lines from the one-byte copy and make the lines with a wide character from the text', () => {
    const holder = { text: 'Lasten € 2.762\nBaten 303\n2019–2022 Zoë' };
    const lines = splitTaking(holder, 0);
    expect(lines.map((l) => [l.text, l.start, l.end])).toEqual([['Lasten € 2.762', 0, 14], ['Baten 303', 15, 24], ['2019–2022 Zoë', 25, 38]]);
  });

  it('should leave no regex holding the text: the engine keeps the last subject a regex matched (RegExp.input)', () => {
    // Only '€' past U+00FF, LF breaks, nothing normalisation changes: no regex of the second pass matches the copy, so the
    // last match of the first pass (a search for wide characters in the text) would be the last one.
    splitTaking({ text: 'Lasten € 2.762\n' + 'Baten 303\n'.repeat(5) }, 0);
    expect((RegExp as unknown as { input: string }).input).not.toContain('€');
  });

  it('should empty the holder, so that nothing keeps the text once it is split', () => {
    const holder = { text: 'Lasten € 2.762\nBaten 303' };
    splitTaking(holder, 0);
    expect(holder.text).toBe('');
    const small = { text: 'Baten 303' };
    expect(splitTaking(small).map((l) => l.text)).toEqual(['Baten 303']);
    expect(small.text).toBe('');
  });

  it('should not take a break from a wide character whose low byte looks like one (U+010A as LF, after a CR)', () => {
    const text = 'Lasten\r\u010aBaten\nZoë\u200aeind\nslot';
    const plain = splitIntoLines(text, Infinity).map(plainLine);
    expect(plain.map((l) => (l as { text: string }).text)).toEqual(['Lasten', '\u010aBaten', 'Zoë eind', 'slot']);
    expect(splitTaking({ text }, 0).map(plainLine)).toEqual(plain);
  });
});

describe('splitIntoLines of a large text', () => {
  it('should give the same lines from the one-byte copy as views into the text would', () => {
    // Wide characters in lines and as line breaks (U+2028, U+2029), lone surrogates, characters normalisation changes (tab,
    // no-break space, ligature, curly quote), Latin-1 letters that stay one byte, every kind of line break, and wide
    // characters whose low byte in the one-byte copy is a break, a tab or a no-break space (U+010A LF, U+200D CR,
    // U+200C form feed, U+0109 tab, U+01A0 no-break space).
    const piece = fc.constantFrom('Lasten', ' 2.762', '€', '–', 'Zoë', '\u00e9', '\t', '\u00a0', 'ﬁ', '’', '\ud800', '\udc00', '\n', '\r\n', '\r', '\f', '\u2028', '\u2029', ' ', '', '\u010a', '\u200d', '\u200c', '\u0109', '\u01a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        expect(splitIntoLines(text, 0).map(plainLine)).toEqual(splitIntoLines(text, Infinity).map(plainLine));
      }),
      { numRuns: 4000 },
    );
  });

  it('should hold less than the text and its views once split and the text let go', () => {
    // A fresh process with the built reader: 3 M characters of the real excerpts joined (two bytes a character: they hold
    // '€'), split both ways, the lines kept and the text dropped. Measured: views 13.5–14.5 MB live (the 4.2 MB text and a
    // view per line), one-byte lines 11.6–12.5 MB (their copy outside the heap counted too).
    const script = `
      import { readdirSync, readFileSync } from 'node:fs';
      const { splitIntoLines } = await import(${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', 'dist', 'blocks', 'text', 'lines.js')).href)});
      const dir = ${JSON.stringify(realText)};
      const excerpts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(dir + '/' + f, 'utf8'));
      // A buffer's memory is freed after the collection that finds it dead, on another thread: a moment is given for it.
      const live = async () => { gc(); await new Promise((r) => setTimeout(r, 50)); gc(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
      const held = async (narrowFrom) => {
        const bytes = Buffer.from(Array.from({ length: 1500 }, (_, k) => excerpts[k % excerpts.length]).join('\\n\\n'));
        const before = await live();
        let text = bytes.toString();
        const lines = splitIntoLines(text, narrowFrom);
        text = null;
        /./.exec('.'); // the last regex subject (RegExp.input) would hold the text: another takes its place
        const after = await live();
        return { held: after - before, lines: lines.length, textBytes: 2 * bytes.toString().length };
      };
      await held(Infinity); await held(0); // the first splits compile and allocate what stays (code, caches): not the lines' own
      console.log(JSON.stringify({ views: await held(Infinity), narrow: await held(0) }));`;
    const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8' });
    const { views, narrow } = JSON.parse(out) as Record<'views' | 'narrow', { held: number; lines: number; textBytes: number }>;
    expect(narrow.lines).toBe(views.lines);
    // A third of the text's two bytes a character go: the lines with a wide character (2% of the lines, 18% of the
    // characters: long sentences with a '’' or a '–') keep two bytes a character in their own copies.
    expect(views.held - narrow.held).toBeGreaterThan(0.2 * views.textBytes);
  }, 60_000);
});
