import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { audit, AuditReport, CRITERIA } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { toHtml } from '../../../core/report/index.js';
import { fixturePages } from './page-expectation.js';

const pages = fixturePages();
const inRange = (score: number | null, [min, max]: [number, number]) => score !== null && score >= min && score <= max;

describe('fixture pages (tests/fixtures/pages)', () => {
  it('has at least 22 pages, each with all ten criteria listed', () => {
    expect(pages.length).toBeGreaterThanOrEqual(22);
    for (const page of pages) expect(Object.keys(page.expected.criteria).sort()).toEqual(CRITERIA.map((c) => c.id).sort());
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s scores as expected', (_name, page) => {
    const report = audit(snapshotFromHtml(page.html, { url: page.expected.url, fetchedAt: page.expected.fetchedAt }));
    expect(AuditReport.safeParse(report).success).toBe(true);
    const problems: string[] = [];
    for (const check of report.criteria.flatMap((c) => c.checks)) {
      if (check.error) problems.push(`check ${check.id} errored: ${check.error}`);
    }
    if (!inRange(report.score, page.expected.overall)) problems.push(`overall ${report.score} not in [${page.expected.overall}]`);
    for (const criterion of report.criteria) {
      const range = page.expected.criteria[criterion.id];
      if (range && !inRange(criterion.score, range)) {
        const checks = criterion.checks.map((c) => `${c.id}=${c.status}${c.score === null ? '' : `:${c.score}`}`).join(' ');
        problems.push(`${criterion.id} ${criterion.score} not in [${range}] (${checks})`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('renders the hostile page as a report with no executable content', () => {
    const hostile = pages.find((p) => p.name === 'hostil')!;
    const report = audit(snapshotFromHtml(hostile.html, { url: hostile.expected.url, fetchedAt: hostile.expected.fetchedAt }));
    const html = toHtml(report);
    const doc = parseHTML(html).document;
    expect(doc.querySelectorAll('script, iframe, svg, object, embed, img, base, form')).toHaveLength(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    for (const a of Array.from(doc.querySelectorAll('[href]'))) expect(a.getAttribute('href')).toMatch(/^(https?:|#)/);
    expect(doc.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(report.title).toContain('<script>');
  });
});
