import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDialectConfig } from 'kysely';
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
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) }), engine: 'sqlite', where: file };
}

const STATEMENT_CACHE_MAX = 200;

/**
 * Kysely prepares every query anew; the collector runs the same few statements over and over, so
 * prepared statements are kept by SQL text (bounded: the cache is emptied when it fills up).
 */
function withStatementCache(database: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= STATEMENT_CACHE_MAX) cache.clear();
        statement = database.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      database.close();
    },
  };
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
