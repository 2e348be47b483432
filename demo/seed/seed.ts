/**
 * Fills a fresh demo database once: the audit history of every portal page (audit-history.ts),
 * the citizens' answers (feedback-history.ts), the audits of a few downloads (resource-audits.ts),
 * the audit of the open-data catalogue (catalogue-audit.ts), one good practice the garante already
 * flagged, and two finished campaigns (campaigns.ts).
 * A marker file in the data folder records that the seed is complete; with it present, nothing
 * is written. Re-running after an interrupted seed is safe: feedback is idempotent by uuid, the
 * catalogue audit by its source and date, and pages that already have audits are not audited again.
 */
import type { Kysely } from 'kysely';
import type { CampaignDatabase } from '../../campaigns/tables.js';
import type { AuditReport } from '../../core/index.js';
import type { Store } from '../../widgets/collector/index.js';
import { connect } from '../../widgets/collector/store/connect.js';
import { canonicalUrl, PAGES, type PortalPage } from '../portal/catalog.js';
import { auditPageAt } from './audit-history.js';
import { catalogueAudit } from './catalogue-audit.js';
import { seedCampaigns } from './campaigns.js';
import { feedbackHistory } from './feedback-history.js';
import { isSeeded, readMarker, writeMarker } from './marker.js';
import { resourceAudits } from './resource-audits.js';
import { AUDIT_ROUNDS } from './timeline.js';

export interface SeedResult {
  seeded: boolean;
  audits: number;
  /** Audits of downloads (CSV, JSON, PDF), apart from the pages' audits. */
  resources: number;
  /** Datasets of the open-data catalogue, scored in the one catalogue audit. */
  catalogue: number;
  feedback: number;
  goodPractices: number;
  /** Page audits of the demo campaigns. */
  campaigns: number;
  ms: number;
}

export { isSeeded } from './marker.js';

/** The page flagged as a good practice by the seed, with the garante's note. */
const FLAGGED = { slug: 'tarifas', note: 'Datos de tarifas en CSV y JSON, con diccionario, licencia Libre Uso MX y preguntas frecuentes: modelo para los organismos operadores.' };

async function auditsOf(store: Store, page: PortalPage, portalDir: string): Promise<{ reports: AuditReport[]; inserted: number }> {
  const existing = await store.listAudits({ sites: [page.site.id], page: canonicalUrl(page) });
  if (existing.length) return { reports: existing.map((a) => a.report), inserted: 0 };
  const reports: AuditReport[] = [];
  const rounds = AUDIT_ROUNDS[page.site.id] ?? [];
  for (const [round, at] of rounds.entries()) {
    const report = auditPageAt(portalDir, page, round, at);
    await store.insertAudit(page.site.id, report);
    reports.push(report);
  }
  return { reports, inserted: reports.length };
}

/**
 * The campaigns live in the store's campaign tables, which the Store API only reads: they are
 * written through a second connection to the same SQLite file (WAL lets both work).
 */
async function seedDemoCampaigns(dataDir: string, portalDir: string): Promise<number> {
  const { db } = connect({ dataDir });
  try {
    return await seedCampaigns(db as unknown as Kysely<CampaignDatabase>, portalDir);
  } finally {
    await db.destroy();
  }
}

export async function seedDemo(store: Store, dataDir: string, portalDir: string, pages: readonly PortalPage[] = PAGES): Promise<SeedResult> {
  if (isSeeded(dataDir)) {
    const marker = readMarker(dataDir);
    const t0 = performance.now();
    // A data folder seeded before the demo had campaigns gets them once, and nothing else again.
    const campaigns = marker.campaigns ?? (await seedDemoCampaigns(dataDir, portalDir));
    if (marker.campaigns === undefined) writeMarker(dataDir, { ...marker, campaigns });
    const seeded = marker.campaigns === undefined;
    return {
      seeded,
      audits: marker.audits,
      resources: marker.resources ?? 0,
      catalogue: marker.catalogue ?? 0,
      feedback: marker.feedback,
      goodPractices: marker.goodPractices,
      campaigns,
      ms: seeded ? performance.now() - t0 : 0,
    };
  }
  const t0 = performance.now();
  let audits = 0;
  let feedback = 0;
  for (const page of pages) {
    const { reports, inserted } = await auditsOf(store, page, portalDir);
    audits += inserted;
    const records = feedbackHistory(page, reports);
    await Promise.all(records.map((record) => store.insertFeedback(record)));
    feedback += records.length;
  }
  let resources = 0;
  for (const { page, report } of await resourceAudits(portalDir, pages)) {
    // As for pages: a file that already has its audit (an interrupted seed) is not audited again.
    if ((await store.listAudits({ sites: [page.site.id], page: report.url })).length) continue;
    await store.insertAudit(page.site.id, report);
    resources++;
  }
  const catalogue = catalogueAudit(portalDir);
  await store.insertCatalogueAudit(catalogue);
  let goodPractices = 0;
  const flagged = pages.find((p) => p.slug === FLAGGED.slug);
  if (flagged) {
    const latest = (await store.listAudits({ sites: [flagged.site.id], page: canonicalUrl(flagged) })).at(-1);
    if (latest) {
      await store.addGoodPractice({ site: flagged.site.id, page: canonicalUrl(flagged), auditId: latest.id, note: FLAGGED.note });
      goodPractices = 1;
    }
  }
  const campaigns = await seedDemoCampaigns(dataDir, portalDir);
  writeMarker(dataDir, { audits, resources, catalogue: catalogue.datasets.length, feedback, goodPractices, campaigns, seededAt: new Date().toISOString() });
  return { seeded: true, audits, resources, catalogue: catalogue.datasets.length, feedback, goodPractices, campaigns, ms: performance.now() - t0 };
}
