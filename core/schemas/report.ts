import { z } from 'zod';
import { AsOfDate, CriterionId, LocalizedText, Stage } from './common.js';
import { CheckResult, CheckStatus, Recommendation } from './check.js';
import { Profile } from './profile.js';

export const Band = z.enum(['insuficiente', 'en-desarrollo', 'proactiva']);
export type Band = z.infer<typeof Band>;

export const CriterionResult = z.object({
  id: CriterionId,
  title: LocalizedText,
  stage: Stage,
  /** 0-100, weighted mean of decided checks; null when no check was decided. */
  score: z.number().min(0).max(100).nullable(),
  /** Share (0-1) of the criterion's check weight that is decided. */
  coverage: z.number().min(0).max(1),
  weight: z.number().min(0),
  checks: z.array(CheckResult),
});
export type CriterionResult = z.infer<typeof CriterionResult>;

export const ReportRecommendation = Recommendation.extend({
  checkId: z.string(),
  criterion: CriterionId,
  status: CheckStatus,
  title: LocalizedText,
  /** Weight × missing score: the higher, the more the fix moves the overall score. */
  priority: z.number().min(0),
});
export type ReportRecommendation = z.infer<typeof ReportRecommendation>;

export const AuditReport = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('proactiva'), version: z.string() }),
  url: z.string(),
  title: z.string().max(500),
  fetchedAt: z.iso.datetime(),
  auditedAt: z.iso.datetime(),
  /** The verification date the page was judged as of (absent in reports made before it existed). */
  asOf: AsOfDate.optional(),
  timings: z.object({ totalMs: z.number().min(0), signalsMs: z.number().min(0), checksMs: z.number().min(0) }),
  /** Overall 0-100, weighted mean of criteria under the profile; null when nothing was decided. */
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  subscores: z.object({
    quality: z.number().min(0).max(100).nullable(),
    proactivity: z.number().min(0).max(100).nullable(),
  }),
  coverage: z.number().min(0).max(1),
  criteria: z.array(CriterionResult).length(10),
  recommendations: z.array(ReportRecommendation),
  profile: Profile,
  truncated: z.boolean(),
  truncation: z.array(z.string()),
});
export type AuditReport = z.infer<typeof AuditReport>;
