import type { AuditReport } from '../core/schemas/index.js';

/** The review checks of a report no auditor has answered yet (what the verification queue waits for). */
export function pendingReviewChecks(report: Pick<AuditReport, 'criteria'>): string[] {
  return report.criteria.flatMap((c) => c.checks).filter((c) => c.mode === 'review' && !c.review && c.status === 'needs-review').map((c) => c.id);
}
