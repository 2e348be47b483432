import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, type AuditOptions, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { CHECK_FIXTURES_DIR, loadCheckFixture } from '../core/check-fixture-loader.js';
import { fixturePages } from '../core/page-expectation.js';

/** What a pinned fixture score records: overall, per criterion and per check (status:score). */
export interface PinnedScore {
  score: number | null;
  band: string | null;
  criteria: Record<string, number | null>;
  checks: Record<string, string>;
}

const COMPLIANCE_DIR = join(import.meta.dirname, '../../fixtures/compliance');

function summarise(report: AuditReport): PinnedScore {
  const checks: Record<string, string> = {};
  for (const c of report.criteria.flatMap((cr) => cr.checks)) checks[c.id] = `${c.status}:${c.score}`;
  return {
    score: report.score,
    band: report.band,
    criteria: Object.fromEntries(report.criteria.map((c) => [c.id, c.score])),
    checks,
  };
}

/** Every fixture page (pages, per-check fixtures, compliance) audited in full, keyed by its path. */
export function fixtureScores(options: AuditOptions = {}): Record<string, PinnedScore> {
  const out: Record<string, PinnedScore> = {};
  for (const page of fixturePages()) {
    out[`pages/${page.name}`] = summarise(
      audit(snapshotFromHtml(page.html, { url: page.expected.url, fetchedAt: page.expected.fetchedAt }), options),
    );
  }
  for (const check of readdirSync(CHECK_FIXTURES_DIR).sort()) {
    const dir = join(CHECK_FIXTURES_DIR, check);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
      out[`checks/${check}/${file}`] = summarise(audit(loadCheckFixture(dir, file), options));
    }
  }
  if (existsSync(COMPLIANCE_DIR)) {
    for (const file of readdirSync(COMPLIANCE_DIR).filter((f) => f.endsWith('.html')).sort()) {
      const html = readFileSync(join(COMPLIANCE_DIR, file), 'utf8');
      out[`compliance/${file}`] = summarise(
        audit(snapshotFromHtml(html, { url: 'https://transparencia.ejemplo.gob.mx/pagina', fetchedAt: '2026-06-15T12:00:00.000Z' }), options),
      );
    }
  }
  return out;
}
