/**
 * Fills a fresh demo database once: the audit history of every portal page (audit-history.ts),
 * the citizens' answers (feedback-history.ts), the audits of a few downloads (resource-audits.ts),
 * the audit of the open-data catalogue (catalogue-audit.ts) and one good practice the garante
 * already flagged.
 * A marker file in the data folder records that the seed is complete; with it present, nothing
 * is written. Re-running after an interrupted seed is safe: feedback is idempotent by uuid, the
 * catalogue audit by its source and date, and pages that already have audits are not audited again.
 */
import type { AuditReport } from '../../core/index.js';
import type { Store } from '../../widgets/collector/index.js';
import { canonicalUrl, PAGES, type PortalPage } from '../portal/catalog.js';
import { auditPageAt } from './audit-history.js';
import { catalogueAudit } from './catalogue-audit.js';
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

export async function seedDemo(store: Store, dataDir: string, portalDir: string, pages: readonly PortalPage[] = PAGES): Promise<SeedResult> {
  if (isSeeded(dataDir)) {
    const marker = readMarker(dataDir);
    return { seeded: false, audits: marker.audits, resources: marker.resources ?? 0, catalogue: marker.catalogue ?? 0, feedback: marker.feedback, goodPractices: marker.goodPractices, ms: 0 };
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
  writeMarker(dataDir, { audits, resources, catalogue: catalogue.datasets.length, feedback, goodPractices, seededAt: new Date().toISOString() });
  return { seeded: true, audits, resources, catalogue: catalogue.datasets.length, feedback, goodPractices, ms: performance.now() - t0 };
}
