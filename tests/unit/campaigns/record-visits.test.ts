import { sql } from 'kysely';
import { fromKysely as asIDatabase } from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign, type Campaign } from '../../../campaigns/campaigns.js';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { enqueuePages } from '../../../campaigns/enqueue.js';
import type { PageJob } from '../../../campaigns/page-job.js';
import { recordVisits, type VisitOutcome } from '../../../campaigns/record-visit.js';
import type { Visit } from '../../../campaigns/visit.js';
import { audit } from '../../../core/audit.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { testDatabase, type TestDatabase } from './test-pg.js';

const SITE = 'https://agua.example.gob.mx';
const report = audit(snapshotFromHtml('<!doctype html><html lang="es"><head><title>Agua</title></head><body><h1>Agua potable</h1></body></html>', { url: `${SITE}/` }));

/**
 * One batch written at once (recordVisits): the results in one insert, where a second page with
 * the same canonical URL ends `duplicate`; the pages the stored ones found, the first finder's
 * depth kept and the site's cap counted in the batch's order; and jobs only for pages accepted.
 */
describe('recordVisits: a batch of visits in one transaction', () => {
  let database: TestDatabase;
  let engine: CampaignEngine;
  let campaign: Campaign;

  beforeAll(async () => {
    database = await testDatabase();
    engine = await openEngine({ databaseUrl: database.url, concurrency: 1 });
    campaign = await createCampaign(
      engine,
      'lote',
      [{ id: 'agua', name: 'Comisión del Agua', ambito: 'estatal', entidad: 'Jalisco', urls: [`${SITE}/`] }],
      { crawl: { start: ['/'], depth: 3, maxPages: 5, sitemaps: false } },
      'batch',
      'running',
    );
    await engine.db.transaction().execute((trx) =>
      enqueuePages(asIDatabase(trx), engine.queue, 'batch', 'agua', 5, [{ url: `${SITE}/copia`, depth: 1 }, { url: `${SITE}/otra`, depth: 1 }]),
    );
  }, 60_000);

  afterAll(async () => {
    await engine?.close();
    await database?.drop();
  }, 60_000);

  it('stores each canonical page once, marks the copy duplicate and accepts found pages in order within the cap', async () => {
    const job = (path: string, depth: number): PageJob => ({ campaignId: 'batch', siteId: 'agua', url: `${SITE}${path}`, depth, attempt: 1, sitemap: false });
    const done = (path: string, canonical: string, links: string[]): Visit => ({
      kind: 'done',
      finalUrl: `${SITE}${path}`,
      canonical: `${SITE}${canonical}`,
      report,
      links: links.map((l) => `${SITE}${l}`),
      sitemapLinks: [],
    });
    const outcomes: VisitOutcome[] = [
      { campaign, job: job('/', 0), visit: done('/', '/', ['/a', '/b']) },
      { campaign, job: job('/copia', 1), visit: done('/copia', '/', ['/c']) },
      { campaign, job: job('/otra', 1), visit: done('/otra', '/otra', ['/b', '/d']) },
    ];
    await engine.db.transaction().execute((trx) => recordVisits(asIDatabase(trx), engine.queue, outcomes));

    const results = await engine.db.selectFrom('campaign_result').select('page_url').where('campaign_id', '=', 'batch').orderBy('page_url').execute();
    expect(results.map((r) => r.page_url)).toEqual([`${SITE}/`, `${SITE}/otra`]);
    const pages = await engine.db.selectFrom('campaign_page').select(['page_url', 'state', 'depth', 'reason']).where('campaign_id', '=', 'batch').orderBy('page_url').execute();
    // Three pages were there; the cap of 5 leaves room for /a and /b (found first), not /d; /c came from the copy.
    expect(pages).toEqual([
      { page_url: `${SITE}/`, state: 'done', depth: 0, reason: null },
      { page_url: `${SITE}/a`, state: 'queued', depth: 1, reason: null },
      { page_url: `${SITE}/b`, state: 'queued', depth: 1, reason: null },
      { page_url: `${SITE}/copia`, state: 'duplicate', depth: 1, reason: `misma página que ${SITE}/` },
      { page_url: `${SITE}/otra`, state: 'done', depth: 1, reason: null },
    ]);
    const site = await engine.db.selectFrom('campaign_site').select('pages').where('campaign_id', '=', 'batch').executeTakeFirstOrThrow();
    expect(site.pages).toBe(5);
    const { rows: jobs } = await sql<{ url: string }>`select data->>'url' as url from pgboss.job where name = 'campaign-page' and data->>'campaignId' = 'batch' and data->>'depth' = '1' and data->>'url' in (${`${SITE}/a`}, ${`${SITE}/b`}, ${`${SITE}/d`})`.execute(engine.db);
    expect(jobs.map((j) => j.url).sort()).toEqual([`${SITE}/a`, `${SITE}/b`]);
  });
});
