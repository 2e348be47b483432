import { z } from 'zod';
import { AsOfDate, CriterionId, Effort, LocalizedText, Stage } from './common.js';
import { RulesRef } from '../rules/schema.js';
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
  /**
   * Points the overall score gains if this check passes (re-scored, gates included); absent in
   * reports made before rule sets.
   */
  gain: z.number().min(0).optional(),
  effort: Effort.optional(),
  /** Gain per unit of effort (before rule sets: weight × missing score); recommendations sort by it. */
  priority: z.number().min(0),
});
export type ReportRecommendation = z.infer<typeof ReportRecommendation>;

/** Essential checks that fail, and whether they held the page below the top band. */
export const Gate = z.object({
  failing: z.array(z.string()),
  heldBack: z.boolean(),
  /** The score the page would have without the gate (only when it held the page back). */
  uncappedScore: z.number().min(0).max(100).nullable().optional(),
});
export type Gate = z.infer<typeof Gate>;

/** Version 2 names its rule set and gate; version 1 reports (before rule sets) still load. */
export const REPORT_SCHEMA_VERSION = 2;

export const AuditReport = z.object({
  schemaVersion: z.union([z.literal(1), z.literal(2)]),
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
  /** The rule set the page was judged under (absent in version 1 reports: the 2015 rules then in code). */
  rules: RulesRef.optional(),
  gate: Gate.optional(),
  truncated: z.boolean(),
  truncation: z.array(z.string()),
});
export type AuditReport = z.infer<typeof AuditReport>;
