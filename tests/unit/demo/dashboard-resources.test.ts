/** The tablero's resource model: downloads apart from pages, latest audit per file, worst first, findings listed. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, PublicSite } from '../../../core/schemas/index.js';
import { NO_FILTERS } from '../../../demo/dashboard/src/model/filters.js';
import { resourceViews, splitAudits } from '../../../demo/dashboard/src/model/resources.js';
import { PAGES, SITES } from '../../../demo/portal/catalog.js';
import { auditResourceAt } from '../../../demo/seed/resource-audits.js';

const portal = join(import.meta.dirname, '../../../demo/portal');
const sites: PublicSite[] = [SITES.agua, SITES.salud].map((s) => ({ id: s.id, name: s.name }) as PublicSite);
const page = (slug: string) => PAGES.find((p) => p.slug === slug)!;

async function entry(slug: string, file: string, at: string): Promise<AuditEntry> {
  const report = await auditResourceAt(portal, page(slug), file, at);
  return { id: `${file}@${at}`, site: page(slug).site.id, page: report.url, auditedAt: report.auditedAt, score: report.score, band: report.band, criteria: {}, report } as AuditEntry;
}

describe('dashboard resources', () => {
  it('keeps downloads apart from pages and shows the latest audit of each file, worst first, with its findings', async () => {
    const good = await entry('tarifas', 'agua/datos/tarifas-2026.csv', '2026-11-23T17:15:00.000Z');
    const broken = await entry('tarifas', 'agua/datos/tarifas-2025.csv', '2026-11-23T17:15:00.000Z');
    const olderBroken = await entry('tarifas', 'agua/datos/tarifas-2025.csv', '2026-06-01T10:00:00.000Z');
    const scanned = await entry('reglamento-interior', 'salud/documentos/reglamento-interior.pdf', '2026-11-24T16:30:00.000Z');
    const pageAudit = { ...good, id: 'page', page: 'https://agua.valleesmeralda.gob.mx/tarifas' } as AuditEntry;

    const split = splitAudits([pageAudit, good, broken, olderBroken, scanned]);
    expect(split.pages.map((a) => a.id)).toEqual(['page']);
    expect(split.resources).toHaveLength(4);

    const views = resourceViews(sites, split.resources, NO_FILTERS);
    expect(views.map((v) => v.name)).toEqual(['reglamento-interior.pdf', 'tarifas-2025.csv', 'tarifas-2026.csv']);
    expect(views[1]!.latest.auditedAt).toBe(broken.auditedAt);
    expect(views[0]!.format).toBe('PDF');
    expect(views[0]!.findings.slice(0, 2).map((f) => [f.checkId, f.status, f.title.es])).toEqual([
      ['pdf-text-layer', 'fail', 'El PDF es una imagen escaneada sin capa de texto'],
      ['pdf-tagged', 'fail', 'El PDF no está etiquetado para lectores de pantalla'],
    ]);
    expect(views[1]!.findings.map((f) => f.checkId)).toContain('text-utf8');

    // Filters: a sujeto obligado, a date range.
    expect(resourceViews(sites, split.resources, { ...NO_FILTERS, site: SITES.salud.id }).map((v) => v.name)).toEqual(['reglamento-interior.pdf']);
    expect(resourceViews(sites, split.resources, { ...NO_FILTERS, to: '2026-06-30' }).map((v) => v.latest.id)).toEqual([olderBroken.id]);
  });
});
