import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, CHECKS_BY_CRITERION, CheckMeta, CRITERIA } from '../../../core/index.js';

describe('check registry', () => {
  it('lists the ten criteria', () => {
    expect(CRITERIA.map((c) => c.id).sort()).toEqual(Object.keys(CHECKS_BY_CRITERION).sort());
    expect(CRITERIA).toHaveLength(10);
  });

  it.each(CRITERIA.map((c) => [c.id]))('criterion %s has at least three checks', (id) => {
    expect(CHECKS_BY_CRITERION[id].length).toBeGreaterThanOrEqual(3);
  });

  it('has unique check ids, each filed under its own criterion', () => {
    const ids = ALL_CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [criterion, checks] of Object.entries(CHECKS_BY_CRITERION)) {
      for (const check of checks) expect(check.meta.criterion).toBe(criterion);
    }
  });

  it.each(ALL_CHECKS.map((c) => [c.meta.id, c.meta]))('%s has complete metadata in es and en', (_id, meta) => {
    expect(CheckMeta.safeParse(meta).success).toBe(true);
    for (const text of [meta.title, meta.failureTitle, meta.description, meta.help]) {
      expect(text.es.trim().length).toBeGreaterThan(3);
      expect(text.en.trim().length).toBeGreaterThan(3);
    }
    if (meta.mode === 'review') {
      expect(meta.question?.es, 'review checks ask a question').toBeTruthy();
      expect(meta.guidance?.es, 'review checks guide the auditor').toBeTruthy();
    }
  });
});
