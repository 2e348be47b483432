import type { Kysely } from 'kysely';
import { AuditReport, type Auditor, type Claim } from '../../core/schemas/index.js';
import type { CampaignDatabase } from '../tables.js';
import { CampaignPageNotFoundError } from './errors.js';
import { takeLease } from './lease.js';

/** Submissions stored for a page by auditors other than this one. */
export async function othersSubmissions(db: Kysely<CampaignDatabase>, campaignId: string, page: string, auditorId: string): Promise<number> {
  const row = await db
    .selectFrom('campaign_review')
    .select((eb) => eb.fn.count<string | number>('submission_id').distinct().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('page_url', '=', page)
    .where('auditor_id', '!=', auditorId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/**
 * Claims a campaign page for an auditor: takes (or renews) its lease and gives the stored report
 * with the answers so far. Throws CampaignPageNotFoundError, or PageTakenError naming the holder.
 */
export async function claimPage(
  db: Kysely<CampaignDatabase>,
  request: { campaignId: string; page: string; auditor: Auditor; now: Date; leaseMs: number },
): Promise<Claim> {
  const read = () =>
    db.selectFrom('campaign_result').select(['site_id', 'report']).where('campaign_id', '=', request.campaignId).where('page_url', '=', request.page).executeTakeFirst();
  if (!(await read())) throw new CampaignPageNotFoundError(request.campaignId, request.page);
  const lease = await takeLease(db, request);
  // Read once the lease is ours: nobody else can add answers now until it expires, so the report
  // and the count are what the auditor's answers will be checked against.
  const result = await read();
  if (!result) throw new CampaignPageNotFoundError(request.campaignId, request.page);
  const seenOthers = await othersSubmissions(db, request.campaignId, request.page, request.auditor.id);
  return { campaignId: request.campaignId, siteId: result.site_id, page: request.page, lease, seenOthers, report: AuditReport.parse(JSON.parse(result.report)) };
}
