import { CRITERIA } from '../criteria.js';
import type {
  CheckResult,
  CriterionId,
  CriterionResult,
  Profile,
  ReportRecommendation,
} from '../schemas/index.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

const isDecided = (c: CheckResult): boolean => c.score !== null && c.status !== 'not-applicable';

/**
 * A criterion's score: weighted mean of its decided checks (0-100), and coverage: the share of
 * weight decided among the checks that apply (not-applicable ones leave both sides).
 */
export function scoreCriterion(id: CriterionId, checks: CheckResult[], profile: Profile): CriterionResult {
  const meta = CRITERIA.find((c) => c.id === id)!;
  let decidedWeight = 0;
  let applicableWeight = 0;
  let sum = 0;
  for (const check of checks) {
    if (check.status === 'not-applicable') continue;
    applicableWeight += check.weight;
    if (isDecided(check)) {
      decidedWeight += check.weight;
      sum += check.weight * (check.score ?? 0);
    }
  }
  const score = decidedWeight > 0 ? round1((sum / decidedWeight) * 100) : null;
  const coverage = applicableWeight > 0 ? decidedWeight / applicableWeight : 1;
  return {
    id,
    title: meta.title,
    stage: meta.stage,
    score,
    coverage: Math.round(coverage * 1000) / 1000,
    weight: profile.weights[id] ?? 1,
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

/** One recommendation per failed or partial check, most impact first. */
export function recommendationsFor(criteria: readonly CriterionResult[]): ReportRecommendation[] {
  const out: ReportRecommendation[] = [];
  for (const criterion of criteria) {
    for (const check of criterion.checks) {
      if (check.status !== 'fail' && check.status !== 'partial') continue;
      const missing = 1 - (check.score ?? 0);
      out.push({
        checkId: check.id,
        criterion: check.criterion,
        status: check.status,
        title: check.failureTitle,
        ...check.recommendation,
        priority: Math.round(missing * check.weight * criterion.weight * 1000) / 1000,
      });
    }
  }
  return out.sort((a, b) => b.priority - a.priority || a.checkId.localeCompare(b.checkId));
}
