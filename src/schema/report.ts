/**
 * The output contract as zod schemas: the one source of truth for the shape
 * of a report. `schemas/report.schema.json` is generated from these
 * (`jaarparse schema`), and every TypeScript type of the output is inferred
 * from them with `z.infer`.
 */
import { z } from 'zod';
import { DOCUMENT_TYPES, ORGANISATION_KINDS, SCHEMA_VERSION } from './words.js';
import { registerReportJudge } from './report-judge.js';

export { SCHEMA_VERSION } from './words.js';

export const Point = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});
export type Point = z.infer<typeof Point>;

/** Where a PDF node sits on its page, in PDF points from the top-left corner. */
export const Box = z.strictObject({
  page: z.number().int().min(1),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});
export type Box = z.infer<typeof Box>;

/**
 * A unist position: lines and columns 1-based, offsets 0-based, counted in
 * the decoded input text. PDF input adds the page and bounding box.
 */
export const Position = z.strictObject({
  start: Point,
  end: Point,
  page: z.number().int().min(1).optional(),
  bbox: Box.optional(),
});
export type Position = z.infer<typeof Position>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Diagnostic = z.strictObject({
  severity: Severity,
  code: z.string(),
  message: z.string(),
  position: Position.nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

/** What kind of public body wrote the document. */
export const OrganisationKind = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/**
 * The organisation whose document it is: "Zwolle" (kind gemeente),
 * "Provincie Groningen", "Veiligheidsregio Fryslân". `kind` is null where a
 * supplied name does not say it.
 */
export const Organisation = z.strictObject({
  name: z.string(),
  kind: OrganisationKind.nullable(),
});
export type Organisation = z.infer<typeof Organisation>;

/** Where a meta field's value came from: read from the document's text, or supplied by the user. */
export const MetaOrigin = z.enum(['text', 'supplied']);
export type MetaOrigin = z.infer<typeof MetaOrigin>;

/** The origin of each meta field that has a value; a field that is unknown (null) is absent. */
export const MetaProvenance = z.strictObject({
  documentType: MetaOrigin.optional(),
  year: MetaOrigin.optional(),
  municipality: MetaOrigin.optional(),
  organisation: MetaOrigin.optional(),
  title: MetaOrigin.optional(),
});
export type MetaProvenance = z.infer<typeof MetaProvenance>;

export const Meta = z.strictObject({
  documentType: DocumentType,
  year: z.number().int().nullable(),
  /** The organisation's name (kept for compatibility; `organisation` says its kind). */
  municipality: z.string().nullable(),
  organisation: Organisation.nullable(),
  title: z.string().nullable(),
  fields: z.record(z.string(), z.string()),
  provenance: MetaProvenance,
});
export type Meta = z.infer<typeof Meta>;

export const InputFormat = z.enum(['text', 'markdown', 'html', 'pdf']);
export type InputFormat = z.infer<typeof InputFormat>;

export const Source = z.strictObject({
  name: z.string(),
  sha256: z.string(),
  bytes: z.number().int().min(0),
  encoding: z.string(),
  format: InputFormat,
  pages: z.number().int().min(0).optional(),
  /**
   * The input's path relative to the input root it was found under
   * ("2021/begroting.txt"), set by `jaarparse parse`: the `file` column of
   * exported rows, so that two "begroting.txt" stay apart.
   */
  path: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** One indicator value: the document's own cell, parsed. */
export const Observation = z.strictObject({
  label: z.string().nullable(),
  year: z.number().int().nullable(),
  raw: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  series: z.string().nullable(),
  missing: z.string().nullable(),
  qualifier: z.string().nullable().optional(),
  ratio: z.array(z.number()).optional(),
  /** A cell that gives bounds, not one number ("6,5-7", "75%-80%"): `value` is null, the bounds are here. */
  range: z.strictObject({ min: z.number(), max: z.number() }).optional(),
  measuredYear: z.number().int().nullable().optional(),
  position: Position,
});
export type Observation = z.infer<typeof Observation>;

const base = { position: Position };

/** How a link to a national standard was made, strongest first (see src/link). */
export const LinkMatch = z.enum(['code', 'name', 'normalised-name']);
export type LinkMatch = z.infer<typeof LinkMatch>;

/**
 * A link from a node to an entry of a national standard: a BBV
 * beleidsindicator (`id` its number, "21" for Banen) or an Iv3 taakveld
 * (`id` its code, "0.10"). `match` says how the link was made.
 */
export const StandardLink = z.strictObject({
  scheme: z.enum(['bbv-beleidsindicator', 'iv3-taakveld']),
  id: z.string(),
  name: z.string(),
  match: LinkMatch,
});
export type StandardLink = z.infer<typeof StandardLink>;

export const ParagraphNode = z.strictObject({ type: z.literal('paragraph'), text: z.string(), ...base });
export type ParagraphNode = z.infer<typeof ParagraphNode>;

export const ListNode = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.string()),
  /** The items' markers where they are letters or numbers ("o", "a)", "1."): words of the source too. */
  markers: z.array(z.string()).optional(),
  ...base,
});
export type ListNode = z.infer<typeof ListNode>;

export const TableNode = z.strictObject({
  type: z.literal('table'),
  /** What the table is where a recogniser read it as something (a letterhead). */
  role: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  header: z.array(z.array(z.string())),
  rows: z.array(z.array(z.string())),
  ...base,
});
export type TableNode = z.infer<typeof TableNode>;

export const HeadingNode = z.strictObject({
  type: z.literal('heading'),
  depth: z.number().int().min(1),
  text: z.string(),
  ...base,
});
export type HeadingNode = z.infer<typeof HeadingNode>;

export const IndicatorKind = z.enum(['effect', 'prestatie', 'beleid', 'other']);
export type IndicatorKind = z.infer<typeof IndicatorKind>;

export const IndicatorNode = z.strictObject({
  type: z.literal('indicator'),
  kind: IndicatorKind,
  id: z.string().nullable(),
  name: z.string(),
  source: z.string().nullable(),
  unit: z.string().nullable(),
  values: z.array(Observation),
  fields: z.record(z.string(), z.string()).optional(),
  /** The BBV beleidsindicator this indicator is, where it is one. */
  standard: StandardLink.optional(),
  ...base,
});
export type IndicatorNode = z.infer<typeof IndicatorNode>;

export const ActionNode = z.strictObject({
  type: z.literal('action'),
  id: z.string().nullable(),
  title: z.string().nullable(),
  text: z.string().nullable(),
  status: z.string().nullable().optional(),
  /** The bullet's marker where it is a letter or number ("o", "a)"). */
  marker: z.string().optional(),
  ...base,
});
export type ActionNode = z.infer<typeof ActionNode>;

export const BudgetColumn = z.strictObject({
  label: z.string(),
  year: z.number().int().nullable(),
  group: z.string().nullable().optional(),
});
export type BudgetColumn = z.infer<typeof BudgetColumn>;

export const BudgetRow = z.strictObject({
  label: z.string(),
  group: z.string().nullable().optional(),
  code: z.string().nullable().optional(),
  raw: z.array(z.string()),
  values: z.array(z.number().nullable()),
  markers: z.array(z.string().nullable()).optional(),
  /** The taakveld this row is, where it is one (by its code or its name). */
  standard: StandardLink.optional(),
  position: Position,
});
export type BudgetRow = z.infer<typeof BudgetRow>;

export const BudgetTableNode = z.strictObject({
  type: z.literal('budgetTable'),
  title: z.string().nullable(),
  currency: z.string(),
  multiplier: z.number(),
  columns: z.array(BudgetColumn),
  rows: z.array(BudgetRow),
  /** The header rows exactly as written, before broken words were joined. */
  header: z.array(z.array(z.string())).optional(),
  /** Caption and legend lines that belong to the table ("Bedragen x € 1.000"). */
  notes: z.array(z.string()).optional(),
  ...base,
});
export type BudgetTableNode = z.infer<typeof BudgetTableNode>;

export const ConnectedPartyNode = z.strictObject({
  type: z.literal('connectedParty'),
  name: z.string(),
  fields: z.record(z.string(), z.string()),
  /** Every line of the party's block as written (field labels included). */
  text: z.string().optional(),
  ...base,
});
export type ConnectedPartyNode = z.infer<typeof ConnectedPartyNode>;

/** Element nodes that carry no children. */
export const LeafNode = z.discriminatedUnion('type', [
  ParagraphNode,
  ListNode,
  TableNode,
  HeadingNode,
  IndicatorNode,
  ActionNode,
  BudgetTableNode,
  ConnectedPartyNode,
]);
export type LeafNode = z.infer<typeof LeafNode>;

export const SectionRole = z.enum([
  'goals',
  'actions',
  'costs',
  'indicators',
  'connectedParties',
  'developments',
  'other',
]);
export type SectionRole = z.infer<typeof SectionRole>;

// Container nodes are recursive, so their types are written out once here
// and the schemas below are checked against them.
export type GoalNode = {
  type: 'goal';
  id: string | null;
  title: string;
  description: string | null;
  heading?: string | undefined;
  position: Position;
  children: Node[];
};
export type SectionNode = {
  type: 'section';
  heading: string;
  role: SectionRole;
  id?: string | null | undefined;
  position: Position;
  children: Node[];
};
export type ProgrammeNode = {
  type: 'programme';
  id: string | null;
  title: string;
  heading?: string | undefined;
  position: Position;
  children: Node[];
};
/** A table a recogniser read as indicators or actions: its header as written, its rows as nodes. */
export type RecognisedTableNode = {
  type: 'indicatorTable' | 'actionTable';
  title: string | null;
  header: string[][];
  notes?: string[] | undefined;
  position: Position;
  children: Node[];
};
export type Node = LeafNode | GoalNode | SectionNode | ProgrammeNode | RecognisedTableNode;

// Container nodes are recursive; zod 4 resolves the cycle through getters.
export const GoalNode: z.ZodType<GoalNode> = z.strictObject({
  type: z.literal('goal'),
  id: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  /** The heading line(s) as written ("Doelstelling 3: …"). */
  heading: z.string().optional(),
  ...base,
  get children() {
    return z.array(Node);
  },
});
export const SectionNode: z.ZodType<SectionNode> = z.strictObject({
  type: z.literal('section'),
  heading: z.string(),
  role: SectionRole,
  id: z.string().nullable().optional(),
  ...base,
  get children() {
    return z.array(Node);
  },
});
export const ProgrammeNode: z.ZodType<ProgrammeNode> = z.strictObject({
  type: z.literal('programme'),
  id: z.string().nullable(),
  title: z.string(),
  /** The heading as written ("Programma 2 Samen leven"). */
  heading: z.string().optional(),
  ...base,
  get children() {
    return z.array(Node);
  },
});
export const RecognisedTableNode: z.ZodType<RecognisedTableNode> = z.strictObject({
  type: z.enum(['indicatorTable', 'actionTable']),
  title: z.string().nullable(),
  header: z.array(z.array(z.string())),
  notes: z.array(z.string()).optional(),
  ...base,
  get children() {
    return z.array(Node);
  },
});
// A discriminated union looks up a node's schema by its `type` instead of
// trying each member in turn, which halves the time to validate a report.
// The container schemas are typed by their (recursive) node types, so they
// are shown to the union as the plain objects with a `type` that they are.
const member = (schema: z.ZodType): z.ZodObject<{ type: z.ZodLiteral<string> }> =>
  schema as unknown as z.ZodObject<{ type: z.ZodLiteral<string> }>;
export const Node: z.ZodType<Node> = z.discriminatedUnion('type', [
  LeafNode,
  member(GoalNode),
  member(SectionNode),
  member(ProgrammeNode),
  member(RecognisedTableNode),
]) as unknown as z.ZodType<Node>;

export const Report = z.strictObject({
  type: z.literal('report'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  meta: Meta,
  children: z.array(Node),
  diagnostics: z.array(Diagnostic),
});
export type Report = z.infer<typeof Report>;

/**
 * zod's verdict on a report the fast check rejected: null when it fits after
 * all, else its first problems, for the message of the E_INTERNAL it fails with.
 */
export function judgeReport(value: unknown): string | null {
  const result = Report.safeParse(value);
  if (result.success) return null;
  return result.error.issues
    .slice(0, 3)
    .map((i) => `/${i.path.join('/')}: ${i.message}`)
    .join('; ');
}

registerReportJudge(judgeReport);
