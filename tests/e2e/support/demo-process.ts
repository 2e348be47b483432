/**
 * Runs the whole demo the way `npm start` does (`tsx demo/start.ts`) in a child process, with a
 * temporary data folder and free ports, and reads the addresses and token it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export interface DemoProcess {
  portal: string;
  dashboard: string;
  collector: string;
  token: string;
  dataDir: string;
  extension: string;
  output: () => string;
  /** Sends SIGINT and resolves with the exit code once the process is gone. */
  stop: () => Promise<number | null>;
}

const field = (text: string, label: string): string => {
  const match = new RegExp(`${label}:\\s+(\\S+)`).exec(text);
  if (!match) throw new Error(`"${label}" not found in the demo's output:\n${text}`);
  return match[1]!.replace(/\/$/, '');
};

export function startDemoProcess(dataDir: string, timeoutMs = 170_000): Promise<DemoProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'demo/start.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PROACTIVA_DATA_DIR: dataDir,
      PROACTIVA_PORTAL_PORT: '0',
      PROACTIVA_DASHBOARD_PORT: '0',
      PROACTIVA_COLLECTOR_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the demo did not start within ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    const onData = () => {
      if (!out.includes('Ctrl-C')) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      try {
        resolve({
          portal: field(out, 'Portal del sujeto obligado'),
          dashboard: field(out, 'Tablero de control'),
          collector: field(out, 'Colector \\(API\\)'),
          token: field(out, 'Token del tablero'),
          dataDir,
          extension: field(out, 'Extensión para cargar'),
          output: () => out,
          stop,
        });
      } catch (error) {
        void stop();
        reject(error);
      }
    };
    child.stdout!.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code} before it was ready:\n${out}`));
    });
  });
}
