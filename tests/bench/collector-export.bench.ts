/**
 * Collector export benchmark (issue 11, item 5): 1,000,000 stored answers exported as CSV by
 * GET /v1/export, streamed, with the collector's peak RSS reported. The answers are written
 * straight into the collector's schema with multi-row inserts in a few transactions (the store
 * migrates the database first), then the collector runs as its own process and the export is
 * read over loopback, counting bytes and lines without keeping them. Peak RSS is the kernel's
 * VmHWM of the collector process (/proc/<pid>/status), read after start-up and after the export.
 * SQLite always; PostgreSQL too when PROACTIVA_TEST_PG_URL is set (a fresh schema from the collector tests' harness, dropped after).
 * Env: PROACTIVA_BENCH_EXPORT_ROWS (default 1,000,000).
 * Run: npm run bench -- collector-export
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { newAdminToken, newPublicKey, newSiteToken, openStore } from '../../widgets/collector/index.js';
import { spawnCollector } from '../unit/collector/child-collector.js';
import { freshLocation } from '../unit/collector/harness.js';

const ROWS = Math.max(1_000, Number(process.env.PROACTIVA_BENCH_EXPORT_ROWS) || 1_000_000);
const PG_URL = process.env.PROACTIVA_TEST_PG_URL;
const ORIGIN = 'http://127.0.0.1:8080';
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (kb: number) => `${fmt(kb / 1024, 1)} MB`;

const COLUMNS = ['id', 'site', 'page', 'useful', 'reasons', 'comment', 'locale', 'created_at', 'received_at'] as const;
// The year up to yesterday: inside the comment retention, so the collector's start-up maintenance keeps them.
const START = Date.now() - 366 * 86_400_000;

/** Row i of the synthetic answers: 200 pages, the last year of dates, a comment on one in five. */
function row(i: number): unknown[] {
  const created = new Date(START + 86_400_000 + Math.floor((i / ROWS) * 364 * 86_400_000)).toISOString();
  const useful = i % 10 < 7;
  return [randomUUID(), 'bench', `https://agua.example.gob.mx/datos/p${i % 200}`, useful ? 1 : 0, useful ? '[]' : '["actualizada","completa"]', i % 5 === 0 ? 'La tabla de tarifas no indica el periodo que cubre.' : null, 'es-MX', created, created];
}

/** Peak and current RSS (kB) of a process, from the kernel. */
function rss(pid: number): { peakKb: number; nowKb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakKb: kb('VmHWM'), nowKb: kb('VmRSS') };
}

async function insertSqlite(dataDir: string): Promise<number> {
  const db = new SqliteDatabase(join(dataDir, 'proactiva.db'));
  db.pragma('journal_mode = WAL');
  const per = 500;
  const statement = db.prepare(`insert into feedback (${COLUMNS.join(',')}) values ${Array(per).fill(`(${COLUMNS.map(() => '?').join(',')})`).join(',')}`);
  const t0 = performance.now();
  const batch = db.transaction((from: number) => {
    for (let i = from; i < from + 100_000 && i < ROWS; i += per) statement.run(...Array.from({ length: per }, (_, j) => row(i + j)).flat());
  });
  for (let from = 0; from < ROWS; from += 100_000) batch(from);
  db.close();
  return (performance.now() - t0) / 1000;
}

async function insertPostgres(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const per = 1_000;
  const placeholders = Array.from({ length: per }, (_, r) => `(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(',')})`).join(',');
  const t0 = performance.now();
  for (let from = 0; from < ROWS; from += 100_000) {
    await client.query('begin');
    for (let i = from; i < from + 100_000 && i < ROWS; i += per) {
      await client.query({ name: 'bulk', text: `insert into feedback (${COLUMNS.join(',')}) values ${placeholders}`, values: Array.from({ length: per }, (_, j) => row(i + j)).flat() });
    }
    await client.query('commit');
  }
  await client.end();
  return (performance.now() - t0) / 1000;
}

