/**
 * Catalogue audits in the collector, on every engine of this run: the store keeps a catalogue
 * report once per source and scoredAt, answers the latest of each catalogue with each dataset
 * given the registered site that publishes it, and the routes validate, authorise and bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCatalogue, scoreCatalogue, type CatalogueReport } from '../../../core/catalogue/index.js';
import { CatalogueAuditList } from '../../../core/schemas/index.js';
import { openStore } from '../../../widgets/collector/index.js';
import { CATALOGUE_MAX_BYTES } from '../../../widgets/collector/options.js';
import { ADMIN_TOKEN, bearer, ENGINES, freshLocation, json, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const AGUA = siteFixture('agua-estado');
const SALUD = siteFixture('salud-estado');
const SOURCE = 'https://datos.example.gob.mx/data.json';

/** A complete dataset of `publisher` and a copy without the mandatory periodicity, landing page and dictionary. */
function dcat(publisher: string, name: string) {
  const full = {
    identifier: `${name}-2026`,
    title: `${name} 2026`,
    description: `Registro de ${name} por municipio y mes, con la fuente y la metodología del área responsable.`,
    modified: '2026-11-01',
    publisher: { name: publisher },
    contactPoint: { fn: 'Unidad de Transparencia', hasEmail: 'mailto:transparencia@example.gob.mx' },
    accrualPeriodicity: 'R/P1M',
    landingPage: 'https://example.gob.mx/datos',
    describedBy: 'https://example.gob.mx/diccionario.csv',
    keyword: ['agua'],
    license: 'https://www.datos.gob.mx/libreusomx',
    distribution: [{ downloadURL: `https://example.gob.mx/${name}.csv`, mediaType: 'text/csv', format: 'CSV' }],
  };
  const { accrualPeriodicity: _p, landingPage: _l, describedBy: _d, ...old } = full;
  return [full, { ...old, identifier: `${name}-2025`, title: `${name} 2025` }];
}

function report(scoredAt = '2026-11-24T16:30:00.000Z', extra: object[] = []): CatalogueReport {
  const { format, datasets } = readCatalogue({ dataset: [...dcat(AGUA.name, 'tarifas'), ...dcat(SALUD.name, 'dengue'), ...extra] });
  return scoreCatalogue(SOURCE, format, datasets, { scoredAt });
}

describe.each(ENGINES)('catalogue audits in the store on %s', (engine) => {
  it('stores a report once, answers the latest per source, each dataset with its publishing site', async () => {
    const location = await freshLocation(engine);
    const store = await openStore(location.options);
    try {
      await store.registerSite(AGUA);
      await store.registerSite(SALUD);
      const older = report('2026-05-01T12:00:00.000Z');
      const latest = report('2026-11-24T16:30:00.000Z', [{ identifier: 'sin-editor', title: 'Sin editor' }]);
      expect(await store.insertCatalogueAudit(older)).toMatchObject({ stored: true });
      const first = await store.insertCatalogueAudit(latest);
      expect(first.stored).toBe(true);
      expect(await store.insertCatalogueAudit(latest)).toEqual({ id: first.id, stored: false });

      const [entry, ...rest] = await store.listCatalogueAudits();
      expect(rest).toEqual([]);
      expect(entry).toMatchObject({ id: first.id, source: SOURCE, format: 'dcat', scoredAt: latest.scoredAt, total: 5, skipped: 0 });
      expect(entry!.datasets.map((d) => [d.identifier, d.site])).toEqual([
        ['dengue-2026', 'salud-estado'],
        ['tarifas-2026', 'agua-estado'],
        ['dengue-2025', 'salud-estado'],
        ['tarifas-2025', 'agua-estado'],
        ['sin-editor', null],
      ]);
      expect(entry!.datasets[0]).toEqual({ ...latest.datasets[0], site: 'salud-estado' });

      // A site's scope keeps its datasets; the date range picks the latest audit within it.
      const agua = await store.listCatalogueAudits({ sites: ['agua-estado'] });
      expect(agua[0]!.datasets.map((d) => d.identifier)).toEqual(['tarifas-2026', 'tarifas-2025']);
      expect(agua[0]!.total).toBe(5);
      const may = await store.listCatalogueAudits({ sites: 'all', until: '2026-06-01T00:00:00.000Z' });
      expect(may.map((c) => [c.scoredAt, c.total])).toEqual([['2026-05-01T12:00:00.000Z', 4]]);
      expect(await store.listCatalogueAudits({ sites: 'all', from: '2026-12-01T00:00:00.000Z' })).toEqual([]);
      expect(await store.listCatalogueAudits({ sites: ['nadie'] })).toEqual([]);
    } finally {
      await store.close();
      await location.dispose();
    }
  });

  it('refuses what is not a catalogue report, naming the field', async () => {
    const location = await freshLocation(engine);
    const store = await openStore(location.options);
    try {
      await expect(store.insertCatalogueAudit({ ...report(), scoredAt: 'ayer' })).rejects.toThrow(/report\.scoredAt/);
      expect(await store.listCatalogueAudits()).toEqual([]);
    } finally {
      await store.close();
      await location.dispose();
    }
  });
});

