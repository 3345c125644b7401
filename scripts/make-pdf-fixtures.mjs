#!/usr/bin/env node
/**
 * Writes the input.pdf of the PDF fixtures whose shape is geometric (where
 * each word stands on the page), with pdf-lib: the words are our own, the
 * layouts those of published begrotingen. Run it again after changing a
 * layout here; the fixtures' expected.json come from `npm run test:update`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Draws [text, x, y, size] words on one A4 page; right-aligned when x is negative (its right edge at -x). */
async function page(words) {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(0));
  doc.setModificationDate(new Date(0));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const p = doc.addPage([595, 842]);
  for (const [text, x, y, size = 8] of words) {
    const width = font.widthOfTextAtSize(text, size);
    p.drawText(text, { x: x < 0 ? -x - width : x, y, size, font });
  }
  return doc.save();
}

// Rows set at the top of their cells, 14.5 points apart like the lines of a cell; the measuring year in
// brackets under each value; the header wrapped over four lines in a smaller size.
const topAligned = await page([
  ['Beleidsindicatoren', 70, 760, 10],
  ['Nr.', 70, 720, 7], ['Beleidsindicator', 92, 720, 7], ['Eenheid', 220, 720, 7], ['Bron', 330, 720, 7],
  ['Vorige', -475, 720, 7], ['Laatst', -528, 720, 7],
  ['laatst', -475, 707.2, 7], ['bekende', -528, 707.2, 7],
  ['bekende', -475, 694.4, 7], ['realisatie', -528, 694.4, 7],
  ['realisatie', -475, 681.6, 7],
  ['31', 70, 668], ['Leerlingen met', 92, 668], ['% leerlingen', 220, 668], ['Monitor', 330, 668], ['6%', -475, 668], ['5%', -528, 668],
  ['extra zorg', 92, 653.5], ['onderwijs', 220, 653.5], ['Passend', 330, 653.5], ['(2019)', -475, 653.5], ['(2020)', -528, 653.5],
  ['Onderwijs regio', 330, 639],
  ['34', 70, 624.5], ['Inwoners met een', 92, 624.5], ['Aantal per 1.000', 220, 624.5], ['CBS', 330, 624.5], ['41,2', -475, 624.5], ['38,9', -528, 624.5],
  ['schuldhulptraject', 92, 610], ['inwoners', 220, 610], ['(2020)', -475, 610], ['(2021)', -528, 610],
  ['Toelichting', 70, 570, 9],
  ['Het aantal inwoners met een schuldhulptraject daalde in beide jaren.', 70, 555, 9],
]);
writeFileSync(join(root, 'pdf-indicator-rows-top-aligned-measuring-years', 'input.pdf'), topAligned);

// One effect indicator in a row whose cells are centred: the name over four lines, the baseline value
// on a line of its own between them, each target over a note in brackets; the header over five lines.
const centred = await page([
  ['Effectindicatoren', 70, 760, 10],
  ['Tabel 3.1 - Effectindicatoren Wonen', 70, 725],
  ['Streefwaarde', -379, 702.5], ['Streefwaarde', -445, 702.5], ['Streefwaarde', -511, 702.5],
  ['Peilwaarde', -313, 695.2],
  ['Effectindicator', 126, 687.8], ['Begroting', -379, 687.8], ['Begroting', -445, 687.8], ['Begroting', -511, 687.8],
  ['(2023)', -313, 680.5],
  ['2025', -379, 673.3], ['2026', -445, 673.3], ['2027', -511, 673.3],
  ['Aantal sociale huurwoningen', 70, 650.8],
  ['(met de woningen die de', 70, 636.2], ['4.120', -379, 636.2], ['4.185', -445, 636.2], ['4.240', -511, 636.2],
  ['4.060', -313, 628.9],
  ['corporaties in 2025 opleveren', 70, 621.6], ['(plus 60)', -379, 621.6], ['(plus 65)', -445, 621.6], ['(plus 55)', -511, 621.6],
  ['meegeteld)', 70, 607.1],
  ['Wat gaat het kosten?', 70, 565, 10],
]);
writeFileSync(join(root, 'pdf-indicator-row-centred-baseline-line', 'input.pdf'), centred);
