import type { AuditReport, CheckStatus, CriterionId, LocalizedText } from '../../core/index.js';

export interface CheckChange {
  id: string;
  title: LocalizedText;
  before: CheckStatus | null;
  after: CheckStatus | null;
  scoreBefore: number | null;
  scoreAfter: number | null;
}

export interface CriterionChange {
  id: CriterionId;
  title: LocalizedText;
  before: number | null;
  after: number | null;
  /** after − before; null when either side has no score. */
  delta: number | null;
  coverageBefore: number;
  coverageAfter: number;
  /** Checks whose status or score moved (or that exist on one side only). */
  checks: CheckChange[];
}

export interface Comparison {
  url: string;
  before: { auditedAt: string; score: number | null };
  after: { auditedAt: string; score: number | null };
  delta: number | null;
  criteria: CriterionChange[];
}

const diff = (before: number | null, after: number | null): number | null =>
  before === null || after === null ? null : Math.round((after - before) * 10) / 10;

/**
 * What changed between two audits of the same page, per criterion and per check. The older audit
 * is always "before", whatever order they are given in.
 */
export function compareReports(a: AuditReport, b: AuditReport): Comparison {
  const [before, after] = a.auditedAt <= b.auditedAt ? [a, b] : [b, a];
  const criteria = after.criteria.map((criterion): CriterionChange => {
    const old = before.criteria.find((c) => c.id === criterion.id);
    const oldChecks = new Map((old?.checks ?? []).map((k) => [k.id, k]));
    const checks: CheckChange[] = [];
    for (const check of criterion.checks) {
      const prev = oldChecks.get(check.id);
      oldChecks.delete(check.id);
      if (prev && prev.status === check.status && prev.score === check.score) continue;
      checks.push({ id: check.id, title: check.title, before: prev?.status ?? null, after: check.status, scoreBefore: prev?.score ?? null, scoreAfter: check.score });
    }
    for (const gone of oldChecks.values()) {
      checks.push({ id: gone.id, title: gone.title, before: gone.status, after: null, scoreBefore: gone.score, scoreAfter: null });
    }
    return {
      id: criterion.id,
      title: criterion.title,
      before: old?.score ?? null,
      after: criterion.score,
      delta: diff(old?.score ?? null, criterion.score),
      coverageBefore: old?.coverage ?? 0,
      coverageAfter: criterion.coverage,
      checks,
    };
  });
  return {
    url: after.url,
    before: { auditedAt: before.auditedAt, score: before.score },
    after: { auditedAt: after.auditedAt, score: after.score },
    delta: diff(before.score, after.score),
    criteria,
  };
}
