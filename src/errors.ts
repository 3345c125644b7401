/**
 * Fatal problems: the only ones that throw. Everything else a stage finds is
 * a diagnostic in the report. Each code has one documented exit code, so a
 * shell script can tell a binary file from a missing one.
 */

/** Exit codes of the CLI (README "Exit codes" lists the same table). */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (in a batch), or the one input failed for a reason without its own code. */
  failed: 1,
  usage: 2,
  /** `--strict` and a report has warnings. */
  warnings: 3,
  notText: 4,
  tooLarge: 5,
  noTextLayer: 6,
  notFound: 7,
  invalid: 8,
} as const;

export type ErrorCode =
  | 'E_NOT_TEXT'
  | 'E_TOO_LARGE'
  | 'E_NO_TEXT_LAYER'
  | 'E_PDF_ENCRYPTED'
  | 'E_PDF_DAMAGED'
  | 'E_NOT_FOUND'
  | 'E_IS_DIRECTORY'
  | 'E_UNREADABLE'
  | 'E_ENCODING'
  | 'E_USAGE'
  | 'E_INTERNAL';

const EXIT_OF: Record<ErrorCode, number> = {
  E_NOT_TEXT: EXIT.notText,
  E_TOO_LARGE: EXIT.tooLarge,
  E_NO_TEXT_LAYER: EXIT.noTextLayer,
  E_PDF_ENCRYPTED: EXIT.noTextLayer,
  E_PDF_DAMAGED: EXIT.noTextLayer,
  E_NOT_FOUND: EXIT.notFound,
  E_IS_DIRECTORY: EXIT.notFound,
  E_UNREADABLE: EXIT.notFound,
  E_ENCODING: EXIT.failed,
  E_USAGE: EXIT.usage,
  E_INTERNAL: EXIT.failed,
};

/** A fatal, expected problem with one input: printed as one line, never as a stack trace. */
export class JaarparseError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JaarparseError';
    this.code = code;
    this.exitCode = EXIT_OF[code];
  }
}

/** Wraps anything thrown into a JaarparseError (unexpected ones become E_INTERNAL). */
export function toJaarparseError(error: unknown): JaarparseError {
  if (error instanceof JaarparseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new JaarparseError('E_INTERNAL', `internal error: ${message}`, { cause: error });
}
