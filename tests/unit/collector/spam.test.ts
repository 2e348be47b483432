/**
 * Spam without captchas (issue 11, item 2), over real HTTP on every engine: the honeypot, the
 * minimum time on the form, the same comment on many pages, bursts from one network. Refused
 * answers get the same answer as stored ones, are never stored, and are counted per site, day
 * and reason (GET /v1/feedback/refusals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackExport, RefusalList } from '../../../core/schemas/index.js';
import { FALLBACK_HONEYPOT, FALLBACK_RENDERED_AT } from '../../../widgets/feedback/fallback.js';
import { ADMIN_TOKEN, bearer, ENGINES, json, ORIGIN, postFeedback, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

describe.each(ENGINES)('spam rules on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');
  const other = siteFixture('salud-estado');
  let n = 0;
  const newPage = () => `${ORIGIN}/datos/spam-${++n}`;
  // Each test speaks from its own network (X-Forwarded-For, trusted), so bursts stay apart.
  const from = (net: number, host = 1) => ({ 'x-forwarded-for': `10.0.${net}.${host}` });

  beforeAll(async () => {
    collector = await startTestCollector(engine, {
      trustProxy: true,
      spam: { minAnswerMs: 2_000, repeatedCommentPages: 3, repeatedCommentMinLength: 20, networkBurstLimit: 5 },
    });
    await collector.store.registerSite(site);
    await collector.store.registerSite(other);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const stored = async (page: string) =>
    FeedbackExport.parse(await json(await fetch(`${collector.url}/v1/export?page=${encodeURIComponent(page)}`, { headers: bearer(ADMIN_TOKEN) }))).records;
  const refusals = async (token = ADMIN_TOKEN, query = '') => {
    const response = await fetch(`${collector.url}/v1/feedback/refusals${query}`, { headers: bearer(token) });
    expect(response.status).toBe(200);
    return RefusalList.parse(await json(response)).refusals;
  };
  const refusedCount = async (reason: string) => (await refusals()).filter((r) => r.site === site.id && r.reason === reason).reduce((sum, r) => sum + r.count, 0);
  const post = (body: object, net: number) => postFeedback(collector.url, { ...record({ site: site.id }), ...body }, site.publicKey, ORIGIN, from(net));

  it('a filled honeypot gets the answer a stored record gets, and is counted, not stored', async () => {
    const page = newPage();
    const bot = record({ site: site.id, page, honeypot: 'http://spam.example' });
    const person = record({ site: site.id, page, honeypot: '' });
    const refused = await postFeedback(collector.url, bot, site.publicKey, ORIGIN, from(1));
    const accepted = await postFeedback(collector.url, person, site.publicKey, ORIGIN, from(1));
    expect([refused.status, await json(refused)]).toEqual([201, { id: bot.id, stored: true }]);
    expect([accepted.status, await json(accepted)]).toEqual([201, { id: person.id, stored: true }]);
    expect((await stored(page)).map((r) => r.id)).toEqual([person.id]);
    expect(await refusedCount('honeypot')).toBe(1);
  });

  it('refuses answers sent sooner than the minimum after the question showed; slower or unmeasured ones are stored', async () => {
    const page = newPage();
    const before = await refusedCount('too_fast');
    const statuses = [];
    for (const elapsedMs of [1_999, 0, 2_000, 45_000]) statuses.push((await post({ page, elapsedMs }, 2)).status);
    statuses.push((await post({ page }, 2)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    expect(await stored(page)).toHaveLength(3);
    expect(await refusedCount('too_fast')).toBe(before + 2);
  });

  it('refuses the same long comment on a fourth page of the site; short comments and other sites are not affected', async () => {
    const comment = 'Compren mis productos en oferta hoy';
    const pages = [newPage(), newPage(), newPage(), newPage()];
    for (const [i, page] of pages.entries()) expect((await post({ page, comment }, 10 + i)).status).toBe(201);
    expect((await Promise.all(pages.map(stored))).map((r) => r.length)).toEqual([1, 1, 1, 0]);
    // A second answer with that comment on an already-used page is not a new page: stored.
    expect((await post({ page: pages[0], comment }, 20)).status).toBe(201);
    expect(await stored(pages[0]!)).toHaveLength(2);
    expect(await refusedCount('repeated_comment')).toBe(1);

    const short = [newPage(), newPage(), newPage(), newPage(), newPage()];
    for (const [i, page] of short.entries()) await post({ page, comment: 'No encontré nada' }, 30 + i);
    expect((await Promise.all(short.map(stored))).every((r) => r.length === 1)).toBe(true);

    const elsewhere = record({ site: other.id, page: `${ORIGIN}/otro`, comment });
    await postFeedback(collector.url, elsewhere, other.publicKey, ORIGIN, from(40));
    expect(await stored(`${ORIGIN}/otro`)).toHaveLength(1);
  });

  it('refuses a burst from one network (IPv4 /24) on one site past the limit; another network is not affected', async () => {
    const page = newPage();
    for (let host = 1; host <= 7; host++) expect((await post({ page }, 50, )).status).toBe(201);
    expect(await stored(page)).toHaveLength(5);
    expect(await refusedCount('network_burst')).toBe(2);
    // Same /24, other hosts: still the same network.
    expect((await postFeedback(collector.url, record({ site: site.id, page }), site.publicKey, ORIGIN, from(50, 200))).status).toBe(201);
    expect(await stored(page)).toHaveLength(5);
    // Another network, and the same network on another site, still get through.
    expect((await postFeedback(collector.url, record({ site: site.id, page }), site.publicKey, ORIGIN, from(51))).status).toBe(201);
    const otherPage = `${ORIGIN}/otro-sitio`;
    expect((await postFeedback(collector.url, record({ site: other.id, page: otherPage }), other.publicKey, ORIGIN, from(50))).status).toBe(201);
    expect(await stored(page)).toHaveLength(6);
    expect(await stored(otherPage)).toHaveLength(1);
  });

  it('the no-JavaScript form: a filled honeypot or a form sent too soon after rendering goes back to the thank-you anchor, unstored and counted', async () => {
    const page = newPage();
    const postForm = (fields: [string, string][], net: number) =>
      fetch(`${collector.url}/v1/feedback/form`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, ...from(net) },
        body: new URLSearchParams([['key', site.publicKey], ['page', page], ['useful', 'si'], ...fields]).toString(),
      });
    const honeypotBefore = await refusedCount('honeypot');
    const fastBefore = await refusedCount('too_fast');
    const answers = [
      await postForm([[FALLBACK_HONEYPOT, 'x']], 60),
      await postForm([[FALLBACK_RENDERED_AT, String(Date.now() - 500)]], 61),
      await postForm([[FALLBACK_RENDERED_AT, String(Date.now() - 5_000)], [FALLBACK_HONEYPOT, '']], 62),
      // A portal clock ahead of the collector's must not refuse people.
      await postForm([[FALLBACK_RENDERED_AT, String(Date.now() + 60_000)]], 63),
    ];
    expect(answers.map((r) => [r.status, r.headers.get('location')])).toEqual(Array(4).fill([303, `${page}#proactiva-gracias`]));
    expect(await stored(page)).toHaveLength(2);
    expect(await refusedCount('honeypot')).toBe(honeypotBefore + 1);
    expect(await refusedCount('too_fast')).toBe(fastBefore + 1);
  });

  it('shows refusals only to tokens that may read the site, by UTC day', async () => {
    await postFeedback(collector.url, record({ site: other.id, page: `${ORIGIN}/x`, honeypot: 'y' }), other.publicKey, ORIGIN, from(70));
    const today = new Date().toISOString().slice(0, 10);
    const own = await refusals(site.token);
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.site))).toEqual(new Set([site.id]));
    expect(own.every((r) => r.day === today)).toBe(true);
    expect(await refusals(other.token)).toEqual([{ site: other.id, day: today, reason: 'honeypot', count: 1 }]);
    expect((await fetch(`${collector.url}/v1/feedback/refusals?site=${site.id}`, { headers: bearer(other.token) })).status).toBe(403);
    expect((await fetch(`${collector.url}/v1/feedback/refusals`)).status).toBe(401);
    expect(await refusals(ADMIN_TOKEN, '?to=2000-01')).toEqual([]);
    expect((await refusals(ADMIN_TOKEN, `?from=${today}&to=${today}`)).length).toBe((await refusals()).length);
  });
});

describe('spam and retention options', () => {
  it('are validated before the collector starts, naming the option at fault', async () => {
    await expect(startTestCollector('sqlite', { spam: { minAnswerMs: -1 } })).rejects.toThrow(/spam\.minAnswerMs/);
    await expect(startTestCollector('sqlite', { spam: { networkBurstLimit: 0 } })).rejects.toThrow(/spam\.networkBurstLimit/);
    await expect(startTestCollector('sqlite', { commentRetentionDays: 0 })).rejects.toThrow(/commentRetentionDays/);
  });
});
