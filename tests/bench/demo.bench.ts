/**
 * Demo benchmark (issue 5): how long `npm start` takes to be ready (its "Ctrl-C" line) on an
 * empty data folder (seeding included) and on the second start (data reused), with the builds
 * already fresh; how long Ctrl-C takes; and the dashboard bundle's size. Prints Markdown;
 * exits non-zero only when the demo cannot run. Full cold starts (builds included) are measured
 * on a fresh clone, see demo/README.md.
 * Run: npm run bench -- demo
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '../..');
const RUNS = Math.max(1, Number(process.env.PROACTIVA_BENCH_RUNS) || 3);

interface Run {
  readyMs: number;
  stopMs: number;
  output: string;
}

function startOnce(dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'demo/start.ts')], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', PROACTIVA_DATA_DIR: dataDir, PROACTIVA_PORTAL_PORT: '0', PROACTIVA_DASHBOARD_PORT: '0', PROACTIVA_COLLECTOR_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let readyMs = 0;
    let stopAt = 0;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!readyMs && output.includes('Ctrl-C')) {
        readyMs = performance.now() - t0;
        stopAt = performance.now();
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      if (!readyMs || code !== 0) reject(new Error(`demo exited with ${code} (ready: ${readyMs > 0}):\n${output}`));
      else resolve({ readyMs, stopMs: performance.now() - stopAt, output });
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const cold: Run[] = [];
const warm: Run[] = [];
for (let i = 0; i < RUNS; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-demo-bench-'));
  try {
    cold.push(await startOnce(dir));
    warm.push(await startOnce(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const seeded = /\((\d+) auditorías de páginas, \d+ de archivos, \d+ conjuntos de datos del catálogo y (\d+) respuestas sembradas ahora\)/.exec(cold[0]!.output);
const builds = cold[0]!.output.split('\n').filter((l) => /^\s{2}(widgets|dashboard|extension):/.test(l)).map((l) => l.trim());

console.log(`Node ${process.version}, ${RUNS} run(s) each, builds already fresh (${builds.join('; ')}).\n`);
console.log('| start | median ready | min | max | Ctrl-C to exit (median) |');
console.log('|---|---:|---:|---:|---:|');
for (const [name, runs] of [['first start, empty data folder (seeds)', cold], ['second start, data reused', warm]] as const) {
  const ready = runs.map((r) => r.readyMs);
  console.log(`| ${name} | ${s(median(ready))} | ${s(Math.min(...ready))} | ${s(Math.max(...ready))} | ${s(median(runs.map((r) => r.stopMs)))} |`);
}
if (seeded) console.log(`\nSeed: ${seeded[1]} audits (the core on back-dated page versions) and ${seeded[2]} answers.`);

const assets = join(root, 'demo/dashboard/dist/assets');
const files = readdirSync(assets);
const size = (ext: string) => files.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSync(readFileSync(join(assets, f))).length, 0);
console.log(`\nDashboard bundle (gzip): JS ${(size('.js') / 1024).toFixed(1)} KB, CSS ${(size('.css') / 1024).toFixed(1)} KB.`);
