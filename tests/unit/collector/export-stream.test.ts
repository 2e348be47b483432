/**
 * Exports stream (issue 11, item 5): GET /v1/export reads the records in keyset-paginated
 * batches as the client takes them (chunked, no Content-Length), and the streamed CSV and JSON
 * hold exactly what the in-memory export holds, in the same order, across batch boundaries and
 * ties on createdAt. Every engine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackExport } from '../../../core/schemas/index.js';
import { parseCsv } from '../../support/csv.js';
import { ADMIN_TOKEN, bearer, ENGINES, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const COUNT = 2_503;

describe.each(ENGINES)('streamed export on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
    const base = Date.parse('2026-03-01T00:00:00Z');
    // Groups of three share a createdAt, so batches must break ties by id.
    const records = Array.from({ length: COUNT }, (_, i) => record({ site: site.id, page: `https://agua.example.gob.mx/p/${i % 17}`, createdAt: new Date(base + Math.floor(i / 3) * 1_000).toISOString(), comment: i % 50 === 0 ? `=HYPERLINK("x") ${i}` : undefined }));
    for (let i = 0; i < records.length; i += 250) await Promise.all(records.slice(i, i + 250).map((r) => collector.store.insertFeedback(r)));
  }, 120_000);
  afterAll(async () => {
    await collector?.stop();
  });

  it('streams the CSV in chunks with every record once, in the in-memory order', async () => {
    const expected = await collector.store.exportFeedback();
    expect(expected).toHaveLength(COUNT);
    const response = await fetch(`${collector.url}/v1/export?format=csv`, { headers: bearer(ADMIN_TOKEN) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBeNull();
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header![0]).toBe('id');
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r.id));
    const formula = expected.find((r) => r.comment?.startsWith('='))!;
    expect(rows.find((r) => r[0] === formula.id)![5]).toBe(`'${formula.comment}`);
  });

  it('streams the JSON as one valid document equal to the in-memory export, and filters as before', async () => {
    const expected = await collector.store.exportFeedback();
    const response = await fetch(`${collector.url}/v1/export?format=json`, { headers: bearer(ADMIN_TOKEN) });
    expect(FeedbackExport.parse(await response.json()).records).toEqual(expected);
    const page = 'https://agua.example.gob.mx/p/3';
    const one = await fetch(`${collector.url}/v1/export?format=json&page=${encodeURIComponent(page)}&to=2026-03-01T00:10:00Z`, { headers: bearer(ADMIN_TOKEN) });
    const filtered = FeedbackExport.parse(await one.json()).records;
    expect(filtered).toEqual(expected.filter((r) => r.page === page && r.createdAt <= '2026-03-01T00:10:00.000Z'));
    expect(filtered.length).toBeGreaterThan(0);
    const none = await fetch(`${collector.url}/v1/export?format=json&to=2000-01`, { headers: bearer(ADMIN_TOKEN) });
    expect(await none.json()).toEqual({ records: [] });
  });

  it('pages with any batch size, ties included', async () => {
    const expected = await collector.store.exportFeedback();
    for (const size of [1, 7, 1_000, 5_000]) {
      const seen: string[] = [];
      for await (const batch of collector.store.streamFeedback({ sites: 'all' }, size)) {
        expect(batch.length).toBeLessThanOrEqual(size);
        seen.push(...batch.map((r) => r.id));
        if (size === 1 && seen.length > 40) break;
      }
      expect(seen).toEqual(expected.slice(0, seen.length).map((r) => r.id));
      if (size !== 1) expect(seen).toHaveLength(COUNT);
    }
  });
});
