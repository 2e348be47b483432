import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A real `proactiva worker` process on the campaign database (stderr kept for failure messages). */
export function spawnWorker(databaseUrl: string, concurrency = 2): ChildProcess & { log: () => string } {
  const child = spawn(process.execPath, ['bin/proactiva.mjs', 'worker', '--database-url', databaseUrl, '-c', String(concurrency)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DATABASE_URL: '' },
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
