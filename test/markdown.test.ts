import { describe, expect, it } from 'vitest';
import { readMarkdown, MAX_MARKDOWN_NESTING } from '../src/blocks/markdown.js';
import { units as unitsOf } from './helpers/units.js';
import type { Block, ParagraphBlock, TableBlock } from '../src/blocks/model.js';


function summary(blocks: Block[]): Array<[string, string]> {
  return blocks.map((b) => [b.kind, b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text).join('|')).join(' / ') : b.kind === 'list' ? b.items.map((i) => i.text).join(' / ') : b.text]);
}

const DOC = `# Programma 3 Wonen

Wat willen we bereiken?
-----------------------

**Doelstelling 3: Voldoende betaalbare woningen**

We bouwen in 2021 minstens 400 woningen,
waarvan een derde sociale huur.
Zie de tabel hieronder.

| Indicator | Realisatie 2020 | Begroting 2021 |
|---|---:|---|
| Nieuwbouw woningen | 362 | 400 |
| Sociale huur (%) | 31% |

- Actie 3.1 startersleningen
  - 40 leningen verstrekt
- Actie 3.2 \`huisvestingsverordening\`

***

Lasten | 2.762 | 303
Baten | 459 | 12

Top
`;

describe('readMarkdown: blocks', () => {
  it('reads headings, paragraphs, tables and lists in document order', () => {
    expect(summary(readMarkdown(DOC).blocks)).toEqual([
      ['heading', 'Programma 3 Wonen'],
      ['heading', 'Wat willen we bereiken?'],
      ['paragraph', 'Doelstelling 3: Voldoende betaalbare woningen'],
      ['paragraph', 'We bouwen in 2021 minstens 400 woningen, waarvan een derde sociale huur. Zie de tabel hieronder.'],
      ['table', 'Indicator|Realisatie 2020|Begroting 2021 / Nieuwbouw woningen|362|400 / Sociale huur (%)|31%'],
      ['list', 'Actie 3.1 startersleningen / 40 leningen verstrekt / Actie 3.2 huisvestingsverordening'],
      ['paragraph', 'Lasten | 2.762 | 303 Baten | 459 | 12'],
      ['clutter', 'Top'],
    ]);
  });

  it.each([
    ['# Programma 1', 1],
    ['### Doelstelling 1.2', 3],
    ['Wat heeft het gekost?\n===', 1],
    ['Wat heeft het gekost?\n---', 2],
  ])('gives ATX and setext headings their depth: %j', (source, depth) => {
    expect(readMarkdown(source).blocks).toMatchObject([{ kind: 'heading', depth }]);
  });

  it('keeps each physical line of a paragraph as a cell with its exact span', () => {
    const para = readMarkdown(DOC).blocks[3] as ParagraphBlock;
    expect(para.lines.map((l) => DOC.slice(l.span.start, l.span.end))).toEqual([
      'We bouwen in 2021 minstens 400 woningen,',
      'waarvan een derde sociale huur.',
      'Zie de tabel hieronder.',
    ]);
    expect(para.standalone).toBe(false);
  });

  it.each([
    ['De begrotings-\nwijziging is vastgesteld.', 'De begrotings-wijziging is vastgesteld.'],
    ['Zorg-\nEn welzijn', 'Zorg- En welzijn'],
    ['| Begrotings-<br>wijziging |\n|---|\n| 303 |', 'Begrotings-wijziging'],
  ])('joins lines as the text reader joins wrapped lines: %j', (source, text) => {
    const [block] = readMarkdown(source).blocks;
    expect(block?.kind === 'table' ? block.rows[0]![0]!.text : block?.kind === 'paragraph' && block.text).toBe(text);
  });

  it.each([
    ['**Doelstelling 3: Voldoende woningen**', true, true],
    ['Realisatie 2019', false, true],
    ['**Lasten** 2.762', false, true],
    ['Wij hebben de doelen gehaald.', false, false],
    ['Eerste regel\ntweede regel', false, false],
  ])('marks strong and standalone paragraphs: %j', (source, strong, standalone) => {
    const [block] = readMarkdown(source).blocks as ParagraphBlock[];
    expect(block!.strong === true).toBe(strong);
    expect(block!.standalone).toBe(standalone);
  });

  it('gives a GFM table one header row and keeps a short row short', () => {
    const table = readMarkdown(DOC).blocks[4] as TableBlock;
    expect(table.headerRows).toBe(1);
    expect(table.rows.map((r) => r.length)).toEqual([3, 3, 2]);
    expect(table.caption).toBeNull();
  });

  it('takes the pipe row right above a GFM header as the upper header row', () => {
    const source = '| Indicator | Realisatie | | Begroting |\n| | 2022 | 2023 | 2024 |\n|---|---|---|---|\n| Bezoekers | 12 | 14 | 15 |\n';
    const [table] = readMarkdown(source).blocks as TableBlock[];
    expect(table!.kind).toBe('table');
    expect(table!.headerRows).toBe(2);
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['Indicator', 'Realisatie', '', 'Begroting']);
    expect(source.slice(table!.rows[0]![1]!.span.start, table!.rows[0]![1]!.span.end)).toBe('Realisatie');
  });
  it('takes that row also when it is padded with empty cells beyond the table', () => {
    const source = '| Indicator | Realisatie | | | | |\n| | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Bereik | 12 | 14 | 15 |\n';
    const [table] = readMarkdown(source).blocks as TableBlock[];
    expect(table!.headerRows).toBe(2);
    expect(table!.rows[0]!.map((c) => c.text)).toEqual(['Indicator', 'Realisatie', '', '']);
  });
  it.each([
    ['| Indicator | Realisatie |\n\n| | 2023 |\n|---|---|\n| Bezoekers | 12 |\n'],
    ['| a | b | c | d |\n| | 2023 |\n|---|---|\n| Bezoekers | 12 |\n'],
  ])('leaves a pipe line apart or wider than the table a paragraph: %j', (source) => {
    expect(readMarkdown(source).blocks.map((b) => b.kind)).toEqual(['paragraph', 'table']);
  });

  it('does not make a table of pipe text without a separator row', () => {
    const [block] = readMarkdown('Lasten | 2.762 | 303\nBaten | 459 | 12\n').blocks;
    expect(block).toMatchObject({ kind: 'paragraph', lines: [{ text: 'Lasten | 2.762 | 303' }, { text: 'Baten | 459 | 12' }] });
  });

  it('reads nested lists with depths and markers as written', () => {
    const { blocks } = readMarkdown('1. Preventie\n   - voorlichting\n   - huisbezoek\n2) Zorg\n\n* los\n');
    expect(blocks).toMatchObject([
      { kind: 'list', ordered: true, items: [{ text: 'Preventie', marker: '1.', depth: 0 }, { text: 'voorlichting', marker: '-', depth: 1 }, { text: 'huisbezoek', marker: '-', depth: 1 }] },
      { kind: 'list', ordered: true, items: [{ text: 'Zorg', marker: '2)', depth: 0 }] },
      { kind: 'list', ordered: false, items: [{ text: 'los', marker: '*', depth: 0 }] },
    ]);
  });

  it('keeps a table inside a list item as its own block after the list', () => {
    const { blocks } = readMarkdown('- Actie\n\n  | Status | Gereed |\n  |---|---|\n  | ja | 2021 |\n- Tweede\n');
    expect(summary(blocks)).toEqual([
      ['list', 'Actie / Tweede'],
      ['table', 'Status|Gereed / ja|2021'],
    ]);
  });

  it('reads code blocks as paragraphs of their lines, split at blank lines', () => {
    const source = '```\n| Lasten | 2.762 |\n| Baten | 459 |\n\nToelichting\n```\n\n    ingesprongen code\n';
    const { blocks } = readMarkdown(source);
    expect(blocks.map((b) => (b as ParagraphBlock).lines.map((l) => [l.text, source.slice(l.span.start, l.span.end)]))).toEqual([
      [['| Lasten | 2.762 |', '| Lasten | 2.762 |'], ['| Baten | 459 |', '| Baten | 459 |']],
      [['Toelichting', 'Toelichting']],
      [['ingesprongen code', 'ingesprongen code']],
    ]);
  });

  it('reads raw HTML as the paragraphs of its text, without script content', () => {
    const { blocks } = readMarkdown('<div class="x">Bedragen x &euro;&nbsp;1.000</div>\n\n<script>\nalert("geheim")\n</script>\n\n<!-- opmerking -->\n');
    expect(summary(blocks)).toEqual([['paragraph', 'Bedragen x € 1.000']]);
  });

  it('reads block quotes for their content and drops thematic breaks', () => {
    const source = '> Wat mag het kosten?\n>\n> Lasten stijgen\n> met 3%.\n\n---\n';
    const { blocks } = readMarkdown(source);
    expect(summary(blocks)).toEqual([
      ['paragraph', 'Wat mag het kosten?'],
      ['paragraph', 'Lasten stijgen met 3%.'],
    ]);
    expect((blocks[1] as ParagraphBlock).lines.map((l) => source.slice(l.span.start, l.span.end))).toEqual(['Lasten stijgen', 'met 3%.']);
  });

  it('turns page-furniture lines into clutter, and only those', () => {
    const { blocks } = readMarkdown('Terug naar navigatie - Programma 1\n\nDownload pdf\n\nTopprestatie van het jaar\n');
    expect(summary(blocks)).toEqual([
      ['clutter', 'Terug naar navigatie - Programma 1'],
      ['clutter', 'Download pdf'],
      ['paragraph', 'Topprestatie van het jaar'],
    ]);
  });
});

