/**
 * The seeded audit history: every portal page audited by the core as it looked at each audit
 * round (see history.ts), with the snapshot's fetchedAt and the report's auditedAt set to the
 * round's date. Nothing is invented: the scores are whatever the core gives those versions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, type AuditReport } from '../../core/index.js';
import { snapshotFromHtml } from '../../core/node/snapshot.js';
import { canonicalUrl, PAGES, pageFile, type PortalPage } from '../portal/catalog.js';
import { applyEdits } from './edits.js';
import { versionEdits } from './history.js';
import { AUDIT_ROUNDS } from './timeline.js';

export interface SeededAudit {
  page: PortalPage;
  round: number;
  report: AuditReport;
}

/** A clock that reads `iso` plus the real time elapsed since it was made (timings stay real). */
export function backdatedClock(iso: string, offsetMs = 60_000): () => number {
  const start = performance.now();
  const base = Date.parse(iso) + offsetMs;
  return () => base + (performance.now() - start);
}

/** The HTML of a page as it was at an audit round. */
export function pageVersion(portalDir: string, page: PortalPage, round: number, at: string): string {
  const html = readFileSync(join(portalDir, pageFile(page)), 'utf8');
  const edits = versionEdits(page, round, at);
  return edits.length ? applyEdits(html, edits) : html;
}

export function auditPageAt(portalDir: string, page: PortalPage, round: number, at: string): AuditReport {
  const html = pageVersion(portalDir, page, round, at);
  return audit(snapshotFromHtml(html, { url: canonicalUrl(page), fetchedAt: at }), { clock: backdatedClock(at) });
}

/** Every page at every round of its sujeto obligado, oldest first. */
export function auditHistory(portalDir: string, pages: readonly PortalPage[] = PAGES): SeededAudit[] {
  return pages.flatMap((page) =>
    (AUDIT_ROUNDS[page.site.id] ?? []).map((at, round) => ({ page, round, report: auditPageAt(portalDir, page, round, at) })),
  );
}
