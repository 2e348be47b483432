import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../../campaigns/embedded-pg.js';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh PostgreSQL database for one test file: a new database on PROACTIVA_TEST_PG_URL's server
 * (CI), or else a throwaway embedded server in a temp folder (the campaign engine's own path).
 */
export async function testDatabase(): Promise<TestDatabase> {
  const shared = process.env.PROACTIVA_TEST_PG_URL;
  if (shared) {
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
