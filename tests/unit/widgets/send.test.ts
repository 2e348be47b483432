import { describe, expect, it } from 'vitest';
import { sendEntry, type FetchLike } from '../../../widgets/client/send.js';
import type { OutboxEntry } from '../../../widgets/client/types.js';
import { aRecord, TARGET } from './record-fixture.js';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const entry = (): OutboxEntry => {
  const record = aRecord();
  return { id: record.id, record, target: TARGET, attempts: 0, createdAt: NOW, nextAttemptAt: NOW };
};
const answering = (status: number, body: unknown, headers: Record<string, string> = {}): FetchLike =>
  async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

describe('sendEntry', () => {
  it('POSTs the record as JSON to /v1/feedback with the site key, keepalive and no credentials', async () => {
    const e = entry();
    let seen: { url: string; init: RequestInit } | null = null;
    await sendEntry(async (url, init) => {
      seen = { url, init };
      return new Response(JSON.stringify({ id: e.id, stored: true }), { status: 201 });
    }, e, NOW);
    expect(seen).not.toBeNull();
    const { url, init } = seen!;
    expect(url).toBe('http://collector.test/v1/feedback');
    expect(init.method).toBe('POST');
    expect(init.keepalive).toBe(true);
    expect(init.credentials).toBe('omit');
    expect(init.headers).toEqual({ 'content-type': 'application/json', 'x-proactiva-key': TARGET.siteKey });
    expect(JSON.parse(String(init.body))).toEqual(e.record);
  });

  it('counts 201 (stored) and 200 (already stored) naming this uuid as delivered', async () => {
    const e = entry();
    expect(await sendEntry(answering(201, { id: e.id, stored: true }), e, NOW)).toEqual({ kind: 'delivered', stored: true, body: { id: e.id, stored: true } });
    expect(await sendEntry(answering(200, { id: e.id, stored: false }), e, NOW)).toEqual({ kind: 'delivered', stored: false, body: { id: e.id, stored: false } });
  });

  it('does not trust a 200 that is not an acknowledgement of this record (captive portal, proxy)', async () => {
    const e = entry();
    expect((await sendEntry(answering(200, '<html>Inicia sesión en la red</html>'), e, NOW)).kind).toBe('retry');
    expect((await sendEntry(answering(200, { id: crypto.randomUUID(), stored: true }), e, NOW)).kind).toBe('retry');
    expect((await sendEntry(answering(204, ''), e, NOW)).kind).toBe('retry');
  });

  it('retries network errors, 408, 425, 429 and 5xx, honouring Retry-After', async () => {
    const e = entry();
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await sendEntry(down, e, NOW)).toMatchObject({ kind: 'retry', error: 'network: Failed to fetch', retryAfterMs: null });
    for (const status of [408, 425, 500, 502, 503]) expect((await sendEntry(answering(status, {}), e, NOW)).kind).toBe('retry');
    expect(await sendEntry(answering(429, {}, { 'retry-after': '30' }), e, NOW)).toEqual({ kind: 'retry', error: 'HTTP 429', retryAfterMs: 30_000 });
  });

  it('turns other 4xx into a refusal that carries the collector reason', async () => {
    const e = entry();
    const body = { error: { code: 'invalid', message: 'reasons.0: invalid option', field: 'reasons.0' } };
    expect(await sendEntry(answering(400, body), e, NOW)).toEqual({
      kind: 'rejected',
      reason: { status: 400, code: 'invalid', message: 'reasons.0: invalid option', field: 'reasons.0' },
    });
    expect(await sendEntry(answering(413, 'too big'), e, NOW)).toEqual({
      kind: 'rejected',
      reason: { status: 413, code: 'http-413', message: 'HTTP 413', field: null },
    });
    for (const status of [401, 403, 404, 415, 422]) expect((await sendEntry(answering(status, {}), e, NOW)).kind).toBe('rejected');
  });
});
