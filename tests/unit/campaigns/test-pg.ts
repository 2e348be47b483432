import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../campaigns/embedded-pg.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The campaign's two engines: a PostgreSQL server (DATABASE_URL) or the embedded one. */
export type DatabaseKind = 'server' | 'embedded';

/** The engines a fault test runs on: the embedded one always, a server too when PROACTIVA_TEST_PG_URL is set (CI). */
export const DATABASE_KINDS: readonly DatabaseKind[] = ['embedded', ...(process.env.PROACTIVA_TEST_PG_URL ? (['server'] as const) : [])];

/**
 * A fresh PostgreSQL database for one test file: a new database on PROACTIVA_TEST_PG_URL's server
 * (CI), or else a throwaway embedded server in a temp folder (the campaign engine's own path);
 * `kind` picks one.
 */
export async function testDatabase(kind: DatabaseKind = process.env.PROACTIVA_TEST_PG_URL ? 'server' : 'embedded'): Promise<TestDatabase> {
  const shared = process.env.PROACTIVA_TEST_PG_URL;
  if (kind === 'server') {
    if (!shared) throw new Error('a PostgreSQL server test needs PROACTIVA_TEST_PG_URL');
    const name = `campaign_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: shared });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(shared);
    url.pathname = `/${name}`;
    return {
      url: url.href,
      async drop() {
        const client = new pg.Client({ connectionString: shared });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-campaign-'));
  chmodSync(dir, 0o755); // as root the server runs as `postgres`, which must reach its folder
  const server = await startEmbeddedPostgres(join(dir, 'pg'));
  return {
    url: server.url,
    async drop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
