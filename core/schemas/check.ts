import { z } from 'zod';
import { CriterionId, Effort, LocalizedText } from './common.js';

export const CheckStatus = z.enum(['pass', 'partial', 'fail', 'needs-review', 'not-applicable']);
export type CheckStatus = z.infer<typeof CheckStatus>;

export const CheckMode = z.enum(['auto', 'review']);
export type CheckMode = z.infer<typeof CheckMode>;

/** One piece of evidence: where on the page (selector), what (snippet), which resource (url), what value. */
export const Evidence = z.object({
  kind: z.enum(['element', 'text', 'url', 'value']),
  selector: z.string().max(2_000).optional(),
  snippet: z.string().max(500).optional(),
  url: z.string().max(2_048).optional(),
  value: z.union([z.string().max(500), z.number(), z.boolean()]).optional(),
  label: LocalizedText.optional(),
});
export type Evidence = z.infer<typeof Evidence>;

/** What a check function returns: a score in [0,1] (null when undecided) and its evidence. */
export const CheckOutcome = z.object({
  status: CheckStatus,
  score: z.number().min(0).max(1).nullable(),
  evidence: z.array(Evidence).max(50),
  detail: LocalizedText.optional(),
  /**
   * Not applicable because the adapter had no data to judge with (no HEAD checks, no axe-core
   * results, no web address) — not because the page lacks anything. Such a check leaves its
   * criterion entirely; an ordinary not-applicable still counts toward the evidence floor.
   */
  unmeasured: z.literal(true).optional(),
});
export type CheckOutcome = z.infer<typeof CheckOutcome>;

/** The auditor's answer to a review question (or an override of an automatic check). */
export const ReviewAnswerValue = z.enum(['si', 'parcial', 'no', 'no-aplica']);
export type ReviewAnswerValue = z.infer<typeof ReviewAnswerValue>;

export const ReviewAnswer = z.object({
  checkId: z.string().min(1).max(100),
  answer: ReviewAnswerValue,
  note: z.string().max(2_000).optional(),
  reviewer: z.string().max(200).optional(),
  answeredAt: z.iso.datetime(),
});
export type ReviewAnswer = z.infer<typeof ReviewAnswer>;

export const Recommendation = z.object({
  what: LocalizedText,
  why: LocalizedText,
  rule: LocalizedText,
});
export type Recommendation = z.infer<typeof Recommendation>;

/** A check's result inside a report: self-contained, so a saved report renders without the registry. */
export const CheckResult = z.object({
  id: z.string(),
  criterion: CriterionId,
  mode: z.enum(['auto', 'review']),
  weight: z.number().min(0),
  status: CheckStatus,
  score: z.number().min(0).max(1).nullable(),
  title: LocalizedText,
  failureTitle: LocalizedText,
  description: LocalizedText,
  help: LocalizedText,
  evidence: z.array(Evidence),
  detail: LocalizedText.optional(),
  unmeasured: z.literal(true).optional(),
  question: LocalizedText.optional(),
  guidance: LocalizedText.optional(),
  recommendation: Recommendation,
  /** From the rule set: a failing essential check keeps the page out of the top band. */
  essential: z.literal(true).optional(),
  /** From the rule set: how much work the fix takes (recommendations rank by gain per effort). */
  effort: Effort.optional(),
  review: ReviewAnswer.optional(),
  /** The outcome before an auditor's answer replaced it, so withdrawing the answer restores it. */
  original: z.object({ status: CheckStatus, score: z.number().min(0).max(1).nullable() }).optional(),
  /** Set when the check threw or ran out of budget; the check is then undecided. */
  error: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** A check's metadata, kept apart from its logic (axe-core's rule/check split, Lighthouse's audit meta). */
export const CheckMeta = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  criterion: CriterionId,
  mode: CheckMode,
  /** Texts may name a rule-set parameter as {name} (or {name%} for a share shown as a percentage). */
  title: LocalizedText,
  failureTitle: LocalizedText,
  description: LocalizedText,
  help: LocalizedText,
  /** Review checks: the question put to the auditor and how to answer it. */
  question: LocalizedText.optional(),
  guidance: LocalizedText.optional(),
});
export type CheckMeta = z.infer<typeof CheckMeta>;
