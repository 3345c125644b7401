/**
 * Indicator tables: one indicator per data row, one observation per value
 * column, the column word and year from the header (see tables/columns.ts).
 *
 * @example
 *   Prestatie-indicatoren
 *   Indicator | Nulmeting | Realisatie 2021 | Begroting 2022
 *   Bereik jongerenwerk | 2.180 | 2.190 | 2.200
 *   → indicator "Bereik jongerenwerk" (prestatie) with nulmeting 2180, realisatie 2021 2190, begroting 2022 2200
 */
import { pushAll, tableWidth } from '../blocks/table-width.js';
import type { Cell, Span, TableBlock } from '../blocks/model.js';
import type { IndicatorKind, IndicatorNode, Observation, RecognisedTableNode } from '../schema/report.js';
import { isYear, parseValue, type ParsedValue } from '../values/index.js';
import { columnLabel, seriesColumn } from '../vocabulary/column-words.js';
import { readColumns, texts, type Column } from '../tables/columns.js';
import { splitHeader } from '../tables/header-rows.js';
import type { RecogniseContext } from './context.js';
import { cover } from '../blocks/span.js';
import { indicatorKindOf } from '../vocabulary/sections.js';
import { CARD_UNIT } from '../vocabulary/card-fields.js';
import { isBareGroupRow } from './indicator-group-row.js';
import { splitLabelColumns } from '../tables/label-columns.js';
import { unitFromName } from '../vocabulary/name-units.js';
import { lastRowIsSum, rowIsShare } from './rows-compute.js';
import { filledArray } from '../vocabulary/filled-array.js';

const MEASURED = /^(?:laatste meting|realisatie|nulmeting|meting)$/;
/** An indicator's number, captured without its brackets or dot: "3.1", "(23)", "5a", "13.1.a", "29.". */
const ID_NUMBER = String.raw`\(?(\d{1,2}(?:\.\d{1,2}){0,3}(?:\.?[a-z])?)\)?[.:)]?`;
/** An indicator's number before its name. */
const ID_PREFIX = new RegExp(`^${ID_NUMBER}\\s+(?=\\S)`);
/** A piece of a label that is an indicator's number only. */
const ID_ALONE = new RegExp(`^${ID_NUMBER}$`);

/** True when the table's value columns read as indicator observations. */
export function looksLikeIndicatorTable(columns: Column[]): boolean {
  const values = columns.filter((c) => c.role === 'value');
  if (values.length === 0) return false;
  // A column word of the vocabulary or a year, not just any header over numbers ("Bijdrage").
  return values.some((c) => c.year !== null || c.series !== null || (c.label !== null && columnLabel(c.header) !== null));
}

/**
 * Reads an indicator table into an `indicatorTable` node holding one
 * `indicator` per row, or null when the table has no value columns.
 */
