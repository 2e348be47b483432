import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningPort } from '../../../campaigns/embedded-pg.js';
import { openEngine, type CampaignEngine } from '../../../campaigns/engine.js';
import { campaignProgress } from '../../../campaigns/status.js';
import { startFarm, type Farm } from '../../farm/farm.js';
import { farmCampaign, waitFinished } from './campaign-run.js';
import { exited, spawnCoordinator, spawnWorker, type ChildDatabase, type CliProcess } from './child-worker.js';
import { testDatabase, type TestDatabase } from './test-pg.js';

/**
 * `kill -9` of the coordinator (`proactiva campaign run`, which also works on the campaign) while a
 * worker process shares the campaign; then `campaign run` again (resume). Every page ends audited
 * and stored once. On a PostgreSQL server (DATABASE_URL) and on the embedded one, where the killed
 * coordinator is the process that started the server.
 */
const SITES = 24;
const PAGES_PER_SITE = 6;
const PAGES = SITES * PAGES_PER_SITE;
const OPTIONS = { crawl: { depth: PAGES_PER_SITE, maxPages: PAGES_PER_SITE }, politeness: { enabled: false } };

async function expectExactlyOnce(engine: CampaignEngine, id: string): Promise<void> {
  const progress = await campaignProgress(engine.db, id);
  expect(progress.total).toMatchObject({ done: PAGES, failed: 0, duplicate: 0, queued: 0 });
  const count = async (query: ReturnType<typeof sql<{ n: string }>>) => Number((await query.execute(engine.db)).rows[0]!.n);
  expect(await count(sql`select count(*) as n from campaign_result where campaign_id = ${id}`)).toBe(PAGES);
  expect(await count(sql`select count(distinct canonical_url) as n from campaign_result where campaign_id = ${id}`)).toBe(PAGES);
  expect(await count(sql`select count(*) as n from pgboss.job where name = 'campaign-page' and state in ('created', 'retry', 'active')`)).toBe(0);
}

/** Waits for a child to exit on its own and returns its exit code. */
async function exitCode(child: CliProcess, timeoutMs: number): Promise<number | null> {
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited(child);
  clearTimeout(timer);
  if (child.signalCode) throw new Error(`${child.spawnargs.join(' ')} did not finish in ${timeoutMs} ms\n${child.log()}`);
  return child.exitCode;
}

describe('campaign: kill -9 of the coordinator', () => {
  let farm: Farm;
  const children: CliProcess[] = [];
  const spawned = (child: CliProcess) => (children.push(child), child);

  beforeAll(async () => {
    farm = await startFarm({ sites: SITES, pagesPerSite: PAGES_PER_SITE, latencyMs: 150 });
  }, 60_000);

  afterAll(async () => {
    for (const child of children) {
      child.kill('SIGKILL');
      await exited(child);
    }
    await farm?.close();
  }, 60_000);

  /** Starts the coordinator and a worker, kills the coordinator a quarter in, and runs it again; `watch` opens the test's view of the database, `reopen` the one it counts with at the end. */
  async function killAndResume(id: string, db: ChildDatabase, watch: () => Promise<CampaignEngine>, reopen = watch): Promise<{ atKill: number; workerAlive: boolean }> {
    const coordinator = spawned(spawnCoordinator(id, db));
    let engine = await watch();
    const worker = spawned(spawnWorker(db));
    await waitFinished(engine, id, 90_000, (p) => p.total.done >= PAGES / 4).catch((error: Error) => {
      throw new Error(`${error.message}\n${coordinator.log()}\n---\n${worker.log()}`);
    });
    coordinator.kill('SIGKILL');
    await exited(coordinator);
    const atKill = (await campaignProgress(engine.db, id).catch(() => ({ total: { done: -1 } }))).total.done;
    // The worker carries on without the coordinator (on the embedded engine too: the server the
    // coordinator started outlives it, as postgres does its parent).
    await waitFinished(engine, id, 30_000, (p) => p.total.done > atKill + 4).catch((error: Error) => {
      throw new Error(`the campaign stopped with its coordinator: ${error.message}\n${worker.log()}`);
    });
    // Resume: `campaign run` again finishes what the dead coordinator left, and exits 0.
    const again = spawned(spawnCoordinator(id, db));
    expect(await exitCode(again, 120_000)).toBe(0);
    const workerAlive = worker.exitCode === null && worker.signalCode === null;
    await engine.close().catch(() => undefined);
    engine = await reopen();
    await expectExactlyOnce(engine, id);
    await engine.close();
    return { atKill, workerAlive };
  }

  it('on a PostgreSQL server: the worker carries on, a second run finishes, 0 pages lost, 0 stored twice', async () => {
    const database: TestDatabase = await testDatabase();
    try {
      const setup = await openEngine({ databaseUrl: database.url, concurrency: 1 });
      await farmCampaign(setup, farm, 'coord', OPTIONS);
      await setup.close();
      const { atKill, workerAlive } = await killAndResume('coord', { databaseUrl: database.url }, () => openEngine({ databaseUrl: database.url, concurrency: 1 }));
      expect(atKill).toBeLessThan(PAGES);
      expect(workerAlive).toBe(true);
    } finally {
      await database.drop();
    }
  }, 240_000);

  it('on the embedded server the coordinator started: the server and the worker carry on, a second run finishes, 0 pages lost, 0 stored twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proactiva-coordinator-'));
    chmodSync(dir, 0o755);
    try {
      const setup = await openEngine({ dataDir: dir, concurrency: 1 });
      await farmCampaign(setup, farm, 'coord-embedded', OPTIONS);
      // The test's own server stops here: the coordinator starts it again and owns it.
      await setup.close();
      // The test joins the server a coordinator started (never races it to start one).
      const joinServer = async () => {
        for (let tries = 0; !(await runningPort(join(dir, 'pg'))); tries++) {
          if (tries > 120) throw new Error('the coordinator did not start the embedded server');
          await new Promise((done) => setTimeout(done, 250));
        }
        return openEngine({ dataDir: dir, concurrency: 1 });
      };
      // Counting afterwards may start the server again (the second run stops the one it started).
      const { atKill, workerAlive } = await killAndResume('coord-embedded', { dataDir: dir }, joinServer, () => openEngine({ dataDir: dir, concurrency: 1 }));
      expect(atKill).toBeLessThan(PAGES);
      expect(workerAlive).toBe(true);
    } finally {
      stopLeftServer(join(dir, 'pg'));
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

/** A server left by a killed owner (postmaster.pid, line 1) gets a fast shutdown (SIGINT) before its folder goes. */
function stopLeftServer(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (Number.isInteger(pid) && pid > 0) process.kill(pid, 'SIGINT');
  } catch {
    // Already gone.
  }
}
