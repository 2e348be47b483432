/**
 * The collector's tables, as Kysely sees them. One schema for both engines: text, integer and
 * double precision columns only; dates are UTC ISO 8601 strings (`toISOString()`), which sort and
 * compare as text the same way in SQLite and PostgreSQL; JSON is stored as text.
 */
export interface SiteTable {
  id: string;
  name: string;
  /** JSON array of origins. */
  origins: string;
  public_key: string;
  /** sha256 (hex) of the site's secret token; the token itself is never stored. */
  token_hash: string;
  created_at: string;
  updated_at: string;
  /** k of the site's open data: counts below it are suppressed. */
  open_data_k: number;
}

export interface FeedbackTable {
  /** The record's uuid: the idempotency key. */
  id: string;
  site: string;
  page: string;
  /** 1 useful, 0 not useful. */
  useful: number;
  /** JSON array of criterion ids, in the order the citizen ticked them. */
  reasons: string;
  comment: string | null;
  locale: string;
  created_at: string;
  received_at: string;
}

/** One row per reason of a feedback record, copied with the columns the aggregates filter on (rows are never updated). */
export interface FeedbackReasonTable {
  feedback_id: string;
  reason: string;
  site: string;
  page: string;
  created_at: string;
}

export interface AuditTable {
  /** sha256 (hex) of site, page and auditedAt. */
  id: string;
  site: string;
  page: string;
  audited_at: string;
  score: number | null;
  band: string | null;
  /** JSON object criterion id → score or null. */
  criteria: string;
  /** The AuditReport as JSON. */
  report: string;
  received_at: string;
  /** The report's rule set (id, version, content hash); null for reports made before rule sets. */
  rules_id: string | null;
  rules_version: string | null;
  rules_hash: string | null;
}

export interface GoodPracticeTable {
  /** sha256 (hex) of site, page and audit id. */
  id: string;
  site: string;
  page: string;
  audit_id: string;
  note: string | null;
  created_at: string;
}

/** Answers refused as spam, per site, UTC day and reason (never the answers themselves). */
export interface FeedbackRefusalTable {
  site: string;
  day: string;
  reason: string;
  count: number;
}

/** Fixed-window counters shared by collector processes on one PostgreSQL (rate limits, bursts). Keys hold hashes, never raw addresses. */
export interface RateCounterTable {
  key: string;
  window_start: string;
  hits: number;
  expires_at: string;
}

/** Values every collector process of one database shares (e.g. the salt of network hashes). */
export interface CollectorSettingTable {
  name: string;
  value: string;
}

/** A catalogue's metadata scored by the core; `report` is the CatalogueReport as JSON. */
export interface CatalogueAuditTable {
  /** sha256 (hex) of source and scoredAt (UTC). */
  id: string;
  source: string;
  format: string;
  scored_at: string;
  /** How many datasets the report scored. */
  datasets: number;
  percent: number | null;
  rating: string | null;
  report: string;
  received_at: string;
}

/** A named auditor the garante issued a token to (campaign verification queue); the token only as its hash. */
export interface AuditorTable {
  id: string;
  name: string;
  /** sha256 (hex) of the auditor's token. */
  token_hash: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  site: SiteTable;
  feedback: FeedbackTable;
  feedback_reason: FeedbackReasonTable;
  audit: AuditTable;
  good_practice: GoodPracticeTable;
  feedback_refusal: FeedbackRefusalTable;
  rate_counter: RateCounterTable;
  collector_setting: CollectorSettingTable;
  catalogue_audit: CatalogueAuditTable;
  auditor: AuditorTable;
}