export function recogniseIndicatorTable(table: TableBlock, ctx: RecogniseContext): RecognisedTableNode | null {
  const { header, body: rows, notes } = splitHeader(table);
  if (rows.length === 0) return null;
  const body = splitLabelColumns(Math.max(0, ...header.map((r) => r.length)), rows);
  const width = tableWidth(body);
  const reading = readColumns(header.map(texts), body.map(texts), width);
  const columns = reading.columns;
  if (!looksLikeIndicatorTable(columns) && ctx.role !== 'indicators' && ctx.indicatorKind === null) return null;
  const parse = cellParser();
  if (rowsComputeAmounts(body, columns, parse)) return null;
  for (const problem of reading.problems) ctx.report('warning', 'indicator.header-mismatch', problem, table.span);
  const children: IndicatorNode[] = [];
  let current: IndicatorNode | null = null;
  /** A group row ("Effectindicatoren") above: the kind of the rows under it, and its words. */
  let group: { kind: IndicatorKind | null; text: string; span: Span | null } | null = null;
  const valueColumns = columns.filter((c) => c.role === 'value').length;
  const filledRows = body.filter((row) => !row.every((c) => c.text === ''));
  const unplaced: string[] = [];
  // Each row's group kind and series, looked at once: the loop asks them of a row and of the row after it.
  const kinds = filledRows.map(groupRowKind);
  const seriesOf = filledRows.map(seriesRow);
  for (const [k, row] of filledRows.entries()) {
    const kind = kinds[k] ?? null;
    // A group row heads rows; one with no indicator row right under it stays a row of its own.
    const heads = filledRows[k + 1] !== undefined && kinds[k + 1] === null;
    if (kind && heads) {
      const cell = row.find((c) => c.text !== '')!;
      keepUnheaded(group, unplaced);
      group = { kind, text: cell.text, span: cell.span };
      current = null;
      continue;
    }
    if (!kind && seriesOf[k] === null && isBareGroupRow(row, filledRows[k + 1], valueColumns)) {
      // A name alone over rows of values heads them; the kind of an earlier group row goes on.
      keepUnheaded(group, unplaced);
      group = { kind: group?.kind ?? null, text: row[0]!.text, span: row[0]!.span };
      current = null;
      continue;
    }
    const series = seriesOf[k] ?? null;
    // A head row (name, unit, source) over its comparison rows has no amount cells of its own.
    const head = series === null && filledRows[k + 1] !== undefined && seriesOf[k + 1] !== null &&
      row.every((c, i) => c.text === '' || columns[i]?.role !== 'value');
    if (row.length !== width && !head) {
      const unplaced = series !== null && current !== null && row.length < width;
      const why = unplaced ? ': which column is empty is unknown, so its values are kept as text in the indicator\'s fields' : '';
      ctx.report('warning', 'indicator.cell-count', `row has ${row.length} cells, the table ${width}${why}`, cover(row.map((c) => c.span)));
    }
    if (series && !current && ctx.titleAbove) {
      // A comparison table under the indicator's name: Gemeente / Provincie / Nederland rows.
      current = namedIndicator(ctx.titleAbove, row, ctx);
      children.push(current);
    }
    if (series && current) {
      // A comparison row short of cells ("Neder-Betuwe | 202 | 193 | 208 | 199" under five years) does not say
      // which year it lacks: its cells stay as text, with the warning above, rather than under guessed years.
      const short = row.length < width;
      const values = short ? [] : observations(row, columns, series, ctx, parse);
      // A comparison row cut off after its label keeps the label; so does one named otherwise than its
      // series ("Neder-Betuwe" for gemeente, "Landelijk" for nederland), so that its words stay in the report.
      const label = row[0]!.text;
      if (short) current.fields = { ...current.fields, [`reeks ${series}`]: row.filter((c) => c.text !== '').map((c) => c.text).join(' | ') };
      else if (values.length === 0 || label.trim().toLowerCase() !== series) current.fields = { ...current.fields, [`reeks ${series}`]: label };
      pushAll(current.values, values);
      current.position = ctx.pos(cover([spanOf(current, row)]));
      continue;
    }
    const node = indicatorFromRow(row, columns, ctx, parse);
    // A row that makes no indicator (a group row that heads nothing, last in its table) keeps its words as a note.
    if (!node) unplaced.push(row.map((c) => c.text).filter((t) => t !== '').join(' '));
    if (node) {
      if (group) {
        if (group.kind) node.kind = group.kind;
        // The group row's words stay with the rows it heads, so that nothing of the table is lost.
        node.fields = { ...node.fields, groep: group.text };
        // The first row under the group row also covers it, so that its line lies in a node.
        if (group.span) {
          node.position = ctx.pos({ start: group.span.start, end: node.position.end.offset });
          group.span = null;
        }
      }
      children.push(node);
      current = node;
    }
  }
  if (children.length === 0) return null;
  // A comparison indicator gets its values row by row; their one unit is its unit, as for a row.
  // Else the unit the name states ("Werkloze jongeren (%)", "… per 1.000 inwoners").
  for (const child of children) child.unit ??= singleUnit(child.values) ?? unitFromName(child.name);
  const node: RecognisedTableNode = {
    type: 'indicatorTable',
    title: ctx.titleAbove,
    header: header.map(texts),
    position: ctx.pos(table.span),
    children,
  };
  const allNotes = [...notes.map((c) => c.text), ...unplaced.filter((t) => t !== '')];
  if (allNotes.length > 0) node.notes = allNotes;
  return node;
}

