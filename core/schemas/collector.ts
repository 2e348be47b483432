import { z } from 'zod';
import { CriterionId } from './common.js';
import { FeedbackReason, FeedbackRecord } from './feedback.js';
import { PageUrl } from './page-url.js';
import { RulesRef } from '../rules/schema.js';
import { CatalogueReport, DatasetScore } from '../catalogue/schema.js';
import { AuditReport, Band } from './report.js';
import { AuditorRegistration } from './verification.js';

/**
 * Shapes exchanged with the collector (docs/collector-api.md): site registration, the sites file,
 * and the answers the dashboard reads. The collector validates its inputs with these; clients may
 * validate its answers with them.
 */

/** A site id: the same rule as FeedbackRecord.site. */
export const SiteId = z
  .string()
  .min(3)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'site key: lowercase letters, digits and dashes');
export type SiteId = z.infer<typeof SiteId>;

/** A web origin (`scheme://host[:port]`), lower-cased; anything with a path, query or credentials is refused. */
export const WebOrigin = z
  .string()
  .max(300)
  .transform((value, ctx) => {
    let origin: string | null = null;
    try {
      const url = new URL(value.trim());
      const plain = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      if ((url.protocol === 'http:' || url.protocol === 'https:') && plain) origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin === null) {
      ctx.addIssue({ code: 'custom', message: 'an origin such as https://portal.gob.mx is expected' });
      return z.NEVER;
    }
    return origin;
  });

/**
 * A browser extension's origin (`chrome-extension://<id>`, `moz-extension://<uuid>`): the auditors'
 * extension, allowed by CORS so it reaches the verification queue without a host permission.
 */
export const ExtensionOrigin = z
  .string()
  .max(100)
  .regex(/^(chrome-extension|moz-extension):\/\/[a-z0-9-]{1,64}$/, 'an extension origin such as chrome-extension://<id> is expected');

export const PublicKey = z.string().regex(/^pk_[A-Za-z0-9_-]{16,200}$/, 'a public key is pk_ followed by at least 16 letters or digits');
export const SecretToken = z.string().regex(/^[a-z]{2}_[A-Za-z0-9_-]{24,200}$/, 'a token is a 2-letter prefix, _ and at least 24 letters or digits');

/** A site as registered (sites file or store.registerSite): its token is a secret. */
export const SiteRegistration = z.object({
  id: SiteId,
  name: z.string().trim().min(1).max(200),
  origins: z.array(WebOrigin).min(1).max(50),
  publicKey: PublicKey,
  token: SecretToken,
  /**
   * k of the open data (issue 11): a published count below k answers is suppressed. At least 2, so
   * a single answer is never published; default 5.
   */
  openDataK: z.number().int().min(2).max(1_000).default(5),
});
export type SiteRegistration = z.infer<typeof SiteRegistration>;
export type SiteRegistrationInput = z.input<typeof SiteRegistration>;

/**
 * The sites file: `{ adminToken?, dashboardOrigins?, sites, auditors? }`, or a bare array of sites.
 * `auditors` are the garante's named auditor tokens (the campaigns' verification queue).
 */
export const SitesFile = z.preprocess(
  (value) => (Array.isArray(value) ? { sites: value } : value),
  z.object({
    adminToken: SecretToken.optional(),
    dashboardOrigins: z.array(WebOrigin).max(50).default([]),
    extensionOrigins: z.array(ExtensionOrigin).max(20).default([]),
    sites: z.array(SiteRegistration).max(10_000),
    auditors: z.array(AuditorRegistration).max(1_000).default([]),
  }),
);
export type SitesFile = z.infer<typeof SitesFile>;

/** A site as the API shows it (no credentials). */
export const PublicSite = z.object({ id: SiteId, name: z.string(), origins: z.array(z.string()) });
export type PublicSite = z.infer<typeof PublicSite>;

export const SiteList = z.object({ sites: z.array(PublicSite) });
export type SiteList = z.infer<typeof SiteList>;

/** Every error answer of the collector. `field` names the input at fault (a JSON path, a query parameter or a header). */
export const ApiError = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable() }),
});
export type ApiError = z.infer<typeof ApiError>;

export const Health = z.object({ ok: z.boolean(), db: z.enum(['sqlite', 'postgres']) });
export type Health = z.infer<typeof Health>;

/** Answer of POST /v1/feedback: stored is false when the uuid was already stored. */
export const FeedbackAck = z.object({ id: z.uuid(), stored: z.boolean() });
export type FeedbackAck = z.infer<typeof FeedbackAck>;

/** A feedback record as exported: what the widget sent plus when the collector received it. */
export const StoredFeedback = FeedbackRecord.extend({ receivedAt: z.iso.datetime() });
export type StoredFeedback = z.infer<typeof StoredFeedback>;

export const FeedbackExport = z.object({ records: z.array(StoredFeedback) });
export type FeedbackExport = z.infer<typeof FeedbackExport>;

