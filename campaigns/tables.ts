/**
 * The campaign tables of the collector's store (migration 0004_campaigns), as Kysely sees them.
 * Dates are UTC ISO strings; host slot times are epoch milliseconds from the database clock.
 */
import type { Database } from '../widgets/collector/store/database.js';

export type CampaignStatus = 'created' | 'running' | 'paused' | 'cancelled';
export type PageState = 'queued' | 'done' | 'failed' | 'duplicate' | 'excluded' | 'cancelled';

export interface CampaignTable {
  id: string;
  name: string;
  status: CampaignStatus;
  /** CampaignOptions as JSON. */
  options: string;
  created_at: string;
}

export interface CampaignSiteTable {
  campaign_id: string;
  site_id: string;
  name: string;
  ambito: string;
  entidad: string;
  /** JSON array of portal URLs. */
  urls: string;
  /** Pages accepted for this site so far (the per-site page cap counts these). */
  pages: number;
}

export interface CampaignPageTable {
  campaign_id: string;
  page_url: string;
  site_id: string;
  depth: number;
  state: PageState;
  attempts: number;
  reason: string | null;
  updated_at: string;
}

export interface CampaignResultTable {
  campaign_id: string;
  page_url: string;
  site_id: string;
  final_url: string;
  canonical_url: string;
  audited_at: string;
  score: number | null;
  band: string | null;
  /** JSON object criterion id → score or null. */
  criteria: string;
  /** The AuditReport as JSON (re-scored with the auditors' answers once they come). */
  report: string;
  /** Review checks of the report still unanswered (the verification queue lists pages with some). */
  pending_reviews: number;
}

/** Who holds a campaign page for review, until when (one row per page; an expired lease is free to take). */
export interface CampaignClaimTable {
  campaign_id: string;
  page_url: string;
  auditor_id: string;
  auditor_name: string;
  claimed_at: string;
  expires_at: string;
}

/** One answer of an auditor's submission (its client uuid) to a review check of a campaign page. */
export interface CampaignReviewTable {
  submission_id: string;
  check_id: string;
  campaign_id: string;
  page_url: string;
  auditor_id: string;
  auditor_name: string;
  answer: string;
  note: string | null;
  answered_at: string;
  received_at: string;
}

export interface CampaignHostTable {
  host: string;
  busy_until: string | number;
  next_at: string | number;
  /** The host's own minimum gap between requests (robots.txt Crawl-delay), ms. */
  gap_ms: number;
}

export interface CampaignDatabase extends Database {
  campaign: CampaignTable;
  campaign_site: CampaignSiteTable;
  campaign_page: CampaignPageTable;
  campaign_result: CampaignResultTable;
  campaign_host: CampaignHostTable;
  campaign_claim: CampaignClaimTable;
  campaign_review: CampaignReviewTable;
}