/** Reads a value cell; the same cell read again gets the same reading. */
type CellParser = (cell: Cell | undefined) => ParsedValue;

/**
 * A parser for one table's cells that reads each cell once: the test for
 * rows that compute each other and the observations read the same value cells.
 */
function cellParser(): CellParser {
  // A Map, not a WeakMap (memoPerObject): it lives only while the table is read, and a WeakMap entry per cell cost the
  // collector more than the Map's.
  const read = new Map<Cell, ParsedValue>();
  return (cell) => {
    if (cell === undefined) return parseValue('');
    let parsed = read.get(cell);
    if (parsed === undefined) {
      parsed = parseValue(cell.text);
      read.set(cell, parsed);
    }
    return parsed;
  };
}

/** A group row that no indicator row took (the next group row followed it) keeps its words as a note of the table. */
function keepUnheaded(group: { text: string; span: Span | null } | null, notes: string[]): void {
  if (group && group.span !== null) notes.push(group.text);
}

/**
 * A row that only names a kind of indicator ("Effectindicatoren",
 * "Prestatie-indicatoren") heads the rows under it; it is no indicator.
 */
function groupRowKind(row: Cell[]): IndicatorKind | null {
  // The one filled cell, found without gathering the filled cells: most rows have several and are settled at the second.
  let only: Cell | null = null;
  for (let k = 0; k < row.length; k++) {
    if (row[k]!.text === '') continue;
    if (only !== null) return null;
    only = row[k]!;
  }
  if (only === null || (only !== row[0] && only !== row[1])) return null;
  const text = only.text.trim();
  return text.length <= 60 ? indicatorKindOf(text) : null;
}

/**
 * Footnote marks after a name ("jeugdhulp**", "Banen¹") point to a note
 * under the table; they are no part of the name. A number in brackets
 * ("Banen (21)") is the indicator's own and stays.
 */
