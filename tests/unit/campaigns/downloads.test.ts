import { beforeAll, describe, expect, it } from 'vitest';
import { setStatus } from '../../../campaigns/campaigns.js';
import type { CampaignEngine } from '../../../campaigns/engine.js';
import { startWorker } from '../../../campaigns/worker.js';
import type { AuditReport } from '../../../core/index.js';
import type { Farm } from '../../farm/farm.js';
import { farmCampaign, waitFinished } from './campaign-run.js';
import { farmSetup } from './farm-setup.js';

/**
 * `campaign create --head / --inspect-downloads`: a `downloads` farm site's pages link a good CSV,
 * a .csv that serves HTML, a file under robots.txt's Disallow, and two files on the next host
 * (which answers 429 + Retry-After to the first request for each path). Two workers (two engines)
 * crawl it; the farm counts every request, download requests included.
 */
describe('campaign download checks, as polite as page requests', () => {
  const INTERVAL = 300;
  const setup = farmSetup({ sites: 2, pagesPerSite: 3, kinds: ['downloads', 'throttled429'] });
  let farm: Farm;
  let engines: CampaignEngine[];

  beforeAll(async () => {
    ({ farm, engines } = setup);
    for (const engine of engines) await startWorker(engine, { concurrency: 4 });
  });

  const home = () => farm.sites[0]!;
  const other = () => farm.sites[1]!;
  const stats = (site: () => { address: string }) => farm.stats.get(site().address)!;
  const calls = (site: () => { address: string }, call: string) => stats(site).calls.get(call) ?? 0;
  const run = async (id: string, audit: { head?: boolean; inspectDownloads?: boolean }) => {
    await farmCampaign(engines[0]!, farm, id, {
      crawl: { depth: 2, maxPages: 3 },
      politeness: { intervalMs: INTERVAL, maxAttempts: 3 },
      audit: { timeoutMs: 4_000, ...audit },
    });
    await setStatus(engines[0]!.db, id, 'running');
    return waitFinished(engines[0]!, id, 90_000);
  };
  const stored = async (id: string) => {
    const rows = await engines[0]!.db.selectFrom('campaign_result').select(['page_url', 'report']).where('campaign_id', '=', id).execute();
    return rows.map((r) => ({ url: r.page_url, report: JSON.parse(r.report) as AuditReport }));
  };
  const check = (report: AuditReport, id: string) => report.criteria.flatMap((c) => c.checks).find((c) => c.id === id)!;
  const politeEverywhere = () => {
    for (const site of [home, other]) {
      expect(stats(site).maxInFlight, site().kind).toBe(1);
      expect(stats(site).minGapMs, site().kind).toBeGreaterThanOrEqual(INTERVAL - 5);
      // robots.txt's Disallow: /privado holds for files on the page's host and on the other one.
      expect([...stats(site).paths.keys()].filter((p) => p.startsWith('/privado')), site().kind).toEqual([]);
    }
  };

  it('--inspect-downloads: each file read through its host slot; the stored report names both findings; the HTML “CSV” earns no stars', async () => {
    const progress = await run('inspect', { inspectDownloads: true });
    expect(progress.total).toMatchObject({ done: 6, failed: 0, queued: 0 });
    politeEverywhere();
    // Every file was read with GET, none with HEAD; the other host's file too, after its 429 (Retry-After honoured).
    expect(calls(home, 'GET /datos/padron.csv')).toBe(3);
    expect(calls(home, 'GET /datos/presupuesto-2026.csv')).toBe(3);
    expect(calls(other, 'GET /datos/presupuesto-2026.csv')).toBe(4);
    expect([...stats(home).calls.keys(), ...stats(other).calls.keys()].filter((c) => c.startsWith('HEAD'))).toEqual([]);

    const results = await stored('inspect');
    // Exactly once: one result per page, whatever was retried (the other host's pages were deferred after their 429).
    expect(results).toHaveLength(6);
    expect(new Set(results.map((r) => r.url)).size).toBe(6);
    const report = results.find((r) => r.url === farm.url(home(), '/'))!.report;
    const inspected = check(report, 'downloads-inspected');
    expect(inspected.status).not.toBe('not-applicable');
    const byFile = (file: string) => inspected.evidence.find((e) => e.snippet?.startsWith(file));
    const origin = (site: () => { address: string }) => `http://${site().address}:${farm.port}`;
    expect(byFile(`${origin(home)}/datos/padron.csv`)).toMatchObject({ snippet: expect.stringMatching(/HTML.*no es del formato anunciado/), label: { es: 'Descarga (HTML, 0★)' } });
    expect(byFile(`${origin(home)}/datos/presupuesto-2026.csv`)).toMatchObject({ snippet: expect.stringMatching(/CSV, 3 × 3, UTF-8/), label: { es: 'Descarga (CSV, 3★)' } });
    expect(byFile(`${origin(other)}/datos/presupuesto-2026.csv`)).toMatchObject({ label: { es: 'Descarga (CSV, 3★)' } });
    // The disallowed files were not read: not findings, but named in the report's truncation.
    expect(inspected.evidence.filter((e) => e.snippet?.includes('/privado/'))).toEqual([]);
    expect(report.truncation).toContainEqual(expect.stringMatching(new RegExp(`robots\\.txt disallows them: .*${origin(home)}/privado/contratos\\.csv.*${origin(other)}/privado/anexo\\.csv`)));
    // The HTML answer is no machine-readable download any more; the real CSVs still are.
    const machine = check(report, 'machine-readable-download').evidence.map((e) => e.snippet).join(' ');
    expect(machine).not.toContain('padron.csv');
    expect(machine).toContain('presupuesto-2026.csv');
  }, 120_000);

  it('--head without inspection: HEAD requests only, just as politely', async () => {
    const getsBefore = calls(home, 'GET /datos/padron.csv') + calls(home, 'GET /datos/presupuesto-2026.csv') + calls(other, 'GET /datos/presupuesto-2026.csv');
    const progress = await run('head', { head: true });
    expect(progress.total).toMatchObject({ done: 6, failed: 0, queued: 0 });
    politeEverywhere();
    expect(calls(home, 'GET /datos/padron.csv') + calls(home, 'GET /datos/presupuesto-2026.csv') + calls(other, 'GET /datos/presupuesto-2026.csv')).toBe(getsBefore);
    expect(calls(home, 'HEAD /datos/padron.csv')).toBe(3);
    expect(calls(other, 'HEAD /datos/presupuesto-2026.csv')).toBe(3);

    const report = (await stored('head')).find((r) => r.url === farm.url(home(), '/'))!.report;
    expect(check(report, 'downloads-inspected').status).toBe('not-applicable');
    expect(check(report, 'downloads-reachable').evidence.map((e) => e.snippet)).toContainEqual(expect.stringMatching(/padron\.csv — HTML \(text\/html.*\) instead of \.csv/));
    expect(report.truncation).toContainEqual(expect.stringMatching(/downloads: not checked, robots\.txt disallows them/));
  }, 120_000);
});
