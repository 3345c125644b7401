/**
 * Heading levels from markup: a deeper heading sits in the shallower one
 * above it unless its kind says otherwise; plain text keeps building the
 * tree from heading kinds alone.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

interface Outlined {
  type: string;
  heading?: string | null;
  title?: string | null;
  id?: string | null;
  children?: Outlined[];
}

/** The tree as indented lines: "section Wat willen we bereiken?", "  goal 4.1". */
function outline(source: string, name: string): string[] {
  const out: string[] = [];
  const walk = (nodes: Outlined[], indent: string): void => {
    for (const n of nodes) {
      if (n.type === 'paragraph' || n.type === 'table' || n.type === 'list') continue;
      const label = n.type === 'goal' || n.type === 'action' ? (n.id ?? n.title ?? '') : (n.heading ?? n.title ?? '');
      out.push(`${indent}${n.type} ${label}`.trimEnd());
      if (n.children) walk(n.children, `${indent}  `);
    }
  };
  walk((parse(source, { name }) as unknown as { children: Outlined[] }).children, '');
  return out;
}

describe('markup heading depth', () => {
  it('keeps a sub-heading of the same W-question inside it (Markdown)', () => {
    const md = [
      '## Programma 4 Zorg',
      '',
      '### Wat hebben we bereikt?',
      '',
      '#### Gewenst maatschappelijk effect',
      '',
      'Inwoners wonen langer thuis.',
      '',
      '#### Doelstelling 4.1: Minder eenzaamheid',
      '',
      'Het aandeel daalde naar 44%.',
      '',
      '### Wat hebben we daarvoor gedaan?',
      '',
      '#### Activiteiten',
      '',
      '- We openden twee ontmoetingsplekken.',
      '',
    ].join('\n');
    expect(outline(md, 'x.md')).toEqual([
      'programme Programma 4 Zorg',
      '  section Wat hebben we bereikt?',
      '    section Gewenst maatschappelijk effect',
      '    goal 4.1',
      '  section Wat hebben we daarvoor gedaan?',
      '    section Activiteiten',
      '      action',
    ]);
  });

  it('keeps a goal inside a shallower plain heading (HTML)', () => {
    const html = '<h2>Programma 1 Bestuur</h2><h3>Onze ambities</h3><h4>Ambitie 1: Een open bestuur</h4><p>We betrekken inwoners vroeg.</p>';
    expect(outline(html, 'x.html')).toEqual(['programme Programma 1 Bestuur', '  section Onze ambities', '    goal 1']);
  });

  it('closes a heading nested by depth at the next heading of its level', () => {
    const html =
      '<h2>Wat willen we bereiken?</h2><h3>Beoogd maatschappelijk effect</h3><p>Iedereen doet mee.</p>' +
      '<h3>Doelstelling 2.1: Werk</h3><p>Meer inwoners aan het werk.</p>';
    expect(outline(html, 'x.html')).toEqual(['section Wat willen we bereiken?', '  section Beoogd maatschappelijk effect', '  goal 2.1']);
  });

  it('closes deeper headings at a shallower one, whatever their kind', () => {
    const html =
      '<h2>Programma 3 Wonen</h2><h3>Wat willen we bereiken?</h3><h4>Effectindicatoren</h4><p>Zie de tabel.</p>' +
      '<h3>Toelichting</h3><p>De bouw liep vertraging op.</p><h2>Verbonden partijen</h2><p>Woonstichting Groenrijk.</p>';
    expect(outline(html, 'x.html')).toEqual([
      'programme Programma 3 Wonen',
      '  section Wat willen we bereiken?',
      '    section Effectindicatoren',
      '    section Toelichting',
      '  section Verbonden partijen',
    ]);
  });

  it('lets a W-question of another role stand beside a shallower W-question', () => {
    const html = '<h2>Wat willen we bereiken?</h2><p>Een veilige gemeente.</p><h3>Wat gaan we daarvoor doen?</h3><ul><li>Meer boa’s.</li></ul><h4>Wat mag het kosten?</h4><p>Zie de tabel.</p>';
    expect(outline(html, 'x.html')).toEqual(['section Wat willen we bereiken?', 'section Wat gaan we daarvoor doen?', '  action', 'section Wat mag het kosten?']);
  });

  it('never puts a programme inside a shallower heading', () => {
    const md = '# Begroting 2025\n\n## Programmaplan\n\n### Programma 2 Veiligheid\n\n#### Wat willen we bereiken?\n\nRust op straat.\n';
    expect(outline(md, 'x.md')).toEqual(['section Begroting 2025', 'section Programmaplan', 'programme Programma 2 Veiligheid', '  section Wat willen we bereiken?']);
  });

  it('lets the h2s stand beside a plain h1, as the lines of plain text do', () => {
    const md = '# Raadsinformatiebrief\n\n## Aanleiding\n\nDe raad vroeg om een update.\n\n## Kernboodschap\n\nHet project ligt op schema.\n';
    expect(outline(md, 'x.md')).toEqual(['section Raadsinformatiebrief', 'section Aanleiding', 'section Kernboodschap']);
  });

  it('reads plain text by heading kinds alone', () => {
    const txt = 'Wat hebben we bereikt?\n\nBeoogd maatschappelijk effect\n\nInwoners wonen langer thuis en doen mee in hun dorp of wijk.\n';
    expect(outline(txt, 'x.txt')).toEqual(['section Wat hebben we bereikt?', 'section Beoogd maatschappelijk effect']);
  });
});

