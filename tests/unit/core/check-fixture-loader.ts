import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageSnapshotInput } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

export const CHECK_FIXTURES_DIR = join(import.meta.dirname, '../../fixtures/checks');

/**
 * A check fixture as a snapshot: tests/fixtures/checks/<check>/<name>.html plus an optional
 * <name>.json sidecar with snapshot fields { url, fetchedAt, http, resources, accessibility }.
 */
export function loadCheckFixture(dir: string, file: string): PageSnapshotInput {
  const html = readFileSync(join(dir, file), 'utf8');
  const sidecar = join(dir, file.replace(/\.html$/, '.json'));
  const extra = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Partial<PageSnapshotInput>) : {};
  const snapshot = snapshotFromHtml(html, {
    url: (extra.url as string | undefined) ?? 'https://www.gob.mx/fixture/pagina',
    fetchedAt: (extra.fetchedAt as string | undefined) ?? '2026-06-15T12:00:00.000Z',
    ...(extra.http ? { http: extra.http } : {}),
    ...(extra.resources ? { resources: extra.resources } : {}),
  });
  return { ...snapshot, ...(extra.accessibility ? { accessibility: extra.accessibility } : {}) };
}
