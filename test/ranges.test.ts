/**
 * Indicator cells that give bounds ("6,5-7", "70%-75%") are ranges: value
 * null, the bounds in `range`, the cell as written in `raw`.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Node, Observation } from '../src/schema/report.js';

function observations(nodes: Node[]): Observation[] {
  return nodes.flatMap((n) => (n.type === 'indicator' ? n.values : 'children' in n ? observations(n.children) : []));
}

describe('ranges', () => {
  const text = 'Indicatoren\n\n| Indicator | Realisatie 2024 | Doel 2026 |\n|---|---|---|\n| Rapportcijfer speelplekken | 6- 6,5* | 7 - 7,5 |\n| Aandeel gescheiden afval | 62%-66% | 4.977- |\n';
  const values = observations(parse(text).children);
  it('keeps a range as its bounds, with value null', () => {
    expect(values.slice(0, 3).map((o) => [o.raw, o.value, o.range, o.unit])).toEqual([
      ['6- 6,5*', null, { min: 6, max: 6.5 }, null],
      ['7 - 7,5', null, { min: 7, max: 7.5 }, null],
      ['62%-66%', null, { min: 62, max: 66 }, '%'],
    ]);
  });
  it('reads a trailing minus as a sign, not as a range', () => {
    expect(values[3]).toMatchObject({ raw: '4.977-', value: -4977 });
    expect(values[3]!.range).toBeUndefined();
  });
});
