/**
 * Scale past one collector (issue 11, item 5): two collector processes (`npm run collector`, real
 * HTTP on loopback) on the same PostgreSQL enforce ONE rate limit, counted in the database. Runs
 * when PROACTIVA_TEST_PG_URL is set (CI starts a throwaway cluster). On SQLite the limiter stays in
 * memory (one process per database file), checked here in-process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../widgets/collector/index.js';
import { SharedRateLimiter } from '../../../widgets/collector/http/shared-rate-limit.js';
import { MemoryCounters } from '../../../widgets/collector/store/counters.js';
import { spawnCollector, type ChildCollector } from './child-collector.js';
import { ADMIN_TOKEN, bearer, freshLocation, ORIGIN, postFeedback, record, siteFixture, startTestCollector, type Location } from './harness.js';

const PG = process.env.PROACTIVA_TEST_PG_URL;

describe.skipIf(!PG)('two collector processes on one PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-shared-limit-'));
  const children: ChildCollector[] = [];
  let location: Location | null = null;
  afterAll(async () => {
    for (const c of children) c.child.kill('SIGTERM');
    await Promise.all(children.map((c) => c.exited));
    await location?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('share one feedback limit per IP and one read limit: the sixth answer is refused whichever process gets it', { timeout: 90_000 }, async () => {
    location = await freshLocation('postgres');
    const databaseUrl = (location.options as { databaseUrl: string }).databaseUrl;
    const site = siteFixture('agua-estado');
    const sites = join(dir, 'sites.json');
    writeFileSync(sites, JSON.stringify({ adminToken: ADMIN_TOKEN, sites: [site] }));
    // An hour-long window: the test cannot straddle two windows unless it runs across the hour.
    const args = ['--database-url', databaseUrl, '--sites', sites, '--data', dir, '--rate-limit', 'feedbackPerIp=5,feedbackPerSite=1000,readsPerIp=4,windowMs=3600000'];
    const a = await spawnCollector(args);
    children.push(a);
    const b = await spawnCollector(args);
    children.push(b);
    expect(a.url).not.toBe(b.url);

    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const target = i % 2 === 0 ? a : b;
      const response = await postFeedback(target.url, record({ site: site.id }), site.publicKey, ORIGIN);
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Alone, each process would have taken 4 of these 8 (under its own limit of 5).
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);

    const reads: number[] = [];
    for (let i = 0; i < 6; i++) reads.push((await fetch(`${(i % 2 === 0 ? b : a).url}/v1/sites`, { headers: bearer(ADMIN_TOKEN) })).status);
    expect(reads).toEqual([200, 200, 200, 200, 429, 429]);

    // Both processes stored what they acknowledged, in the one database.
    const store = await openStore({ databaseUrl });
    try {
      expect(await store.exportFeedback()).toHaveLength(5);
    } finally {
      await store.close();
    }
  });
});

describe('SharedRateLimiter', () => {
  it('allows `limit` per window, answers when the window resets, and counts hashed keys', async () => {
    const counters = new MemoryCounters();
    const limiter = new SharedRateLimiter('t', { limit: 2, windowMs: 10_000 }, counters, 'sal');
    const t0 = 1_000_000_000_000;
    expect(await limiter.take('203.0.113.9', t0)).toEqual({ ok: true });
    expect(await limiter.take('203.0.113.9', t0 + 1)).toEqual({ ok: true });
    expect(await limiter.take('203.0.113.9', t0 + 2_000)).toEqual({ ok: false, retryAfterSeconds: 8 });
    expect(await limiter.take('198.51.100.1', t0 + 2_000)).toEqual({ ok: true });
    expect(await limiter.take('203.0.113.9', t0 + 10_000)).toEqual({ ok: true });
  });

  it('on SQLite the collector keeps limiting in memory (the token bucket), as before', async () => {
    const collector = await startTestCollector('sqlite', { rateLimit: { feedbackPerIp: 2 } });
    try {
      expect(collector.store.counters.shared).toBe(false);
      const site = siteFixture('agua-estado');
      await collector.store.registerSite(site);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await postFeedback(collector.url, record({ site: site.id }), site.publicKey)).status);
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await collector.stop();
    }
  });
});
