/**
 * Defaults of the parse options that the CLI states in its --help, apart
 * from the pipeline, so that the CLI can say them without loading the parser.
 */

/** The default of `maxBytes`: 256 MiB. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
