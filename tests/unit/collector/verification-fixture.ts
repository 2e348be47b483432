/**
 * A campaign whose pages have review checks to answer, stored as the worker stores results
 * (recordAuditedCampaign → resultRow): each page audited by the core from a small real page.
 */
import type { Kysely } from 'kysely';
import { recordAuditedCampaign } from '../../../campaigns/record-audited.js';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { newAuditorToken } from '../../../widgets/collector/index.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';
import { freshLocation, type EngineName, type Location } from './harness.js';
import { auditReport } from './audit-fixture.js';

export const CAMPAIGN = 'verificacion-2026';
export const AGUA_HOME = 'https://agua.example.gob.mx/';
export const AGUA_TARIFAS = 'https://agua.example.gob.mx/tarifas';
export const SALUD_HOME = 'https://salud.example.gob.mx/';

export const AUDITOR_A = { id: 'ana-lopez', name: 'Ana López', token: newAuditorToken() };
export const AUDITOR_B = { id: 'beto-ruiz', name: 'Beto Ruiz', token: newAuditorToken() };

/** Stores the campaign: two sujetos obligados, three audited pages (each with nine review checks unanswered). */
export async function seedVerificationCampaign(db: Kysely<CampaignDatabase>, pages: { siteId: string; url: string }[] = DEFAULT_PAGES): Promise<void> {
  await recordAuditedCampaign(db, {
    id: CAMPAIGN,
    name: 'Verificación diagnóstica 2026',
    options: { crawl: { start: ['/'] }, audit: { asOf: '2026-03-10' } },
    createdAt: '2026-03-10T00:00:00.000Z',
    entries: [
      { id: 'agua', name: 'Comisión Estatal del Agua', ambito: 'estatal', entidad: 'Jalisco', urls: [AGUA_HOME] },
      { id: 'salud', name: 'Secretaría de Salud', ambito: 'estatal', entidad: 'Jalisco', urls: [SALUD_HOME] },
    ],
    pages: pages.map((p) => ({ siteId: p.siteId, url: p.url, report: auditReport(p.url) })),
  });
}

export const DEFAULT_PAGES = [
  { siteId: 'agua', url: AGUA_HOME },
  { siteId: 'agua', url: AGUA_TARIFAS },
  { siteId: 'salud', url: SALUD_HOME },
];

/** A fresh store location (SQLite or PostgreSQL) already holding the campaign. */
export async function seededLocation(engine: EngineName): Promise<Location> {
  const location = await freshLocation(engine);
  const { db, engine: kind } = connect(location.options);
  await migrate(db, kind);
  await seedVerificationCampaign(db as unknown as Kysely<CampaignDatabase>);
  await db.destroy();
  return location;
}
