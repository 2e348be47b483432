import type { Db as IDatabase } from 'pg-boss';
import type { PageJob } from './page-job.js';

/** A queued page's new state: done, duplicate, failed, excluded or cancelled, with its reason. */
export interface PageStateChange {
  job: PageJob;
  state: string;
  reason: string | null;
}

/**
 * Sets the state of many queued pages in one statement (pages of several campaigns may share a
 * batch). A page no longer queued is left as it is, as before.
 */
export async function setPageStates(tx: IDatabase, changes: readonly PageStateChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.executeSql(
    `update campaign_page p set state = u.state, reason = u.reason, attempts = u.attempts, updated_at = $6
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) as u(campaign_id, page_url, state, reason, attempts)
     where p.campaign_id = u.campaign_id and p.page_url = u.page_url and p.state = 'queued'`,
    [
      changes.map((c) => c.job.campaignId),
      changes.map((c) => c.job.url),
      changes.map((c) => c.state),
      changes.map((c) => c.reason),
      changes.map((c) => c.job.attempt),
      new Date().toISOString(),
    ],
  );
}
