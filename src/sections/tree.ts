/**
 * Builds the report tree from blocks, in one pass, in order: headings open
 * programmes, goals and sections in the outline (`outline.ts`,
 * `open-heading.ts`), and every other block goes to the first rule of its
 * ordered list that claims it (`recognise/rules/index.ts`). Passes shaped
 * `(tree) => tree` finish the tree after the build.
 */
import type { Block, ParagraphBlock } from '../blocks/model.js';
import type { Node } from '../schema/report.js';
import { asListedProgramme, classifyHeading, isHeadingCandidate, programmeOverview, type HeadingKind } from '../recognise/headings.js';
import type { RecogniseContext } from '../recognise/context.js';
import { linesField } from '../recognise/letter-meta.js';
import { parseMultiplier } from '../values/index.js';
import { applyRules } from '../recognise/rules/rule.js';
import { LIST_RULES, PARAGRAPH_RULES, TABLE_RULES } from '../recognise/rules/index.js';
import { TreeBuild } from './tree-build.js';
import { goalReferences } from './goal-references.js';
import { repeatedActions } from './repeated-actions.js';
import { childrenAtTheirLength } from './children-at-length.js';
import { lineCount } from '../blocks/one-line-paragraph.js';

export interface TreeResult {
  children: Node[];
  /** Letterhead fields found in tables or "Key: value" lines. */
  fields: Record<string, string>;
  /** Heading texts in order (evidence for the document's meta). */
  headings: TreeBuild['headings'];
}

/**
 * Builds the tree. `base` supplies positions and reporting.
 *
 * The tree takes the blocks over: each entry of `blocks` is cleared once it is
 * read, so that the blocks of a large document are collected while the tree
 * grows instead of both being held at the end (a third of the peak memory of
 * a 100 MB file).
 */
export function buildTree(blocks: Array<Block | undefined>, base: Pick<RecogniseContext, 'pos' | 'report'>): TreeResult {
  const t = new TreeBuild(blocks, base);
  const overview = programmeOverview(blocks);
  const classify = (text: string, i: number): HeadingKind =>
    overview !== null && i >= overview.end ? asListedProgramme(classifyHeading(text), overview) : classifyHeading(text);

  for (t.at = 0; t.at < blocks.length; t.at++) {
    const i = t.at;
    if (overview !== null && i === overview.lines) {
      // "1. Bestuur en dienstverlening" / "2. Veiligheid" under "… programma's:": the list of programmes, no headings.
      t.emit(overviewList(t, blocks.slice(i, overview.end) as ParagraphBlock[]));
      for (let k = i; k < overview.end; k++) blocks[k] = undefined;
      t.at = overview.end - 1;
      t.titleAbove = null;
      continue;
    }
    const block = blocks[i]!;
    blocks[i] = undefined;
    const next = blocks[i + 1];
    switch (block.kind) {
      case 'clutter':
        t.emit({ type: 'paragraph', text: block.text, position: t.pos(block.span) });
        continue;
      case 'heading':
        t.takeHeading(block, classify(block.text, i), block.depth, listFollows(blocks, i + 1));
        continue;
      case 'paragraph': {
        const candidate = isHeadingCandidate(block, next);
        t.look = { candidate, heading: candidate ? classify(block.text, i) : null, field: linesField(block) };
        applyRules(PARAGRAPH_RULES, block, next, t);
        continue;
      }
      case 'list':
        applyRules(LIST_RULES, block, next, t);
        continue;
      case 'table': {
        t.openParty = null;
        const below = next && next.kind === 'paragraph' && lineCount(next) === 1 && parseMultiplier(next.text) ? next.text : null;
        const captionRightAbove = t.captionAboveAt === i - 1;
        t.table = t.recogniseContext(below ?? t.captionAbove, below ?? (captionRightAbove ? t.captionAbove : null));
        t.captionAbove = null;
        applyRules(TABLE_RULES, block, next, t);
        t.titleAbove = null;
        t.fieldsAbove = {};
        continue;
      }
    }
  }
  t.partyLists.restore();
  t.outline.closeAll();
  const children = afterBuild(t).reduce((tree, pass) => pass(tree), t.outline.root.children);
  return { children, fields: t.fields, headings: t.headings };
}

/** The passes after the build, in order. */
function afterBuild(t: TreeBuild): Array<(tree: Node[]) => Node[]> {
  return [goalReferences(t.references), repeatedActions, childrenAtTheirLength];
}

function overviewList(t: TreeBuild, lines: ParagraphBlock[]): Node {
  const entries = lines.map((l) => /^(\S+)\s+(.*)$/.exec(l.text.trim())!);
  const position = t.pos({ start: lines[0]!.span.start, end: lines[lines.length - 1]!.span.end });
  return { type: 'list', ordered: true, items: entries.map((m) => m[2]!), markers: entries.map((m) => m[1]!), position };
}

/** A list right below a heading, or below the one paragraph that leads into it ("We hebben:"). */
function listFollows(blocks: ReadonlyArray<Block | undefined>, from: number): boolean {
  const next = blocks[from];
  if (next?.kind === 'list') return true;
  return next?.kind === 'paragraph' && lineCount(next) === 1 && next.text.endsWith(':') && blocks[from + 1]?.kind === 'list';
}
