/**
 * Metadata the user knows: `--meta`, a path pattern, a CSV; supplied values
 * win, and the report says which fields were supplied.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { main } from '../src/cli/main.js';
import { applySuppliedMeta, parseMetaAssignment } from '../src/meta/supplied.js';
import { compilePathPattern, metaFromPath, metaTableFromCsv, suppliedMetaFor } from '../src/meta/supplied-sources.js';

describe('supplied meta', () => {
  it('wins over the text and says so in provenance', () => {
    const report = parse('Jaarstukken 2019 Gemeente Oss\n\nTekst.\n', { meta: { year: 2020, municipality: 'Uden' } });
    expect(report.meta).toMatchObject({
      documentType: 'jaarstukken',
      year: 2020,
      municipality: 'Uden',
      organisation: { name: 'Uden', kind: 'gemeente' },
      provenance: { documentType: 'text', year: 'supplied', municipality: 'supplied', organisation: 'supplied', title: 'text' },
    });
    expect(report.diagnostics.filter((d) => d.code === 'meta.supplied-differs').map((d) => d.message)).toEqual([
      'year: supplied 2020, the text says 2019',
      'organisation: supplied "Uden", the text says "Oss"',
    ]);
  });
  it('fills what the text does not say without a difference', () => {
    const report = parse('Zomaar tekst.\n', { meta: { documentType: 'kadernota', organisation: 'Waterschap Rivierenland' } });
    expect(report.meta).toMatchObject({ documentType: 'voorjaarsnota', organisation: { name: 'Waterschap Rivierenland', kind: 'waterschap' } });
    expect(report.diagnostics).toEqual([]);
  });
  it('leaves a value it cannot use to the text, with a warning', () => {
    const report = parse('Begroting 2024\n\nTekst.\n', { meta: { year: 'onbekend' } });
    expect(report.meta).toMatchObject({ year: 2024, provenance: { year: 'text' } });
    expect(report.diagnostics.map((d) => [d.code, d.severity])).toEqual([['meta.supplied-invalid', 'warning']]);
  });
  it('reads key=value, with Dutch and other spellings of the keys, and refuses unknown keys', () => {
    expect(parseMetaAssignment('gemeente=Wassenaar')).toEqual(['municipality', 'Wassenaar']);
    expect(parseMetaAssignment('type=begroting')).toEqual(['documentType', 'begroting']);
    expect(() => parseMetaAssignment('municipality')).toThrow(/key=value/);
    expect(() => parseMetaAssignment('munciipality=X')).toThrow(/unknown key/);
  });
  it('reads fields from a path pattern, and nothing from a path it does not fit', () => {
    const pattern = compilePathPattern('{municipality}/{documentType}-{year}');
    expect(metaFromPath(pattern, 'gelderland/berg-en-dal/voorjaarsnota-2017.txt')).toEqual({ municipality: 'berg en dal', documentType: 'voorjaarsnota', year: '2017' });
    expect(metaFromPath(pattern, 'losse-notitie.txt')).toEqual({});
    expect(applySuppliedMeta(parse('Tekst.\n').meta, metaFromPath(pattern, 'berg-en-dal/voorjaarsnota-2017.txt')).meta.municipality).toBe('Berg en Dal');
    expect(() => compilePathPattern('{gemeente}/{jaartal}')).toThrow(/unknown key/);
    expect(() => compilePathPattern('docs/*.txt')).toThrow(/no \{key\}/);
  });
  it('takes a CSV row over the path over --meta', () => {
    const table = metaTableFromCsv('path,year,title\nzwolle/begroting-2024.txt,2023,\n');
    const sources = { global: { year: '2000', title: 'T' }, pattern: compilePathPattern('{municipality}/{documentType}-{year}'), table };
    expect(suppliedMetaFor(sources, 'zwolle/begroting-2024.txt', '/data/zwolle/begroting-2024.txt')).toEqual({ year: '2023', title: 'T', municipality: 'zwolle', documentType: 'begroting' });
    expect(() => metaTableFromCsv('bestandje,year\na,1\n')).toThrow(/path/);
    expect(() => metaTableFromCsv('path,kleur\na,rood\n')).toThrow(/unknown column "kleur"/);
  });
  it('takes --meta, --meta-from-path and --meta-csv on the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jaarparse-meta-'));
    mkdirSync(join(dir, 'in', 'zwolle'), { recursive: true });
    writeFileSync(join(dir, 'in', 'zwolle', 'begroting-2024.txt'), 'Programma 1\n\nTekst.\n');
    writeFileSync(join(dir, 'meta.csv'), 'path,kind\nzwolle/begroting-2024.txt,gemeente\n');
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => void err.push(t), stdin: async () => Buffer.alloc(0), stderrIsTTY: false, stdoutIsTTY: false, stdinIsTTY: false, env: {} };
    const args = ['parse', join(dir, 'in'), '--out', join(dir, 'out'), '--jobs', '1', '-q', '--meta-from-path', '{municipality}/{documentType}-{year}', '--meta', 'title=Begroting 2024', '--meta-csv', join(dir, 'meta.csv')];
    expect(await main(['node', 'jaarparse', ...args], io)).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'zwolle', 'begroting-2024.json'), 'utf8'));
    expect(report.meta).toMatchObject({ documentType: 'begroting', year: 2024, municipality: 'Zwolle', title: 'Begroting 2024', organisation: { name: 'Zwolle', kind: 'gemeente' } });
    expect(await main(['node', 'jaarparse', 'parse', join(dir, 'in'), '--meta', 'year=abc'], io)).toBe(2);
    expect(err.join('')).toContain('--meta: year "abc" is not a year');
  });
});