/** Reads the export without keeping it: bytes, lines and time; samples the collector's RSS meanwhile. */
async function exportCsv(url: string, token: string, pid: number): Promise<{ bytes: number; lines: number; seconds: number; firstByteMs: number; maxSampledKb: number }> {
  const t0 = performance.now();
  const response = await fetch(`${url}/v1/export?format=csv`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200 || !response.body) throw new Error(`export answered ${response.status}`);
  let bytes = 0;
  let lines = 0;
  let firstByteMs = 0;
  let maxSampledKb = 0;
  const sampler = setInterval(() => (maxSampledKb = Math.max(maxSampledKb, rss(pid).nowKb)), 100);
  try {
    for await (const chunk of response.body) {
      if (bytes === 0) firstByteMs = performance.now() - t0;
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines++;
    }
  } finally {
    clearInterval(sampler);
  }
  return { bytes, lines, seconds: (performance.now() - t0) / 1000, firstByteMs, maxSampledKb };
}

async function run(engine: 'sqlite' | 'postgres', dir: string, location: { dataDir: string } | { databaseUrl: string }): Promise<string> {
  const adminToken = newAdminToken();
  const sites = join(dir, `sites-${engine}.json`);
  writeFileSync(sites, JSON.stringify({ adminToken, sites: [{ id: 'bench', name: 'Bench', origins: [ORIGIN], publicKey: newPublicKey(), token: newSiteToken() }] }));
  const store = await openStore(location); // creates and migrates the schema
  await store.close();
  const insertSeconds = 'dataDir' in location ? await insertSqlite(location.dataDir) : await insertPostgres(location.databaseUrl);

  const args = ['--sites', sites, '--no-rate-limit', '--spam', 'off', ...('dataDir' in location ? ['--data', location.dataDir] : ['--data', dir, '--database-url', location.databaseUrl])];
  const collector = await spawnCollector(args, 120_000);
  try {
    const pid = collector.child.pid!;
    const before = rss(pid);
    const result = await exportCsv(collector.url, adminToken, pid);
    const after = rss(pid);
    const ok = result.lines === ROWS + 1;
    return (
      `| ${engine} | ${fmt(ROWS)} in ${fmt(insertSeconds, 1)} s (${fmt(ROWS / insertSeconds)}/s) | ${fmt(result.lines - 1)}${ok ? '' : ' **MISSING ROWS**'} | ${fmt(result.bytes / 1_048_576, 1)} MB | ` +
      `${fmt(result.seconds, 1)} s (${fmt((result.lines - 1) / result.seconds)} rows/s) | ${fmt(result.firstByteMs)} ms | ${mb(before.peakKb)} | **${mb(after.peakKb)}** | ${mb(result.maxSampledKb)} |`
    );
  } finally {
    collector.child.kill('SIGTERM');
    await collector.exited;
  }
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-bench-export-'));
  console.log(
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at start, loopback; ` +
      `GET /v1/export?format=csv read as a stream and discarded; collector in its own process${PG_URL ? '' : ' (PostgreSQL skipped: PROACTIVA_TEST_PG_URL not set)'}.\n`,
  );
  console.log('| engine | answers stored (multi-row inserts) | CSV rows exported | CSV size | export time | first byte | collector peak RSS before export | **collector peak RSS after export** | max RSS sampled during export |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const pgLocation = PG_URL ? await freshLocation('postgres') : null;
  try {
    console.log(await run('sqlite', dir, { dataDir: join(dir, 'sqlite') }));
    if (pgLocation) console.log(await run('postgres', dir, pgLocation.options as { databaseUrl: string }));
  } finally {
    await pgLocation?.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nLoad average ${loadavg()[0]!.toFixed(1)} at the end. Peak RSS (VmHWM) after the export minus before it is what the export cost in memory; the CSV itself is many times larger.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
