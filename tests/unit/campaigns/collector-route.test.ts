import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';
import { startCollector, type Collector } from '../../../widgets/collector/index.js';
import { ADMIN_TOKEN, ORIGIN, siteFixture } from '../collector/harness.js';
import { parseCsv } from '../../support/csv.js';
import { checkDescriptor, checkRows, type DataPackage } from '../../support/table-schema.js';
import { testDatabase, type TestDatabase } from './test-pg.js';

/** Two campaigns' rows as workers would have left them (one store, the tablero reads it). */
async function seed(db: Kysely<CampaignDatabase>): Promise<void> {
  const now = new Date().toISOString();
  const options = JSON.stringify({ crawl: {}, politeness: {}, audit: { asOf: '2026-11-30' } });
  await db.insertInto('campaign').values([
    { id: 'v2025', name: 'Verificación 2025', status: 'running', options, created_at: '2025-11-30T00:00:00.000Z' },
    { id: 'v2026', name: 'Verificación 2026', status: 'running', options, created_at: now },
  ]).execute();
  for (const campaign of ['v2025', 'v2026']) {
    await db.insertInto('campaign_site').values([
      { campaign_id: campaign, site_id: 'agua', name: 'Comisión del Agua', ambito: 'estatal', entidad: 'Jalisco', urls: '["https://agua.example.gob.mx/"]', pages: 2 },
      { campaign_id: campaign, site_id: 'salud', name: 'Secretaría de Salud', ambito: 'federal', entidad: 'Nacional', urls: '["https://salud.example.gob.mx/"]', pages: 1 },
    ]).execute();
    const score = campaign === 'v2025' ? 40 : 60;
    const pages = [
      { site: 'agua', url: 'https://agua.example.gob.mx/', state: 'done' as const },
      { site: 'agua', url: 'https://agua.example.gob.mx/datos', state: 'failed' as const },
      { site: 'salud', url: 'https://salud.example.gob.mx/', state: 'done' as const },
    ];
    for (const p of pages) {
      await db.insertInto('campaign_page').values({ campaign_id: campaign, page_url: p.url, site_id: p.site, depth: 0, state: p.state, attempts: 1, reason: p.state === 'failed' ? 'HTTP 500' : null, updated_at: now }).execute();
      if (p.state !== 'done') continue;
      const s = p.site === 'agua' ? score : 95;
      const report = JSON.stringify({ url: p.url, score: s, campaign });
      await db.insertInto('campaign_result').values({ campaign_id: campaign, page_url: p.url, site_id: p.site, final_url: p.url, canonical_url: p.url, audited_at: now, score: s, band: null, criteria: JSON.stringify({ pertinente: s }), report, pending_reviews: 0 }).execute();
    }
  }
}

/** SQLite always; PostgreSQL too when PROACTIVA_TEST_PG_URL is set (CI), on a fresh database. */
const engines = ['sqlite', ...(process.env.PROACTIVA_TEST_PG_URL ? ['postgres'] : [])] as const;

