import { EFFORT_COST } from '../rules/schema.js';
import type { CheckResult, CriterionResult, ReportRecommendation } from '../schemas/index.js';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * One recommendation per failed or partial check, with the points the page would gain if that
 * check passed — found by re-scoring the page with it passed (gates included), not estimated —
 * ranked by gain per unit of effort (baja 1, media 2, alta 3), then by gain.
 */
export function recommendationsByGain(
  results: readonly CheckResult[],
  criteria: readonly CriterionResult[],
  current: number | null,
  rescore: (results: readonly CheckResult[]) => number | null,
): ReportRecommendation[] {
  const criterionWeight = new Map(criteria.map((c) => [c.id, c.weight]));
  const out: ReportRecommendation[] = [];
  results.forEach((check, index) => {
    if (check.status !== 'fail' && check.status !== 'partial') return;
    if ((criterionWeight.get(check.criterion) ?? 0) <= 0) return;
    const passed = results.map((r, i) => (i === index ? { ...r, status: 'pass' as const, score: 1 } : r));
    const gain = Math.max(0, round1((rescore(passed) ?? 0) - (current ?? 0)));
    const effort = check.effort ?? 'media';
    out.push({
      checkId: check.id,
      criterion: check.criterion,
      status: check.status,
      title: check.failureTitle,
      ...check.recommendation,
      gain,
      effort,
      priority: Math.round((gain / EFFORT_COST[effort]) * 1000) / 1000,
    });
  });
  return out.sort((a, b) => b.priority - a.priority || (b.gain ?? 0) - (a.gain ?? 0) || a.checkId.localeCompare(b.checkId));
}
