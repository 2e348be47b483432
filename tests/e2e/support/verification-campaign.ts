import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { recordAuditedCampaign } from '../../../campaigns/record-audited.js';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';
import type { FixtureServer } from './extension-fixture-server.js';

const ROOT = resolve(import.meta.dirname, '../../..');

export const VERIFICATION_CAMPAIGN = 'verificacion-e2e';

export interface CampaignPageRef {
  siteId: string;
  url: string;
}

/**
 * A campaign with review checks in a collector's SQLite store under `dataDir`, as the worker would
 * store it: three fixture pages of the fixture server, each audited by the core from its HTML.
 */
export async function seedVerificationCampaign(dataDir: string, server: FixtureServer): Promise<CampaignPageRef[]> {
  const { db, engine } = connect({ dataDir });
  await migrate(db, engine);
  const reportOf = (url: string, file: string) => {
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages', file), 'utf8');
    return audit(snapshotFromHtml(html, { url, fetchedAt: '2026-11-30T16:00:00.000Z' }));
  };
  const pages = [
    { siteId: 'comunicacion', url: server.url('/pages/boletin-prensa.html') },
    { siteId: 'comunicacion', url: server.url('/pages/consulta-publica-opinion.html') },
    { siteId: 'datos-cdmx', url: server.url('/pages/ckan-cdmx-dataset.html') },
  ];
  await recordAuditedCampaign(db as unknown as Kysely<CampaignDatabase>, {
    id: VERIFICATION_CAMPAIGN,
    name: 'Verificación e2e 2026',
    options: { crawl: { start: ['/'] }, audit: { asOf: '2026-11-30' } },
    createdAt: '2026-11-30T00:00:00.000Z',
    entries: [
      { id: 'comunicacion', name: 'Coordinación de Comunicación Social', ambito: 'estatal', entidad: 'Jalisco', urls: [server.url('/')] },
      { id: 'datos-cdmx', name: 'Agencia Digital de Innovación Pública', ambito: 'estatal', entidad: 'Ciudad de México', urls: [server.url('/')] },
    ],
    pages: pages.map((p) => ({ siteId: p.siteId, url: p.url, report: reportOf(p.url, p.url.split('/').pop()!) })),
  });
  await db.destroy();
  return pages;
}
