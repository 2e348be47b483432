/**
 * POST /v1/feedback/form, the no-JavaScript fallback of <proactiva-feedback> (issue 11, item 3),
 * over real HTTP against every engine: 303 back to the page's thank-you anchor only on a
 * registered origin, the same checks as the JSON route, scrubbed and idempotent storage, and
 * errors as a small HTML page.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackExport } from '../../../core/schemas/index.js';
import { ADMIN_TOKEN, bearer, ENGINES, json, ORIGIN, OTHER_ORIGIN, siteFixture, startTestCollector, type TestCollector } from './harness.js';

describe.each(ENGINES)('no-JavaScript feedback form on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');
  let n = 0;
  const newPage = () => `${ORIGIN}/datos/formulario-${++n}`;

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const postForm = (fields: [string, string][], headers: Record<string, string> = { origin: ORIGIN }) =>
    fetch(`${collector.url}/v1/feedback/form`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  const stored = async (page: string) =>
    FeedbackExport.parse(await json(await fetch(`${collector.url}/v1/export?page=${encodeURIComponent(page)}`, { headers: bearer(ADMIN_TOKEN) }))).records;

  it('stores a scrubbed answer and answers 303 to the page with the thank-you anchor', async () => {
    const page = newPage();
    const response = await postForm([
      ['key', site.publicKey],
      ['site', site.id],
      ['page', `${page}?utm=x#top`],
      ['lang', 'es-MX'],
      ['useful', 'no'],
      ['reason', 'actualizada'],
      ['reason', 'completa'],
      ['comment', '  Mi correo es ana@example.com\r\nfalta 2025  '],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${page}#proactiva-gracias`);
    const records = await stored(page);
    expect(records.map((r) => [r.useful, r.reasons, r.comment, r.locale])).toEqual([[false, ['actualizada', 'completa'], 'Mi correo es [correo]\r\nfalta 2025', 'es-MX']]);
  });

  it('takes the page from the Referer and the origin from it when the browser sends no Origin', async () => {
    const page = newPage();
    const response = await postForm([['key', site.publicKey], ['useful', 'si']], { referer: `${page}?q=1` });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${page}#proactiva-gracias`);
    expect((await stored(page)).map((r) => [r.useful, r.reasons, r.comment])).toEqual([[true, [], undefined]]);
  });

  it('stores once when the same form id is posted twice', async () => {
    const page = newPage();
    const fields: [string, string][] = [['key', site.publicKey], ['page', page], ['useful', 'si'], ['id', randomUUID()]];
    expect((await postForm(fields)).status).toBe(303);
    expect((await postForm(fields)).status).toBe(303);
    expect(await stored(page)).toHaveLength(1);
  });

  it('refuses, with an HTML page in the visitor language and nothing stored, what the JSON route refuses', async () => {
    const page = newPage();
    const cases: { fields: [string, string][]; headers?: Record<string, string>; status: number; text: RegExp; back: boolean }[] = [
      { fields: [['page', page], ['useful', 'si']], status: 401, text: /llave pública/, back: false },
      { fields: [['key', 'pk_nadie_0123456789abcdef'], ['page', page], ['useful', 'si']], status: 401, text: /ningún sitio/, back: false },
      { fields: [['key', site.publicKey], ['page', page], ['useful', 'si']], headers: { origin: OTHER_ORIGIN }, status: 403, text: /no está registrado/, back: false },
      { fields: [['key', site.publicKey], ['page', page], ['useful', 'si']], headers: {}, status: 403, text: /no está registrado/, back: false },
      { fields: [['key', site.publicKey], ['page', `${OTHER_ORIGIN}/x`], ['useful', 'si']], status: 400, text: /origen registrado/, back: false },
      { fields: [['key', site.publicKey], ['page', page]], status: 400, text: /useful/, back: true },
      { fields: [['key', site.publicKey], ['page', page], ['useful', 'no'], ['reason', 'nope']], status: 400, text: /reasons\.0/, back: true },
      { fields: [['key', site.publicKey], ['page', page], ['useful', 'no'], ['comment', 'x'.repeat(501)]], status: 400, text: /comment/, back: true },
      { fields: [['key', site.publicKey], ['site', 'otro-sitio'], ['page', page], ['useful', 'no']], status: 403, text: /no corresponde/, back: true },
      { fields: [['key', site.publicKey], ['page', page], ['useful', 'no'], ['comment', 'x'.repeat(9_000)]], headers: { origin: ORIGIN, 'accept-language': 'en' }, status: 413, text: /limit/, back: false },
      { fields: [['key', site.publicKey], ['page', page], ['lang', 'en']], status: 400, text: /Invalid value in &quot;useful&quot;/, back: true },
    ];
    for (const c of cases) {
      const response = await postForm(c.fields, c.headers ?? { origin: ORIGIN });
      const body = await response.text();
      expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({ status: c.status, type: 'text/html; charset=UTF-8' });
      expect(body).toMatch(c.text);
      expect(body).toMatch(/<html lang="(es-MX|en)">/);
      expect(body.includes(`<a href="${page}">`)).toBe(c.back);
    }
    const json415 = await fetch(`${collector.url}/v1/feedback/form`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: '{}' });
    expect(json415.status).toBe(415);
    expect(await json415.text()).toMatch(/application\/x-www-form-urlencoded/);
    expect(await stored(page)).toEqual([]);
  });
});
