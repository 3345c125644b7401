import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/blocks/html.js';
import { isStandalone } from '../src/blocks/html-text.js';
import { units as unitsOf } from './helpers/units.js';
import type { Block, TableBlock } from '../src/blocks/model.js';


function tables(blocks: Block[]): TableBlock[] {
  return blocks.filter((b): b is TableBlock => b.kind === 'table');
}

function texts(rows: TableBlock['rows']): string[][] {
  return rows.map((r) => r.map((c) => c.text));
}

/** The text of a block that has one (a list or table gives ""). */
function textOf(b: Block): string {
  return b.kind === 'table' || b.kind === 'list' ? '' : b.text;
}

function allText(blocks: Block[]): string {
  return unitsOf(blocks, { paragraphStart: true }).map((u) => u.text).join('\n');
}

const PAGE = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Programma 2 Sociaal domein</title>
<style>.x { content: "stijlgeheim"; }</style></head>
<body>
<header class="site"><a href="/">Jaarstukken 2021</a> <a href="/zoeken">Zoeken</a></header>
<nav><ul><li><a href="#p1">Programma 1 Bestuur</a></li><li><a href="#p2">Programma 2 Sociaal domein</a></li></ul></nav>
<main>
<h1>Programma 2 Sociaal domein</h1>
<p>Terug naar navigatie - Programma 2</p>
<h2>Wat willen we bereiken?</h2>
<p><strong>Doelstelling 2: Inwoners doen mee</strong></p>
<p>Wij willen dat inwoners&nbsp;zo lang mogelijk zelfstandig&nbsp;thuis wonen &amp; meedoen.<br>Daarvoor werken we samen met partners.</p>
<table class="indicatoren">
<caption>Effectindicatoren</caption>
<thead>
<tr><th rowspan="2">Indicator</th><th colspan="3">Realisatie</th><th colspan="2">Begroting</th></tr>
<tr><th>2019</th><th>2020</th><th>2021</th><th>2021</th><th>2022</th></tr>
</thead>
<tbody>
<tr><td>Jongeren met jeugdhulp (%)</td><td>11,2%</td><td>10,8%</td><td></td><td>10,5%</td><td>10,0%</td></tr>
<tr><td>Cliënttevredenheid<br>Wmo</td><td>7,6</td><td>nnb</td><td>7,8</td><td>7,5</td><td>7,5</td></tr>
</tbody>
</table>
<p><a href="#top">Top</a></p>
<script>document.write("scriptgeheim")</script>
<template><p>sjabloongeheim</p></template>
<noscript>Schakel javascript in</noscript>
</main>
<aside>Deel deze pagina</aside>
<footer>Deze pagina is gebouwd op 14 april 2022</footer>
</body></html>`;

describe('readHtml: tables', () => {
  it('expands colspan and rowspan into a grid of header rows', () => {
    const [table] = tables(readHtml(PAGE).blocks);
    expect(texts(table!.rows.slice(0, 2))).toEqual([
      ['Indicator', 'Realisatie', 'Realisatie', 'Realisatie', 'Begroting', 'Begroting'],
      ['Indicator', '2019', '2020', '2021', '2021', '2022'],
    ]);
    expect(table!.headerRows).toBe(2);
    expect(table!.caption).toBe('Effectindicatoren');
    expect(table!.rows.every((r) => r.length === 6)).toBe(true);
    // The three copies of a spanning cell keep the one source range.
    const realisatie = table!.rows[0]!.slice(1, 4).map((c) => c.span);
    expect(new Set(realisatie.map((s) => `${s.start}-${s.end}`)).size).toBe(1);
  });

  it('does not repeat cells that do not span', () => {
    const { blocks } = readHtml('<table><tr><th>Lasten</th><th>Baten</th></tr><tr><td>1</td><td>2</td></tr></table>');
    expect(texts(tables(blocks)[0]!.rows)).toEqual([['Lasten', 'Baten'], ['1', '2']]);
  });

  it('keeps a nested table as its own block after the outer one, out of the outer cell', () => {
    const { blocks } = readHtml(
      '<table><tr><th>Partij</th><th>Gegevens</th></tr><tr><td>GGD</td><td>Zie: <table><tr><td>Vestiging</td><td>Utrecht</td></tr></table> einde</td></tr></table><p>Na</p>',
    );
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'table', 'paragraph']);
    const [outer, inner] = tables(blocks);
    expect(texts(outer!.rows)).toEqual([['Partij', 'Gegevens'], ['GGD', 'Zie: einde']]);
    expect(texts(inner!.rows)).toEqual([['Vestiging', 'Utrecht']]);
    expect(inner!.headerRows).toBe(0);
  });

  it('gives empty cells the text "" and keeps the columns in place', () => {
    const source = '<table><tr><th>Jaar</th><th>2020</th><th>2021</th></tr><tr><td>Saldo</td><td></td><td>&nbsp;</td></tr></table>';
    const [table] = tables(readHtml(source).blocks);
    expect(texts(table!.rows)).toEqual([['Jaar', '2020', '2021'], ['Saldo', '', '']]);
    const empty = table!.rows[1]![1]!;
    expect(empty.span.start).toBe(empty.span.end);
    expect(source.slice(empty.span.start - 4, empty.span.start)).toBe('<td>');
  });

  it.each([
    ['td rows only', '<table><tr><td>Lasten</td><td>2.762</td></tr><tr><td>Baten</td><td>459</td></tr></table>', 0],
    ['th row without thead', '<table><tr><th>Omschrijving</th><th>2021</th></tr><tr><td>Lasten</td><td>2.762</td></tr></table>', 1],
    ['th as row label only', '<table><tr><th>Lasten</th><td>2.762</td></tr><tr><th>Baten</th><td>459</td></tr></table>', 0],
    ['thead', '<table><thead><tr><td>Omschrijving</td><td>2021</td></tr></thead><tr><td>Lasten</td><td>1</td></tr></table>', 1],
  ])('counts header rows: %s', (_name, source, headerRows) => {
    expect(tables(readHtml(source).blocks)[0]!.headerRows).toBe(headerRows);
  });

  it('reads <br> inside a cell as a space', () => {
    const [table] = tables(readHtml(PAGE).blocks);
    expect(table!.rows[3]![0]!.text).toBe('Cliënttevredenheid Wmo');
  });

  it.each([
    ['Begrotings-<br>wijziging', 'Begrotings-wijziging'],
    ['Voor-<br>/ nadeel', 'Voor- / nadeel'],
    ['Realisatie<br>2021', 'Realisatie 2021'],
  ])('joins a cell broken at <br> as wrapped text: %s', (inner, text) => {
    expect(tables(readHtml(`<table><tr><th>${inner}</th></tr></table>`).blocks)[0]!.rows[0]![0]!.text).toBe(text);
  });

  it('clamps an absurd colspan with a warning', () => {
    const { blocks, diagnostics } = readHtml('<table><tr><td colspan="99999999">Totaal</td></tr><tr><td rowspan="123456">a</td><td>b</td></tr></table>');
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['warning', 'html.span-clamped'],
      ['warning', 'html.span-clamped'],
    ]);
    const [table] = tables(blocks);
    expect(table!.rows[0]!.length).toBe(1000);
    expect(table!.rows.length).toBe(2);
  });

  it('does not warn about ordinary spans, and stops a rowspan at the end of its row group', () => {
    const { blocks, diagnostics } = readHtml(
      '<table><thead><tr><th rowspan="5">Programma</th><th>Lasten</th></tr></thead><tbody><tr><td>Bestuur</td><td>12</td></tr></tbody></table>',
    );
    expect(diagnostics).toEqual([]);
    expect(texts(tables(blocks)[0]!.rows)).toEqual([['Programma', 'Lasten'], ['Bestuur', '12']]);
  });

  it('fills the hole a rowspan leaves in a short row', () => {
    const { blocks } = readHtml('<table><tr><td>A</td><td rowspan="2">B</td><td>C</td></tr><tr></tr><tr><td>D</td></tr></table>');
    expect(texts(tables(blocks)[0]!.rows)).toEqual([['A', 'B', 'C'], ['', 'B'], ['D']]);
  });

  it('puts tfoot rows last', () => {
    const { blocks } = readHtml('<table><tfoot><tr><td>Totaal</td><td>3</td></tr></tfoot><tbody><tr><td>Lasten</td><td>3</td></tr></tbody></table>');
    expect(texts(tables(blocks)[0]!.rows)).toEqual([['Lasten', '3'], ['Totaal', '3']]);
  });

  it('reads a definition list as a two-column table without header', () => {
    const { blocks } = readHtml('<dl><dt>Datum</dt><dd>19 maart 2019</dd><dt>Zaaknummer</dt><dd>177287</dd><dd>177288</dd></dl>');
    const [table] = tables(blocks);
    expect(texts(table!.rows)).toEqual([['Datum', '19 maart 2019'], ['Zaaknummer', '177287'], ['Zaaknummer', '177288']]);
    expect(table!.headerRows).toBe(0);
  });
});

describe('readHtml: text blocks', () => {
  it('reads headings with their depth and paragraphs in document order', () => {
    const { blocks } = readHtml(PAGE);
    const content = blocks.filter((b) => b.kind !== 'clutter').map((b) => [b.kind, textOf(b)]);
    expect(content).toEqual([
      ['heading', 'Programma 2 Sociaal domein'],
      ['heading', 'Wat willen we bereiken?'],
      ['paragraph', 'Doelstelling 2: Inwoners doen mee'],
      ['paragraph', 'Wij willen dat inwoners zo lang mogelijk zelfstandig thuis wonen & meedoen. Daarvoor werken we samen met partners.'],
      ['table', ''],
    ]);
    expect(blocks.find((b) => b.kind === 'heading' && b.text.startsWith('Wat'))).toMatchObject({ depth: 2 });
  });

  it('splits a paragraph into lines at <br>, decodes entities and no-break spaces', () => {
    const para = readHtml(PAGE).blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Wij'));
    expect(para?.kind === 'paragraph' && para.lines.map((l) => l.text)).toEqual([
      'Wij willen dat inwoners zo lang mogelijk zelfstandig thuis wonen & meedoen.',
      'Daarvoor werken we samen met partners.',
    ]);
    expect(para).toMatchObject({ standalone: false });
    expect(para).not.toHaveProperty('strong');
  });

  it.each([
    ['<p>&lsquo;Sociaal&rsquo; e&shy;ffici&euml;nt &#xFB01;nancieel\u0007</p>', "'Sociaal' efficiënt financieel"],
    ['<p>Wij&nbsp;&nbsp;doen\tmee</p>', 'Wij doen mee'],
    ['<p>Lasten &amp; baten &lt;2021&gt;</p>', 'Lasten & baten <2021>'],
  ])('reads text the way the text reader normalises it: %s', (source, text) => {
    expect(readHtml(source).blocks).toMatchObject([{ kind: 'paragraph', text }]);
  });

  it.each([
    ['<p><strong>Doelstelling 2: Inwoners doen mee</strong></p>', true, true],
    ['<p><b>Lasten</b> 2.762</p>', false, true],
    ['<p>Wij hebben de doelen gehaald.</p>', false, false],
    ['<div>Realisatie 2019</div>', false, true],
  ])('marks strong and standalone paragraphs: %s', (source, strong, standalone) => {
    const [block] = readHtml(source).blocks;
    expect(block?.kind).toBe('paragraph');
    expect(block && 'strong' in block && block.strong === true).toBe(strong);
    expect(block).toMatchObject({ standalone });
  });

  it('reads loose text between blocks as paragraphs, in order', () => {
    const { blocks } = readHtml('<section>Bedragen x € 1.000<table><tr><td>Lasten</td><td>3</td></tr></table>Toelichting volgt.<div>Slot</div></section>');
    expect(blocks.map((b) => [b.kind, textOf(b)])).toEqual([
      ['paragraph', 'Bedragen x € 1.000'],
      ['table', ''],
      ['paragraph', 'Toelichting volgt.'],
      ['paragraph', 'Slot'],
    ]);
  });

  it('reads nested lists with depths and numbered markers from the start attribute', () => {
    const { blocks } = readHtml('<ol start="3"><li>Preventie<ul><li>voorlichting</li><li>huisbezoek</li></ul></li><li>Zorg</li></ol>');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      kind: 'list',
      ordered: true,
      items: [
        { text: 'Preventie', marker: '3.', depth: 0 },
        { text: 'voorlichting', marker: '•', depth: 1 },
        { text: 'huisbezoek', marker: '•', depth: 1 },
        { text: 'Zorg', marker: '4.', depth: 0 },
      ],
    });
  });

  it('keeps a table inside a list item as a block after the list', () => {
    const { blocks } = readHtml('<ul><li><p>Actie</p><table><tr><td>Status</td><td>gereed</td></tr></table></li><li>Tweede</li></ul><p>Na</p>');
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'table', 'paragraph']);
    expect(blocks[0]).toMatchObject({ items: [{ text: 'Actie' }, { text: 'Tweede' }] });
  });

  it('keeps the lines of pre and splits its paragraphs at blank lines', () => {
    const { blocks } = readHtml('<pre>| Lasten | 2.762 |\n| Baten | 459 |\n\nToelichting</pre>');
    expect(blocks.map((b) => b.kind === 'paragraph' && b.lines.map((l) => l.text))).toEqual([['| Lasten | 2.762 |', '| Baten | 459 |'], ['Toelichting']]);
  });

  it('puts the title first when no h1 repeats it', () => {
    const { blocks } = readHtml('<html><head><title>Jaarstukken 2021 gemeente Oosterhout</title></head><body><h1>Programma 1</h1></body></html>');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Jaarstukken 2021 gemeente Oosterhout' });
  });

  it.each([
    ['Verbonden partijen', '<h1>Paragraaf Verbonden partijen</h1>'],
    ['Programma 6 Sport en cultuur - Jaarstukken 2022', '<h1>Programma 6 Sport en cultuur</h1>'],
    ['Gemeente Oosterhout | Wat heeft het gekost?', '<h2>Wat heeft het gekost?</h2>'],
    ['Programma 2 Onderwijs en jeugd - Jaarverslag 2023', '<h1>Programma 2: Onderwijs en jeugd</h1>'],
    ['Jaarverslag 2023 | Programma 3. Wonen', '<h1>Programma 3 Wonen</h1>'],
    ['Programma 6 Sport: Jaarstukken 2022', '<h1>Programma 6 Sport</h1>'],
  ])('does not put a title first that a heading repeats: %s', (title, body) => {
    const { blocks } = readHtml(`<title>${title}</title>${body}`);
    expect(blocks.map((b) => b.kind)).toEqual(['heading']);
  });

  it('does not repeat a title that the h1 says', () => {
    const { blocks } = readHtml(PAGE);
    expect(blocks.filter((b) => b.kind !== 'clutter' && textOf(b) === 'Programma 2 Sociaal domein')).toHaveLength(1);
  });
});

describe('readHtml: clutter and safety', () => {
  it('turns navigation, page header, footer and button phrases into clutter, not headings', () => {
    const { blocks } = readHtml(PAGE);
    const clutter = blocks.filter((b) => b.kind === 'clutter').map((b) => [b.text, b.kind === 'clutter' && b.reason]);
    expect(clutter).toEqual([
      ['Jaarstukken 2021 Zoeken', 'header'],
      ['Programma 1 Bestuur', 'navigation'],
      ['Programma 2 Sociaal domein', 'navigation'],
      ['Terug naar navigatie - Programma 2', 'navigation'],
      ['Top', 'navigation'],
      ['Deel deze pagina', 'aside'],
      ['Deze pagina is gebouwd op 14 april 2022', 'footer'],
    ]);
  });

  it('reads a page of navigation only as clutter, with no headings', () => {
    const { blocks } = readHtml(
      '<nav><h2>Menu</h2><ul><li>Programma 1</li><li>Programma 2</li></ul><table><tr><td>Terug</td><td>Verder</td></tr></table></nav><div role="navigation"><h3>Inhoud</h3></div><p>ga terug</p><p>Download pdf</p><p>Print</p>',
    );
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((b) => b.kind === 'clutter')).toBe(true);
    expect(blocks.map((b) => b.kind === 'clutter' && b.text)).toEqual(['Menu', 'Programma 1', 'Programma 2', 'Terug Verder', 'Inhoud', 'ga terug', 'Download pdf', 'Print']);
  });

  it('does not treat the header of an article as page clutter', () => {
    const { blocks } = readHtml('<article><header><h1>Programma 3 Wonen</h1></header><p>Tekst.</p></article>');
    expect(blocks[0]).toMatchObject({ kind: 'heading', text: 'Programma 3 Wonen', depth: 1 });
  });

  it('reads chart labels in svg as clutter', () => {
    const { blocks } = readHtml('<figure><svg><text>€ 94.499</text><text>10,0 %</text></svg></figure>');
    expect(blocks.map((b) => [b.kind, b.kind === 'clutter' && b.reason, textOf(b)])).toEqual([
      ['clutter', 'chart', '€ 94.499'],
      ['clutter', 'chart', '10,0 %'],
    ]);
  });

  it('never emits script, style, template or noscript content', () => {
    const text = JSON.stringify(readHtml(PAGE).blocks);
    for (const secret of ['scriptgeheim', 'stijlgeheim', 'sjabloongeheim', 'javascript']) expect(text).not.toContain(secret);
  });

  it('reads 20,000 nested divs without overflowing the stack', () => {
    const depth = 20000;
    const source = '<div>'.repeat(depth) + 'Diep verstopt' + '</div>'.repeat(depth);
    const { blocks } = readHtml(source);
    expect(JSON.parse(JSON.stringify(blocks))).toEqual([
      { kind: 'paragraph', text: 'Diep verstopt', lines: [{ text: 'Diep verstopt', span: { start: depth * 5, end: depth * 5 + 13 } }], standalone: true, span: { start: depth * 5, end: depth * 5 + 13 } },
    ]);
  });

  it('reads deeply nested lists and tables without recursion', () => {
    const source = '<ul><li>x'.repeat(3000) + '<table><tr><td>'.repeat(3000) + 'kern';
    const { blocks } = readHtml(source);
    expect(blocks[0]).toMatchObject({ kind: 'list' });
    expect(tables(blocks)).toHaveLength(3000);
  });
});

describe('readHtml: spans', () => {
  const cases: Array<[string, string]> = [
    ['the example page', PAGE],
    ['CR LF and astral characters', '<p>Regel 😀 een\r\nen twee</p>\r\n<table>\r\n<tr><th>Jaar</th><th>2021</th></tr>\r\n<tr><td>&euro; 12</td><td>nvt</td></tr></table>'],
    ['a leading BOM', '\ufeff<h2>Wat heeft het gekost?</h2><ul><li>Lasten</li></ul>'],
  ];
  it.each(cases)('slice back to the source text of every cell: %s', (_name, source) => {
    const { blocks } = readHtml(source);
    const all = unitsOf(blocks, { paragraphStart: true }).filter((u) => u.text !== '');
    expect(all.length).toBeGreaterThan(0);
    for (const unit of all) {
      const first = unit.text.split(' ')[0]!.replace(/[&€]/g, '');
      expect(source.slice(unit.span.start, unit.span.end), unit.text).toContain(first);
    }
  });

  it('spans a paragraph from its first to its last visible character', () => {
    const source = '<p>\n   Wat gaan we daarvoor doen?   \n</p>';
    const [block] = readHtml(source).blocks;
    expect(source.slice(block!.span.start, block!.span.end)).toBe('Wat gaan we daarvoor doen?');
    expect(allText(readHtml(source).blocks)).toContain('Wat gaan we daarvoor doen?');
  });
});

describe('isStandalone', () => {
  it.each([
    ['Realisatie 2019', true],
    ['n.v.t.', true],
    ['n.b.', true],
    ['Wij hebben de doelen gehaald.', false],
    ['Zie de toelichting.', false],
  ])('%j stands alone: %s', (line, expected) => expect(isStandalone([line])).toBe(expected));
});
