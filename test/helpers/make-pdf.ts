/**
 * Lays out text as PDF pages for tests (pdf-lib, generated at test time):
 * each line is a list of cells at x positions, numbers right-aligned at
 * their column's right edge, as a report's tables are printed.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PdfCell {
  text: string;
  /** Left edge, or right edge when `right` is set. */
  x: number;
  right?: boolean;
}

export interface PdfLine {
  cells: PdfCell[];
  size?: number;
  /** Points from the previous line's baseline down to this one's (default: 1.6 × the previous line's size). */
  lead?: number;
}

/** One page per entry; lines run from the top down, 16 points apart (more for large text) unless a line sets its `lead`. */
export async function makePdf(pages: PdfLine[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    let y = 800;
    let step = 0;
    for (const line of lines) {
      const size = line.size ?? 10;
      y -= line.lead ?? step;
      for (const cell of line.cells) {
        const width = font.widthOfTextAtSize(cell.text, size);
        page.drawText(cell.text, { x: cell.right ? cell.x - width : cell.x, y, size, font });
      }
      step = size * 1.6;
    }
  }
  return doc.save();
}

/** A line of text at the left margin. */
export const text = (t: string, size?: number): PdfLine => (size === undefined ? { cells: [{ text: t, x: 50 }] } : { cells: [{ text: t, x: 50 }], size });

/** A table row: a label at the left, amounts right-aligned in columns 110 points apart. */
export const row = (label: string, ...amounts: string[]): PdfLine => ({
  cells: [{ text: label, x: 50 }, ...amounts.map((a, k) => ({ text: a, x: 330 + k * 110, right: true }))],
});
