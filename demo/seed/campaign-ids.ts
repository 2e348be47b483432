/** The demo's two campaigns (kept apart from the seeder so `npm start` can print the address without loading the core). */
export interface DemoCampaign {
  id: string;
  name: string;
  /** The cut-off date: the campaign runs (and is created) on it. */
  asOf: string;
}

export const DEMO_CAMPAIGNS = {
  before: { id: 'demo-2026-s1', name: 'Verificación de transparencia proactiva 2026 · primer semestre', asOf: '2026-06-30' },
  now: { id: 'demo-2026-s2', name: 'Verificación de transparencia proactiva 2026 · segundo semestre', asOf: '2026-11-30' },
} as const satisfies Record<string, DemoCampaign>;
