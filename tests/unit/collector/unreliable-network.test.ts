/**
 * 1,000 submissions through a proxy that fails 30 % of requests at random (real HTTP), with a
 * client that retries each record with backoff until it is acknowledged: every record must be
 * stored exactly once, including those whose acknowledgement was lost after the commit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, postFeedback, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';
import { seededRandom, startFlakyProxy, type FlakyProxy } from './flaky-proxy.js';

const RECORDS = 1_000;
const CONCURRENCY = 50;
const MAX_ATTEMPTS = 40;

describe.each(ENGINES)('unreliable network on %s', (engine) => {
  let collector: TestCollector;
  let proxy: FlakyProxy;
  const site = siteFixture('agua-estado');

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
    proxy = await startFlakyProxy(collector.url, 0.3, 4_242);
  });
  afterAll(async () => {
    await proxy?.close();
    await collector?.stop();
  });

  it('stores 100 % of 1,000 records with 0 duplicates when 30 % of requests fail', { timeout: 60_000 }, async () => {
    const records = Array.from({ length: RECORDS }, (_, i) => record({ page: `https://agua.example.gob.mx/datos/p${i % 25}`, useful: i % 3 !== 0 }));
    const jitter = seededRandom(7);
    const outcome = { attempts: 0, created: 0, alreadyStored: 0, gaveUp: 0 };

    /** Retries one record until an acknowledgement naming it arrives (as the widget's outbox does). */
    const deliver = async (r: (typeof records)[number]) => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        outcome.attempts++;
        try {
          const response = await postFeedback(proxy.url, r, site.publicKey);
          if (response.status === 201 || response.status === 200) {
            const ack = (await response.json()) as { id: string; stored: boolean };
            if (ack.id === r.id) {
              if (ack.stored) outcome.created++;
              else outcome.alreadyStored++;
              return;
            }
          } else {
            await response.arrayBuffer();
          }
        } catch {
          // connection dropped: retry
        }
        await new Promise((resolve) => setTimeout(resolve, Math.min(50, 2 ** attempt) + jitter() * 5));
      }
      outcome.gaveUp++;
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < records.length) await deliver(records[next++]!);
      }),
    );

    const injected = proxy.counts['error-503'] + proxy.counts['drop-before'] + proxy.counts['drop-after-ack'];
    const total = injected + proxy.counts.relayed;
    expect(outcome.gaveUp).toBe(0);
    expect(injected / total).toBeGreaterThan(0.24);
    expect(injected / total).toBeLessThan(0.36);
    // Lost acknowledgements happened and were answered idempotently.
    expect(proxy.counts['drop-after-ack']).toBeGreaterThan(30);
    expect(outcome.alreadyStored).toBeGreaterThan(0);
    expect(outcome.created + outcome.alreadyStored).toBe(RECORDS);

    const stored = await collector.store.exportFeedback();
    const ids = stored.map((s) => s.id);
    expect(ids).toHaveLength(RECORDS);
    expect(new Set(ids).size).toBe(RECORDS);
    expect(new Set(ids)).toEqual(new Set(records.map((r) => r.id)));
    const summaries = await Promise.all(Array.from({ length: 25 }, (_, i) => collector.store.summary(`https://agua.example.gob.mx/datos/p${i}`)));
    expect(summaries.reduce((sum, s) => sum + s.total, 0)).toBe(RECORDS);
  });
});