describe.each(engines)('collector on %s: campaigns for the tablero (GET /v1/campaigns)', (engineName) => {
  let dir: string;
  let pgDatabase: TestDatabase | undefined;
  let collector: Collector;
  const site = siteFixture('portal', [ORIGIN]);
  const get = (path: string, token = ADMIN_TOKEN) => fetch(`${collector.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'proactiva-campaign-route-'));
    if (engineName === 'postgres') pgDatabase = await testDatabase();
    const location = pgDatabase ? { databaseUrl: pgDatabase.url } : { dataDir: dir };
    const { db, engine } = connect(location);
    await migrate(db, engine);
    await seed(db as unknown as Kysely<CampaignDatabase>);
    await db.destroy();
    collector = await startCollector({ ...location, port: 0, adminToken: ADMIN_TOKEN });
    await collector.store.registerSite(site);
  });

  afterAll(async () => {
    await collector?.close();
    await pgDatabase?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists campaigns and gives one with ranking, coverage, distribution, profiles and the tasa de variación', async () => {
    const list = (await (await get('/v1/campaigns')).json()) as { campaigns: { id: string }[] };
    expect(list.campaigns.map((c) => c.id)).toEqual(['v2025', 'v2026']);
    const response = await get('/v1/campaigns/v2026?compare=v2025');
    expect(response.status).toBe(200);
    const view = (await response.json()) as Record<string, any>;
    expect(view).toMatchObject({ id: 'v2026', asOf: '2026-11-30', pages: { done: 2, failed: 1 } });
    expect(view.ranking.map((s: any) => [s.siteId, s.score, s.band, s.coverage])).toEqual([['salud', 95, 'proactiva', 1], ['agua', 60, 'en-desarrollo', 0.5]]);
    expect(view.byAmbito.map((g: any) => g.group)).toEqual(['estatal', 'federal']);
    expect(view.distribution.find((b: any) => b.from === 60).count).toBe(1);
    expect(view.variation).toEqual([
      { siteId: 'salud', name: 'Secretaría de Salud', previous: 95, current: 95, rate: 0 },
      { siteId: 'agua', name: 'Comisión del Agua', previous: 40, current: 60, rate: 50 },
    ]);
  });

  it('is for the garante only, and says so in Spanish by default', async () => {
    expect((await fetch(`${collector.url}/v1/campaigns`)).status).toBe(401);
    const forbidden = await get('/v1/campaigns', site.token);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { error: { message: string } }).error.message).toMatch(/organismo garante/);
    const missing = await get('/v1/campaigns/nada');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('campaign_not_found');
  });

  it("lists a sujeto obligado's audited pages, worst first, and gives a page's stored report", async () => {
    const response = await get(`/v1/campaigns/v2026/results?site=agua`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { site: string; pages: { pageUrl: string; score: number }[] };
    // The failed page has no result: only the audited one is listed.
    expect(body.site).toBe('agua');
    expect(body.pages.map((p) => [p.pageUrl, p.score])).toEqual([['https://agua.example.gob.mx/', 60]]);
    const report = await get(`/v1/campaigns/v2025/report?url=${encodeURIComponent('https://agua.example.gob.mx/')}`);
    expect(report.status).toBe(200);
    expect(await report.json()).toEqual({ url: 'https://agua.example.gob.mx/', score: 40, campaign: 'v2025' });
  });

  it('refuses a bad site or URL, and says which campaign or page is missing', async () => {
    expect((await get('/v1/campaigns/v2026/results')).status).toBe(400);
    expect((await get('/v1/campaigns/v2026/results?site=no%20vale')).status).toBe(400);
    expect((await get('/v1/campaigns/v2026/report?url=javascript:alert(1)')).status).toBe(400);
    const noCampaign = await get('/v1/campaigns/nada/results?site=agua');
    expect(noCampaign.status).toBe(404);
    expect(((await noCampaign.json()) as { error: { code: string } }).error.code).toBe('campaign_not_found');
    const failedPage = await get(`/v1/campaigns/v2026/report?url=${encodeURIComponent('https://agua.example.gob.mx/datos')}`);
    expect(failedPage.status).toBe(404);
    expect(((await failedPage.json()) as { error: { code: string } }).error.code).toBe('campaign_result_not_found');
    expect((await get('/v1/campaigns/v2026/results?site=agua', site.token)).status).toBe(403);
    expect((await fetch(`${collector.url}/v1/campaigns/v2026/report?url=https%3A%2F%2Fagua.example.gob.mx%2F`)).status).toBe(401);
  });

  it('gives the campaign as open data: two CSVs and a JSON that the datapackage.json describes and validates', async () => {
    const file = (name: string, token?: string) => get(`/v1/campaigns/v2026/datos-abiertos/${name}`, token);
    const pkgResponse = await file('datapackage.json');
    expect(pkgResponse.status).toBe(200);
    expect(pkgResponse.headers.get('content-disposition')).toBe('attachment; filename="datapackage.json"');
    const pkg = (await pkgResponse.json()) as DataPackage;
    expect(checkDescriptor(pkg)).toEqual([]);
    for (const resource of pkg.resources) {
      const response = await file(resource.path);
      expect(response.status, resource.path).toBe(200);
      if (resource.schema) {
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        const check = checkRows(resource.schema, { csv: await response.text() });
        expect(check.problems, resource.path).toEqual([]);
        expect(check.rows.length, resource.path).toBe((resource as { rows?: number }).rows);
      } else {
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(((await response.json()) as unknown[]).length).toBe(2);
      }
    }
    // One row per audited page (the failed one has none), the ranking best first.
    const pages = parseCsv(await (await file('resultados.csv')).text());
    expect(pages.slice(1).map((r) => r[pages[0]!.indexOf('page_url')])).toEqual(['https://agua.example.gob.mx/', 'https://salud.example.gob.mx/']);
    const sites = parseCsv(await (await file('sujetos-obligados.csv')).text());
    expect(sites.slice(1).map((r) => [r[0], r[sites[0]!.indexOf('score')]])).toEqual([['salud', '95'], ['agua', '60']]);
  });

  it('refuses an unknown open-data file or campaign, and anyone but the garante', async () => {
    const missingFile = await get('/v1/campaigns/v2026/datos-abiertos/secretos.csv');
    expect(missingFile.status).toBe(404);
    expect(((await missingFile.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'open_data_file_not_found', message: expect.stringMatching(/resultados\.csv/) });
    const missingCampaign = await get('/v1/campaigns/nada/datos-abiertos/resultados.csv');
    expect(((await missingCampaign.json()) as { error: { code: string } }).error.code).toBe('campaign_not_found');
    expect((await get('/v1/campaigns/v2026/datos-abiertos/resultados.csv', site.token)).status).toBe(403);
    expect((await fetch(`${collector.url}/v1/campaigns/v2026/datos-abiertos/resultados.csv`)).status).toBe(401);
  });
});
