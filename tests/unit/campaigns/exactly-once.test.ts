import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setStatus } from '../../../campaigns/campaigns.js';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { startFarm, type Farm } from '../../farm/farm.js';
import { farmCampaign, waitFinished } from './campaign-run.js';
import { exited, spawnWorker } from './child-worker.js';
import { DATABASE_KINDS, testDatabase, type TestDatabase } from './test-pg.js';

/**
 * Real worker processes share a campaign; one is killed with SIGKILL mid-campaign and a new one is
 * started (resume). Every page must end audited and stored exactly once, with no job left behind,
 * and the jobs the dead worker held must have been handed out again. Then every database
 * connection the workers hold is killed (pg_terminate_backend): they reconnect and carry on.
 * On the embedded server, and on a PostgreSQL server when PROACTIVA_TEST_PG_URL is set.
 */
describe.each(DATABASE_KINDS)('campaign exactly once, whatever dies (%s PostgreSQL)', (kind) => {
  let database: TestDatabase;
  let farm: Farm;
  let engine: CampaignEngine;
  const workers: ReturnType<typeof spawnWorker>[] = [];

  beforeAll(async () => {
    database = await testDatabase(kind);
    farm = await startFarm({ sites: 30, pagesPerSite: 8, latencyMs: 200 });
    engine = await openEngine({ databaseUrl: database.url, concurrency: 1 });
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) {
      worker.kill('SIGKILL');
      await exited(worker);
    }
    await engine?.close();
    await farm?.close();
    await database?.drop();
  }, 60_000);

  it('kill -9 of a worker mid-campaign: 0 pages lost, 0 stored twice after a new worker resumes', async () => {
    const pages = 30 * 8;
    await farmCampaign(engine, farm, 'kill9', { crawl: { depth: 8, maxPages: 8 }, politeness: { enabled: false } });
    await setStatus(engine.db, 'kill9', 'running');
    workers.push(spawnWorker(database.url), spawnWorker(database.url));
    await waitFinished(engine, 'kill9', 60_000, (p) => p.total.done >= pages / 4).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.log()).join('\n')}`);
    });
    workers[0]!.kill('SIGKILL');
    await exited(workers[0]!);
    const atKill = (await waitFinished(engine, 'kill9', 1_000, () => true)).total.done;
    expect(atKill).toBeLessThan(pages);
    workers.push(spawnWorker(database.url));
    const progress = await waitFinished(engine, 'kill9', 90_000);

    expect(progress.total).toMatchObject({ done: pages, failed: 0, duplicate: 0, queued: 0 });
    const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(engine.db)).rows[0]!.n);
    expect(await count(sql`select count(*) as n from campaign_result where campaign_id = 'kill9'`)).toBe(pages);
    expect(await count(sql`select count(distinct canonical_url) as n from campaign_result where campaign_id = 'kill9'`)).toBe(pages);
    expect(await count(sql`select count(*) as n from campaign_page p left join campaign_result r using (campaign_id, page_url)
      where p.campaign_id = 'kill9' and r.page_url is null`)).toBe(0);
    expect(await count(sql`select count(*) as n from pgboss.job where name = 'campaign-page' and state in ('created', 'retry', 'active')`)).toBe(0);
    // The dead worker held jobs: pg-boss saw their heartbeats stop and handed them out again.
    expect(await count(sql`select count(*) as n from pgboss.job where name = 'campaign-page' and retry_count > 0`)).toBeGreaterThan(0);
    // Every farm page was fetched (re-fetches only for what the dead worker had in flight).
    expect(farm.totalRequests()).toBeGreaterThanOrEqual(pages);
  }, 150_000);

  it('kill of every worker connection mid-campaign: the workers reconnect, 0 pages lost, 0 stored twice', async () => {
    const pages = 30 * 8;
    await farmCampaign(engine, farm, 'conn', { crawl: { depth: 8, maxPages: 8 }, politeness: { enabled: false } }, 'running');
    const pair = [spawnWorker(database.url), spawnWorker(database.url)];
    workers.push(...pair);
    await waitFinished(engine, 'conn', 60_000, (p) => p.total.done >= pages / 4);
    // Every backend but this test's own: the workers' pools and pg-boss's lose their connections at once.
    const killed = await sql<{ n: string }>`select count(*) as n from (select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()) t`.execute(engine.db);
    expect(Number(killed.rows[0]!.n)).toBeGreaterThan(1);
    const progress = await waitFinished(engine, 'conn', 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${pair.map((w) => w.log()).join('\n---\n')}`);
    });
    expect(pair.every((w) => w.exitCode === null && w.signalCode === null)).toBe(true);
    expect(progress.total).toMatchObject({ done: pages, failed: 0, duplicate: 0, queued: 0 });
    const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(engine.db)).rows[0]!.n);
    expect(await count(sql`select count(*) as n from campaign_result where campaign_id = 'conn'`)).toBe(pages);
    expect(await count(sql`select count(distinct canonical_url) as n from campaign_result where campaign_id = 'conn'`)).toBe(pages);
  }, 150_000);
});
