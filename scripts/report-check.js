#!/usr/bin/env node
/**
 * Generates src/schema/report-check.generated.ts, the fast self-check of a
 * parse, from schemas/report.schema.json with ajv's standalone code
 * generation: the validator is compiled here, at development time, so that
 * neither ajv nor a compile step runs when jaarparse starts. Run after
 * `jaarparse schema --write` (`npm run schema` does both); a test fails when
 * the generated file is stale against the schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Keywords whose value is one subschema, or a map or list of them. */
const ONE = ['items', 'additionalProperties', 'propertyNames'];
const MAP = ['properties', '$defs'];
const LIST = ['anyOf', 'oneOf', 'prefixItems'];
/** A subschema shorter than this (in JSON characters) is left in place: a call would cost more than it saves. */
const MIN_SHARED_CHARS = 200;
/**
 * A shared part with at most this many keywords (as ajv counts them, nested;
 * a point has 16, a box 16, a standard link 14) is written out again in each
 * place that uses it: every call to a generated function builds a context
 * object and a path string, three per position when its points were calls.
 * A part that refers to another (a position, a node) counts as infinitely
 * large and stays one function, so no function grows too large for V8 to
 * optimise.
 */
const INLINE_MAX_KEYWORDS = 16;

/** Calls `visit(subschema, replace)` for each direct subschema of a schema node; `replace(v)` puts v in its place. */
function forEachSubschema(node, visit) {
  for (const k of ONE) if (node[k] && typeof node[k] === 'object') visit(node[k], (v) => (node[k] = v));
  for (const k of MAP) for (const name of Object.keys(node[k] ?? {})) visit(node[k][name], (v) => (node[k][name] = v));
  for (const k of LIST) (node[k] ?? []).forEach((s, i) => visit(s, (v) => (node[k][i] = v)));
}

/**
 * The schema with every subschema that occurs more than once (zod writes
 * `position` out in full for each of the 15 node kinds) moved to `$defs` and
 * referred to: the same meaning, but ajv then generates one function for it
 * instead of a copy per place, which keeps the generated module small.
 */
function sharedOnce(schema) {
  const counts = new Map();
  const count = (node) => {
    const text = JSON.stringify(node);
    counts.set(text, (counts.get(text) ?? 0) + 1);
    forEachSubschema(node, count);
  };
  count(schema);
  const defs = new Map();
  const shared = {};
  const hoist = (node, replace) => {
    const text = JSON.stringify(node);
    if (text.length >= MIN_SHARED_CHARS && counts.get(text) > 1) {
      if (!defs.has(text)) {
        defs.set(text, `shared${defs.size}`);
        forEachSubschema(node, hoist);
        shared[defs.get(text)] = node;
      }
      replace({ $ref: `#/$defs/${defs.get(text)}` });
      return;
    }
    forEachSubschema(node, hoist);
  };
  forEachSubschema(schema, hoist);
  Object.assign(schema.$defs, shared);
  return schema;
}

/** The property every node has and a node union is looked up by. */
const TAG = 'type';

/**
 * The schema with every union of node kinds turned into a lookup by `type`
 * (ajv's `discriminator`). zod writes the node union as a `oneOf` of eight
 * leaf kinds nested in a `oneOf` with the four container kinds; ajv tries
 * every branch (a `oneOf` must rule out a second match) and builds an error
 * object for each that fails: eleven for every node. The verdict stays the same:
 * - every branch is an object that requires `type` and allows only its own
 *   strings there, and no two branches share one, so at most one branch can
 *   match: a nested `oneOf` then matches exactly when one of its branches
 *   does, and flattening it into the outer one keeps the meaning;
 * - the discriminator applies the one branch whose strings hold the value's
 *   `type`, the only branch that could match; a value whose `type` is
 *   missing, not a string or none of them matches no branch either way;
 * - `type: "object"` is added next to it because the discriminator keyword
 *   only looks at objects: it rejects what every branch rejected before
 *   (arrays, strings, null).
 * A union whose branches do not all have that form is left as it is.
 */
function unionsByType(node) {
  if (Array.isArray(node.oneOf)) {
    const branches = node.oneOf.flatMap(flatBranches);
    const tags = branches.map(tagValues);
    const all = tags.flat();
    if (tags.every((t) => t !== null) && new Set(all).size === all.length) {
      node.oneOf = branches;
      node.type ??= 'object';
      node.discriminator = { propertyName: TAG };
    }
  }
  forEachSubschema(node, unionsByType);
}

/**
 * The schema with each branch of a union looked up by `type` moved to
 * `$defs` and referred to, so that ajv writes each node kind as a function
 * of its own. Written in place, the twelve kinds made one function of 84 KB
 * of source, which V8 optimises late (a second of compile thread on a busy
 * machine) and only as a whole; as small functions, each kind is optimised
 * as soon as it is hot, and a rare kind never needs to be. The call this
 * adds per node allocates nothing (see sharedCallContext). A `$ref` checks
 * a value exactly as the subschema it points to would in its place.
 */
function kindsAsFunctions(schema) {
  const visit = (node) => {
    forEachSubschema(node, visit);
    if (!node.discriminator) return;
    node.oneOf = node.oneOf.map((branch) => {
      const name = `kind_${tagValues(branch).join('_')}`;
      schema.$defs[name] = branch;
      return { $ref: `#/$defs/${name}` };
    });
  };
  visit(schema);
}