/** Body of POST /v1/audits. */
export const AuditPublication = z.object({ site: SiteId, report: AuditReport });
export type AuditPublication = z.infer<typeof AuditPublication>;

/** Per-criterion scores of an audit, null where the criterion was not decided. */
export const CriterionScores = z.partialRecord(CriterionId, z.number().min(0).max(100).nullable());
export type CriterionScores = z.infer<typeof CriterionScores>;

/** The rule set an audit was made under, as the collector stores it (queryable columns). */
export const AuditRules = RulesRef.pick({ id: true, version: true, hash: true });
export type AuditRules = z.infer<typeof AuditRules>;

export const AuditEntry = z.object({
  id: z.string(),
  site: SiteId,
  page: z.string(),
  auditedAt: z.iso.datetime(),
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  criteria: CriterionScores,
  /** The report's rule set; null for reports made before rule sets (schemaVersion 1: the 2015 rules then in code). */
  rules: AuditRules.nullable(),
  report: AuditReport,
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = z.object({ audits: z.array(AuditEntry) });
export type AuditList = z.infer<typeof AuditList>;

/** Counts per month ("2026-03") for one page. */
export const FeedbackPeriod = z.object({
  period: z.string().regex(/^\d{4}-\d{2}$/),
  total: z.number().int().min(0),
  useful: z.number().int().min(0),
});
export type FeedbackPeriod = z.infer<typeof FeedbackPeriod>;

export const PageFeedbackStats = z.object({
  site: SiteId,
  page: z.string(),
  total: z.number().int().min(0),
  useful: z.number().int().min(0),
  usefulRate: z.number().min(0).max(1).nullable(),
  reasons: z.partialRecord(FeedbackReason, z.number().int().min(0)),
  series: z.array(FeedbackPeriod),
});
export type PageFeedbackStats = z.infer<typeof PageFeedbackStats>;

export const FeedbackStats = z.object({ pages: z.array(PageFeedbackStats) });
export type FeedbackStats = z.infer<typeof FeedbackStats>;

/** Body of POST /v1/good-practices: flags an audited page as a good practice. */
export const GoodPracticeInput = z.object({
  site: SiteId,
  page: PageUrl,
  auditId: z.string().min(1).max(200),
  note: z.string().trim().max(1_000).optional(),
});
export type GoodPracticeInput = z.infer<typeof GoodPracticeInput>;

export const GoodPractice = z.object({
  id: z.string(),
  site: SiteId,
  page: z.string(),
  auditId: z.string(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
  auditedAt: z.iso.datetime(),
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  criteria: CriterionScores,
});
export type GoodPractice = z.infer<typeof GoodPractice>;

export const GoodPracticeList = z.object({ goodPractices: z.array(GoodPractice) });
export type GoodPracticeList = z.infer<typeof GoodPracticeList>;

/**
 * A dataset of a stored catalogue audit, as the collector answers it: the core's score plus the
 * registered sujeto obligado that publishes it (the site whose name is the dataset's publisher),
 * null when no registered site matches.
 */
export const CatalogueDatasetEntry = DatasetScore.extend({ site: SiteId.nullable() });
export type CatalogueDatasetEntry = z.infer<typeof CatalogueDatasetEntry>;

/**
 * A stored catalogue audit (the body of POST /v1/catalogue-audits is a CatalogueReport): the
 * report's catalogue-wide fields, and its datasets that the reader may see, ranked best first.
 */
export const CatalogueAuditEntry = CatalogueReport.pick({ source: true, format: true, scoredAt: true, skipped: true }).extend({
  id: z.string(),
  receivedAt: z.iso.datetime(),
  /** Datasets the catalogue scored, all publishers together. */
  total: z.number().int().min(0),
  datasets: z.array(CatalogueDatasetEntry),
});
export type CatalogueAuditEntry = z.infer<typeof CatalogueAuditEntry>;

export const CatalogueAuditList = z.object({ catalogues: z.array(CatalogueAuditEntry) });
export type CatalogueAuditList = z.infer<typeof CatalogueAuditList>;

export const CreatedId = z.object({ id: z.string(), stored: z.boolean() });
export type CreatedId = z.infer<typeof CreatedId>;

/** Why an answer was refused as spam (issue 11); refused answers are counted, never stored. */
export const RefusalReason = z.enum(['honeypot', 'too_fast', 'repeated_comment', 'network_burst']);
export type RefusalReason = z.infer<typeof RefusalReason>;

/** Answers refused for one reason on one site on one UTC day ("2026-03-10"). */
export const RefusalCount = z.object({
  site: SiteId,
  day: z.iso.date(),
  reason: RefusalReason,
  count: z.number().int().min(1),
});
export type RefusalCount = z.infer<typeof RefusalCount>;

export const RefusalList = z.object({ refusals: z.array(RefusalCount) });
export type RefusalList = z.infer<typeof RefusalList>;
