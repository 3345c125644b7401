/**
 * The contract's fixed words, without zod: the schema version and the
 * closed lists the zod schemas (report.ts) are built from. The parser reads
 * them here, so that a process that parses does not load zod (about 170 ms
 * and 95 modules at every start of the CLI and of each batch worker); zod is
 * loaded only to judge a report the fast check rejects (report-judge.ts).
 */

/** The schema version written into every report; bump on breaking changes. */
export const SCHEMA_VERSION = '1';

/** The document types of `meta.documentType`. */
export const DOCUMENT_TYPES = [
  'begroting',
  'jaarrekening',
  'jaarverslag',
  'jaarstukken',
  'voorjaarsnota',
  'bestuursrapportage',
  'raadsinformatiebrief',
  'raadsvoorstel',
  'unknown',
] as const;

/** What kind of public body wrote the document (`meta.organisation.kind`). */
export const ORGANISATION_KINDS = ['gemeente', 'provincie', 'waterschap', 'gemeenschappelijke regeling'] as const;