/** A branch's own branches where it is nothing but a `oneOf`, else the branch. */
function flatBranches(branch) {
  const keys = Object.keys(branch);
  return keys.length === 1 && keys[0] === 'oneOf' ? branch.oneOf.flatMap(flatBranches) : [branch];
}

/** The strings a branch allows in `type` where it is an object that requires one, else null. */
function tagValues(branch) {
  const tag = branch.properties?.[TAG];
  if (branch.type !== 'object' || !branch.required?.includes(TAG) || !tag || tag.type !== 'string') return null;
  const values = 'const' in tag ? [tag.const] : tag.enum;
  return Array.isArray(values) && values.every((v) => typeof v === 'string') ? values : null;
}

/** Keywords that only constrain a value of one JSON type: any value of another type, null among them, passes them. */
const TYPE_SPECIFIC = new Set(['minimum', 'maximum', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items']);

/**
 * The schema with every `anyOf: [X, {type: "null"}]` (zod's `.nullable()`
 * of an integer, an enum or an object) written as X with "null" added to its
 * `type`, and to its `enum` where it has one. ajv tries the branches in turn
 * and builds an error object for the first one whenever the value is null;
 * one `type` list is one test. The verdict stays the same because every
 * other keyword of X (minimum, properties, required, …) only constrains
 * values of X's type, so null passes them, as it passed the null branch.
 * An X with any other keyword (a `$ref`, a `const`) is left as it is.
 */
function nullableByType(node) {
  forEachSubschema(node, nullableByType);
  const [x, other] = node.anyOf ?? [];
  if (node.anyOf?.length !== 2 || Object.keys(node).length !== 1 || JSON.stringify(other) !== '{"type":"null"}') return;
  if (typeof x.type !== 'string' || !Object.keys(x).every((k) => k === 'type' || k === 'enum' || TYPE_SPECIFIC.has(k))) return;
  delete node.anyOf;
  Object.assign(node, x, { type: [x.type, 'null'] }, x.enum ? { enum: [...x.enum, null] } : {});
}

/**
 * The context ajv writes into every call from one generated function to
 * another, `{instancePath:instancePath+"/children/" + i0,parentData:data26,
 * parentDataProperty:i0,rootData,dynamicAnchors}` (or with the fields passed
 * on as they are).
 */
const CALL_CONTEXT = /\{instancePath(?::[^{},]*)?,parentData(?::[^{},]*)?,parentDataProperty(?::[^{},]*)?,rootData,dynamicAnchors\}/g;
/** Schema keywords that would read a call's context (`rootData`, `dynamicAnchors`). */
const CONTEXT_KEYWORDS = /"\$(data|dynamicRef|dynamicAnchor|recursiveRef|recursiveAnchor)"/;

/**
 * The generated code with one context object shared by all its calls. ajv
 * builds a fresh one for every call (a node, a position, an observation):
 * an object and a path string each, most of what the check still
 * allocated. The verdict reads none of it: the path only goes into error
 * objects, which `fitsReportSchema` never reads (zod writes the message);
 * `rootData` and `dynamicAnchors` serve keywords this schema does not have
 * (checked here), `parentData` options this generator does not set
 * (defaults, coercion, removing keys). Throws where ajv's output no longer
 * has the expected form, so that `npm run schema` and the staleness test say so.
 */
function sharedCallContext(code, schema) {
  if (CONTEXT_KEYWORDS.test(JSON.stringify(schema))) throw new Error('report-check: the schema uses a keyword that reads the call context');
  if (!code.startsWith('"use strict";') || code.search(CALL_CONTEXT) === -1) throw new Error('report-check: ajv no longer writes its call context as sharedCallContext expects');
  return code
    .replace('"use strict";', '"use strict";const callContext = {instancePath: "", dynamicAnchors: {}};')
    .replace(CALL_CONTEXT, 'callContext');
}

/**
 * The generated module's text. Options chosen for a verdict equal to zod's:
 * `strictNumbers` rejects NaN and Infinity as zod does; `allErrors: false`
 * stops at the first problem (the message comes from zod, not from ajv);
 * `messages: false` leaves out ajv's error texts, which nothing reads;
 * `inlineRefs` inlines only the small shared parts (INLINE_MAX_KEYWORDS):
 * with every part inlined, functions grew too large for V8 to optimise
 * (7.3 ms per pass over the real excerpts' reports, against 1.0 ms shared
 * and 3.5 ms for zod);
 * `discriminator` lets ajv read the keyword `unionsByType` adds. The schema
 * is rewritten before it is compiled (union by `type` with a function per
 * kind, nullable types folded, then repeated parts shared; the committed
 * schema stays as zod wrote it),
 * and the code after (one shared call context).
 */
export function reportCheckModule() {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'report.schema.json'), 'utf8'));
  unionsByType(schema);
  kindsAsFunctions(schema);
  nullableByType(schema);
  sharedOnce(schema);
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: true, strictNumbers: true, allErrors: false, messages: false, inlineRefs: INLINE_MAX_KEYWORDS, discriminator: true });
  const code = sharedCallContext(standaloneCode(ajv, ajv.compile(schema)), schema);
  return `// @ts-nocheck
// Generated by scripts/report-check.js from schemas/report.schema.json (ajv standalone); do not edit.
${code}
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(join(root, 'src', 'schema', 'report-check.generated.ts'), reportCheckModule());
