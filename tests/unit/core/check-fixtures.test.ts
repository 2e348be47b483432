/**
 * Every automatic check has fixtures that pass and fail it (axe-core's one-fixture-per-case style):
 * tests/fixtures/checks/<check-id>/pass*.html, fail*.html and optionally partial*.html. A sidecar
 * <name>.json may give snapshot fields: { url, fetchedAt, http, resources, accessibility }.
 * Review checks may have review*.html fixtures: they must come out needs-review with evidence.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { CHECK_FIXTURES_DIR as root, loadCheckFixture as load } from './check-fixture-loader.js';
import { readFileSync } from 'node:fs';

const EXPECT: Record<string, string> = { pass: 'pass', fail: 'fail', partial: 'partial', review: 'needs-review', na: 'not-applicable' };

describe.each(ALL_CHECKS.map((c) => [c.meta.id, c] as const))('check %s', (id, check) => {
  const dir = join(root, id);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];

  if (check.meta.mode === 'auto') {
    it('has at least one passing and one failing fixture', () => {
      expect(files.some((f) => f.startsWith('pass')), `${dir}/pass*.html`).toBe(true);
      expect(files.some((f) => f.startsWith('fail')), `${dir}/fail*.html`).toBe(true);
    });
  }

  if (check.meta.mode === 'review') {
    it('asks the auditor a question with guidance and stays undecided until answered', () => {
      const pages = join(import.meta.dirname, '../../fixtures/pages');
      const page = snapshotFromHtml(readFileSync(join(pages, 'gobmx-dataset-completo.html'), 'utf8'), {
        url: 'https://www.gob.mx/fixture/pagina',
        fetchedAt: '2026-06-15T12:00:00.000Z',
      });
      const result = audit(page, { checks: [check] }).criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;
      expect(result.error).toBeUndefined();
      expect(result.status).toBe('needs-review');
      expect(result.question?.es.trim().length).toBeGreaterThan(10);
      expect(result.question?.en.trim().length).toBeGreaterThan(10);
      expect(result.guidance?.es.trim().length).toBeGreaterThan(10);
    });
  }

  for (const file of files) {
    const kind = Object.keys(EXPECT).find((k) => file.startsWith(k));
    if (!kind) continue;
    it(`${file} → ${EXPECT[kind]}`, () => {
      const report = audit(load(dir, file), { checks: [check] });
      const result = report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(EXPECT[kind]);
      if (kind === 'fail' || kind === 'partial') expect(result.score).toBeLessThan(1);
    });
  }
});
