import { PgBoss, type Db as IDatabase, type Job } from 'pg-boss';
import type { PageJobInput } from './page-job.js';

export const PAGE_QUEUE = 'campaign-page';
/** A worker that dies mid-page stops sending heartbeats; pg-boss hands its jobs out again after this. */
const HEARTBEAT_SECONDS = 10;

export interface Queue {
  boss: PgBoss;
  /** Queues a page job; with `db` (a transaction) the job exists only if that transaction commits. */
  sendPage(db: IDatabase, job: PageJobInput, startAfterMs?: number): Promise<void>;
  /** Queues many page jobs at once, through `db` likewise. */
  insertPages(db: IDatabase, jobs: PageJobInput[]): Promise<void>;
  /**
   * Runs `handler` on batches of page jobs; everything it writes through `tx` commits together with
   * the jobs' completion, or not at all.
   */
  work(concurrency: number, handler: (jobs: Job<unknown>[], tx: IDatabase) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss on the campaign's PostgreSQL (schema pgboss), with the page queue created. */
export async function openQueue(url: string, concurrency: number): Promise<Queue> {
  const boss = new PgBoss({
    connectionString: url,
    max: concurrency + 4,
    monitorIntervalSeconds: 2,
    superviseIntervalSeconds: 2,
    registerInstance: false,
    schedule: false,
  });
  boss.on('error', () => undefined);
  await boss.start();
  const existing = await boss.getQueue(PAGE_QUEUE);
  if (!existing) {
    await boss
      .createQueue(PAGE_QUEUE, {
        expireInSeconds: 900,
        heartbeatSeconds: HEARTBEAT_SECONDS,
        retryLimit: 5,
        retryDelay: 1,
        retryBackoff: true,
        retryDelayMax: 60,
        deleteAfterSeconds: 86_400,
      })
      .catch(async (error: unknown) => {
        // Another process created it at the same moment.
        if (!(await boss.getQueue(PAGE_QUEUE))) throw error;
      });
  }
  let stopped = false;
  return {
    boss,
    async sendPage(db, job, startAfterMs) {
      await boss.send(PAGE_QUEUE, job, { db, ...(startAfterMs ? { startAfter: new Date(Date.now() + startAfterMs) } : {}) });
    },
    async insertPages(db, jobs) {
      if (jobs.length > 0) await boss.insert(PAGE_QUEUE, jobs.map((data) => ({ data })), { db });
    },
    async work(concurrency, handler) {
      await boss.work(
        PAGE_QUEUE,
        { transactional: true, batchSize: 4, burstWhenBatchFull: true, localConcurrency: concurrency, pollingIntervalSeconds: 0.5 },
        handler,
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
