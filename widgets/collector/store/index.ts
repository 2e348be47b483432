import { sql, type Kysely } from 'kysely';
import { campaignExists, findCampaign, pageReport, siteResults, type PageResult } from '../../../campaigns/campaign-results.js';
import { campaignView, listCampaigns, type CampaignView } from '../../../campaigns/campaign-view.js';
import { openDataFile } from '../../../campaigns/export.js';
import type { OpenDataFile } from '../../../campaigns/open-data-files.js';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { answerPage } from '../../../campaigns/verification/answers.js';
import { claimPage } from '../../../campaigns/verification/claim.js';
import { DEFAULT_LEASE_MS, releaseLease } from '../../../campaigns/verification/lease.js';
import { campaignsToReview, verificationQueue } from '../../../campaigns/verification/queue.js';
import { CatalogueReport } from '../../../core/catalogue/schema.js';
import {
  AuditReport,
  AuditorRegistration,
  CampaignPageUrl,
  GoodPracticeInput,
  ReviewSubmission,
  type Auditor,
  type AuditorSession,
  type Claim,
  type ReviewAck,
  type ReviewSubmissionInput,
  type VerificationQueue,
  PageUrl,
  type AuditEntry,
  type CatalogueAuditEntry,
  type CreatedId,
  type FeedbackAck,
  type FeedbackRecordInput,
  type FeedbackSummary,
  type GoodPractice,
  type PageFeedbackStats,
  type PublicSite,
  type RefusalCount,
  type RefusalReason,
  type SiteRegistrationInput,
  type StoredFeedback,
} from '../../../core/schemas/index.js';
import { SiteId } from '../../../core/schemas/index.js';
import { parseFeedback, parseInput, scrubComment, type FeedbackSubmission as Submission } from '../validation.js';
import { listAudits, writeAudit } from './audits.js';
import { auditorByToken, revokeAuditorsExcept, upsertAuditor } from './auditors.js';
import { listCatalogueAudits, writeCatalogueAudit } from './catalogue-audits.js';
import { CommitQueue } from './commit-queue.js';
import { connect, type Engine, type StoreLocation } from './connect.js';
import { DatabaseCounters, MemoryCounters, type Counters } from './counters.js';
import { exportFeedback, feedbackStats, forgetComments, pageSummary, pagesWithComment, streamFeedback, writeFeedback } from './feedback.js';
import { monthlyUsefulness, type MonthlyUsefulness } from './open-data.js';
import { countRefusal, listRefusals } from './refusals.js';
import { networkSalt } from './settings.js';
import { addGoodPractice, listGoodPractices, removeGoodPractice } from './good-practices.js';
import { migrate } from './migrations.js';
import { normalizeScope, type Scope } from './scope.js';
import { SiteDirectory, upsertSite } from './sites.js';

export type { Engine, StoreLocation } from './connect.js';
export type { Scope } from './scope.js';
export type { Counters } from './counters.js';
export { GoodPracticeError } from './good-practices.js';
export { AuditPageError } from './audits.js';
export { CampaignPageNotFoundError, PageChangedError, PageTakenError, UnknownReviewCheckError } from '../../../campaigns/verification/errors.js';
export { DEFAULT_LEASE_MS } from '../../../campaigns/verification/lease.js';
export { SiteConflictError, type SiteRecord } from './sites.js';

const ALL: Scope = { sites: 'all' };

/**
 * The collector's storage: one schema and one query layer (Kysely) over embedded SQLite or
 * PostgreSQL. Every method validates its input with the shared zod schemas (the Node API is a
 * boundary too) and throws InvalidInputError naming the field at fault.
 */
