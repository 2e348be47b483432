/**
 * The tablero's catalogue model over the demo's real catalogue audit, as the collector answers
 * it: ranking, what to fill first with the points each adds, and the sujeto obligado filter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingFor } from '../../../core/catalogue/index.js';
import type { CatalogueAuditEntry, PublicSite } from '../../../core/schemas/index.js';
import { catalogueViews } from '../../../demo/dashboard/src/model/catalogue.js';
import { SITES } from '../../../demo/portal/catalog.js';
import { catalogueAudit } from '../../../demo/seed/catalogue-audit.js';
import { openStore } from '../../../widgets/collector/index.js';

const portal = join(import.meta.dirname, '../../../demo/portal');
const dir = mkdtempSync(join(tmpdir(), 'proactiva-dashboard-catalogue-'));
const sites: PublicSite[] = [SITES.agua, SITES.salud].map((s) => ({ id: s.id, name: s.name, origins: ['http://127.0.0.1:8080'] }));
let catalogues: CatalogueAuditEntry[];

beforeAll(async () => {
  const store = await openStore({ dataDir: dir });
  try {
    for (const s of [SITES.agua, SITES.salud]) await store.registerSite({ id: s.id, name: s.name, origins: ['http://127.0.0.1:8080'], publicKey: s.publicKey, token: `sk_${'y'.repeat(30)}${s.folder}` });
    await store.insertCatalogueAudit(catalogueAudit(portal));
    catalogues = await store.listCatalogueAudits();
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue views', () => {
  it('rank every dataset, best described first, and name each one’s sujeto obligado', () => {
    const [view, ...rest] = catalogueViews(sites, catalogues, { site: null });
    expect(rest).toEqual([]);
    expect(view!.datasets.map((d) => d.rank)).toEqual(view!.datasets.map((_, i) => i + 1));
    const percents = view!.datasets.map((d) => d.percent);
    expect(percents).toEqual([...percents].sort((a, b) => b - a));
    const rank = (id: string) => view!.datasets.find((d) => d.identifier === id)!;
    expect(rank('tarifas-2025').rank).toBeGreaterThan(rank('tarifas-2026').rank);
    expect(rank('tarifas-2026').site?.id).toBe(SITES.agua.id);
    expect(rank('dengue-2026').site?.id).toBe(SITES.salud.id);
    expect(view!.total).toBe(view!.datasets.length);
  });

  it('a dataset lacking mandatory fields lists them first, each with the points it adds', () => {
    const [view] = catalogueViews(sites, catalogues, { site: null });
    const old = view!.datasets.find((d) => d.identifier === 'tarifas-2025')!;
    expect(old.mandatoryComplete).toBe(false);
    expect(old.mandatoryMissing).toBeGreaterThanOrEqual(3);
    expect(old.mandatoryTotal).toBe(10);
    const mandatory = old.fillFirst.filter((i) => i.mandatory);
    expect(old.fillFirst.slice(0, mandatory.length)).toEqual(mandatory);
    expect(mandatory.find((i) => i.id === 'data-dictionary')).toMatchObject({ met: 'no', gain: 20, title: { es: 'Diccionario de datos', en: 'Data dictionary' } });
    expect(mandatory.find((i) => i.id === 'contact-point')).toMatchObject({ met: 'partly', gain: 15 });
    // Filling everything listed brings the dataset to the maximum.
    expect(old.points + old.fillFirst.reduce((s, i) => s + i.gain, 0)).toBeCloseTo(old.max, 5);

    const current = view!.datasets.find((d) => d.identifier === 'tarifas-2026')!;
    expect([current.mandatoryComplete, current.mandatoryMissing]).toEqual([true, 0]);
    expect(current.fillFirst.every((i) => !i.mandatory)).toBe(true);
  });

  it('the sujeto obligado filter keeps its datasets, ranked anew, with their own mean and rating', () => {
    const [salud] = catalogueViews(sites, catalogues, { site: SITES.salud.id });
    expect(salud!.datasets.length).toBeGreaterThan(0);
    expect(salud!.datasets.every((d) => d.site?.id === SITES.salud.id)).toBe(true);
    expect(salud!.datasets[0]!.rank).toBe(1);
    const mean = Math.round((salud!.datasets.reduce((s, d) => s + d.percent, 0) / salud!.datasets.length) * 10) / 10;
    expect([salud!.percent, salud!.rating]).toEqual([mean, ratingFor(mean)]);
    expect(catalogueViews(sites, catalogues, { site: 'otro-sitio' })).toEqual([]);
  });
});
