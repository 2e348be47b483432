import type { Kysely } from 'kysely';
import type { Campaign } from './campaigns.js';
import { CampaignOptions } from './options.js';
import type { CampaignDatabase } from './tables.js';
import { pageReviewers } from './verification/answers.js';

/** An audited page of a campaign, as the tablero lists it under its sujeto obligado (no report). */
export interface PageResult {
  pageUrl: string;
  finalUrl: string;
  auditedAt: string;
  score: number | null;
  band: string | null;
  criteria: Record<string, number | null>;
  /** Review checks still unanswered. */
  pendingReviews: number;
  /** Auditors who answered the page's review checks (alphabetical), and when the last answer came. */
  reviewedBy: string[];
  reviewedAt: string | null;
}

/** A sujeto obligado's audited pages in a campaign, worst first (unscored last, then by URL). */
export async function siteResults(db: Kysely<CampaignDatabase>, campaignId: string, siteId: string): Promise<PageResult[]> {
  const rows = await db
    .selectFrom('campaign_result')
    .select(['page_url', 'final_url', 'audited_at', 'score', 'band', 'criteria', 'pending_reviews'])
    .where('campaign_id', '=', campaignId)
    .where('site_id', '=', siteId)
    .execute();
  const reviewers = await pageReviewers(db, campaignId, siteId);
  return rows
    .map((r) => ({
      pageUrl: r.page_url,
      finalUrl: r.final_url,
      auditedAt: r.audited_at,
      score: r.score === null ? null : Number(r.score),
      band: r.band,
      criteria: JSON.parse(r.criteria) as Record<string, number | null>,
      pendingReviews: Number(r.pending_reviews),
      reviewedBy: reviewers.get(r.page_url)?.names ?? [],
      reviewedAt: reviewers.get(r.page_url)?.lastAnsweredAt ?? null,
    }))
    .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || a.pageUrl.localeCompare(b.pageUrl));
}

/** The stored report (AuditReport JSON, validated when it was written) of one page of a campaign; undefined when there is none. */
export async function pageReport(db: Kysely<CampaignDatabase>, campaignId: string, pageUrl: string): Promise<unknown> {
  const row = await db.selectFrom('campaign_result').select('report').where('campaign_id', '=', campaignId).where('page_url', '=', pageUrl).executeTakeFirst();
  return row ? (JSON.parse(row.report) as unknown) : undefined;
}

/** Whether the campaign exists (to tell an unknown campaign from an empty answer). */
export async function campaignExists(db: Kysely<CampaignDatabase>, campaignId: string): Promise<boolean> {
  return (await db.selectFrom('campaign').select('id').where('id', '=', campaignId).executeTakeFirst()) !== undefined;
}

/** One campaign as stored, its options parsed (undefined when there is none). */
export async function findCampaign(db: Kysely<CampaignDatabase>, id: string): Promise<Campaign | undefined> {
  const row = await db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, name: row.name, status: row.status, options: CampaignOptions.parse(JSON.parse(row.options)), createdAt: row.created_at };
}