describe.each(ENGINES)('POST and GET /v1/catalogue-audits on %s', (engine) => {
  let collector: TestCollector;
  const post = (body: unknown, token = ADMIN_TOKEN, headers: Record<string, string> = {}) =>
    fetch(`${collector.url}/v1/catalogue-audits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const list = (token = ADMIN_TOKEN, query = '') => fetch(`${collector.url}/v1/catalogue-audits${query}`, { headers: bearer(token) });

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(AGUA);
    await collector.store.registerSite(SALUD);
  });
  afterAll(async () => collector?.stop());

  it('stores a valid report (201), answers a repost 200 stored:false, and lists it', async () => {
    const body = report();
    const created = await post(body);
    expect(created.status).toBe(201);
    const { id } = await json<{ id: string; stored: boolean }>(created);
    const again = await post(body);
    expect([again.status, await json(again)]).toEqual([200, { id, stored: false }]);

    const answer = await list();
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    const { catalogues } = CatalogueAuditList.parse(await json(answer));
    expect(catalogues).toHaveLength(1);
    expect(catalogues[0]!.datasets.map((d) => d.site)).toEqual(['salud-estado', 'agua-estado', 'salud-estado', 'agua-estado']);
  });

  it('a site token reads its own datasets only, and may not read another site', async () => {
    const own = CatalogueAuditList.parse(await json(await list(AGUA.token)));
    expect(own.catalogues[0]!.datasets.map((d) => d.identifier)).toEqual(['tarifas-2026', 'tarifas-2025']);
    expect((await list(AGUA.token, '?site=salud-estado')).status).toBe(403);
    const salud = CatalogueAuditList.parse(await json(await list(ADMIN_TOKEN, '?site=salud-estado&to=2026-11')));
    expect(salud.catalogues[0]!.datasets.every((d) => d.site === 'salud-estado')).toBe(true);
    expect((await list(ADMIN_TOKEN, '?from=ayer')).status).toBe(400);
  });

  it('only the garante publishes: no token 401, a site token 403', async () => {
    const anonymous = await fetch(`${collector.url}/v1/catalogue-audits`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(report()) });
    expect(anonymous.status).toBe(401);
    expect((await list('at_nope_nope_nope_nope_nope_nope_nope')).status).toBe(401);
    const site = await post(report('2026-11-25T00:00:00.000Z'), AGUA.token);
    expect(site.status).toBe(403);
    expect((await json(site)).error.code).toBe('admin_only_write');
  });

  it('an invalid report is a 400 naming the field, in the caller’s language; nothing is stored', async () => {
    const bad = { ...report('2026-11-26T00:00:00.000Z'), datasets: [{ ...report().datasets[0], rating: 'regular' }] };
    const es = await post(bad);
    expect(es.status).toBe(400);
    const error = (await json(es)).error;
    expect(error).toMatchObject({ code: 'invalid_field', field: 'datasets.0.rating' });
    expect(error.message).toMatch(/^Dato no válido en «datasets\.0\.rating»/);
    const en = await post({ source: SOURCE }, ADMIN_TOKEN, { 'accept-language': 'en' });
    expect(en.status).toBe(400);
    expect((await json(en)).error.message).toMatch(/^Invalid value in "format"/);
    expect((await post('{"source":')).status).toBe(400);
    const { catalogues } = CatalogueAuditList.parse(await json(await list()));
    expect(catalogues[0]!.scoredAt).toBe('2026-11-24T16:30:00.000Z');
  });

  it('refuses a body over the bound (413) without reading it whole', async () => {
    const huge = await post(JSON.stringify({ ...report(), source: 'x'.repeat(CATALOGUE_MAX_BYTES) }));
    expect(huge.status).toBe(413);
    expect((await json(huge)).error.code).toBe('payload_too_large');
  });
});
