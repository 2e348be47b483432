import type { Kysely } from 'kysely';
import type { AuditorSession, VerificationQueue } from '../../core/schemas/index.js';
import type { CampaignDatabase } from '../tables.js';
import { holderOf } from './lease.js';

/** At most this many pages in one queue answer (the rest are flagged `truncated`; filter by site). */
export const QUEUE_MAX_PAGES = 2_000;

/**
 * A campaign's pages with unanswered review checks, grouped by sujeto obligado (by name), each with
 * the live lease on it if any; undefined when the campaign does not exist.
 */
export async function verificationQueue(
  db: Kysely<CampaignDatabase>,
  campaignId: string,
  now: Date,
  options: { site?: string | undefined; limit?: number } = {},
): Promise<VerificationQueue | undefined> {
  const campaign = await db.selectFrom('campaign').select(['id', 'name']).where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) return undefined;
  const at = now.toISOString();
  const limit = options.limit ?? QUEUE_MAX_PAGES;
  let query = db
    .selectFrom('campaign_result as r')
    .innerJoin('campaign_site as s', (join) => join.onRef('s.campaign_id', '=', 'r.campaign_id').onRef('s.site_id', '=', 'r.site_id'))
    .leftJoin('campaign_claim as c', (join) => join.onRef('c.campaign_id', '=', 'r.campaign_id').onRef('c.page_url', '=', 'r.page_url').on('c.expires_at', '>', at))
    .select(['r.site_id', 's.name', 'r.page_url', 'r.final_url', 'r.score', 'r.pending_reviews', 'c.auditor_id', 'c.auditor_name', 'c.claimed_at', 'c.expires_at'])
    .where('r.campaign_id', '=', campaignId)
    .where('r.pending_reviews', '>', 0);
  if (options.site !== undefined) query = query.where('r.site_id', '=', options.site);
  const rows = await query.orderBy('s.name').orderBy('r.site_id').orderBy('r.page_url').limit(limit + 1).execute();
  const sites: VerificationQueue['sites'] = [];
  for (const row of rows.slice(0, limit)) {
    let group = sites.at(-1);
    if (group?.siteId !== row.site_id) {
      group = { siteId: row.site_id, name: row.name, pages: [] };
      sites.push(group);
    }
    const held = row.auditor_id !== null && row.auditor_name !== null && row.claimed_at !== null && row.expires_at !== null;
    group.pages.push({
      pageUrl: row.page_url,
      finalUrl: row.final_url,
      score: row.score === null ? null : Number(row.score),
      pending: Number(row.pending_reviews),
      holder: held ? holderOf({ auditor_id: row.auditor_id!, auditor_name: row.auditor_name!, claimed_at: row.claimed_at!, expires_at: row.expires_at! }) : null,
    });
  }
  return { campaign: { id: campaign.id, name: campaign.name }, now: at, sites, truncated: rows.length > limit };
}

/** The campaigns, oldest first, each with how many pages still wait for review. */
export async function campaignsToReview(db: Kysely<CampaignDatabase>): Promise<AuditorSession['campaigns']> {
  const rows = await db
    .selectFrom('campaign as c')
    .leftJoin('campaign_result as r', (join) => join.onRef('r.campaign_id', '=', 'c.id').on('r.pending_reviews', '>', 0))
    .select((eb) => ['c.id', 'c.name', 'c.created_at', eb.fn.count<string | number>('r.page_url').as('pending')])
    .groupBy(['c.id', 'c.name', 'c.created_at'])
    .orderBy('c.created_at')
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, pendingPages: Number(r.pending) }));
}
