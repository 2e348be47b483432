import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { canonicalUrl, PAGES, pageFile, PORTAL_AS_OF } from '../../../demo/portal/catalog.js';

const portal = join(import.meta.dirname, '../../../demo/portal');

/** The core audits every portal page as published (canonical URL) on the date the content describes. */
const scoreOf = (file: string, url: string) =>
  audit(snapshotFromHtml(readFileSync(join(portal, file), 'utf8'), { url, fetchedAt: PORTAL_AS_OF }));

describe('demo portal pages scored by the core', () => {
  it('has at least 12 audited pages, both qualities, on both sujetos obligados', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PAGES.map((p) => p.site.id)).size).toBe(2);
    expect(PAGES.filter((p) => p.quality === 'good').length).toBeGreaterThanOrEqual(6);
    expect(PAGES.filter((p) => p.quality === 'poor').length).toBeGreaterThanOrEqual(6);
  });

  it.each(PAGES.map((p) => [pageFile(p), p] as const))('%s scores in its band', (_file, page) => {
    const report = audit(snapshotFromHtml(readFileSync(join(portal, pageFile(page)), 'utf8'), { url: canonicalUrl(page), fetchedAt: PORTAL_AS_OF }));
    const failing = report.criteria.map((c) => `${c.id}=${c.score === null ? '—' : Math.round(c.score)}`).join(' ');
    if (page.quality === 'good') expect(report.score, failing).toBeGreaterThanOrEqual(80);
    else expect(report.score, failing).toBeLessThanOrEqual(40);
    expect(report.criteria.flatMap((c) => c.checks).filter((c) => c.error)).toEqual([]);
  });

  it('ranks every good page above every poor page', () => {
    const scores = PAGES.map((p) => ({ quality: p.quality, score: scoreOf(pageFile(p), canonicalUrl(p)).score ?? 0 }));
    const worstGood = Math.min(...scores.filter((s) => s.quality === 'good').map((s) => s.score));
    const bestPoor = Math.max(...scores.filter((s) => s.quality === 'poor').map((s) => s.score));
    expect(worstGood - bestPoor).toBeGreaterThan(40);
  });
});
