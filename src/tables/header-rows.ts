/**
 * Splits a table into header rows, body rows and trailing note rows. Markup
 * says how many header rows there are when it can (`---|---`, `<thead>`);
 * otherwise leading rows without values are header, and a following row of
 * only years joins them (the second header row of `| 2021 | 2022 |`).
 */
import type { Cell, TableBlock } from '../blocks/model.js';
import { parseMultiplier } from '../values/index.js';
import { isAmountText } from '../values/value-like.js';
import { isYearRow } from './columns.js';
import { memoPerObject } from '../vocabulary/memo.js';
import { cellAt } from '../blocks/cell.js';

export interface SplitTable {
  header: Cell[][];
  body: Cell[][];
  /** One-cell rows at the end that are captions or legends ("Bedragen x € 1.000"). */
  notes: Cell[];
}

const LEGEND = /^(?:[#*¹²³]\s*[=:]|bron:|noot:|toelichting:|\*\s)/i;

/**
 * A row under the header that only continues its words ("| | begroting |
 * wijziging |"): no values, and every filled cell starts in lower case.
 */
function isContinuationRow(row: Cell[]): boolean {
  const filled = row.filter((c) => c.text !== '');
  return filled.length > 0 && !hasValues(row) && filled.every((c) => /^[a-zà-ÿ]/.test(c.text));
}

/** A header cell spanning two header rows appears in both; keep it once, in the upper row. */
function dropRowspanCopies(header: Cell[][]): Cell[][] {
  // Built by push, not map: `map` makes holey arrays and the rows read from
  // the text are packed, and every recogniser meeting both is recompiled.
  const out: Cell[][] = header.slice(0, 1);
  for (let r = 1; r < header.length; r++) {
    const row: Cell[] = [];
    for (const [c, cell] of header[r]!.entries()) {
      const above = header[r - 1]![c];
      row.push(above && above.text !== '' && above.span.start === cell.span.start && above.span.end === cell.span.end ? cellAt('', cell.span) : cell);
    }
    out.push(row);
  }
  return out;
}

function hasValues(row: Cell[]): boolean {
  return row.some((c) => isAmountText(c.text));
}

/** See the module comment. Recognisers ask for the same table's split in turn; a block never changes once read. */
export const splitHeader: (table: TableBlock) => SplitTable = memoPerObject(splitHeaderUncached);

function splitHeaderUncached(table: TableBlock): SplitTable {
  const rows = table.rows;
  let h = table.headerRows;
  if (h === 0) {
    while (h < rows.length - 1 && h < 3 && !hasValues(rows[h]!)) h++;
    if (h === rows.length - 1 && !hasValues(rows[h]!)) h = 0;
  }
  while (h < rows.length - 1 && (isYearRow(rows[h]!.map((c) => c.text)) || (h > 0 && isContinuationRow(rows[h]!)))) h++;
  const header = dropRowspanCopies(rows.slice(0, h));
  let end = rows.length;
  const notes: Cell[] = [];
  while (end > h + 1) {
    const row = rows[end - 1]!.filter((c) => c.text !== '');
    if (row.length !== 1) break;
    const text = row[0]!.text;
    if (parseMultiplier(text) === null && !LEGEND.test(text)) break;
    notes.unshift(row[0]!);
    end--;
  }
  return { header, body: rows.slice(h, end), notes };
}