export interface Store {
  readonly engine: Engine;
  /** Where the data lives (file path or redacted URL). */
  readonly where: string;
  /** In-memory index of sites for per-request checks. */
  readonly sites: SiteDirectory;
  registerSite(site: SiteRegistrationInput): Promise<PublicSite>;
  listSites(scope?: Scope): Promise<PublicSite[]>;
  /** Idempotent on record.id; resolves once the record is durably committed. */
  insertFeedback(record: FeedbackRecordInput | Submission): Promise<FeedbackAck>;
  insertAudit(site: string, report: unknown): Promise<CreatedId>;
  listAudits(scope?: Scope): Promise<AuditEntry[]>;
  /** Stores a catalogue report (the core's CatalogueReport); idempotent on its source and scoredAt. */
  insertCatalogueAudit(report: unknown): Promise<CreatedId>;
  /** The latest audit of each catalogue in the scope's range, with the datasets of the scope's sites (matched by publisher name). */
  listCatalogueAudits(scope?: Scope): Promise<CatalogueAuditEntry[]>;
  summary(page: string): Promise<FeedbackSummary>;
  stats(scope?: Scope): Promise<PageFeedbackStats[]>;
  exportFeedback(scope?: Scope): Promise<StoredFeedback[]>;
  /** The same records in batches (keyset pagination): bounded memory for any size of export. */
  streamFeedback(scope?: Scope, batchSize?: number): AsyncGenerator<StoredFeedback[]>;
  addGoodPractice(input: { site: string; page: string; auditId: string; note?: string | undefined }): Promise<CreatedId>;
  removeGoodPractice(id: string, scope?: Scope): Promise<boolean>;
  listGoodPractices(scope?: Scope): Promise<GoodPractice[]>;
  /** Salt of the hashes that stand for client addresses and networks (shared through the database). */
  readonly salt: string;
  /** Rate and burst counters: in the database on PostgreSQL (shared by processes), in memory on SQLite. */
  readonly counters: Counters;
  /** How many other pages of a site got exactly this (stored, scrubbed) comment since a time. */
  pagesWithComment(q: { site: string; comment: string; since: string; exceptPage: string }): Promise<number>;
  /** Counts an answer refused as spam (site, UTC day of `now`, reason). */
  countRefusal(site: string, reason: RefusalReason, now?: Date): Promise<void>;
  refusals(scope?: Scope): Promise<RefusalCount[]>;
  /** Retention: empties the comments of answers received before a time (the answers stay); returns how many. */
  forgetComments(receivedBefore: Date): Promise<number>;
  /** A site's answers counted per page and month (for the open data; no comments). */
  monthlyUsefulness(site: string): Promise<MonthlyUsefulness[]>;
  /** Campaigns (issue 9) in this store, oldest first, and one campaign as the tablero shows it. */
  listCampaigns(): Promise<{ id: string; name: string; status: string; createdAt: string }[]>;
  campaignView(id: string, compare?: string): Promise<CampaignView | undefined>;
  /** A sujeto obligado's audited pages in a campaign (undefined when the campaign does not exist). */
  campaignResults(id: string, site: string): Promise<PageResult[] | undefined>;
  /** The stored report of a campaign's page (undefined when there is none). */
  campaignReport(id: string, page: string): Promise<unknown>;
  /** Issues (or replaces) a named auditor's token; the store keeps its hash only. */
  registerAuditor(auditor: AuditorRegistration): Promise<Auditor>;
  /** Revokes every auditor not in `keep` (token refused, claims released, answers kept); returns the ids revoked. */
  revokeAuditorsExcept(keep: readonly string[]): Promise<string[]>;
  auditorByToken(token: string): Promise<Auditor | undefined>;
  /** The campaigns with how many pages wait for review. */
  campaignsToReview(): Promise<AuditorSession['campaigns']>;
  /** A campaign's pages with unanswered review checks by sujeto obligado, with who holds each (undefined: no such campaign). */
  verificationQueue(id: string, options?: { site?: string | undefined; now?: Date }): Promise<VerificationQueue | undefined>;
  /** Takes or renews the lease on a page (PageTakenError while another auditor's is live); gives its stored report. */
  claimCampaignPage(id: string, page: string, auditor: Auditor, options?: { now?: Date; leaseMs?: number }): Promise<Claim>;
  /** Gives the auditor's lease on a page back; false when the auditor held none. */
  releaseCampaignPage(id: string, page: string, auditor: Auditor): Promise<boolean>;
  /** Stores review answers and re-scores the page (idempotent on the submission id). */
  answerCampaignPage(id: string, auditor: Auditor, submission: ReviewSubmissionInput, options?: { now?: Date; leaseMs?: number }): Promise<ReviewAck>;
  /** One of a campaign's open-data files, as `proactiva campaign export` writes it (undefined when the campaign does not exist). */
  campaignOpenData(id: string, file: OpenDataFile): Promise<string | undefined>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens (and migrates) the store: `{ dataDir }` for embedded SQLite, `{ databaseUrl }` for PostgreSQL. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const { db, engine, where } = connect(location);
  try {
    await migrate(db, engine);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw error;
  }
  const sites = new SiteDirectory(db);
  await sites.reload();
  const feedbackQueue = new CommitQueue(db, writeFeedback);
  const salt = await networkSalt(db);
  const counters: Counters = engine === 'postgres' ? new DatabaseCounters(db) : new MemoryCounters();
  const campaigns = db as unknown as Kysely<CampaignDatabase>;
  let closed = false;

