/**
 * Hostile input, generated at test time: each case with its documented
 * outcome — a valid report (checked against the schema, positions in bounds)
 * or a specific JaarparseError code. vitest's timeout catches a hang.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { JaarparseError, parse, parseBytes, Report } from '../../src/index.js';
import { checkNothingLost, checkPositions } from '../helpers/coverage.js';

const DOC = 'Programma 2 Veiligheid\n\nWat heeft het gekost?\n\nBedragen x € 1.000\n\n| | Begroting 2024 | Realisatie 2024 |\n|---|---|---|\n| Lasten | 1.200 | 1.150 |\n| Baten | 200 | 210 |\n| Saldo | -1.000 | -940 |\n\nDe financiën zijn op orde; één post is lager uitgevallen.\n';

function valid(report: Report, source?: string): void {
  const result = Report.safeParse(report);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  if (source !== undefined) expect(checkPositions(source, report, { slices: false })).toEqual([]);
}

function refused(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(JaarparseError);
    expect((error as JaarparseError).code).toBe(code);
    return;
  }
  throw new Error(`expected ${code}`);
}

/** Three times the suite's testTimeout (vitest.config.ts): see the degenerate cases. */
const DEGENERATE_TIMEOUT_MS = 180_000;

const withoutSource = (r: Report): unknown => ({ ...r, source: undefined });

describe('decoding', () => {
  it.each([
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(DOC, 'utf8')]), 'utf-8-bom'],
    ['utf-16le with BOM (Office)', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(DOC, 'utf-16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(DOC, 'utf-16be')]), 'utf-16be'],
    ['windows-1252 export', iconv.encode(DOC.replace('€', '€'), 'windows-1252'), 'windows-1252'],
  ])('%s gives the same report as utf-8, apart from source', (_name, bytes, encoding) => {
    const plain = parse(Buffer.from(DOC, 'utf8'));
    const other = parse(bytes);
    expect(other.source.encoding).toBe(encoding);
    expect(JSON.stringify(withoutSource(other)).replace(/"offset":\d+/g, '')).toBe(JSON.stringify(withoutSource(plain)).replace(/"offset":\d+/g, ''));
  });
  it('latin-1 text decodes without garbling é and ë', () => {
    const report = parse(iconv.encode('Financiën en één begroting\n', 'latin1'));
    expect(JSON.stringify(report.children)).toContain('Financiën en één begroting');
  });
  it('a stray invalid byte in UTF-8 becomes U+FFFD with a warning at its position', () => {
    const bytes = Buffer.concat([Buffer.from('Één regel met een fout: ', 'utf8'), Buffer.from([0xff]), Buffer.from(' en verder gaat het goed, ook met ë en ï.\n', 'utf8')]);
    const report = parse(bytes);
    expect(report.source.encoding).toBe('utf-8');
    const warning = report.diagnostics.find((d) => d.code === 'decode.invalid-utf8');
    expect(warning?.severity).toBe('warning');
    expect(warning?.position?.start.column).toBe(25);
  });
  it('--encoding overrides detection; an unknown label is a usage error', () => {
    expect(parse(iconv.encode('Financiën\n', 'latin1'), { encoding: 'latin1' }).source.encoding).toBe('latin1');
    refused(() => parse(Buffer.from('x'), { encoding: 'no-such-encoding' }), 'E_USAGE');
  });
  it('binary content (NUL bytes) is not a text document', () => {
    refused(() => parse(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3])), 'E_NOT_TEXT');
  });
  it('mostly control characters is not a text document', () => {
    refused(() => parse(Buffer.from(Array.from({ length: 1000 }, (_, k) => (k % 3 === 0 ? 65 : 1)))), 'E_NOT_TEXT');
  });
  it('a PDF renamed to .txt is not read as text', async () => {
    const pdf = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
    refused(() => parse(pdf, { name: 'report.txt' }), 'E_USAGE');
    await expect(parseBytes(pdf, { name: 'report.txt', format: 'text' })).resolves.toBeDefined();
  });
  it('input over maxBytes is refused', () => {
    refused(() => parse('x'.repeat(100), { maxBytes: 10 }), 'E_TOO_LARGE');
  });
});

