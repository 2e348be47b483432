import { sql, type Kysely } from 'kysely';
import { rankSites, type PageScore, type SiteScore } from './summary.js';
import type { CampaignDatabase } from './tables.js';

/** The ranking of a campaign's sujetos obligados, read from the store. */
export async function loadRanking(db: Kysely<CampaignDatabase>, campaignId: string): Promise<SiteScore[]> {
  const sites = await db
    .selectFrom('campaign_site as s')
    .leftJoin('campaign_page as p', (j) => j.onRef('p.campaign_id', '=', 's.campaign_id').onRef('p.site_id', '=', 's.site_id').on('p.state', '<>', 'cancelled'))
    .select(['s.site_id', 's.name', 's.ambito', 's.entidad', sql<string>`count(p.page_url)`.as('pages')])
    .where('s.campaign_id', '=', campaignId)
    .groupBy(['s.site_id', 's.name', 's.ambito', 's.entidad'])
    .execute();
  const results = await db.selectFrom('campaign_result').select(['site_id', 'score', 'criteria']).where('campaign_id', '=', campaignId).execute();
  const pages: PageScore[] = results.map((r) => ({ siteId: r.site_id, score: r.score === null ? null : Number(r.score), criteria: JSON.parse(r.criteria) as Record<string, number | null> }));
  return rankSites(sites.map((s) => ({ siteId: s.site_id, name: s.name, ambito: s.ambito, entidad: s.entidad, pages: Number(s.pages) })), pages);
}
