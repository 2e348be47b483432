import type { AuditReport } from '../core/schemas/index.js';
import { criterionScores } from '../widgets/collector/store/audits.js';
import { pendingReviewChecks } from './pending-reviews.js';
import type { CampaignResultTable } from './tables.js';

/** Where an audited page of a campaign came from: the padrón row, the URL asked for, where it ended. */
export interface ResultSource {
  campaignId: string;
  siteId: string;
  pageUrl: string;
  finalUrl: string;
  canonical: string;
}

/** The campaign_result row of an audit: one mapping for the worker and for campaigns audited outside the queue. */
export function resultRow(source: ResultSource, report: AuditReport): CampaignResultTable {
  return {
    campaign_id: source.campaignId,
    page_url: source.pageUrl,
    site_id: source.siteId,
    final_url: source.finalUrl,
    canonical_url: source.canonical,
    audited_at: new Date(report.auditedAt).toISOString(),
    score: report.score,
    band: report.band,
    criteria: JSON.stringify(criterionScores(report)),
    report: JSON.stringify(report),
    pending_reviews: pendingReviewChecks(report).length,
  };
}
