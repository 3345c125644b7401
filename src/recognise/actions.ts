/**
 * Actions: the bullets under "Wat gaan we daarvoor doen?" / "Wat hebben we
 * daarvoor gedaan?", numbered measures ("2.3.1 Professionalisering van het
 * meldpunt" with its Toelichting), and rows of a Speerpunt | Status table.
 */
import type { ListBlock, TableBlock } from '../blocks/model.js';
import type { ActionNode, RecognisedTableNode } from '../schema/report.js';
import { texts } from '../tables/columns.js';
import type { RecogniseContext } from './context.js';
import { cover } from '../blocks/span.js';
import { STATUS } from '../vocabulary/status-words.js';

const NUMBERED = /^(\d{1,2}(?:\.\d{1,3}){1,4}|[A-Z]?\d{1,2}[.)]|[a-z][.)])\s+(\S.*)$/;

/**
 * One action per top-level bullet; deeper bullets join the text of the
 * bullet above them.
 * @example actionsFromList(list('• In 2018 vonden er trainingen plaats.'), ctx)
 */
export function actionsFromList(list: ListBlock, ctx: RecogniseContext): ActionNode[] {
  const out: ActionNode[] = [];
  let spans: ListBlock['items'][number]['span'][] = [];
  for (const item of list.items) {
    const last = out[out.length - 1];
    if (item.depth > 0 && last) {
      last.text = `${last.text ?? ''}\n${withMarker(item)}`;
      spans.push(item.span);
      last.position = ctx.pos(cover(spans));
      continue;
    }
    spans = [item.span];
    const m = NUMBERED.exec(item.text);
    const action: ActionNode = {
      type: 'action',
      id: m ? m[1]!.replace(/[.)]$/, '') : null,
      title: null,
      text: item.text,
      position: ctx.pos(item.span),
    };
    if (/[\p{L}\p{N}]/u.test(item.marker)) action.marker = item.marker;
    out.push(action);
  }
  return out;
}

/** An item's text with its marker in front when the marker is a word ("o", "a)"): it stays findable. */
export function withMarker(item: { marker: string; text: string }): string {
  return /[\p{L}\p{N}]/u.test(item.marker) ? `${item.marker} ${item.text}` : item.text;
}

const STATUS_LABEL = new RegExp(`^${STATUS}\\s*:?$`, 'i');
const ACTION_HEADER = /^(?:speerpunt(?:en)?|actie(?:s)?|activiteit(?:en)?|maatregel(?:en)?|prestatie(?:s)?|project(?:en)?|opgave|wat gaan we doen)$/i;
const STATUS_HEADER = new RegExp(`^(?:${STATUS}|planning|gereed|realisatie|toelichting)$`, 'i');

/** A table whose header names actions and their status ("Speerpunt | Status"). */
export function looksLikeActionTable(table: TableBlock): boolean {
  // Asked of every table: only the first two header cells are read, without copying the row.
  const head = table.rows[0];
  if (head === undefined || head.length < 1 || !ACTION_HEADER.test(head[0]!.text.trim())) return false;
  if (head.length < 2) return true;
  const second = head[1]!.text.trim();
  return STATUS_HEADER.test(second) || second === '';
}

/**
 * A Speerpunt | Status table: each row with a title and (when present) a
 * status starts an action; the rows after it that fill only the first cell
 * are its text (description, "Acties o.b.v. begroting:", "Stand van zaken:").
 */
export function recogniseActionTable(table: TableBlock, ctx: RecogniseContext): RecognisedTableNode | null {
  const header = table.rows.slice(0, Math.max(table.headerRows, 1));
  const body = table.rows.slice(header.length);
  const children: ActionNode[] = [];
  let current: { node: ActionNode; spans: Array<{ start: number; end: number }> } | null = null;
  // After "Stand van zaken:" and the text under it, the next row is the next speerpunt.
  let statusText = 0;
  for (const row of body) {
    const cells = row.map((c) => c.text);
    if (cells.every((t) => t === '')) continue;
    const first = cells[0] ?? '';
    const status = cells.slice(1).filter((t) => t !== '').join(' ');
    const label = STATUS_LABEL.test(first);
    const startsNew = current === null || status !== '' || statusText === 2 || isTitleLike(first, current.node);
    statusText = startsNew ? 0 : label ? 1 : statusText === 1 ? 2 : statusText;
    if (startsNew) {
      current = {
        node: { type: 'action', id: null, title: first, text: null, status: status === '' ? null : status, position: ctx.pos(cover(row.map((c) => c.span))) },
        spans: row.map((c) => c.span),
      };
      children.push(current.node);
      continue;
    }
    const node = current!.node;
    node.text = node.text === null ? cells.filter((t) => t !== '').join(' ') : `${node.text}\n${cells.filter((t) => t !== '').join(' ')}`;
    for (const c of row) current!.spans.push(c.span);
    node.position = ctx.pos(cover(current!.spans));
  }
  if (children.length === 0) return null;
  return { type: 'actionTable', title: ctx.titleAbove, header: header.map(texts), position: ctx.pos(table.span), children };
}

/** A short line without a final period after a long text: the next speerpunt's title. */
function isTitleLike(text: string, current: ActionNode): boolean {
  return current.text !== null && current.text.length > 200 && text.length <= 150 && !/[.:]$/.test(text);
}
