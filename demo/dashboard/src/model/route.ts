/**
 * Which view of the tablero the address asks for: the panel (its filters are in filters.ts) or
 * the campaigns (`?vista=campanas&campana=<id>&comparar=<id|no>&sujeto=<padrón id>`).
 * Without `comparar` a campaign is compared with the one before it; `comparar=no` compares with none.
 */
export interface CampaignRoute {
  campaign: string | null;
  /** null: the campaign before it (when there is one); 'no': none. */
  compare: string | null;
  site: string | null;
}

export type Route = { view: 'panel' } | ({ view: 'campaigns' } & CampaignRoute);

export const NO_COMPARE = 'no';

export function routeFromQuery(search: string): Route {
  const q = new URLSearchParams(search);
  if (q.get('vista') !== 'campanas') return { view: 'panel' };
  return { view: 'campaigns', campaign: q.get('campana') || null, compare: q.get('comparar') || null, site: q.get('sujeto') || null };
}

export function campaignQuery(route: CampaignRoute): string {
  const q = new URLSearchParams({ vista: 'campanas' });
  if (route.campaign) q.set('campana', route.campaign);
  if (route.compare) q.set('comparar', route.compare);
  if (route.site) q.set('sujeto', route.site);
  return `?${q.toString()}`;
}
