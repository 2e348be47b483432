import { describe, expect, it } from 'vitest';
import { rescore } from '../../../core/index.js';
import { compareReports } from '../../../extension/history/compare.js';
import { answered, fixtureReport } from './sample-reports.js';

describe('compareReports', () => {
  const before = fixtureReport('presupuesto-ciudadano', { fetchedAt: '2026-03-01T10:00:00.000Z' });
  const later = answered(fixtureReport('presupuesto-ciudadano', { fetchedAt: '2026-03-20T10:00:00.000Z' }), 'no');

  it('says, per criterion, what moved and which checks changed', () => {
    const comparison = compareReports(before, later);
    expect(comparison.before.auditedAt).toBe(before.auditedAt);
    expect(comparison.after.auditedAt).toBe(later.auditedAt);
    const pertinente = comparison.criteria.find((c) => c.id === 'pertinente')!;
    const reviewed = pertinente.checks.find((k) => k.id === 'demand-review');
    expect(reviewed).toMatchObject({ before: 'needs-review', after: 'fail', scoreBefore: null, scoreAfter: 0 });
    expect(comparison.criteria).toHaveLength(10);
    for (const c of comparison.criteria) {
      if (c.before !== null && c.after !== null) expect(c.delta).toBeCloseTo(c.after - c.before, 1);
      else expect(c.delta).toBeNull();
    }
    expect(comparison.delta).toBeCloseTo(later.score! - before.score!, 1);
  });

  it('orders by audit time whatever order it is given', () => {
    expect(compareReports(later, before)).toEqual(compareReports(before, later));
  });

  it('lists no check changes for identical reports', () => {
    const same = compareReports(before, rescore(before));
    expect(same.criteria.every((c) => c.checks.length === 0 && c.delta === 0 || c.delta === null)).toBe(true);
    expect(same.delta).toBe(0);
  });
});
