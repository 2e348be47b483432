import { describe, expect, it } from 'vitest';
import { setStatus } from '../../../campaigns/campaigns.js';
import { startWorker } from '../../../campaigns/worker.js';
import { farmCampaign, waitFinished } from './campaign-run.js';
import { farmSetup } from './farm-setup.js';

/**
 * Two workers (separate engines: separate pools, like two processes) crawl a farm of 40 hosts with
 * every kind of trouble, politely: the farm must never see two requests at once on a host, nor two
 * starts closer than the interval (or robots.txt's Crawl-delay).
 */
describe('campaign crawler manners on the farm', () => {
  const setup = farmSetup({ sites: 40, pagesPerSite: 4, troubles: true, slowMs: 200 });

  it('never exceeds one request at a time per host nor one per interval, honours robots.txt, 429/503, redirects and caps', async () => {
    const INTERVAL = 250;
    const { farm, engines } = setup;
    await farmCampaign(engines[0]!, farm, 'manners', {
      crawl: { depth: 3, maxPages: 10 },
      // 4 s: long enough that a loaded CI machine does not time out ordinary requests (a failed
      // robots.txt is fetched again, which the count below would take for impoliteness).
      politeness: { intervalMs: INTERVAL, maxAttempts: 2 },
      audit: { timeoutMs: 4_000, maxBytes: 256 * 1024 },
    });
    await setStatus(engines[0]!.db, 'manners', 'running');
    for (const engine of engines) await startWorker(engine, { concurrency: 4 });
    const progress = await waitFinished(engines[0]!, 'manners', 90_000);

    const byKind = (kind: string) => farm.sites.filter((s) => s.kind === kind);
    for (const [host, stats] of farm.stats) {
      expect(stats.maxInFlight, host).toBe(1);
      // robots.txt once per worker process (two here), however many pages wait for it.
      expect(stats.paths.get('/robots.txt'), host).toBeLessThanOrEqual(2);
      const robots = farm.sites.find((s) => s.address === host)!.kind === 'robotsRules';
      expect(stats.minGapMs, host).toBeGreaterThanOrEqual((robots ? 1_000 : INTERVAL) - 5);
    }
    const site = (kind: string) => progress.sites.find((s) => s.siteId === byKind(kind)[0]!.id)!.counts;
    // Healthy, slow, 429 and 503 hosts end with every page audited (Retry-After honoured, then 200).
    for (const kind of ['healthy', 'slow', 'throttled429', 'unavailable503']) expect(site(kind), kind).toMatchObject({ done: 4, failed: 0, queued: 0 });
    // robots.txt forbids /p/: those pages are excluded, never fetched.
    expect(site('robotsRules')).toMatchObject({ done: 3, excluded: 1 });
    const reasons = (kind: string) => progress.failures.filter((f) => f.siteId === byKind(kind)[0]!.id).map((f) => f.reason);
    expect(reasons('broken5xx')).toEqual([expect.stringMatching(/HTTP 500.*2 intentos/)]);
    expect(reasons('redirectLoop')).toEqual([expect.stringMatching(/redirecciones/)]);
    expect(reasons('endless')).toEqual([expect.stringMatching(/tiempo agotado/)]);
    expect(site('huge')).toMatchObject({ done: 5, failed: 0 });
    expect(progress.total.queued).toBe(0);
  }, 120_000);
});