describe('readMarkdown: spans and limits', () => {
  it.each([
    ['the example document', DOC],
    ['CR LF line ends', DOC.replace(/\n/g, '\r\n')],
    ['a leading BOM', '\ufeff' + DOC],
    ['escapes and entities', '## Kop &amp; staart\n\nPrijs \\* 3 &euro;\nen **vet**  \nhard afgebroken\n'],
  ])('slice back to the source text of every cell: %s', (_name, source) => {
    const all = unitsOf(readMarkdown(source).blocks).filter((u) => u.text !== '');
    expect(all.length).toBeGreaterThan(0);
    for (const unit of all) {
      const first = unit.text.split(' ')[0]!.replace(/[&*€]/g, '');
      expect(source.slice(unit.span.start, unit.span.end), unit.text).toContain(first);
    }
  });

  it('reads a document section by section with the same blocks and exact spans', () => {
    const source = [
      '# Programma 1', '', '- actie a', '- actie b', '',
      '## Wat mag het kosten?', '', '```', '# geen kop in code', '```', '',
      '<!--', '# geen kop in commentaar', '-->', '',
      '## Verbonden partijen', '', '| Partij | Bijdrage |', '|---|---|', '| GGD | 120 |', '',
    ].join('\n');
    const { blocks } = readMarkdown(source);
    expect(summary(blocks)).toEqual([
      ['heading', 'Programma 1'],
      ['list', 'actie a / actie b'],
      ['heading', 'Wat mag het kosten?'],
      ['paragraph', '# geen kop in code'],
      ['heading', 'Verbonden partijen'],
      ['table', 'Partij|Bijdrage / GGD|120'],
    ]);
    for (const unit of unitsOf(blocks)) expect(source.slice(unit.span.start, unit.span.end)).toContain(unit.text.split(' ')[0]);
  });

  it('has no diagnostics for an ordinary document', () => {
    expect(readMarkdown(DOC).diagnostics).toEqual([]);
  });

  it('reads input nested too deeply for remark as plain lines, with a warning', () => {
    const source = '>'.repeat(MAX_MARKDOWN_NESTING * 50) + ' diep\n\nvolgende alinea\n';
    const { blocks, diagnostics } = readMarkdown(source);
    expect(diagnostics.map((d) => d.code)).toEqual(['markdown.too-deep']);
    expect(summary(blocks).map(([kind]) => kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks[1]).toMatchObject({ text: 'volgende alinea' });
  });

  it('does not fall back for moderate nesting', () => {
    const source = Array.from({ length: 20 }, (_, i) => ' '.repeat(2 * i) + '- niveau ' + i).join('\n');
    const { blocks, diagnostics } = readMarkdown(source);
    expect(diagnostics).toEqual([]);
    expect(blocks[0]).toMatchObject({ kind: 'list' });
    expect(blocks[0]!.kind === 'list' && blocks[0]!.items.map((i) => i.depth)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
