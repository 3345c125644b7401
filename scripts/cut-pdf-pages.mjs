#!/usr/bin/env node
/**
 * Cut a page excerpt out of a PDF: the pages are copied unchanged (content
 * streams, fonts, text layer) into a new PDF, so the excerpt reads exactly as
 * the source does. Used to build corpus/real/pdf/ from published documents.
 *
 * Usage: node scripts/cut-pdf-pages.mjs SOURCE.pdf FIRST LAST OUT.pdf
 *   FIRST and LAST are 1-based page numbers, inclusive.
 * Example: node scripts/cut-pdf-pages.mjs wassenaar_begroting_2024.pdf 45 46 \
 *            corpus/real/pdf/wassenaar_begroting_2024-p045-046.pdf
 */
import { readFile, writeFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";

const [source, firstArg, lastArg, out] = process.argv.slice(2);
if (!source || !firstArg || !lastArg || !out) {
  console.error("usage: cut-pdf-pages.mjs SOURCE.pdf FIRST LAST OUT.pdf");
  process.exit(2);
}
const first = Number(firstArg);
const last = Number(lastArg);
const src = await PDFDocument.load(await readFile(source), { updateMetadata: false });
const count = src.getPageCount();
if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first || last > count) {
  console.error(`page range ${firstArg}-${lastArg} is not inside 1-${count}`);
  process.exit(2);
}
const dst = await PDFDocument.create({ updateMetadata: false });
const indices = Array.from({ length: last - first + 1 }, (_, k) => first - 1 + k);
for (const page of await dst.copyPages(src, indices)) dst.addPage(page);
// No metadata is added: pdf-lib would otherwise stamp its own producer and dates.
await writeFile(out, await dst.save({ useObjectStreams: true }));
console.log(`${out}: pages ${first}-${last} of ${count}`);
