import { z } from 'zod';
import { ReviewAnswerValue } from './check.js';
import { AuditReport } from './report.js';

/**
 * The auditors' verification queue of a campaign (issue 12): named auditor tokens, leases on
 * pages, and the review answers auditors send back. The collector validates its inputs with these;
 * the extension validates the collector's answers with them.
 */

/** An auditor id: lowercase letters, digits and dashes (like a site id). */
export const AuditorId = z
  .string()
  .min(2)
  .max(100)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'auditor id: lowercase letters, digits and dashes');
export type AuditorId = z.infer<typeof AuditorId>;

/** A named auditor token as the garante issues it (sites file `auditors`, or store.registerAuditor). */
export const AuditorRegistration = z.object({
  id: AuditorId,
  name: z.string().trim().min(1).max(200),
  token: z.string().regex(/^au_[A-Za-z0-9_-]{24,200}$/, 'an auditor token is au_ followed by at least 24 letters or digits'),
});
export type AuditorRegistration = z.infer<typeof AuditorRegistration>;

/** An auditor as the API shows it (never the token). */
export const Auditor = z.object({ id: AuditorId, name: z.string() });
export type Auditor = z.infer<typeof Auditor>;

/** A campaign page's URL exactly as the campaign stored it. */
export const CampaignPageUrl = z.url({ protocol: /^https?$/ }).max(2048);

/** Who holds a page and until when (a lease that expires). */
export const PageHolder = z.object({ auditor: Auditor, claimedAt: z.iso.datetime(), expiresAt: z.iso.datetime() });
export type PageHolder = z.infer<typeof PageHolder>;

/** GET /v1/auditors/me: who the token is and the campaigns with pages to review. */
export const AuditorSession = z.object({
  auditor: Auditor,
  campaigns: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string(), pendingPages: z.number().int().min(0) })),
});
export type AuditorSession = z.infer<typeof AuditorSession>;

export const QueuePage = z.object({
  pageUrl: z.string(),
  finalUrl: z.string(),
  score: z.number().nullable(),
  /** Review checks of the page still unanswered. */
  pending: z.number().int().min(0),
  /** The live lease on the page, null when nobody holds it. */
  holder: PageHolder.nullable(),
});
export type QueuePage = z.infer<typeof QueuePage>;

/** GET /v1/campaigns/:id/queue: pages with unanswered review checks, grouped by sujeto obligado. */
export const VerificationQueue = z.object({
  campaign: z.object({ id: z.string(), name: z.string() }),
  /** When the answer was made (leases are compared with it). */
  now: z.iso.datetime(),
  sites: z.array(z.object({ siteId: z.string(), name: z.string(), pages: z.array(QueuePage) })),
  /** More pages are pending than the answer lists. */
  truncated: z.boolean(),
});
export type VerificationQueue = z.infer<typeof VerificationQueue>;

/** POST /v1/campaigns/:id/claims body. */
export const ClaimRequest = z.object({ page: CampaignPageUrl });
export type ClaimRequest = z.infer<typeof ClaimRequest>;

/** A granted claim: the lease, the stored report (automatic results, evidence, answers so far). */
export const Claim = z.object({
  campaignId: z.string(),
  siteId: z.string(),
  page: z.string(),
  lease: PageHolder,
  /** Submissions by other auditors stored for this page: sent back with answers, so a change made meanwhile is not overwritten unseen. */
  seenOthers: z.number().int().min(0),
  report: AuditReport,
});
export type Claim = z.infer<typeof Claim>;

/** One answer to a review check of the page; `null` withdraws the answer the check had (it is pending again). */
export const PageAnswer = z.object({
  checkId: z.string().min(1).max(100),
  answer: ReviewAnswerValue.nullable(),
  note: z.string().max(2_000).optional(),
  answeredAt: z.iso.datetime(),
});
export type PageAnswer = z.infer<typeof PageAnswer>;

/** POST /v1/campaigns/:id/answers body: the client's uuid makes a retried submission harmless. */
export const ReviewSubmission = z.object({
  id: z.uuid(),
  page: CampaignPageUrl,
  seenOthers: z.number().int().min(0),
  answers: z.array(PageAnswer).min(1).max(100),
});
export type ReviewSubmission = z.infer<typeof ReviewSubmission>;
export type ReviewSubmissionInput = z.input<typeof ReviewSubmission>;

/** The answer to a submission: stored false when its uuid was already stored; the page's score after it. */
export const ReviewAck = z.object({
  id: z.uuid(),
  stored: z.boolean(),
  page: z.string(),
  score: z.number().nullable(),
  band: z.string().nullable(),
  pending: z.number().int().min(0),
});
export type ReviewAck = z.infer<typeof ReviewAck>;

/** Who answered a campaign page's review checks, and when last (the tablero shows it). */
export const PageReviewers = z.object({ names: z.array(z.string()), lastAnsweredAt: z.iso.datetime() });
export type PageReviewers = z.infer<typeof PageReviewers>;
