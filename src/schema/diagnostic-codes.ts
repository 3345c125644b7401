/**
 * The catalogue of diagnostic codes: every code a stage may report, with
 * its severity, what it means in one line, and an input that raises it.
 * Codes are stable (tests and users key on them, never on the wording of a
 * message); the README's table of codes is generated from this one
 * (`npm run docs`), and a test fails when a code is reported that is not
 * here, or the README's table is stale.
 */
import type { Severity } from './report.js';

/** What the catalogue says of one code. */
export interface DiagnosticInfo {
  readonly severity: Severity;
  /** What the diagnostic means, in one line. */
  readonly meaning: string;
  /** An input that raises it. */
  readonly example: string;
}

/** Every diagnostic code, by stage. */
export const DIAGNOSTIC_CODES = {
  'input.empty': {
    severity: 'info',
    meaning: 'the document has no text',
    example: 'an empty file, or a PDF without a text layer',
  },
  'decode.invalid-utf8': {
    severity: 'warning',
    meaning: 'bytes that are no UTF-8 were replaced by U+FFFD',
    example: 'a UTF-8 file with one stray Latin-1 byte (0xE9 for é)',
  },
  'pdf.unreadable-text-layer': {
    severity: 'warning',
    meaning: 'pages whose text layer maps glyphs to no letters were left out; OCR them first',
    example: 'a PDF whose fonts have no usable ToUnicode map',
  },
  'markdown.too-deep': {
    severity: 'warning',
    meaning: 'Markdown nested deeper than the reader follows; the deeper part is read as text',
    example: 'a block quote inside a list inside a block quote, hundreds of levels deep',
  },
  'html.span-clamped': {
    severity: 'warning',
    meaning: 'a table cell spans more rows or columns than a table can have, or the table grows too large; the span is clamped',
    example: '<td colspan="100000">',
  },
  'table.partial-row': {
    severity: 'warning',
    meaning: 'a table rebuilt from one cell per line ends in a row with cells missing; the row is kept as it is',
    example: 'Indicator ⏎ 2022 ⏎ 2023 ⏎ Veiligheid ⏎ 81 ⏎ 83 ⏎ Zorg ⏎ 70',
  },
  'table.row-without-amounts': {
    severity: 'warning',
    meaning: 'a row of a table rebuilt from one cell per line has a label but no amounts where the rows of its kind have them; it is kept as a line above the next row',
    example: 'jaarrekening ⏎ 2021 ⏎ begroting ⏎ 2022 ⏎ 142.017 ⏎ … among rows jaarrekening ⏎ 2020 ⏎ 100.031 ⏎ …',
  },
  'table.one-column': {
    severity: 'warning',
    meaning: 'a table whose every row holds one cell (a grid written one cell per line, a pipe after each): no label column, so no budget row or indicator is read from it; it is kept as a table',
    example: 'Omschrijving | ⏎ 2025 | ⏎ Stand na de voorjaarsnota | ⏎ -1.329.000 |',
  },
  'indicator.header-mismatch': {
    severity: 'warning',
    meaning: 'an indicator table\'s header does not fit its columns (a year or label could not be placed)',
    example: 'Indicator | Realisatie 2022 | Streefwaarde over three value columns',
  },
  'indicator.cell-count': {
    severity: 'warning',
    meaning: 'an indicator row has fewer or more cells than the table; its values may stand in the wrong columns',
    example: 'Veilig voelen | 81 under Indicator | 2022 | 2023',
  },
  'budget.unit-unstated': {
    severity: 'info',
    meaning: 'a budget table of small whole amounts has no unit caption; its multiplier is 1 (the amounts as written), but thousands are as likely',
    example: 'Lasten | 4.120 | 4.305 with no "Bedragen x € 1.000" near the table',
  },
  'budget.unit-conflict': {
    severity: 'warning',
    meaning: 'the header cells of a budget table state different units; none is taken for the whole table, whose multiplier is then its caption\'s, or 1',
    example: 'Krediet x € 1.000 | Dekking x € 1 mln over one table',
  },
  'budget.cell-count': {
    severity: 'warning',
    meaning: 'a budget row has fewer or more cells than the table, or no row has an amount under a column between columns the rows fill; its amounts may stand in the wrong columns',
    example: 'Lasten | 2.762 under Bedragen x € 1.000 | 2023 | 2024',
  },
  'budget.total-placed': {
    severity: 'info',
    meaning: 'a total row has fewer amounts than the table has columns; its amounts were placed under the columns whose rows they total, not where its cells stood',
    example: 'Totaal | 180 | 210 under 2024 | 2025 | 2026, where 2025 and 2026 add up to 180 and 210',
  },
  'meta.supplied-invalid': {
    severity: 'warning',
    meaning: 'a supplied meta value (--meta, --meta-from-path, --meta-csv, the meta option) cannot be used; the field is left to the text',
    example: '--meta year=onbekend',
  },
  'meta.supplied-differs': {
    severity: 'info',
    meaning: 'a supplied meta value differs from what the text says; the supplied value is used',
    example: '--meta year=2020 on "Jaarstukken 2019"',
  },
  'budget.saldo-mismatch': {
    severity: 'warning',
    meaning: 'a saldo differs from baten − lasten by more than rounding: a Saldo row in its column, or a row under a Saldo column against the Lasten and Baten columns before it (then an amount may stand in the wrong column)',
    example: 'Lasten 100, Baten 40, Saldo -50',
  },
  'budget.saldo-rounding': {
    severity: 'info',
    meaning: 'a saldo (a Saldo row, or a row under a Saldo column) differs from baten − lasten by one unit: rounding in the source',
    example: 'Lasten 100, Baten 40, Saldo -59 (thousands, rounded)',
  },
  'budget.total-mismatch': {
    severity: 'warning',
    meaning: 'a total row differs by more than rounding from the rows it totals, read every plausible way (the run above it, the group above it, every row above it, lasten − baten of the groups above it); the message names the difference',
    example: 'Onderwijs 10, Sport 20, Totaal 35',
  },
  'budget.total-rounding': {
    severity: 'info',
    meaning: 'a total row differs from the sum of its rows by one unit: rounding in the source',
    example: 'Onderwijs 10, Sport 20, Totaal 31',
  },
  'budget.wijziging-mismatch': {
    severity: 'warning',
    meaning: 'begroting na wijziging differs from primitieve begroting + wijziging',
    example: 'Primitief 100 | Wijziging 20 | Na wijziging 130',
  },
  'budget.wijziging-rounding': {
    severity: 'info',
    meaning: 'begroting na wijziging differs from primitieve begroting + wijziging by one unit: rounding',
    example: 'Primitief 100 | Wijziging 20 | Na wijziging 121',
  },
  'budget.verschil-mismatch': {
    severity: 'warning',
    meaning: 'a verschil column differs from begroting − realisatie',
    example: 'Begroting 100 | Realisatie 80 | Verschil 30',
  },
  'budget.verschil-rounding': {
    severity: 'info',
    meaning: 'a verschil column differs from begroting − realisatie by one unit: rounding',
    example: 'Begroting 100 | Realisatie 80 | Verschil 21',
  },
} as const satisfies Record<string, DiagnosticInfo>;

/** A diagnostic code of the catalogue. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Whether a string is a code of the catalogue. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTIC_CODES, code);
}

/** The catalogue as the README's Markdown table. */
export function diagnosticsTable(): string {
  const escape = (text: string): string => text.replace(/\|/g, '\\|');
  const rows = Object.entries(DIAGNOSTIC_CODES).map(
    ([code, d]: [string, DiagnosticInfo]) => `| \`${code}\` | ${d.severity} | ${escape(d.meaning)} | \`${escape(d.example)}\` |`,
  );
  return ['| code | severity | meaning | example |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
