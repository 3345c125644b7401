/**
 * The parsed HTML page as the reader sees it: the node shape, the element
 * classes, the one stack walk over the nodes in document order, and the
 * small helpers on nodes (their source range, list markers).
 */

import type { Span } from './model.js';

/** The parts of a parsed node the reader looks at (domhandler, with indices). */
export interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  startIndex: number | null;
  endIndex: number | null;
}

/** Elements dropped unread: nothing is fetched or executed. */
export const DROP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio']);
/** Elements that end the loose text before them. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'search', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Inside these, a header or footer is the content's, not the page's. */
export const SECTIONING = new Set(['article', 'section', 'main']);
/** Bold text (a heading's evidence). */
export const BOLD = new Set(['b', 'strong']);
/** h1–h6 and the depth. */
export const HEADING = /^h([1-6])$/;
/** ARIA roles whose content is page furniture. */
export const ROLE_CLUTTER: Record<string, string> = { navigation: 'navigation', search: 'navigation', banner: 'header', contentinfo: 'footer' };

/** What to do on leaving an element, or null. */
export type Exit = (() => void) | null;
/** Returned on entering an element whose content is not read (script, br). */
export const SKIP = Symbol('skip');

/** What a walk visits: text nodes, and elements on entering them. */
export interface DomVisitor {
  text(node: DomNode): void;
  enter(el: DomNode): Exit | typeof SKIP;
}

/** Visits every node in document order without recursion. */
export function walk(root: DomNode, reader: DomVisitor): void {
  const stack: Array<{ node: DomNode; next: number; exit: Exit }> = [{ node: root, next: 0, exit: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const children = frame.node.children ?? [];
    if (frame.next < children.length) {
      const child = children[frame.next++]!;
      if (child.type === 'text') reader.text(child);
      else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const exit = reader.enter(child);
        if (exit !== SKIP) stack.push({ node: child, next: 0, exit });
      }
      continue;
    }
    stack.pop();
    frame.exit?.();
  }
}

/** The source range of a node (htmlparser2 end indices are inclusive). */
export function rangeOf(node: DomNode): Span {
  const start = node.startIndex ?? 0;
  return { start, end: node.endIndex === null ? start : node.endIndex + 1 };
}

/** An empty span just inside an element's start tag: where an empty cell is. */
export function insideStart(source: string, el: DomNode): Span {
  const start = el.startIndex ?? 0;
  const gt = source.indexOf('>', start);
  const at = gt < 0 || (el.endIndex !== null && gt > el.endIndex) ? start : gt + 1;
  return { start: at, end: at };
}

/** A list marker for the n-th item of an ordered list of the given `type`. */
export function orderedMarker(n: number, type: string): string {
  if ((type === 'a' || type === 'A') && n >= 1 && n <= 26) {
    const letter = String.fromCharCode(96 + n);
    return (type === 'A' ? letter.toUpperCase() : letter) + '.';
  }
  if ((type === 'i' || type === 'I') && n >= 1 && n < 40) {
    const roman = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
    const tens = ['', 'x', 'xx', 'xxx'];
    const r = tens[Math.floor(n / 10)]! + roman[n % 10]!;
    return (type === 'I' ? r.toUpperCase() : r) + '.';
  }
  return `${n}.`;
}