describe('degenerate but valid text', () => {
  const cases: Array<[string, () => string]> = [
    ['an empty file', () => ''],
    ['whitespace only', () => ' \n\t\n   \r\n'],
    ['a 20 MB single line', () => 'woord '.repeat(3_500_000)],
    ['a row of 20,000 cells', () => '| ' + Array.from({ length: 20_000 }, (_, k) => String(k)).join(' | ') + ' |\n'],
    ['300,000 lines of lone pipes', () => '|\n'.repeat(300_000)],
    ['300,000 empty bullets', () => '- \n'.repeat(300_000)],
    ['numbering 5,000 levels deep', () => Array.from({ length: 5000 }, (_, k) => '1.'.repeat(k + 1) + ' Titel').join('\n')],
    ['a heading at end of file', () => 'Tekst die eindigt.\n\nWat heeft het gekost?'],
    ['a table header with no rows', () => '| Lasten | Baten |\n|---|---|\n'],
    ['numbers too large for a double', () => '| Lasten | ' + '9'.repeat(400) + ' | 1e400 |\n| Baten | 1 | 2 |\n'],
    ['5 MB of "("', () => '('.repeat(5_000_000)],
    ['100,000 characters of "1.1.1"', () => '1.'.repeat(50_000) + '1'],
    ['"| | |" repeated', () => '| | |\n'.repeat(50_000)],
    ['a 1 MB word', () => 'x'.repeat(1_000_000)],
    ['control characters and lone CR line ends', () => 'Lasten\u0001 | 1 |\rBaten\u0007 | 2 |\rSaldo | 3 |'],
    ['mixed line endings', () => 'Wat heeft het gekost?\r\n\r\n| Lasten | 1 |\n| Baten | 2 |\r| Saldo | 3 |\r\n'],
    ['a table cut mid-row', () => 'Effectindicatoren\n\nIndicator\n\nRealisatie 2021\n\nRealisatie 2022\n\nAantal meldingen\n\n12\n\n14\n\nAantal inbr'],
    ['nested quantifier bait in values', () => Array.from({ length: 2000 }, () => '| ' + '1.'.repeat(40) + 'x | ' + '-'.repeat(200) + ' | € ' + ' '.repeat(300) + '1 |').join('\n')],
    ['a goal heading 300 times nested in itself', () => Array.from({ length: 300 }, (_, k) => `Doelstelling ${'1.'.repeat(k % 4)}1: Titel ${k}`).join('\n\n')],
    ['only headings', () => Array.from({ length: 10_000 }, (_, k) => `Wat willen we bereiken in ${2000 + (k % 50)}?`).join('\n\n')],
  ];
  // The largest inputs of the suite (300,000 lines take a few CPU-seconds): on a machine busy with other work a case can
  // take longer than the suite's 60 s guard against hangs, so these get three times that; a hang still fails.
  it.each(cases)('%s parses to a valid report', (_name, make) => {
    const text = make();
    // valid() checks the schema, so the parse need not check it first (the large cases' tree twice over).
    const report = parse(text, { validate: false });
    valid(report, text.length < 3_000_000 ? text : undefined);
    if (text.length < 200_000) expect(checkNothingLost(text, report)).toEqual([]);
  }, DEGENERATE_TIMEOUT_MS);
  it('an empty file gets an info diagnostic', () => {
    expect(parse('').diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'input.empty']]);
  });
  it('a cut last row gets a warning, not padding', () => {
    const report = parse(cases.find(([name]) => name === 'a table cut mid-row')![1]());
    expect(report.diagnostics.map((d) => d.code)).toContain('table.partial-row');
  });
});
