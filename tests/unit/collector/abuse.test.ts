/**
 * Abuse: 1,000 malformed, oversized and hostile requests to POST /v1/feedback over real HTTP.
 * Every one must get a 4xx with the JSON error shape (431 for oversized headers comes from Node
 * itself), nothing may be stored, and the collector must keep serving. Runs on every engine of
 * the run (issue 14: a PostgreSQL-only 500 once hid behind "refused before the database").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, FeedbackExport } from '../../../core/schemas/index.js';
import { ADMIN_TOKEN, bearer, ENGINES, json, postFeedback, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';
import { hostileRequests, type HostileRequest } from './hostile-requests.js';

const CONCURRENCY = 16;

function streamedOversized(): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode(`{"comment":"${'a'.repeat(1_000)}`);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < 40) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

async function send(url: string, req: HostileRequest): Promise<{ status: number; body: string }> {
  const streamed = req.body === 'stream-oversized';
  const init: RequestInit & { duplex?: 'half' } = {
    method: req.method ?? 'POST',
    headers: req.headers,
    ...(req.body === undefined ? {} : { body: streamed ? streamedOversized() : (req.body as BodyInit) }),
    ...(streamed ? { duplex: 'half' } : {}),
  };
  const response = await fetch(`${url}/v1/feedback`, init);
  return { status: response.status, body: await response.text() };
}

describe.each(ENGINES)('1,000 hostile requests on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  it('refuses every one with a 4xx, stores none and keeps serving', { timeout: 60_000 }, async () => {
    const requests = hostileRequests(site.publicKey);
    expect(requests).toHaveLength(1_000);
    const results: { name: string; status: number; body: string }[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const req = requests[next++]!;
          try {
            results.push({ name: req.name, ...(await send(collector.url, req)) });
          } catch (error) {
            results.push({ name: req.name, status: 0, body: String((error as Error).cause ?? error) });
          }
        }
      }),
    );
    const wrong = results.filter((r) => r.status < 400 || r.status > 499).map((r) => `${r.name}: ${r.status} ${r.body.slice(0, 100)}`);
    expect(wrong).toEqual([]);
    const notJson = results.filter((r) => r.status !== 431 && !ApiError.safeParse(JSON.parse(r.body)).success);
    expect(notJson.slice(0, 5)).toEqual([]);
    const statuses = new Set(results.map((r) => r.status));
    expect([...statuses].sort()).toEqual(expect.arrayContaining([400, 401, 403, 404, 413, 415]));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).useful).toBeUndefined();

    expect(await json(await fetch(`${collector.url}/healthz`))).toEqual({ ok: true, db: engine });
    const good = record();
    expect((await postFeedback(collector.url, good, site.publicKey)).status).toBe(201);
    const { records } = FeedbackExport.parse(await json(await fetch(`${collector.url}/v1/export`, { headers: bearer(ADMIN_TOKEN) })));
    expect(records.map((r) => r.id)).toEqual([good.id]);
  });
});
