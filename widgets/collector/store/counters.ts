import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * Fixed-window hit counters (rate limits, bursts from one network). `hit` adds one to the key's
 * current window and returns the window's count and when it ends.
 */
export interface Counters {
  /** Whether every collector process on this database sees the same counts. */
  readonly shared: boolean;
  hit(key: string, windowMs: number, now?: number): Promise<{ hits: number; resetAt: number }>;
  /** Forgets windows that have ended. */
  prune(now?: number): Promise<number>;
}

const windowOf = (windowMs: number, now: number) => {
  const start = Math.floor(now / windowMs) * windowMs;
  return { start, end: start + windowMs };
};

/**
 * Counters in one PostgreSQL table: an atomic `insert … on conflict do update … returning` per
 * hit, so several collector processes behind a load balancer share one count per key.
 */
export class DatabaseCounters implements Counters {
  readonly shared = true;
  constructor(private readonly db: Kysely<Database>) {}

  async hit(key: string, windowMs: number, now = Date.now()): Promise<{ hits: number; resetAt: number }> {
    const { start, end } = windowOf(windowMs, now);
    const row = await this.db
      .insertInto('rate_counter')
      .values({ key, window_start: new Date(start).toISOString(), hits: 1, expires_at: new Date(end).toISOString() })
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_counter.hits', '+', 1) })))
      .returning('hits')
      .executeTakeFirstOrThrow();
    return { hits: Number(row.hits), resetAt: end };
  }

  async prune(now = Date.now()): Promise<number> {
    const result = await this.db.deleteFrom('rate_counter').where('expires_at', '<=', new Date(now).toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

/**
 * Counters in this process's memory: for the embedded SQLite engine (one process per database
 * file), where a durable write per request would cost an fsync. At most maxKeys keys: past that,
 * ended windows go first, then the oldest keys.
 */
export class MemoryCounters implements Counters {
  readonly shared = false;
  private readonly windows = new Map<string, { end: number; hits: number }>();
  constructor(private readonly maxKeys = 100_000) {}

  async hit(key: string, windowMs: number, now = Date.now()): Promise<{ hits: number; resetAt: number }> {
    const { end } = windowOf(windowMs, now);
    let entry = this.windows.get(key);
    if (!entry || entry.end !== end) {
      if (!entry && this.windows.size >= this.maxKeys) this.evict(now);
      entry = { end, hits: 0 };
      this.windows.set(key, entry);
    }
    entry.hits += 1;
    return { hits: entry.hits, resetAt: end };
  }

  async prune(now = Date.now()): Promise<number> {
    let removed = 0;
    for (const [key, entry] of this.windows) {
      if (entry.end <= now) {
        this.windows.delete(key);
        removed += 1;
      }
    }
    return removed;
  }

  private evict(now: number): void {
    void this.prune(now);
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.windows.keys()) {
      if (this.windows.size <= target) break;
      this.windows.delete(key);
    }
  }
}
