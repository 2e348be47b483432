import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../../campaigns/embedded-pg.js';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { startFarm, type Farm } from '../../farm/farm.js';
import { farmCampaign, waitFinished } from './campaign-run.js';
import { exited, spawnWorker } from './child-worker.js';

/**
 * The database goes away mid-campaign (fast shutdown: open transactions are rolled back) and comes
 * back on the same port: the worker processes carry on and every page ends stored exactly once.
 * On the embedded engine, whose server the test can stop and start.
 */
describe('campaign survives a database restart', () => {
  let dir: string;
  let server: EmbeddedServer;
  let farm: Farm;
  let engine: CampaignEngine | undefined;
  const workers: ReturnType<typeof spawnWorker>[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'proactiva-restart-'));
    chmodSync(dir, 0o755);
    server = await startEmbeddedPostgres(join(dir, 'pg'));
    farm = await startFarm({ sites: 30, pagesPerSite: 6, latencyMs: 200 });
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) {
      worker.kill('SIGKILL');
      await exited(worker);
    }
    await engine?.close().catch(() => undefined);
    await farm?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('0 pages lost, 0 stored twice after PostgreSQL restarts under two workers', async () => {
    const pages = 30 * 6;
    const port = Number(new URL(server.url).port);
    engine = await openEngine({ databaseUrl: server.url, concurrency: 1 });
    await farmCampaign(engine, farm, 'restart', { crawl: { depth: 6, maxPages: 6 }, politeness: { enabled: false } }, 'running');
    workers.push(spawnWorker(server.url), spawnWorker(server.url));
    const before = await waitFinished(engine, 'restart', 60_000, (p) => p.total.done >= pages / 4);
    expect(before.total.done).toBeLessThan(pages);
    await engine.close();
    engine = undefined;
    await server.stop();
    await new Promise((done) => setTimeout(done, 1_500));
    server = await startEmbeddedPostgres(join(dir, 'pg'), port);
    engine = await openEngine({ databaseUrl: server.url, concurrency: 1 });
    const progress = await waitFinished(engine, 'restart', 90_000).catch((error: Error) => {
      throw new Error(`${error.message}\n${workers.map((w) => w.log()).join('\n---\n')}`);
    });
    expect(workers.every((w) => w.exitCode === null)).toBe(true);
    expect(progress.total).toMatchObject({ done: pages, failed: 0, duplicate: 0, queued: 0 });
    const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(engine!.db)).rows[0]!.n);
    expect(await count(sql`select count(*) as n from campaign_result where campaign_id = 'restart'`)).toBe(pages);
    expect(await count(sql`select count(*) as n from pgboss.job where name = 'campaign-page' and state in ('created', 'retry', 'active')`)).toBe(0);
  }, 150_000);
});
