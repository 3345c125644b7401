/**
 * Metadata the user knows: `--meta municipality=Wassenaar --meta year=2024`,
 * a pattern over the input path, a CSV of path → fields, or the library's
 * `meta` option. Supplied values win over what the text says; the report's
 * `meta.provenance` says which fields were supplied and which were read.
 * Pure functions; the CLI only collects the sources (see `supplied-sources.ts`).
 */
import type { DocumentType, Meta, Organisation, OrganisationKind } from '../schema/report.js';
import { DOCUMENT_TYPES, ORGANISATION_KINDS } from '../schema/words.js';
import { documentTypeOf } from '../vocabulary/document-types.js';
import { organisationKindOf } from '../vocabulary/organisations.js';
import { findMunicipality } from '../vocabulary/municipalities.js';

/** The fields a user may supply. */
export const SUPPLIED_KEYS = ['documentType', 'year', 'municipality', 'organisation', 'kind', 'title'] as const;
export type SuppliedKey = (typeof SUPPLIED_KEYS)[number];
/** Supplied meta: each field as the user wrote it (a year may be a number). */
export type SuppliedMeta = Partial<Record<SuppliedKey, string | number>>;

/** Other spellings of the keys: "type=begroting", "gemeente=Oss", "organization=…". */
const ALIASES: Record<string, SuppliedKey> = {
  documenttype: 'documentType',
  type: 'documentType',
  doctype: 'documentType',
  year: 'year',
  jaar: 'year',
  municipality: 'municipality',
  gemeente: 'municipality',
  organisation: 'organisation',
  organization: 'organisation',
  organisatie: 'organisation',
  kind: 'kind',
  organisationkind: 'kind',
  title: 'title',
  titel: 'title',
};

/** The supplied key a name means, or null. */
export function suppliedKey(name: string): SuppliedKey | null {
  return ALIASES[name.trim().toLowerCase().replace(/[-_ ]/g, '')] ?? null;
}

/**
 * Reads "key=value" (as `--meta` takes it).
 * @throws Error with a one-line message for a missing "=" or an unknown key.
 * @example parseMetaAssignment('gemeente=Wassenaar') // ['municipality', 'Wassenaar']
 */
export function parseMetaAssignment(text: string): [SuppliedKey, string] {
  const at = text.indexOf('=');
  if (at <= 0) throw new Error(`--meta takes key=value, got "${text}"`);
  const key = suppliedKey(text.slice(0, at));
  if (key === null) throw new Error(`--meta: unknown key "${text.slice(0, at)}" (keys: ${SUPPLIED_KEYS.join(', ')})`);
  return [key, text.slice(at + 1).trim()];
}

/** A supplied value that cannot be used, with the reason. */
export interface SuppliedProblem {
  key: SuppliedKey;
  message: string;
}

/** The earliest and latest year accepted: a P&C document of another century is a typing error. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Supplied values checked and in the contract's terms. */
export interface CheckedMeta {
  documentType?: DocumentType;
  year?: number;
  municipality?: string;
  organisation?: string;
  kind?: OrganisationKind;
  title?: string;
}

/**
 * Checks supplied values: a document type from the contract or a word that
 * names one ("kadernota" → voorjaarsnota), a whole year, a kind from the
 * contract; empty values are left out. Problems are returned, not thrown.
 */
export function checkSuppliedMeta(supplied: SuppliedMeta): { values: CheckedMeta; problems: SuppliedProblem[] } {
  const values: CheckedMeta = {};
  const problems: SuppliedProblem[] = [];
  for (const key of SUPPLIED_KEYS) {
    const raw = supplied[key];
    if (raw === undefined || String(raw).trim() === '') continue;
    const text = String(raw).trim();
    if (key === 'documentType') {
      const type = isOneOf(DOCUMENT_TYPES, text) ? text : documentTypeOf(text);
      if (type) values.documentType = type;
      else problems.push({ key, message: `documentType "${text}" is none of ${DOCUMENT_TYPES.join(', ')}` });
    } else if (key === 'year') {
      const year = Number(text);
      if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) values.year = year;
      else problems.push({ key, message: `year "${text}" is not a year` });
    } else if (key === 'kind') {
      const kind = isOneOf(ORGANISATION_KINDS, text) ? text : organisationKindOf(text);
      if (kind) values.kind = kind;
      else problems.push({ key, message: `kind "${text}" is none of ${ORGANISATION_KINDS.join(', ')}` });
    } else values[key] = text;
  }
  return { values, problems };
}

/**
 * The meta with the supplied values put over what the text says, their
 * provenance "supplied", and the fields where the text said otherwise.
 * A supplied municipality is the organisation (kind gemeente); a supplied
 * organisation takes its kind from `kind`, from its first word ("Waterschap
 * Rivierenland"), or from what the text said of the same name.
 * @example applySuppliedMeta(read, { municipality: 'wassenaar', year: '2024' }).meta.organisation // { name: 'Wassenaar', kind: 'gemeente' }
 */
export function applySuppliedMeta(read: Meta, supplied: SuppliedMeta): { meta: Meta; problems: SuppliedProblem[]; differences: string[] } {
  const { values, problems } = checkSuppliedMeta(supplied);
  const meta: Meta = { ...read, provenance: { ...read.provenance } };
  const differences: string[] = [];
  const differs = (key: string, text: unknown, given: unknown): void => {
    if (text !== null && text !== 'unknown' && text !== given) differences.push(`${key}: supplied ${JSON.stringify(given)}, the text says ${JSON.stringify(text)}`);
  };
  if (values.documentType) {
    differs('documentType', read.documentType, values.documentType);
    meta.documentType = values.documentType;
    meta.provenance.documentType = 'supplied';
  }
  if (values.year !== undefined) {
    differs('year', read.year, values.year);
    meta.year = values.year;
    meta.provenance.year = 'supplied';
  }
  if (values.title) {
    meta.title = values.title;
    meta.provenance.title = 'supplied';
  }
  const organisation = suppliedOrganisation(values, read.organisation);
  if (organisation) {
    differs('organisation', read.organisation?.name ?? null, organisation.name);
    meta.organisation = organisation;
    meta.municipality = organisation.name;
    meta.provenance.organisation = 'supplied';
    meta.provenance.municipality = 'supplied';
  } else if (values.kind && meta.organisation) {
    meta.organisation = { ...meta.organisation, kind: values.kind };
    meta.provenance.organisation = 'supplied';
  }
  return { meta, problems, differences };
}

function suppliedOrganisation(values: CheckedMeta, read: Organisation | null): Organisation | null {
  if (values.organisation) {
    const name = values.organisation;
    const kind = values.kind ?? organisationKindOf(name.split(/\s+/)[0]!) ?? (read?.name === name ? read.kind : null);
    return { name: kind === 'gemeente' ? (findMunicipality(name.replace(/^gemeente\s+/i, '')) ?? name) : name, kind };
  }
  if (values.municipality) {
    const name = values.municipality.replace(/^gemeente\s+/i, '');
    return { name: findMunicipality(name) ?? name, kind: values.kind ?? 'gemeente' };
  }
  return null;
}

/** Whether `text` is one of a closed list's words (and so of its type). */
function isOneOf<T extends string>(words: readonly T[], text: string): text is T {
  return (words as readonly string[]).includes(text);
}
