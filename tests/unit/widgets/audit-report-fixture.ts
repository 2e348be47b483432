import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

/** A real AuditReport: the core audits one of the example portal pages. */
export function exampleReport(page = 'ckan-cdmx-dataset'): AuditReport {
  const dir = join(import.meta.dirname, '../../fixtures/pages');
  const expected = JSON.parse(readFileSync(join(dir, `${page}.expected.json`), 'utf8')) as { url: string; fetchedAt: string };
  const html = readFileSync(join(dir, `${page}.html`), 'utf8');
  return audit(snapshotFromHtml(html, { url: expected.url, fetchedAt: expected.fetchedAt }));
}
