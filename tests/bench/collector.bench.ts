/**
 * Collector benchmark (issue 4), loopback only, rate limits lifted:
 * 1. the raw embedded-DB rate: durable single-row inserts straight into better-sqlite3 (WAL,
 *    synchronous=FULL, one transaction per row), on the same disk, in this run;
 * 2. durable single-record POST /v1/feedback rate over HTTP (autocannon) against the collector
 *    running as its own process (`node --import tsx widgets/collector/main.ts`), with 1, 10 and
 *    50 connections (goal: ≥ 50 % of the raw rate, judged at autocannon's default 10);
 * 3. p50/p99 latency at a fixed 500 requests/s (goal: p99 < 50 ms);
 * then checks that every acknowledged POST is in the database. Every loop is bounded in count
 * and time. Prints Markdown; exits non-zero only when it cannot run.
 * Env: PROACTIVA_BENCH_SECONDS (default 5 per HTTP run).
 * Run: npm run bench -- collector
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { newAdminToken, newPublicKey, newSiteToken, openStore } from '../../widgets/collector/index.js';
import { spawnCollector } from '../unit/collector/child-collector.js';

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const SECONDS = Math.min(60, Math.max(1, Number(process.env.PROACTIVA_BENCH_SECONDS) || 5));
const RAW_MAX_ROWS = 100_000;
const ORIGIN = 'http://127.0.0.1:8080';
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const record = () =>
  JSON.stringify({
    id: randomUUID(),
    site: 'bench',
    page: `https://agua.example.gob.mx/datos/p${Math.floor(Math.random() * 50)}`,
    useful: Math.random() < 0.7,
    reasons: Math.random() < 0.5 ? ['actualizada', 'completa'] : [],
    comment: 'La tabla de tarifas no indica el periodo que cubre.',
    locale: 'es-MX',
    createdAt: new Date().toISOString(),
  });

/** 1. Durable single-row inserts straight into SQLite, one commit (fsync) each, bounded in rows and time. */
function rawInsertRate(dir: string): { rows: number; seconds: number; perSecond: number } {
  const db = new SqliteDatabase(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`create table feedback (id text primary key, site text not null, page text not null, useful integer not null,
    reasons text not null, comment text, locale text not null, created_at text not null, received_at text not null)`);
  const insert = db.prepare('insert into feedback values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing');
  const row = () => {
    const r = JSON.parse(record()) as Record<string, unknown>;
    return [r.id, r.site, r.page, r.useful ? 1 : 0, JSON.stringify(r.reasons), r.comment, r.locale, r.createdAt, new Date().toISOString()];
  };
  for (let i = 0; i < 50; i++) insert.run(...row()); // warm-up
  const t0 = performance.now();
  let rows = 0;
  while (rows < RAW_MAX_ROWS && performance.now() - t0 < SECONDS * 1000) {
    insert.run(...row());
    rows++;
  }
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return { rows, seconds, perSecond: rows / seconds };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-bench-'));
  const publicKey = newPublicKey();
  const adminToken = newAdminToken();
  writeFileSync(
    join(dir, 'sites.json'),
    JSON.stringify({ adminToken, sites: [{ id: 'bench', name: 'Bench', origins: [ORIGIN], publicKey, token: newSiteToken() }] }),
  );
  const raw = rawInsertRate(dir);
  const collector = await spawnCollector(['--data', join(dir, 'collector'), '--sites', join(dir, 'sites.json'), '--no-rate-limit', '--spam', 'off']);
  const acknowledged = { count: 0 };
  const post = (extra: Record<string, unknown>) =>
    autocannon({
      url: collector.url,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          path: '/v1/feedback',
          headers: { 'content-type': 'application/json', 'x-proactiva-key': publicKey, origin: ORIGIN },
          setupRequest: (req: AutocannonRequest) => ({ ...req, body: record() }),
        },
      ],
      ...extra,
    }).then((result) => {
      acknowledged.count += (result.statusCodeStats['201']?.count ?? 0) + (result.statusCodeStats['200']?.count ?? 0);
      return result;
    });

  try {
    await post({ connections: 4, duration: 1 }); // warm-up (JIT, page cache)
    const single = await post({ connections: 1 });
    const ten = await post({ connections: 10 });
    const fifty = await post({ connections: 50 });
    const fixed = await post({ connections: 10, overallRate: 500 });

    const rate = (r: AutocannonResult) => r.requests.total / r.duration;
    const line = (name: string, r: AutocannonResult) =>
      `| ${name} | ${fmt(rate(r))} | ${fmt(r.latency.p50, 1)} | ${fmt(r.latency.p99, 1)} | ${fmt(r.latency.max, 1)} | ${r.non2xx} | ${r.errors} |`;
    console.log(
      `Node ${process.version}, ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after, loopback, ${SECONDS} s per HTTP run, ` +
        'collector in its own process (SQLite, WAL, synchronous=FULL), rate limits and spam rules off.\n',
    );
    console.log(`- Raw embedded DB: **${fmt(raw.perSecond)} durable single-row inserts/s** (better-sqlite3, one commit per row, ${fmt(raw.rows)} rows in ${fmt(raw.seconds, 1)} s)\n`);
    console.log('| POST /v1/feedback (one record per request) | req/s | p50 ms | p99 ms | max ms | non-2xx | errors |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    console.log(line('1 connection', single));
    console.log(line('10 connections', ten));
    console.log(line('50 connections', fifty));
    console.log(line('fixed 500 req/s, 10 connections', fixed));
    console.log(
      `\n- **POST rate / raw insert rate: ${fmt((100 * rate(ten)) / raw.perSecond)} %** with 10 connections (goal ≥ 50 %); ${fmt((100 * rate(single)) / raw.perSecond)} % with 1, ${fmt((100 * rate(fifty)) / raw.perSecond)} % with 50.` +
        ' Each answer is sent after its record is committed; concurrent records share a commit (group commit), which is why the HTTP rate can pass the one-commit-per-row rate.',
    );
    console.log(`- **At 500 req/s: p50 ${fmt(fixed.latency.p50, 1)} ms, p99 ${fmt(fixed.latency.p99, 1)} ms** (goal p99 < 50 ms); achieved ${fmt(rate(fixed))} req/s.`);
  } finally {
    collector.child.kill('SIGTERM');
    await collector.exited;
  }

  const store = await openStore({ dataDir: join(dir, 'collector') });
  const stored = (await store.exportFeedback()).length;
  await store.close();
  console.log(`- Durability check: ${fmt(acknowledged.count)} acknowledged POSTs, ${fmt(stored)} records in the database after shutdown${stored >= acknowledged.count ? '' : ' — **RECORDS MISSING**'}.`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
