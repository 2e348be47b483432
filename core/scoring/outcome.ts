import { CRITERIA } from '../criteria.js';
import type { CheckResult, CriterionId, CriterionResult, Gate } from '../schemas/index.js';
import { bandFor, TOP_BAND_MIN } from './band.js';
import { overallCoverage, scoreCriterion, subscores, weightedMean } from './score.js';

/** Everything scoring derives from a set of check results (already weighted and reviewed). */
export interface ScoredOutcome {
  criteria: CriterionResult[];
  score: number | null;
  band: ReturnType<typeof bandFor>;
  subscores: ReturnType<typeof subscores>;
  coverage: number;
  gate: Gate;
}

/**
 * Scores check results: criteria, the overall weighted mean and the essential gate. A page whose
 * essential check fails cannot reach the top band: its score stops just below it, and the gate
 * says which checks held it back and what the score would have been.
 */
export function scoreResults(results: readonly CheckResult[], criterionWeight: (id: CriterionId) => number): ScoredOutcome {
  const criteria = CRITERIA.map((c) =>
    scoreCriterion(
      c.id,
      results.filter((r) => r.criterion === c.id),
      criterionWeight(c.id),
    ),
  );
  const uncapped = weightedMean(criteria);
  const failing = results.filter((r) => r.essential && r.status === 'fail').map((r) => r.id);
  const heldBack = uncapped !== null && failing.length > 0 && uncapped >= TOP_BAND_MIN;
  const score = heldBack ? TOP_BAND_MIN - 0.1 : uncapped;
  return {
    criteria,
    score,
    band: bandFor(score),
    subscores: subscores(criteria),
    coverage: overallCoverage(criteria),
    gate: { failing, heldBack, ...(heldBack ? { uncappedScore: uncapped } : {}) },
  };
}
