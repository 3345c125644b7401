/**
 * What a recogniser may know about where it is: the roles of the enclosing
 * sections, the last heading above it, and how to report. Recognisers read
 * this context and return nodes; they never change blocks.
 */
import type { Span } from '../blocks/model.js';
import type { Diagnostic, IndicatorKind, Position, SectionRole } from '../schema/report.js';
import type { Positions } from '../blocks/positions.js';
import type { DiagnosticCode } from '../schema/diagnostic-codes.js';

export interface RecogniseContext {
  /** The position of a source span. */
  pos(span: Span): Position;
  /** Records a diagnostic (a code of the catalogue, `schema/diagnostic-codes.ts`); recognisers report and carry on. */
  report(severity: Diagnostic['severity'], code: DiagnosticCode, message: string, span: Span | null): void;
  /** The role of the innermost enclosing section with a role, or null. */
  role: SectionRole | null;
  /** The indicator kind named by the nearest heading above ("Effectindicatoren"), or null. */
  indicatorKind: IndicatorKind | null;
  /** The text of the heading-like line right above the block, when there is one. */
  titleAbove: string | null;
  /** Where that heading-like line is. */
  titleSpan: Span | null;
  /** "Eenheid: %", "Bron: …" lines between the heading above and the block, keys lower-cased. */
  fieldsAbove: Record<string, string>;
  /** Caption-like lines right below the block (a "Bedragen x € 1.000" under a table). */
  captionBelow: string | null;
  /** A caption right above or below the block (no other text between), whose words may title it. */
  captionNext: string | null;
}

/**
 * Builds the `pos`/`report` pair over a Positions index and a diagnostics
 * list: the one place where a diagnostic's span becomes its position.
 */
export function reporting(positions: Positions, diagnostics: Diagnostic[]): Pick<RecogniseContext, 'pos' | 'report'> {
  return {
    pos: (span) => positions.position(span),
    report: (severity, code, message, span) =>
      diagnostics.push({ severity, code, message, position: span ? positions.position(span) : null }),
  };
}
