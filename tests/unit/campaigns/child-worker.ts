import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export type CliProcess = ChildProcess & { log: () => string };

/** Where a child finds the campaign database: a server's URL, or the embedded one under a data folder. */
export type ChildDatabase = { databaseUrl: string } | { dataDir: string };
const databaseArgs = (db: ChildDatabase): string[] => ('databaseUrl' in db ? ['--database-url', db.databaseUrl] : ['--data-dir', db.dataDir]);

/** A real `proactiva worker` process on the campaign database (stderr kept for failure messages). */
export function spawnWorker(db: string | ChildDatabase, concurrency = 2): CliProcess {
  return spawnProactiva(['worker', ...databaseArgs(typeof db === 'string' ? { databaseUrl: db } : db), '-c', String(concurrency)]);
}

/** A real `proactiva campaign run <id>` process: the coordinator, which works on the campaign too and exits when it is done. */
export function spawnCoordinator(id: string, db: ChildDatabase, concurrency = 2): CliProcess {
  return spawnProactiva(['campaign', 'run', id, ...databaseArgs(db), '-c', String(concurrency)]);
}

function spawnProactiva(args: readonly string[]): CliProcess {
  const child = spawn(process.execPath, ['bin/proactiva.mjs', ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '', PROACTIVA_DATA_DIR: '' },
  });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4_000);
  });
  return Object.assign(child, { log: () => log });
}

/** Resolves when the child has exited (after a kill). */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((done) => child.once('exit', () => done()));
