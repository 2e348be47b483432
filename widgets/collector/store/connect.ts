import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';

export type Engine = 'sqlite' | 'postgres';

/** Where the data lives: an embedded SQLite file under dataDir, or a PostgreSQL database. */
export type StoreLocation = { dataDir: string; databaseUrl?: undefined } | { databaseUrl: string; dataDir?: undefined };

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** Human-readable place of the data (file path, or the URL without its password). */
  where: string;
}

export const SQLITE_FILE = 'proactiva.db';

/**
 * Opens the database. SQLite runs in WAL mode with synchronous=FULL: a transaction is on disk when
 * commit returns, so an acknowledged record survives kill -9 and power loss.
 */
export function connect(location: StoreLocation): Connection {
  if (location.databaseUrl) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10, idleTimeoutMillis: 30_000 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres', where: redactUrl(location.databaseUrl) };
  }
  if (!location.dataDir) throw new Error('openStore needs dataDir or databaseUrl');
  const dir = resolve(location.dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SQLITE_FILE);
  const database = new SqliteDatabase(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), engine: 'sqlite', where: file };
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
}
