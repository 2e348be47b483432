import { z } from 'zod';
import type { AuditContext } from '../context.js';
import { CheckMeta, type CheckOutcome, type Evidence, type LocalizedText } from '../schemas/index.js';

/** Checks without thresholds take no parameters. */
export const NO_PARAMS = z.object({}).strict();

/**
 * A check: metadata apart from logic. `evaluate` is a pure function of the audit context and of
 * the thresholds the rule set gives it (`params`, validated by the check's own schema). Weight,
 * legal reference and recommendation live in the rule set (core/rules/), never here.
 */
export interface Check<P = unknown> {
  readonly meta: CheckMeta;
  readonly params: z.ZodType<P>;
  evaluate(ctx: AuditContext, params: P): CheckOutcome;
}

/** Validates the metadata once, at module load, so a bad check fails every test that imports it. */
export function defineCheck(meta: CheckMeta, evaluate: (ctx: AuditContext) => CheckOutcome): Check<Record<string, never>>;
export function defineCheck<S extends z.ZodType>(
  meta: CheckMeta,
  params: S,
  evaluate: (ctx: AuditContext, params: z.infer<S>) => CheckOutcome,
): Check<z.infer<S>>;
export function defineCheck(
  meta: CheckMeta,
  paramsOrEvaluate: z.ZodType | ((ctx: AuditContext) => CheckOutcome),
  evaluate?: (ctx: AuditContext, params: unknown) => CheckOutcome,
): Check {
  if (typeof paramsOrEvaluate === 'function') return { meta: CheckMeta.parse(meta), params: NO_PARAMS, evaluate: paramsOrEvaluate };
  return { meta: CheckMeta.parse(meta), params: paramsOrEvaluate, evaluate: evaluate! };
}

export const pass = (evidence: Evidence[] = [], detail?: LocalizedText): CheckOutcome => ({
  status: 'pass',
  score: 1,
  evidence,
  ...(detail ? { detail } : {}),
});

export const fail = (evidence: Evidence[] = [], detail?: LocalizedText): CheckOutcome => ({
  status: 'fail',
  score: 0,
  evidence,
  ...(detail ? { detail } : {}),
});

/** Partial credit; garantes use 0.5 ("cumplió parcialmente") by default (design §1). */
export const partial = (evidence: Evidence[] = [], detail?: LocalizedText, score = 0.5): CheckOutcome => ({
  status: 'partial',
  score: Math.min(1, Math.max(0, score)),
  evidence,
  ...(detail ? { detail } : {}),
});

/** For review checks: undecided until the auditor answers; carries the evidence found so far. */
export const needsReview = (evidence: Evidence[] = [], detail?: LocalizedText): CheckOutcome => ({
  status: 'needs-review',
  score: null,
  evidence,
  ...(detail ? { detail } : {}),
});

export const notApplicable = (detail?: LocalizedText, evidence: Evidence[] = []): CheckOutcome => ({
  status: 'not-applicable',
  score: null,
  evidence,
  ...(detail ? { detail } : {}),
});

/**
 * Not applicable because nothing was measured: the adapter gave no data for it (HEAD checks,
 * axe-core results, a web address). Leaves the criterion entirely, unlike notApplicable, which
 * says the page has nothing of the kind (and still counts toward the evidence floor).
 */
export const unmeasured = (detail: LocalizedText, evidence: Evidence[] = []): CheckOutcome => ({
  status: 'not-applicable',
  score: null,
  evidence,
  detail,
  unmeasured: true,
});

/** Maps a score in [0,1] to pass (≥ 0.9), partial, or fail (≤ 0.1). */
export const graded = (score: number, evidence: Evidence[] = [], detail?: LocalizedText): CheckOutcome => {
  const s = Math.min(1, Math.max(0, score));
  if (s >= 0.9) return { status: 'pass', score: s, evidence, ...(detail ? { detail } : {}) };
  if (s <= 0.1) return { status: 'fail', score: s, evidence, ...(detail ? { detail } : {}) };
  return { status: 'partial', score: s, evidence, ...(detail ? { detail } : {}) };
};