const FOOTNOTE_MARK = /\s*(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$/u;

function spanOf(node: IndicatorNode, row: Cell[]): { start: number; end: number } {
  let end = node.position.end.offset;
  for (const c of row) if (c.span.end > end) end = c.span.end;
  return { start: node.position.start.offset, end };
}

/** A comparison row ("Gemeente | 12,5 | 13,1") under an indicator: its series. */
function seriesRow(row: Cell[]): string | null {
  const first = row[0]?.text ?? '';
  // "Neder-Betuwe | 669,8 …" beside "Landelijk | 740,1 …": the municipality's own name is its series.
  return first.length <= 40 ? seriesColumn(first) : null;
}

function indicatorFromRow(row: Cell[], columns: Column[], ctx: RecogniseContext, parse: CellParser): IndicatorNode | null {
  // Pushed, not mapped: an optimised `map` makes a holey array, the builtin a packed one, and `cover` deoptimised.
  const rowSpans: Span[] = [];
  for (const c of row) rowSpans.push(c.span);
  let id: string | null = null;
  let name = '';
  let source: string | null = null;
  let unit: string | null = null;
  const fields: Record<string, string> = {};
  /** Keeps a cell under its column header, numbering repeated headers. */
  const addField = (col: Column, text: string): void => {
    const base = col.header || (col.role === 'source' ? 'Bron' : col.role);
    let key = base;
    for (let n = 2; key in fields; n++) key = `${base} (${n})`;
    fields[key] = text;
  };
  columns.forEach((col, c) => {
    const text = row[c]?.text ?? '';
    if (text === '') return;
    switch (col.role) {
      case 'id':
        if (id === null) id = text.replace(/^\((.*)\)$/, '$1');
        else addField(col, text);
        break;
      case 'name':
        name = name === '' ? text : `${name} ${text}`;
        break;
      case 'source':
        // Also under its header in fields: `source` is the contract's name, the header word is the document's.
        if (source === null) source = text;
        addField(col, text);
        break;
      case 'unit':
        if (unit === null) unit = text;
        else addField(col, text);
        break;
      case 'value':
        break;
      default:
        addField(col, text);
    }
  });
  if (name === '') {
    const firstText = row.find((c, k) => columns[k]?.role !== 'value' && c.text !== '');
    // A card: the name is the heading above, the table only has the values. Without either the name
    // stays empty: the row's cells are still kept, as the observations' raw text.
    name = firstText ? firstText.text : ctx.titleAbove ?? '';
  }
  name = name.replace(FOOTNOTE_MARK, '');
  const m = id === null ? ID_PREFIX.exec(name) : null;
  if (m && m[0].length < name.length) {
    id = m[1]!;
    name = name.slice(m[0].length);
  }
  // "29.   Jongeren met jeugdhulp      % van alle jongeren tot 18 jaar   CBS": a label that still holds
  // column gaps (a piece of a table whose header did not come with it) names the row by its first piece of words.
  if (/\S {3,}\S/.test(name)) {
    const pieces = name.split(/ {3,}/).map((p) => p.trim()).filter((p) => p !== '');
    const own = pieces.findIndex((p) => !ID_ALONE.test(p));
    if (own >= 0) {
      pieces.slice(0, own).forEach((p, k) => {
        if (id === null) id = ID_ALONE.exec(p)![1]!;
        else fields[k === 0 ? 'nummer' : `nummer ${k + 1}`] = p;
      });
      pieces.slice(own + 1).forEach((p, k) => (fields[`kolom ${k + 2}`] = p));
      name = pieces[own]!;
    }
  }
  if (!row.some((c, k) => columns[k]?.role !== 'value' && c.text !== '')) {
    const m = ID_PREFIX.exec(name);
    if (m && id === null) {
      id = m[1]!;
      name = name.slice(m[0].length);
    }
    source ??= ctx.fieldsAbove['bron'] ?? null;
    unit ??= ctx.fieldsAbove[CARD_UNIT] ?? null;
    if (ctx.titleSpan) rowSpans.unshift(ctx.titleSpan);
  }
  const values = observations(row, columns, null, ctx, parse, measuringYears(row, columns));
  const node: IndicatorNode = {
    type: 'indicator',
    kind: ctx.indicatorKind ?? nameHeaderKind(columns) ?? 'other',
    id,
    name,
    source,
    unit: unit ?? singleUnit(values),
    values,
    position: ctx.pos(cover(rowSpans)),
  };
  if (Object.keys(fields).length > 0) node.fields = fields;
  return node;
}

/**
 * A table under years or its own title only (no column word such as
 * Realisatie or Streefwaarde) whose rows compute each other holds amounts,
 * not indicators (see rows-compute.ts): "Ruimte onder de renterisiconorm"
 * is "in bedrag" minus the aflossingen, in every year.
 */
function rowsComputeAmounts(body: Cell[][], columns: Column[], parse: CellParser): boolean {
  const valueCols = columns.flatMap((c, k) => (c.role === 'value' ? [k] : []));
  if (valueCols.length === 0 || columns.some((c) => c.role === 'value' && columnLabel(c.header) !== null)) return false;
  const percentRows = new Set<number>();
  const numbers = body.map((row, r) =>
    valueCols.map((k) => {
      const parsed = parse(row[k]);
      if (parsed.unit === '%') percentRows.add(r);
      return parsed.value;
    }),
  );
  return lastRowIsSum(numbers) || rowIsShare(numbers, percentRows);
}

/**
 * "Prestatie-indicator | Doel begroting 2023 | Realisatie": the name column's
 * header says the kind of its rows when no heading above has said it.
 */
function nameHeaderKind(columns: Column[]): IndicatorKind | null {
  const nameColumn = columns.find((c) => c.role === 'name');
  return nameColumn ? indicatorKindOf(nameColumn.header) : null;
}

/** The unit all values that have one share ("%"), or null. */
function singleUnit(values: Observation[]): string | null {
  let unit: string | null = null;
  for (const v of values) {
    if (v.unit === null) continue;
    if (unit !== null && v.unit !== unit) return null;
    unit = v.unit;
  }
  return unit;
}

/** An indicator named by the line above its table (comparison and card layouts). */
function namedIndicator(titleAbove: string, row: Cell[], ctx: RecogniseContext): IndicatorNode {
  const title = titleAbove.replace(FOOTNOTE_MARK, '');
  const m = ID_PREFIX.exec(title);
  return {
    type: 'indicator',
    kind: ctx.indicatorKind ?? 'other',
    id: m ? m[1]! : null,
    name: m ? title.slice(m[0].length) : title,
    source: ctx.fieldsAbove['bron'] ?? null,
    unit: ctx.fieldsAbove[CARD_UNIT] ?? null,
    values: [],
    position: ctx.pos(cover([...(ctx.titleSpan ? [ctx.titleSpan] : []), ...row.map((c) => c.span)])),
  };
}

/**
 * "Laatste meting | Meetjaar": the row's own measuring year for each measured value column without a year.
 * Only a column headed as a measuring year ("Meetjaar", "Jaar") dates measurements; a value column that
 * turned out to hold years ("Nulmeting | 2016") belongs to its own word, not to the others. A measured
 * column takes the measuring year right after it ("Nulmeting | Meetjaar | Laatste meting | Meetjaar"),
 * else the row's first.
 */
function measuringYears(row: Cell[], columns: Column[]): Array<number | null> {
  const isPeriod = (c: number): boolean => columns[c]?.role === 'period' && columns[c]!.label === null;
  let first: number | null = null;
  for (let c = 0; c < columns.length && first === null; c++) if (isPeriod(c)) first = isYear(row[c]?.text ?? '');
  if (first === null) return NO_YEARS;
  return filledArray(columns.length, (c) => {
    const col = columns[c]!;
    if (col.role !== 'value' || col.year !== null) return null;
    // "Periode | Lochem | Nederland": both areas are compared over the row's period.
    if (col.series !== null) return first;
    if (col.label === null || !MEASURED.test(col.label)) return null;
    return isPeriod(c + 1) ? isYear(row[c + 1]?.text ?? '') : first;
  });
}
const NO_YEARS: Array<number | null> = [];

function observations(
  row: Cell[],
  columns: Column[],
  series: string | null,
  ctx: RecogniseContext,
  parse: CellParser,
  measured: Array<number | null> = [],
): Observation[] {
  const out: Observation[] = [];
  columns.forEach((col, c) => {
    // A comparison row (Gemeente | … ) is all values after its series label; under a head row its label
    // columns are empty ("Neder-Betuwe | | | 669,8"), and an empty cell there is no value.
    if (col.role !== 'value' && !(series !== null && c > 0)) return;
    const cell = row[c];
    if (!cell || (col.role !== 'value' && cell.text === '')) return;
    const parsed = parse(cell);
    const obs: Observation = {
      label: col.label,
      // "365 (2022)": the cell's own measuring year dates the value, before the column's ("Resultaat 2023").
      year: parsed.measuredYear ?? col.year ?? measured[c] ?? null,
      raw: parsed.raw,
      value: parsed.value,
      unit: parsed.unit,
      series: col.series ?? series,
      missing: parsed.value === null && parsed.ratio === undefined ? parsed.missing ?? (parsed.raw === '' ? 'empty' : null) : null,
      position: ctx.pos(cell.span),
    };
    if (parsed.qualifier) obs.qualifier = parsed.qualifier;
    if (parsed.ratio) obs.ratio = parsed.ratio;
    // "6,5-7": bounds, not one number; value stays null (see Observation.range).
    if (parsed.range) obs.range = { min: parsed.range[0], max: parsed.range[1] };
    if (parsed.measuredYear != null) obs.measuredYear = parsed.measuredYear;
    out.push(obs);
  });
  // A copy at its length: grown by push, the array keeps room for 17 values where a row has one or two, and every
  // indicator's values are kept with the report (about 20 MB of slack in the tree of 100 MB of real text).
  return out.slice();
}
