import { sql, type Kysely } from 'kysely';
import type { CampaignDatabase, PageState } from './tables.js';

export type StateCounts = Record<PageState, number>;

export interface SiteProgress {
  siteId: string;
  name: string;
  counts: StateCounts;
}

export interface CampaignProgress {
  total: StateCounts;
  sites: SiteProgress[];
  failures: { siteId: string; url: string; reason: string }[];
  /** No page waits any more. */
  finished: boolean;
}

const emptyCounts = (): StateCounts => ({ queued: 0, done: 0, failed: 0, duplicate: 0, excluded: 0, cancelled: 0 });

/** Progress per site and in total, and the failed pages with their reasons (at most `maxFailures`). */
export async function campaignProgress(db: Kysely<CampaignDatabase>, campaignId: string, maxFailures = 1_000): Promise<CampaignProgress> {
  const sites = await db.selectFrom('campaign_site').select(['site_id', 'name']).where('campaign_id', '=', campaignId).orderBy('site_id').execute();
  const counts = await db
    .selectFrom('campaign_page')
    .select(['site_id', 'state', sql<string>`count(*)`.as('n')])
    .where('campaign_id', '=', campaignId)
    .groupBy(['site_id', 'state'])
    .execute();
  const bySite = new Map(sites.map((s) => [s.site_id, { siteId: s.site_id, name: s.name, counts: emptyCounts() }]));
  const total = emptyCounts();
  for (const row of counts) {
    const n = Number(row.n);
    total[row.state] += n;
    const site = bySite.get(row.site_id);
    if (site) site.counts[row.state] += n;
  }
  const failures = await db
    .selectFrom('campaign_page')
    .select(['site_id', 'page_url', 'reason'])
    .where('campaign_id', '=', campaignId)
    .where('state', '=', 'failed')
    .orderBy('site_id')
    .orderBy('page_url')
    .limit(maxFailures)
    .execute();
  return {
    total,
    sites: [...bySite.values()],
    failures: failures.map((f) => ({ siteId: f.site_id, url: f.page_url, reason: f.reason ?? '' })),
    finished: total.queued === 0,
  };
}
