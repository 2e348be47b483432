import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

/** The core's Node audit (linkedom) of fixture page `name` under the browser report's URL and clock. */
export function coreAuditLike(report: AuditReport, name: string, asOf?: string): AuditReport {
  const html = readFileSync(resolve(PAGES, `${name}.html`), 'utf8');
  return audit(snapshotFromHtml(html, { url: report.url, fetchedAt: report.fetchedAt }), asOf ? { asOf } : {});
}

/**
 * A browser's report of fixture page `name` scores as the core's Node audit (linkedom) of the same
 * HTML, same URL and clock. axe-core only runs in the browser, so on `accesible` every other check
 * must agree and axe-core must have run.
 */
export function expectScoresLikeCore(report: AuditReport, name: string): void {
  const axe = report.criteria.find((c) => c.id === 'accesible')!.checks.find((k) => k.id === 'axe-violations')!;
  expect(axe.status).not.toBe('not-applicable');
  expect(axe.detail?.en).toMatch(/axe-core/);
  const expected = coreAuditLike(report, name);
  for (const criterion of expected.criteria) {
    const got = report.criteria.find((c) => c.id === criterion.id)!;
    if (criterion.id === 'accesible') {
      for (const check of criterion.checks.filter((k) => k.id !== 'axe-violations')) {
        expect(got.checks.find((k) => k.id === check.id)?.status, `${check.id}`).toBe(check.status);
      }
      continue;
    }
    expect(got.score, `criterion ${criterion.id}`).toBeCloseTo(criterion.score ?? NaN, 5);
  }
}
