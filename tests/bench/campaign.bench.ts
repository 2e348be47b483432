/**
 * Campaign benchmark (issue 9), loopback only, on the test farm:
 * 1. pages/s end to end (fetch → snapshot → audit → store, exactly once) with 1 and 2 real worker
 *    processes (`proactiva worker -c 4`), politeness off (goal ≥ 40 pages/s with 2, scaling ≥ 1.6×);
 * 2. each worker's peak RSS (VmHWM);
 * 3. kill -9 of one of two workers mid-campaign: time until the campaign stores its next page, and
 *    until the dead worker's jobs are handed out again (pg-boss heartbeat), and that nothing was
 *    lost or stored twice;
 * 4. politeness on: the farm's highest per-host concurrency and request rate seen.
 * Database: DATABASE_URL if set, else an embedded PostgreSQL in a temp folder. Prints Markdown;
 * exits non-zero only when it cannot run. Env: PROACTIVA_BENCH_SITES (default 100).
 * Run: npm run bench -- campaign
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { startEmbeddedPostgres } from '../../campaigns/embedded-pg.js';
import { openEngine } from '../../campaigns/engine.js';
import { campaignProgress } from '../../campaigns/status.js';
import { startFarm } from '../farm/farm.js';
import { farmCampaign, waitFinished } from '../unit/campaigns/campaign-run.js';
import { exited, spawnWorker } from '../unit/campaigns/child-worker.js';
import { nodeThreadsCpu, postmasterPid, processTreeCpu } from './proc-cpu.js';

const SITES = Math.min(500, Math.max(10, Number(process.env.PROACTIVA_BENCH_SITES) || 100));
const PAGES = 10;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const peakRssMb = (pid: number): number => {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
};

const dir = mkdtempSync(join(tmpdir(), 'proactiva-bench-campaign-'));
chmodSync(dir, 0o755);
const server = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres(join(dir, 'pg'));
const url = process.env.DATABASE_URL ?? server!.url;
const engine = await openEngine({ databaseUrl: url, concurrency: 1 });
const farm = await startFarm({ sites: SITES, pagesPerSite: PAGES });
const workers: ReturnType<typeof spawnWorker>[] = [];
const startWorkers = async (n: number) => {
  const started = Array.from({ length: n }, () => spawnWorker(url, 4));
  workers.push(...started);
  // Ready when each has printed its banner (process start and tsx are not part of the figures).
  for (let i = 0; i < 200 && !started.every((w) => /listo|ready/.test(w.log())); i++) await sleep(100);
  return started;
};
const stopWorkers = async (list: ReturnType<typeof spawnWorker>[]) => {
  for (const w of list) {
    w.kill('SIGKILL');
    await exited(w);
  }
};

try {
  console.log(`Farm: ${SITES} hosts × ${PAGES} pages on 127.0.x.y; database: ${server ? 'embedded PostgreSQL' : 'DATABASE_URL'}; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  console.log('| workers | pages | seconds | pages/s | peak RSS per worker (MB) |');
  console.log('| --- | --- | --- | --- | --- |');
  const rates: number[] = [];
  const cpuRows: string[] = [];
  const postmaster = server ? postmasterPid(join(dir, 'pg')) : undefined;
  // CPU seconds so far: the workers' main threads, their other threads (GC, libuv), PostgreSQL, this process (farm and polling).
  const cpuNow = (list: ReturnType<typeof spawnWorker>[]) => {
    const threads = list.map((w) => nodeThreadsCpu(w.pid!));
    const own = process.cpuUsage();
    return {
      main: threads.reduce((s, t) => s + t.main, 0),
      others: threads.reduce((s, t) => s + t.others, 0),
      postgres: postmaster ? processTreeCpu(postmaster) : NaN,
      bench: (own.user + own.system) / 1e6,
    };
  };
  for (const n of [1, 2]) {
    const list = await startWorkers(n);
    const id = `bench-${n}`;
    const cpu0 = cpuNow(list);
    const t0 = performance.now();
    await farmCampaign(engine, farm, id, { crawl: { depth: PAGES, maxPages: PAGES }, politeness: { enabled: false } }, 'running');
    const progress = await waitFinished(engine, id, 600_000);
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuNow(list);
    const perPage = (key: keyof typeof cpu0) => ((cpu1[key] - cpu0[key]) * 1000) / progress.total.done;
    const parts = [perPage('main'), perPage('others'), perPage('postgres'), perPage('bench')];
    const all = parts.reduce((s, v) => s + (Number.isNaN(v) ? 0 : v), 0);
    cpuRows.push(`| ${n} | ${parts.map((v) => fmt(v)).join(' | ')} | ${fmt(all)} | ${fmt((100 * parts[0]!) / all, 0)} % | ${fmt((all * progress.total.done) / 1000 / seconds, 2)} |`);
    const rss = list.map((w) => fmt(peakRssMb(w.pid!), 0)).join(', ');
    rates.push(progress.total.done / seconds);
    console.log(`| ${n} | ${progress.total.done} | ${fmt(seconds)} | ${fmt(progress.total.done / seconds)} | ${rss} |`);
    await stopWorkers(list);
  }
  console.log(`\nScaling 1 → 2 workers: ${fmt(rates[1]! / rates[0]!, 2)}× (goal ≥ 1.6×; 2 cores shared with the farm and PostgreSQL).\n`);
  console.log('CPU per page (ms), from /proc: where the cores went during each run.\n');
  console.log('| workers | worker main threads | worker other threads (GC, libuv) | PostgreSQL (all backends) | bench process (farm, polling) | all | main threads\' share | cores busy |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const row of cpuRows) console.log(row);
  console.log('');

  // kill -9 of one of two workers mid-campaign.
  const pair = await startWorkers(2);
  await farmCampaign(engine, farm, 'bench-kill', { crawl: { depth: PAGES, maxPages: PAGES }, politeness: { enabled: false } }, 'running');
  const total = SITES * PAGES;
  await waitFinished(engine, 'bench-kill', 600_000, (p) => p.total.done >= total / 3);
  const retried = async () =>
    Number((await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'campaign-page' and retry_count > 0`.execute(engine.db)).rows[0]!.n);
  // Jobs already retried before the kill (a loaded machine can time some out) are not counted.
  const retriedBefore = await retried();
  pair[0]!.kill('SIGKILL');
  const killedAt = performance.now();
  await exited(pair[0]!);
  const doneAtKill = (await campaignProgress(engine.db, 'bench-kill', 0)).total.done;
  await waitFinished(engine, 'bench-kill', 60_000, (p) => p.total.done > doneAtKill);
  const movingMs = performance.now() - killedAt;
  let handedBackMs = NaN;
  for (let i = 0; i < 1_200; i++) {
    if ((await retried()) > retriedBefore) {
      handedBackMs = performance.now() - killedAt;
      break;
    }
    if ((await campaignProgress(engine.db, 'bench-kill', 0)).finished) break;
    await sleep(100);
  }
  const after = await waitFinished(engine, 'bench-kill', 600_000);
  const { rows: stored } = await sql<{ n: string }>`select count(*) as n from campaign_result where campaign_id = 'bench-kill'`.execute(engine.db);
  console.log('| kill -9 of 1 of 2 workers | figure |');
  console.log('| --- | --- |');
  console.log(`| campaign stores its next page after | ${fmt(movingMs, 0)} ms (goal ≤ 10 s) |`);
  console.log(`| dead worker's jobs handed out again after | ${Number.isNaN(handedBackMs) ? 'none were in flight' : `${fmt(handedBackMs, 0)} ms (pg-boss heartbeat 10 s + monitor 2 s)`} |`);
  console.log(`| pages done / stored / expected | ${after.total.done} / ${stored[0]!.n} / ${total} (failed ${after.total.failed}) |\n`);
  await stopWorkers(pair);

  // Politeness on: 1 request at a time per host, ≥ 1 s apart (the defaults), 2 workers.
  farm.stats.clear();
  const polite = await startWorkers(2);
  const politeSites = Math.min(SITES, 30);
  const t1 = performance.now();
  await farmCampaign(engine, { ...farm, padronCsv: () => farm.padronCsv().split('\n').slice(0, politeSites + 1).join('\n') + '\n' }, 'bench-polite', { crawl: { depth: 3, maxPages: 4 } }, 'running');
  const politeDone = await waitFinished(engine, 'bench-polite', 600_000);
  const politeSeconds = (performance.now() - t1) / 1000;
  const hosts = [...farm.stats.values()];
  const maxInFlight = Math.max(...hosts.map((h) => h.maxInFlight));
  const minGap = Math.min(...hosts.map((h) => h.minGapMs));
  console.log('| politeness on (defaults: 1 at a time, 1 request/s per host), 2 workers | figure |');
  console.log('| --- | --- |');
  console.log(`| hosts / pages audited / seconds | ${hosts.length} / ${politeDone.total.done} / ${fmt(politeSeconds)} |`);
  console.log(`| most requests in flight on one host | ${maxInFlight} (limit 1) |`);
  console.log(`| shortest gap between two request starts on one host | ${fmt(minGap, 0)} ms → at most ${fmt(1000 / minGap, 2)} requests/s (limit 1) |`);
  console.log(`| requests per host (robots.txt + sitemap + pages) | ${Math.max(...hosts.map((h) => h.requests))} at most |`);
  await stopWorkers(polite);
} finally {
  await stopWorkers(workers.filter((w) => w.exitCode === null && w.signalCode === null));
  await engine.close();
  await farm.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
}
