import type { Db as IDatabase } from 'pg-boss';
import type { Campaign } from './campaigns.js';
import { enqueueFound, type FoundPages } from './found-pages.js';
import type { PageJob } from './page-job.js';
import { setPageStates, type PageStateChange } from './page-states.js';
import type { Queue } from './queue.js';
import { resultRow } from './result-row.js';
import type { Visit } from './visit.js';

/** One visited page of a batch: its campaign, its job and what became of it. */
export interface VisitOutcome {
  campaign: Campaign;
  job: PageJob;
  visit: Visit;
}

type Audited = VisitOutcome & { visit: Extract<Visit, { kind: 'done' }> };

const RESULT_COLUMNS = ['campaign_id', 'page_url', 'site_id', 'final_url', 'canonical_url', 'audited_at', 'score', 'band', 'criteria', 'report', 'pending_reviews'] as const;

/**
 * Stores the results of a batch's audited pages in one insert (ON CONFLICT DO NOTHING on the
 * primary key campaign_id + page_url and on the unique canonical URL, rows taking their turn in the
 * batch's order) and returns the keys (campaign id, newline, page URL) of those stored.
 */
async function insertResults(tx: IDatabase, audited: readonly Audited[]): Promise<Set<string>> {
  if (audited.length === 0) return new Set();
  const params: unknown[] = [];
  const tuples = audited.map(({ job, visit }) => {
    const row = resultRow({ campaignId: job.campaignId, siteId: job.siteId, pageUrl: job.url, finalUrl: visit.finalUrl, canonical: visit.canonical }, visit.report);
    const first = params.length;
    params.push(...RESULT_COLUMNS.map((column) => row[column]));
    return `(${RESULT_COLUMNS.map((_, i) => `$${first + i + 1}`).join(', ')})`;
  });
  const { rows } = await tx.executeSql(
    `insert into campaign_result (${RESULT_COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict do nothing returning campaign_id, page_url`,
    params,
  );
  return new Set(rows.map((r: { campaign_id: string; page_url: string }) => `${r.campaign_id}\n${r.page_url}`));
}

/**
 * Writes a batch's visits through the batch's transaction, which also completes its jobs: the
 * results, each page's state (done, or duplicate when its canonical URL was stored already, or
 * its final state), the pages the stored ones led to and their jobs, or the job that retries a page
 * later. If the worker dies before the commit nothing of it exists and the jobs run again; after
 * it, they are done. A few statements per batch rather than several per page.
 */
export async function recordVisits(tx: IDatabase, queue: Queue, outcomes: readonly VisitOutcome[]): Promise<void> {
  const states: PageStateChange[] = [];
  const audited: Audited[] = [];
  for (const outcome of outcomes) {
    const { job, visit } = outcome;
    if (visit.kind === 'defer') {
      await queue.sendPage(tx, { ...job, attempt: visit.attempt }, visit.afterMs);
      await tx.executeSql(
        `update campaign_page set attempts = $3, reason = $4, updated_at = $5 where campaign_id = $1 and page_url = $2 and state = 'queued'`,
        [job.campaignId, job.url, visit.attempt - 1, visit.reason, new Date().toISOString()],
      );
    } else if (visit.kind === 'final') states.push({ job, state: visit.state, reason: visit.reason });
    else audited.push(outcome as Audited);
  }
  const stored = await insertResults(tx, audited);
  const found: FoundPages[] = [];
  for (const { campaign, job, visit } of audited) {
    if (!stored.has(`${job.campaignId}\n${job.url}`)) {
      states.push({ job, state: 'duplicate', reason: `misma página que ${visit.canonical}` });
      continue;
    }
    states.push({ job, state: 'done', reason: null });
    found.push({
      campaignId: job.campaignId,
      siteId: job.siteId,
      maxPages: campaign.options.crawl.maxPages,
      pages: [...visit.sitemapLinks.map((url) => ({ url, depth: 1 })), ...visit.links.map((url) => ({ url, depth: job.depth + 1 }))],
    });
  }
  await setPageStates(tx, states);
  await enqueueFound(tx, queue, found);
}
