/**
 * A gold annotation rendered as the report a perfect parser would give, to
 * check the gold against its own scorer: every facet it has must score
 * 1.000, else the gold cannot be met (two indicators too alike to match one
 * to one, a goal whose id and title disagree …).
 */
import type { Json } from './score.js';

const list = (x: unknown): Json[] => (Array.isArray(x) ? (x as Json[]) : []);

/**
 * The report a gold file describes: its meta, and one node per goal,
 * indicator, budget table, action and connected party.
 * @example goldReport({ input: 'text/x.txt', goals: [{ id: '1', title: 'Veilige wijken' }] })
 */
export function goldReport(gold: Json): Json {
  const children: Json[] = [
    ...list(gold.goals).map((x) => ({ type: 'goal', id: x.id ?? null, title: x.title })),
    ...list(gold.indicators).map((x) => ({ type: 'indicator', id: x.id ?? null, name: x.name, values: x.values ?? [] })),
    ...list(gold.budgetTables).map((t) => ({
      type: 'budgetTable',
      title: t.title ?? null,
      multiplier: t.multiplier ?? null,
      rows: list(t.rows).map((r) => ({ label: r.label, values: r.values ?? [] })),
    })),
    ...list(gold.actions).map((x) => ({ type: 'action', id: x.id ?? null, title: x.title || '', text: x.textStart || '' })),
    ...list(gold.connectedParties).map((x) => ({ type: 'connectedParty', name: x.name })),
  ];
  return { meta: { ...(typeof gold.meta === 'object' && gold.meta !== null ? gold.meta : {}) }, children };
}
