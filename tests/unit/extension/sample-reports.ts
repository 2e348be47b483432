import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { audit, rescore, type AuditReport, type ReviewAnswer } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

/** A real report of one of the core's fixture pages (Node adapter), at a fixed clock. */
export function fixtureReport(name: string, options: { url?: string; fetchedAt?: string } = {}): AuditReport {
  const html = readFileSync(resolve(PAGES, `${name}.html`), 'utf8');
  return audit(
    snapshotFromHtml(html, { url: options.url ?? `https://www.ejemplo.gob.mx/${name}`, fetchedAt: options.fetchedAt ?? '2026-03-15T18:00:00.000Z' }),
    { clock: (() => { let t = Date.parse(options.fetchedAt ?? '2026-03-15T18:00:00.000Z'); return () => (t += 1); })() },
  );
}

/** The same report with every review question answered `answer`. */
export function answered(report: AuditReport, answer: ReviewAnswer['answer'], note?: string): AuditReport {
  const reviews: ReviewAnswer[] = report.criteria.flatMap((c) =>
    c.checks.filter((k) => k.mode === 'review').map((k) => ({ checkId: k.id, answer, answeredAt: '2026-03-16T10:00:00.000Z', ...(note ? { note } : {}) })),
  );
  return rescore(report, { reviews });
}