  return {
    engine,
    where,
    sites,
    async registerSite(input) {
      const site = await upsertSite(db, input);
      await sites.reload();
      return { id: site.id, name: site.name, origins: site.origins };
    },
    async listSites(scope = ALL) {
      return sites
        .all()
        .filter((s) => scope.sites === 'all' || scope.sites.includes(s.id))
        .map(({ id, name, origins }) => ({ id, name, origins }));
    },
    async insertFeedback(input) {
      return feedbackQueue.submit(scrubComment(parseFeedback(input)));
    },
    async insertAudit(site, report) {
      return writeAudit(db, parseInput(SiteId, site, 'site'), parseInput(AuditReport, report, 'report'));
    },
    listAudits: async (scope = ALL) => listAudits(db, normalizeScope(scope)),
    insertCatalogueAudit: async (report) => writeCatalogueAudit(db, parseInput(CatalogueReport, report, 'report')),
    listCatalogueAudits: async (scope = ALL) => listCatalogueAudits(db, normalizeScope(scope), sites.all()),
    summary: async (page) => pageSummary(db, parseInput(PageUrl, page, 'page')),
    stats: async (scope = ALL) => feedbackStats(db, normalizeScope(scope)),
    exportFeedback: async (scope = ALL) => exportFeedback(db, normalizeScope(scope)),
    streamFeedback: (scope = ALL, batchSize) => streamFeedback(db, normalizeScope(scope), batchSize),
    addGoodPractice: async (input) => addGoodPractice(db, parseInput(GoodPracticeInput, input)),
    removeGoodPractice: (id, scope = ALL) => removeGoodPractice(db, id, scope),
    listGoodPractices: async (scope = ALL) => listGoodPractices(db, normalizeScope(scope)),
    salt,
    counters,
    pagesWithComment: (q) => pagesWithComment(db, q),
    countRefusal: (site, reason, now = new Date()) => countRefusal(db, site, reason, now),
    refusals: async (scope = ALL) => listRefusals(db, normalizeScope(scope)),
    forgetComments: (before) => forgetComments(db, before.toISOString()),
    monthlyUsefulness: async (site) => monthlyUsefulness(db, parseInput(SiteId, site, 'site')),
    listCampaigns: () => listCampaigns(db as unknown as Kysely<CampaignDatabase>),
    campaignView: (id, compare) => campaignView(db as unknown as Kysely<CampaignDatabase>, id, compare),
    campaignResults: async (id, site) => {
      const campaigns = db as unknown as Kysely<CampaignDatabase>;
      return (await campaignExists(campaigns, id)) ? siteResults(campaigns, id, site) : undefined;
    },
    campaignReport: (id, page) => pageReport(db as unknown as Kysely<CampaignDatabase>, id, page),
    registerAuditor: (auditor) => upsertAuditor(db, auditor),
    revokeAuditorsExcept: (keep) => revokeAuditorsExcept(db, keep),
    auditorByToken: (token) => auditorByToken(db, token),
    campaignsToReview: () => campaignsToReview(campaigns),
    verificationQueue: (id, options = {}) => verificationQueue(campaigns, id, options.now ?? new Date(), { site: options.site }),
    claimCampaignPage: (id, page, auditor, options = {}) =>
      claimPage(campaigns, { campaignId: id, page: parseInput(CampaignPageUrl, page, 'page'), auditor, now: options.now ?? new Date(), leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS }),
    releaseCampaignPage: (id, page, auditor) => releaseLease(campaigns, id, page, auditor.id),
    answerCampaignPage: (id, auditor, submission, options = {}) =>
      answerPage(campaigns, {
        campaignId: id,
        auditor,
        submission: parseInput(ReviewSubmission, submission),
        now: options.now ?? new Date(),
        leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
        engine,
      }),
    campaignOpenData: async (id, file) => {
      const campaigns = db as unknown as Kysely<CampaignDatabase>;
      const campaign = await findCampaign(campaigns, id);
      return campaign && openDataFile(campaigns, campaign, file);
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      if (closed) return;
      closed = true;
      await feedbackQueue.close();
      await db.destroy();
    },
  };
}
