/**
 * A note column after the amount columns: the header's last word names a
 * column of remarks ("Toelichting", "Opmerking") and the rows fill it now and
 * then. Written one cell per line, a row's note is the text right after its
 * last amount; it is told from a group line over the next row by the row
 * that follows: a note stands between a full row of amounts and the next
 * row's own label, so two texts come before the next amounts.
 *
 *   Rekening 2019 ⏎ Begroting 2020 ⏎ Toelichting ⏎
 *   Formatie: aantal FTE ⏎ 1.209 ⏎ 1.214 ⏎ exclusief griffie ⏎
 *   Formatieruimte (aantal FTE) ⏎ 6 ⏎ 121 ⏎ …
 *   → Formatie: aantal FTE | 1.209 | 1.214 | exclusief griffie
 *     Formatieruimte (aantal FTE) | 6 | 121 |
 *
 * A note may be a sentence of explanation longer than any label; it is
 * still the row's note when a row follows it.
 */
import type { Cell } from '../../blocks/model.js';
import { descriptorRole } from '../../vocabulary/column-words.js';
import { opensColumns } from './header-grid.js';
import type { CellClass } from './cell-class.js';

/** Whether the header cells end in a note column after at least one amount column word. */
export function endsInNoteColumn(header: Cell[]): boolean {
  const last = header[header.length - 1];
  if (!last || descriptorRole(last.text) !== 'note') return false;
  return header.slice(0, -1).some((c) => opensColumns(c.text));
}

/**
 * Whether the cell at `k`, right after a full row of amounts, is that row's
 * note: a text, and after it a label with amounts (the next row).
 */
export function isNoteAt(classes: CellClass[], k: number): boolean {
  // The next row's label may state its unit ("Inhuur derden (x € 1 mln.)"), which reads as a caption alone.
  if (classes[k] !== 'text' || (classes[k + 1] !== 'text' && classes[k + 1] !== 'caption')) return false;
  const after = classes[k + 2];
  return after === 'value' || after === 'year' || after === 'marker';
}