describe('a numbered heading from markup over a list of actions', () => {
  const actions = (body: string): string => `<h2>Wat gaan we daarvoor doen?</h2>${body}`;

  it.each([
    ['a list right under it', '<h3>2.1 Gelijke kansen</h3><ul><li>We breiden de vve uit.</li><li>We openen een schakelklas.</li></ul>'],
    ['a list after a lead-in line', '<h3>2.1 Gelijke kansen</h3><p>Samen met de schoolbesturen:</p><ol><li>breiden we de vve uit;</li><li>openen we een schakelklas.</li></ol>'],
  ])('heads %s: one action per item', (_, body) => {
    expect(outline(actions(body), 'x.html')).toEqual(['section Wat gaan we daarvoor doen?', '  section 2.1 Gelijke kansen', '    action', '    action']);
  });

  it('is an action when text, not a list, follows it, and then stands beside the heading before it', () => {
    const body = '<h3>2.1 Gelijke kansen</h3><ul><li>We breiden de vve uit.</li></ul><h3>2.2 Jeugdhulp</h3><p>We verlengen het contract.</p>';
    expect(outline(actions(body), 'x.html')).toEqual(['section Wat gaan we daarvoor doen?', '  section 2.1 Gelijke kansen', '    action', '  action 2.2']);
  });

  it('stays a goal under "Wat willen we bereiken?"', () => {
    const html = '<h2>Wat willen we bereiken?</h2><h3>2.1 Gelijke kansen</h3><ul><li>Minder voortijdig schoolverlaters.</li></ul>';
    expect(outline(html, 'x.html')).toEqual(['section Wat willen we bereiken?', '  goal 2.1']);
  });

  it('stays an action holding the bullets in plain text', () => {
    const txt = 'Wat gaan we daarvoor doen?\n\n2.1 Gelijke kansen\n\n• We breiden de vve uit.\n• We openen een schakelklas.\n';
    expect(outline(txt, 'x.txt')).toEqual(['section Wat gaan we daarvoor doen?', '  action 2.1']);
  });
});

describe('a programme named twice in a row', () => {
  it('is one programme when a letter-spaced title stands right above its heading', () => {
    const txt = 'P r o g r a m m a   2   V e i l i g h e i d\n\nProgramma 2: Veiligheid\n\nWat willen we bereiken?\n\nMinder woninginbraken in alle kernen van de gemeente.\n';
    expect(outline(txt, 'x.txt')).toEqual(['programme P r o g r a m m a   2   V e i l i g h e i d\nProgramma 2: Veiligheid', '  section Wat willen we bereiken?']);
  });

  it.each([
    ['another number', 'Programma 2 Veiligheid\n\nProgramma 3 Veiligheid\n'],
    ['text between them', 'Programma 2 Veiligheid\n\nWat willen we bereiken?\n\nProgramma 2 Veiligheid\n'],
  ])('stays two programmes with %s', (_, txt) => {
    expect(outline(txt, 'x.txt').filter((l) => l.startsWith('programme'))).toHaveLength(2);
  });
});

describe('numbered programmes listed up front', () => {
  const overview = "Deze begroting kent drie programma's:\n1. Bestuur\n2. Veiligheid\n3. Sociaal domein\n\n";
  const body = '2. Veiligheid\n\nWat willen we bereiken?\n\nMinder woninginbraken in alle kernen.\n\n3. Sociaal domein\n\nWat willen we bereiken?\n\nIedereen doet mee naar vermogen.\n';

  it('opens a programme at a numbered title that repeats an entry of the list', () => {
    expect(outline(overview + body, 'x.txt')).toEqual([
      'programme 2. Veiligheid',
      '  section Wat willen we bereiken?',
      'programme 3. Sociaal domein',
      '  section Wat willen we bereiken?',
    ]);
  });

  it('reads the list from an ordered list in HTML', () => {
    const html = "<p>De begroting kent drie programma's:</p><ol><li>Bestuur</li><li>Veiligheid</li></ol><h2>2. Veiligheid</h2><h3>Wat willen we bereiken?</h3><p>Rust.</p>";
    expect(outline(html, 'x.html')).toEqual(['programme 2. Veiligheid', '  section Wat willen we bereiken?']);
  });

  it.each([
    ['a list not of programmes', 'We werken aan drie doelen:\n1. Bestuur\n2. Veiligheid\n3. Sociaal domein\n\n'],
    ['one entry only', "Deze begroting kent een programma's:\n2. Veiligheid\n\n"],
    ['another title under the number', "Deze begroting kent twee programma's:\n2. Openbare orde\n3. Zorg\n\n"],
  ])('leaves numbered titles alone after %s', (_, head) => {
    expect(outline(head + body, 'x.txt').filter((l) => l.startsWith('programme'))).toEqual([]);
  });
});
