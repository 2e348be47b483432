/**
 * Diagnóstico de utilidad: for each of the ten criteria, does the audit and the public agree?
 * The audit says a criterion is weak below WEAK_SCORE; citizens say it is when at least
 * COMPLAINT_SHARE of the answers (and COMPLAINT_MIN of them) give it as a reason.
 */
import type { CriterionId, FeedbackReason } from '../../../../core/schemas/index.js';
import { CRITERIA, REASONS, type Aggregate } from './panel.js';

export const WEAK_SCORE = 70;
export const COMPLAINT_SHARE = 0.08;
export const COMPLAINT_MIN = 2;

export type Verdict =
  /** Both say it is fine. */
  | 'agree-strength'
  /** Both say it must improve. */
  | 'agree-weakness'
  /** Citizens complain; the audit finds it fine: look for what the audit cannot see. */
  | 'citizens-only'
  /** The audit finds it weak; citizens do not complain: check whether it matters to this public. */
  | 'audit-only'
  /** No citizen reason maps to this criterion (reutilizable, retroalimentación) or no answers. */
  | 'no-citizen-signal'
  | 'no-audit';

export interface CriterionDiagnosis {
  criterion: CriterionId;
  auditScore: number | null;
  mentions: number | null;
  /** Share of all answers that gave this reason (null without a citizen signal). */
  share: number | null;
  verdict: Verdict;
}

const isReason = (c: CriterionId): c is FeedbackReason => (REASONS as readonly string[]).includes(c);

export function diagnose(aggregate: Aggregate): CriterionDiagnosis[] {
  const answers = aggregate.feedback.total;
  return CRITERIA.map((criterion) => {
    const auditScore = aggregate.criteria[criterion];
    const mentions = isReason(criterion) ? aggregate.feedback.reasons[criterion] : null;
    const share = mentions !== null && answers > 0 ? mentions / answers : null;
    let verdict: Verdict;
    if (auditScore === null) verdict = 'no-audit';
    else if (share === null || mentions === null) verdict = 'no-citizen-signal';
    else {
      const weak = auditScore < WEAK_SCORE;
      const complaint = share >= COMPLAINT_SHARE && mentions >= COMPLAINT_MIN;
      verdict = weak ? (complaint ? 'agree-weakness' : 'audit-only') : complaint ? 'citizens-only' : 'agree-strength';
    }
    return { criterion, auditScore, mentions, share, verdict };
  });
}
