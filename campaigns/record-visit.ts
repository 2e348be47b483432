import type { Db as IDatabase } from 'pg-boss';
import type { Campaign } from './campaigns.js';
import { enqueuePages } from './enqueue.js';
import type { PageJob } from './page-job.js';
import type { Queue } from './queue.js';
import { resultRow } from './result-row.js';
import type { Visit } from './visit.js';

const setPage = (tx: IDatabase, job: PageJob, state: string, reason: string | null, attempts = job.attempt) =>
  tx.executeSql(
    `update campaign_page set state = $3, reason = $4, attempts = $5, updated_at = $6
     where campaign_id = $1 and page_url = $2 and state = 'queued'`,
    [job.campaignId, job.url, state, reason, attempts, new Date().toISOString()],
  );

/**
 * Writes a visit through the job's transaction, which also completes the job: the result row
 * (primary key campaign_id + page_url, unique canonical URL, ON CONFLICT DO NOTHING), the page's
 * state, the pages it led to and their jobs, or the job that retries it later. If the worker dies
 * before the commit nothing of it exists and the job runs again; after it, the job is done.
 */
export async function recordVisit(tx: IDatabase, queue: Queue, campaign: Campaign, job: PageJob, visit: Visit): Promise<void> {
  if (visit.kind === 'defer') {
    await queue.sendPage(tx, { ...job, attempt: visit.attempt }, visit.afterMs);
    await tx.executeSql(
      `update campaign_page set attempts = $3, reason = $4, updated_at = $5 where campaign_id = $1 and page_url = $2 and state = 'queued'`,
      [job.campaignId, job.url, visit.attempt - 1, visit.reason, new Date().toISOString()],
    );
    return;
  }
  if (visit.kind === 'final') {
    await setPage(tx, job, visit.state, visit.reason);
    return;
  }
  const row = resultRow({ campaignId: job.campaignId, siteId: job.siteId, pageUrl: job.url, finalUrl: visit.finalUrl, canonical: visit.canonical }, visit.report);
  const { rows } = await tx.executeSql(
    `insert into campaign_result (campaign_id, page_url, site_id, final_url, canonical_url, audited_at, score, band, criteria, report, pending_reviews)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning page_url`,
    [row.campaign_id, row.page_url, row.site_id, row.final_url, row.canonical_url, row.audited_at, row.score, row.band, row.criteria, row.report, row.pending_reviews],
  );
  if (rows.length === 0) {
    await setPage(tx, job, 'duplicate', `misma página que ${visit.canonical}`);
    return;
  }
  await setPage(tx, job, 'done', null);
  const { crawl } = campaign.options;
  const next = [
    ...visit.sitemapLinks.map((url) => ({ url, depth: 1 })),
    ...visit.links.map((url) => ({ url, depth: job.depth + 1 })),
  ];
  await enqueuePages(tx, queue, job.campaignId, job.siteId, crawl.maxPages, next);
}
