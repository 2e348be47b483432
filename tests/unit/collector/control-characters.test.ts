/**
 * Issue 14: one policy for control characters in every text the collector accepts, the same on
 * every engine. C0 controls other than tab, LF and CR, DEL and C1 controls are removed, and lone
 * surrogates become U+FFFD, before validation (docs/collector-api.md, "Text").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditList, FeedbackExport, GoodPracticeList, SiteList } from '../../../core/schemas/index.js';
import { parseCsv } from '../../support/csv.js';
import { auditReport } from './audit-fixture.js';
import { ADMIN_TOKEN, bearer, ENGINES, json, postFeedback, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const post = (url: string, path: string, body: unknown, token: string) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });

describe.each(ENGINES)('control characters on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');
  let n = 0;
  const newPage = () => `https://agua.example.gob.mx/datos/controles-${++n}`;

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const exported = async (page: string) =>
    FeedbackExport.parse(await json(await fetch(`${collector.url}/v1/export?page=${encodeURIComponent(page)}`, { headers: bearer(ADMIN_TOKEN) }))).records;

  it('stores a comment holding NUL without it (201), and the retry is the same record', async () => {
    const r = record({ page: newPage(), comment: 'a\u0000b' });
    const first = await postFeedback(collector.url, r, site.publicKey);
    expect({ status: first.status, body: await first.json() }).toEqual({ status: 201, body: { id: r.id, stored: true } });
    const again = await postFeedback(collector.url, r, site.publicKey);
    expect({ status: again.status, body: await again.json() }).toEqual({ status: 200, body: { id: r.id, stored: false } });
    expect((await exported(r.page)).map((x) => x.comment)).toEqual(['ab']);
  });

  it('cleans every control of a comment, replaces lone surrogates, keeps tabs, line breaks and bidi controls, also in CSV', async () => {
    const page = newPage();
    const r = record({ page, comment: '\u0001Tabla\tvieja\r\nsin \u202Efecha\u202C\u007f\u0085 \uD83D' });
    expect((await postFeedback(collector.url, r, site.publicKey)).status).toBe(201);
    const clean = 'Tabla\tvieja\r\nsin \u202Efecha\u202C \uFFFD';
    expect((await exported(page)).map((x) => x.comment)).toEqual([clean]);
    const csv = parseCsv(await (await fetch(`${collector.url}/v1/export?page=${encodeURIComponent(page)}&format=csv`, { headers: bearer(ADMIN_TOKEN) })).text());
    expect(csv[1]![5]).toBe(clean);
  });

  it('stores a comment that was only controls as an empty one, not a 500', async () => {
    const r = record({ page: newPage(), comment: '\u0000' });
    expect((await postFeedback(collector.url, r, site.publicKey)).status).toBe(201);
    expect((await exported(r.page)).map((x) => x.comment ?? '')).toEqual(['']);
  });

  it('cleans the strings of a published audit and of a good-practice note', async () => {
    const page = newPage();
    const report = auditReport(page);
    const dirty = { ...report, title: 'Tarifas\u0000 de agua\uDC00', truncation: ['nodo\u0000'] };
    const published = await post(collector.url, '/v1/audits', { site: site.id, report: dirty }, site.token);
    expect(published.status).toBe(201);
    const { id: auditId } = await json<{ id: string }>(published);
    const { audits } = AuditList.parse(await json(await fetch(`${collector.url}/v1/audits?page=${encodeURIComponent(page)}`, { headers: bearer(ADMIN_TOKEN) })));
    expect(audits.map((a) => [a.report.title, a.report.truncation])).toEqual([['Tarifas de agua\uFFFD', ['nodo']]]);

    const flagged = await post(collector.url, '/v1/good-practices', { site: site.id, page, auditId, note: 'Buena\u0000 práctica\u0008' }, ADMIN_TOKEN);
    expect(flagged.status).toBe(201);
    const { goodPractices } = GoodPracticeList.parse(await json(await fetch(`${collector.url}/v1/good-practices`, { headers: bearer(ADMIN_TOKEN) })));
    expect(goodPractices.map((g) => g.note)).toEqual(['Buena práctica']);
  });

  it('cleans site names registered from code', async () => {
    await collector.store.registerSite({ ...siteFixture('salud-estado'), name: 'Secretaría\u0000 de Salud\u001b[31m' });
    const { sites } = SiteList.parse(await json(await fetch(`${collector.url}/v1/sites`, { headers: bearer(ADMIN_TOKEN) })));
    expect(sites.find((x) => x.id === 'salud-estado')!.name).toBe('Secretaría de Salud[31m');
  });
});
