import type { Db as IDatabase } from 'pg-boss';
import { NOW_MS } from './sql-db.js';

export class HostBusyError extends Error {}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Per-host politeness shared by every worker, on every machine: a row per host in PostgreSQL
 * holds a lease (`busy_until`: one request at a time) and the earliest time the next request may
 * start (`next_at`). A worker that dies holding a lease frees the host when the lease runs out.
 */
export async function acquireHost(db: IDatabase, host: string, leaseMs: number, maxWaitMs: number): Promise<void> {
  await db.executeSql('insert into campaign_host (host) values ($1) on conflict do nothing', [host]);
  const started = Date.now();
  for (;;) {
    const { rows } = await db.executeSql(
      `update campaign_host set busy_until = ${NOW_MS} + $2::bigint
       where host = $1 and busy_until <= ${NOW_MS} and next_at <= ${NOW_MS} returning host`,
      [host, leaseMs],
    );
    if (rows.length > 0) return;
    const { rows: wait } = await db.executeSql(
      `select greatest(busy_until, next_at) - ${NOW_MS} as wait from campaign_host where host = $1`,
      [host],
    );
    if (Date.now() - started > maxWaitMs) throw new HostBusyError(`host ${host} busy for more than ${maxWaitMs} ms`);
    await sleep(Math.min(1_000, Math.max(10, Number(wait[0]?.wait ?? 100))));
  }
}

/** Frees the host; the next request may start `intervalMs` (or the host's own gap, if larger) from now (database clock). */
export async function releaseHost(db: IDatabase, host: string, intervalMs: number): Promise<void> {
  await db.executeSql(
    `update campaign_host set busy_until = 0, next_at = greatest(next_at, ${NOW_MS} + greatest($2::bigint, gap_ms)) where host = $1`,
    [host, intervalMs],
  );
}

/** Records the host's own gap (robots.txt Crawl-delay) for every worker; call it while holding the slot. */
export async function setHostGap(db: IDatabase, host: string, gapMs: number): Promise<void> {
  await db.executeSql('update campaign_host set gap_ms = $2 where host = $1', [host, Math.round(gapMs)]);
}
