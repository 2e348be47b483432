import { CRITERIA } from '../criteria.js';
import type { CheckResult, CriterionId, CriterionResult } from '../schemas/index.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

const isDecided = (c: CheckResult): boolean => c.score !== null && c.status !== 'not-applicable';

/**
 * The evidence floor: a criterion's score divides by at least this share of the weight of its
 * automatic checks that could be measured. Checks that found nothing to judge ("the page has no
 * data files", "the text is too short") still count there, so a criterion whose evidence is
 * mostly absent cannot reach a high score on the one or two checks that passed. See core/README.md.
 */
export const EVIDENCE_FLOOR = 0.6;

/**
 * Weight an automatic check brings to the evidence floor: none when nothing could be measured
 * (no HEAD, no axe-core, no web address), when it failed to run, or when an auditor ruled it out.
 */
function floorWeight(check: CheckResult): number {
  if (check.mode !== 'auto' || check.unmeasured || check.error) return 0;
  if (check.review?.answer === 'no-aplica') return 0;
  return check.weight;
}

/**
 * A criterion's score (0-100): the weighted sum of its decided checks over the larger of their
 * weight and the evidence floor. Coverage: the share of weight decided among the checks that
 * apply (not-applicable ones leave both sides). Null only when nothing is decided and nothing
 * could be measured.
 */
export function scoreCriterion(id: CriterionId, checks: CheckResult[], weight: number): CriterionResult {
  const meta = CRITERIA.find((c) => c.id === id)!;
  let decidedWeight = 0;
  let applicableWeight = 0;
  let measurableWeight = 0;
  let sum = 0;
  for (const check of checks) {
    measurableWeight += floorWeight(check);
    if (check.status === 'not-applicable') continue;
    applicableWeight += check.weight;
    if (isDecided(check)) {
      decidedWeight += check.weight;
      sum += check.weight * (check.score ?? 0);
    }
  }
  const denominator = Math.max(decidedWeight, EVIDENCE_FLOOR * measurableWeight);
  const score = denominator > 0 ? round1((sum / denominator) * 100) : null;
  const coverage = applicableWeight > 0 ? decidedWeight / applicableWeight : 1;
  return {
    id,
    title: meta.title,
    stage: meta.stage,
    score,
    coverage: Math.round(coverage * 1000) / 1000,
    weight,
    checks,
  };
}

/** Weighted mean of the criteria that have a score; null when none has. */
export function weightedMean(criteria: readonly CriterionResult[], ids?: readonly CriterionId[]): number | null {
  let weight = 0;
  let sum = 0;
  for (const c of criteria) {
    if (ids && !ids.includes(c.id)) continue;
    if (c.score === null || c.weight <= 0) continue;
    weight += c.weight;
    sum += c.weight * c.score;
  }
  return weight > 0 ? round1(sum / weight) : null;
}

/** Overall coverage: criterion coverages weighted by criterion weight. */
export function overallCoverage(criteria: readonly CriterionResult[]): number {
  let weight = 0;
  let sum = 0;
  for (const c of criteria) {
    weight += c.weight;
    sum += c.weight * c.coverage;
  }
  return weight > 0 ? Math.round((sum / weight) * 1000) / 1000 : 0;
}

const QUALITY = CRITERIA.filter((c) => c.group === 'quality').map((c) => c.id);
const PROACTIVITY = CRITERIA.filter((c) => c.group === 'proactivity').map((c) => c.id);

export function subscores(criteria: readonly CriterionResult[]) {
  return { quality: weightedMean(criteria, QUALITY), proactivity: weightedMean(criteria, PROACTIVITY) };
}
