/**
 * Parties in an overview: a table or aligned lines whose first column holds
 * the names under a name word ("Naam", "Gemeenschappelijke regelingen",
 * "Vennootschappen"), and the paragraph's own sub-headings, which name no party.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { isPartyNameColumn, isPartyParagraphHeading, isTotalRow } from '../src/vocabulary/parties.js';

interface Found {
  type: string;
  name?: string;
  fields?: Record<string, string>;
  children?: Found[];
}

const parties = (text: string): Array<[string, Record<string, string>]> => {
  const out: Array<[string, Record<string, string>]> = [];
  const walk = (nodes: Found[]): void => {
    for (const n of nodes) {
      if (n.type === 'connectedParty') out.push([n.name!, n.fields!]);
      walk(n.children ?? []);
    }
  };
  walk(parse(`Verbonden partijen\n\n${text}`, { name: 'x.txt' }).children as Found[]);
  return out;
};

describe('party overview vocabulary', () => {
  it('should read the paragraph sub-headings as headings', () => {
    for (const t of ['Inleiding', 'Beleidskader', '2. Ontwikkelingen', 'Overzicht verbonden partijen', 'Visie:']) {
      expect(isPartyParagraphHeading(t), t).toBe(true);
    }
  });
  it('should not read a party name as a sub-heading', () => {
    for (const t of ['Omgevingsdienst Regio Arnhem', 'Veiligheidsregio Zeeland', 'Stichting Inleiding Wonen']) {
      expect(isPartyParagraphHeading(t), t).toBe(false);
    }
  });
  it('should take a name label or a kind of party as the name column', () => {
    for (const t of ['Naam', 'Gemeenschappelijke regelingen', 'Vennootschappen* - Dividend', 'Vennootschap / corporatie', 'Deelnemingen', 'Gemeen-schappelijke regeling']) {
      expect(isPartyNameColumn(t), t).toBe(true);
    }
  });
  it('should not take a party of that kind as the name column', () => {
    for (const t of ['Gemeenschappelijke regeling Servicebureau Jeugdhulp', 'Bijdrage 2025', 'Taakveld']) {
      expect(isPartyNameColumn(t), t).toBe(false);
    }
  });
  it('should tell total rows', () => {
    expect(isTotalRow('Totale bijdrage gemeente Heiloo')).toBe(true);
    expect(isTotalRow('Totaal ontvangen dividend')).toBe(true);
    expect(isTotalRow('Tolhuis B.V.')).toBe(false);
  });
});

describe('party overviews', () => {
  it('should make no party of the sub-heading "Inleiding"', () => {
    const found = parties('Inleiding\n\nDe gemeente werkt samen met andere gemeenten.\n\nAvri\nVestigingsplaats: Geldermalsen\n');
    expect(found.map(([n]) => n)).toEqual(['Avri']);
  });
  it('should read aligned overview lines as one party per line with the header as field names', () => {
    const found = parties('Naam                              Taakveld\nRecreatieschap Drenthe                  5.7\nEssent Holding N.V.              Alle taakvelden\n');
    expect(found).toEqual([
      ['Recreatieschap Drenthe', { Taakveld: '5.7' }],
      ['Essent Holding N.V.', { Taakveld: 'Alle taakvelden' }],
    ]);
  });
  it('should not make the header or a total line a party', () => {
    const found = parties('Deelnemingen        2026       2025\nWadinko N.V.        1.200      1.150\nTotaal              1.200      1.150\n');
    expect(found.map(([n]) => n)).toEqual(['Wadinko N.V.']);
  });
  it('should read a table under a kind of party as one party per row, totals left out', () => {
    const found = parties('| Gemeenschappelijke regelingen | Bijdrage 2026 |\n|---|---|\n| Regio Twente | 845.000 |\n| Totaal | 845.000 |\n');
    expect(found).toEqual([['Regio Twente', { 'Bijdrage 2026': '845.000' }]]);
  });
});

describe('a party written downwards in aligned columns', () => {
  it('should not be read as an overview', () => {
    const found = parties('Naam                 Recreatieschap Drenthe\nVestigingsplaats     Assen\nRechtsvorm           Gemeenschappelijke regeling\n');
    expect(found).toEqual([['Recreatieschap Drenthe', { Vestigingsplaats: 'Assen', Rechtsvorm: 'Gemeenschappelijke regeling' }]]);
  });
});

describe('numbered parties', () => {
  it('should name a party by a numbered line, without its number, and not by the group line above', () => {
    const found = parties('A. Gemeenschappelijke regelingen (publiekrechtelijke organen)\n\n1. Regio Noord-Veluwe (RNV)\n\nBurgemeester (algemeen bestuur)\n\n2. Omgevingsdienst Noord-Veluwe\n\nWethouder (algemeen bestuur)\n');
    expect(found.map(([n]) => n)).toEqual(['Regio Noord-Veluwe (RNV)', 'Omgevingsdienst Noord-Veluwe']);
  });
  it('should not name a party by a numbered sub-heading of the paragraph', () => {
    const found = parties('1. Inleiding\n\nDe gemeente neemt deel in drie regelingen.\n\n2. Beleidskader\n\nDe nota verbonden partijen geldt.\n');
    expect(found).toEqual([]);
  });
});

describe('party overview with amounts', () => {
  const budgetTables = (text: string): Array<{ multiplier: number | null; rows: string[] }> => {
    const out: Array<{ multiplier: number | null; rows: string[] }> = [];
    const walk = (nodes: Array<Found & { multiplier?: number | null; rows?: Array<{ label: string }> }>): void => {
      for (const n of nodes) {
        if (n.type === 'budgetTable') out.push({ multiplier: n.multiplier ?? null, rows: n.rows!.map((r) => r.label) });
        walk((n.children ?? []) as typeof nodes);
      }
    };
    walk(parse(`Verbonden partijen\n\n${text}`, { name: 'x.txt' }).children as never);
    return out;
  };
  const overview = 'bedragen in €\n\n| Gemeenschappelijke regelingen | Bijdrage 2023 | Bijdrage 2022 |\n|---|---|---|\n| Omgevingsdienst Haaglanden | 601.332 | 501.135 |\n| Veiligheidsregio Haaglanden | 2.512.113 | 2.146.000 |\n| Totale bijdrage gemeente | 3.113.445 | 2.647.135 |\n';

  it('should read an overview of contributions per party as the parties and as a budget table', () => {
    expect(parties(overview).map(([name]) => name)).toEqual(['Omgevingsdienst Haaglanden', 'Veiligheidsregio Haaglanden']);
    expect(budgetTables(overview)).toEqual([{ multiplier: 1, rows: ['Omgevingsdienst Haaglanden', 'Veiligheidsregio Haaglanden', 'Totale bijdrage gemeente'] }]);
  });

  it('should not read an overview of parties without amounts as a budget table', () => {
    expect(budgetTables('| Naam | Vestigingsplaats |\n|---|---|\n| BNG Bank N.V. | Den Haag |\n| Dunea N.V. | Zoetermeer |\n')).toEqual([]);
  });
});

describe('a party table written one cell per line', () => {
  const table = 'GR\n\nVertegenwoordiging\n\nZeggenschap\n\n1. Recreatieschap Oostkust\n\nWethouder (algemeen bestuur)\n\nBestuur,\nStemrecht\n\n2. Afvalschap Zandvlakte N.V.\n\nBurgemeester\n\nStemrecht\n';
  it('should read each numbered row as a party whose next lines fill the header columns', () => {
    expect(parties(table)).toEqual([
      ['Recreatieschap Oostkust', { Vertegenwoordiging: 'Wethouder (algemeen bestuur)', Zeggenschap: 'Bestuur, Stemrecht' }],
      ['Afvalschap Zandvlakte N.V.', { Vertegenwoordiging: 'Burgemeester', Zeggenschap: 'Stemrecht' }],
    ]);
  });
  it('should not make a header cell or a wrapped cell a party', () => {
    const names = parties(table).map(([n]) => n);
    for (const t of ['GR', 'Vertegenwoordiging', 'Zeggenschap', 'Stemrecht', 'Burgemeester']) expect(names, t).not.toContain(t);
  });
  it('should end the table at a group line after a row\'s last cell', () => {
    const found = parties(`${table}\nB. Vennootschappen\n`);
    expect(found.map(([, f]) => f.Zeggenschap)).toEqual(['Bestuur, Stemrecht', 'Stemrecht']);
  });
});

describe('figures among the parties', () => {
  const risks = "| Omvang risico's | 01-01-2024 | 31-12-2024 |\n|---|---|---|\n| Loopbaanbeleid operationele dienst | 126.932 | 128.678 |\n| Aansprakelijkheid dienstverlening | 1.100 | 1.129 |\n";
  const types = (text: string): string[] => {
    const out: string[] = [];
    const walk = (nodes: Found[]): void => {
      for (const n of nodes) {
        out.push(n.type);
        walk(n.children ?? []);
      }
    };
    walk(parse(text, { name: 'x.txt' }).children as Found[]);
    return out;
  };
  it('should not read a table under "Verbonden partijen" as indicators', () => {
    expect(types(`Verbonden partijen\n\n${risks}`)).not.toContain('indicator');
  });
  it('should still read it as indicators under an indicator heading', () => {
    expect(types(`Beleidsindicatoren\n\n${risks}`)).toContain('indicator');
  });
});

describe('fragments under "Verbonden partijen"', () => {
  it('should not name a party by a label ending in a colon or by the tail of a wrapped name', () => {
    const found = parties('31-12-2024:\n\n€ 1.667.000\n\nBollenstreek)\n\nDe regeling voert de sociale werkvoorziening uit.\n');
    expect(found).toEqual([]);
  });
  it('should still name a party whose name holds its own brackets', () => {
    const found = parties('Omgevingsdienst Noordkust (ODN)\n\nDe dienst voert de milieutaken uit.\n');
    expect(found.map(([n]) => n)).toEqual(['Omgevingsdienst Noordkust (ODN)']);
  });
});
