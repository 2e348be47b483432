import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connect } from '../widgets/collector/store/connect.js';
import { migrate } from '../widgets/collector/store/migrations.js';
import { startEmbeddedPostgres } from './embedded-pg.js';
import { openQueue, type Queue } from './queue.js';
import type { CampaignDatabase } from './tables.js';

export interface CampaignEngine {
  db: Kysely<CampaignDatabase>;
  queue: Queue;
  /** 'postgres' with DATABASE_URL, 'embedded' when this machine's embedded server is used. */
  mode: 'postgres' | 'embedded';
  /** The PostgreSQL URL in use (the collector reads the campaign results with it as DATABASE_URL). */
  url: string;
  close(): Promise<void>;
}

export interface EngineLocation {
  databaseUrl?: string | undefined;
  /** Where the embedded server keeps its data (`<dataDir>/pg`); default ./data. */
  dataDir?: string | undefined;
  /** Parallel jobs this process takes (sizes the connection pools). */
  concurrency?: number;
}

/**
 * One code path for both modes: with a PostgreSQL URL the store and pg-boss use it; without one
 * an embedded PostgreSQL is started (or joined) under the data folder, then the same code runs.
 */
export async function openEngine(location: EngineLocation): Promise<CampaignEngine> {
  const embedded = location.databaseUrl ? undefined : await startEmbeddedPostgres(join(location.dataDir ?? 'data', 'pg'));
  const url = location.databaseUrl ?? embedded!.url;
  const { db } = connect({ databaseUrl: url });
  try {
    await migrate(db, 'postgres');
    const queue = await openQueue(url, location.concurrency ?? 4);
    return {
      db: db as unknown as Kysely<CampaignDatabase>,
      queue,
      mode: embedded ? 'embedded' : 'postgres',
      url,
      async close() {
        await queue.stop();
        await db.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await db.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
