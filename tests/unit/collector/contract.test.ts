/**
 * The collector's contract (docs/collector-api.md), over real HTTP on 127.0.0.1, against every
 * engine of this run: SQLite always, PostgreSQL when PROACTIVA_TEST_PG_URL is set (each run in
 * its own fresh schema).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  AuditList,
  FeedbackExport,
  FeedbackStats,
  FeedbackSummary,
  GoodPracticeList,
  SiteList,
} from '../../../core/schemas/index.js';
import { InvalidInputError, openStore } from '../../../widgets/collector/index.js';
import { auditReport } from './audit-fixture.js';
import { parseCsv } from '../../support/csv.js';
import {
  ADMIN_TOKEN,
  bearer,
  ENGINES,
  freshLocation,
  json,
  ORIGIN,
  OTHER_ORIGIN,
  postFeedback,
  record,
  siteFixture,
  startTestCollector,
  type TestCollector,
} from './harness.js';

const DASHBOARD = 'http://127.0.0.1:9999';

describe.each(ENGINES)('collector contract on %s', (engine) => {
  let collector: TestCollector;
  let url: string;
  const agua = siteFixture('agua-estado');
  const salud = siteFixture('salud-estado', [OTHER_ORIGIN]);
  let pageCounter = 0;
  const newPage = () => `https://agua.example.gob.mx/datos/pagina-${++pageCounter}-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    collector = await startTestCollector(engine, { dashboardOrigins: [`${DASHBOARD}/`] }); // normalised to the origin
    url = collector.url;
    await collector.store.registerSite(agua);
    await collector.store.registerSite(salud);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const expectError = async (response: Response, status: number, code: string, field: string | null) => {
    const body = ApiError.parse(await response.json());
    expect({ status: response.status, code: body.error.code, field: body.error.field }).toEqual({ status, code, field });
    expect(body.error.message.length).toBeGreaterThan(5);
    return body;
  };

  it('answers /healthz with its engine', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: engine });
  });

  describe('POST /v1/feedback', () => {
    it('stores a record once: 201 stored:true, then 200 stored:false for the same uuid', async () => {
      const r = record({ page: newPage() });
      const first = await postFeedback(url, r, agua.publicKey);
      expect(first.status).toBe(201);
      expect(await first.json()).toEqual({ id: r.id, stored: true });
      const again = await postFeedback(url, { ...r, useful: false }, agua.publicKey);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id: r.id, stored: false });
      const summary = FeedbackSummary.parse(await json(await fetch(`${url}/v1/summary?page=${encodeURIComponent(r.page)}`)));
      expect(summary).toMatchObject({ total: 1, useful: 1 });
    });

    it('stores exactly one record when the same uuid arrives 40 times at once', async () => {
      const r = record({ page: newPage() });
      const responses = await Promise.all(Array.from({ length: 40 }, () => postFeedback(url, r, agua.publicKey)));
      const statuses = responses.map((res) => res.status).sort();
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 200)).toHaveLength(39);
      const { records } = FeedbackExport.parse(await json(await fetch(`${url}/v1/export?site=agua-estado&page=${encodeURIComponent(r.page)}`, { headers: bearer(agua.token) })));
      expect(records.map((x) => x.id)).toEqual([r.id]);
    });

    it.each([
      ['id', { id: 'not-a-uuid' }],
      ['page', { page: 'javascript:alert(1)' }],
      ['page', { page: 'no es una url' }],
      ['useful', { useful: 'sí' }],
      ['reasons.0', { reasons: ['muy-bonita'] }],
      ['reasons', { reasons: Array(9).fill('completa') }],
      ['comment', { comment: 'x'.repeat(501) }],
      ['locale', { locale: 'fr' }],
      ['createdAt', { createdAt: 'ayer' }],
      ['createdAt', { createdAt: new Date(Date.now() + 3 * 86_400_000).toISOString() }],
      ['site', { site: 'Agua Estado!' }],
    ])('refuses an invalid %s with 400 naming the field', async (field, change) => {
      const response = await postFeedback(url, { ...record(), ...change }, agua.publicKey);
      await expectError(response, 400, 'invalid_field', field);
    });

    it('names the missing field, in English when asked', async () => {
      const { useful: _omit, ...rest } = record();
      const response = await postFeedback(url, rest, agua.publicKey, ORIGIN, { 'accept-language': 'en-US,en;q=0.9' });
      const body = await expectError(response, 400, 'invalid_field', 'useful');
      expect(body.error.message).toMatch(/Invalid value in "useful"/);
    });

    it('refuses bodies that are not JSON, too large, or of another type', async () => {
      await expectError(await postFeedback(url, '{"id": ', agua.publicKey), 400, 'invalid_json', null);
      await expectError(await postFeedback(url, '[]', agua.publicKey), 400, 'invalid_body', null);
      const big = { ...record(), comment: 'a'.repeat(9_000) };
      await expectError(await postFeedback(url, big, agua.publicKey), 413, 'payload_too_large', null);
      const form = await fetch(`${url}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-proactiva-key': agua.publicKey, origin: ORIGIN },
        body: 'id=1',
      });
      await expectError(form, 415, 'unsupported_media_type', 'Content-Type');
    });

    it('accepts text/plain and ?key= (navigator.sendBeacon cannot set headers)', async () => {
      const r = record({ page: newPage() });
      const response = await fetch(`${url}/v1/feedback?key=${agua.publicKey}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain;charset=UTF-8', origin: ORIGIN },
        body: JSON.stringify(r),
      });
      expect(response.status).toBe(201);
    });

    it('checks the site key, the origin and the record site', async () => {
      const r = record();
      const noKey = await fetch(`${url}/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify(r) });
      await expectError(noKey, 401, 'missing_key', 'X-Proactiva-Key');
      await expectError(await postFeedback(url, r, 'pk_desconocida000000000000'), 401, 'unknown_key', 'X-Proactiva-Key');
      await expectError(await postFeedback(url, r, agua.publicKey, OTHER_ORIGIN), 403, 'origin_not_allowed', 'Origin');
      await expectError(await postFeedback(url, r, agua.publicKey, 'null'), 403, 'origin_not_allowed', 'Origin');
      const noOrigin = await fetch(`${url}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-proactiva-key': agua.publicKey },
        body: JSON.stringify(r),
      });
      await expectError(noOrigin, 403, 'origin_not_allowed', 'Origin');
      await expectError(await postFeedback(url, { ...r, site: 'salud-estado' }, agua.publicKey), 403, 'site_mismatch', 'site');
      await expectError(await postFeedback(url, r, salud.publicKey, OTHER_ORIGIN), 403, 'site_mismatch', 'site');
    });
  });

  describe('URL normalisation', () => {
    it('stores and reads pages without query, fragment, trailing slash or upper-case host', async () => {
      const page = newPage();
      const messy = page.replace('https://agua.example.gob.mx', 'HTTPS://Agua.EXAMPLE.gob.mx:443') + '/?utm_source=x&curp=ABC#seccion';
      const r = record({ page: messy });
      expect((await postFeedback(url, r, agua.publicKey)).status).toBe(201);
      const summary = FeedbackSummary.parse(await json(await fetch(`${url}/v1/summary?page=${encodeURIComponent(page + '?otra=1#x')}`)));
      expect(summary.page).toBe(page);
      expect(summary.total).toBe(1);
      const { records } = FeedbackExport.parse(await json(await fetch(`${url}/v1/export?page=${encodeURIComponent(page.toUpperCase().replace(/\/DATOS.*/, '') + page.slice(page.indexOf('/datos')))}`, { headers: bearer(ADMIN_TOKEN) })));
      expect(records.map((x) => x.page)).toEqual([page]);
    });

    it('refuses a summary without a usable page', async () => {
      await expectError(await fetch(`${url}/v1/summary`), 400, 'invalid_field', 'page');
      await expectError(await fetch(`${url}/v1/summary?page=ftp%3A%2F%2Fx.mx%2Fa`), 400, 'invalid_field', 'page');
    });
  });

  describe('GET /v1/summary', () => {
    it('aggregates totals, usefulness and reasons, cacheable for a minute', async () => {
      const page = newPage();
      const answers = [
        record({ page, useful: true }),
        record({ page, useful: true, reasons: ['comprensible'] }),
        record({ page, useful: false, reasons: ['actualizada', 'completa'] }),
        record({ page, useful: false, reasons: ['actualizada'] }),
      ];
      for (const r of answers) expect((await postFeedback(url, r, agua.publicKey)).status).toBe(201);
      const response = await fetch(`${url}/v1/summary?page=${encodeURIComponent(page)}`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
      const summary = FeedbackSummary.parse(await response.json());
      expect(summary).toMatchObject({ page, total: 4, useful: 2, usefulRate: 0.5 });
      expect(summary.reasons).toEqual([
        { reason: 'actualizada', count: 2 },
        { reason: 'completa', count: 1 },
        { reason: 'comprensible', count: 1 },
      ]);
      expect(Date.parse(summary.updatedAt!)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('answers an unknown page with zeros', async () => {
      const summary = FeedbackSummary.parse(await json(await fetch(`${url}/v1/summary?page=${encodeURIComponent(newPage())}`)));
      expect(summary).toMatchObject({ total: 0, useful: 0, usefulRate: null, reasons: [], updatedAt: null });
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string, path = '/v1/feedback') =>
      fetch(`${url}${path}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-proactiva-key' },
      });

    it('answers preflights from registered origins (sites and dashboard)', async () => {
      for (const origin of [ORIGIN, OTHER_ORIGIN, DASHBOARD]) {
        const response = await preflight(origin);
        expect(response.status).toBe(204);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-headers')).toMatch(/X-Proactiva-Key/i);
        expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
      }
    });

    it('refuses preflights from other origins, without CORS headers', async () => {
      const response = await preflight('https://evil.example.com');
      await expectError(response, 403, 'origin_not_allowed', 'Origin');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('lets registered origins read answers (errors too) and not others', async () => {
      const page = encodeURIComponent(newPage());
      const ok = await fetch(`${url}/v1/summary?page=${page}`, { headers: { origin: ORIGIN } });
      expect(ok.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(ok.headers.get('vary')).toMatch(/Origin/);
      const evil = await fetch(`${url}/v1/summary?page=${page}`, { headers: { origin: 'https://evil.example.com' } });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      const error = await postFeedback(url, { ...record(), id: 'x' }, agua.publicKey);
      expect(error.status).toBe(400);
      expect(error.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    });
  });

  describe('tokens', () => {
    it('requires a Bearer token on every read, export and publication', async () => {
      for (const path of ['/v1/export', '/v1/sites', '/v1/audits', '/v1/feedback/stats', '/v1/good-practices']) {
        const none = await fetch(`${url}${path}`);
        await expectError(none, 401, 'unauthorized', 'Authorization');
        expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
        await expectError(await fetch(`${url}${path}`, { headers: bearer('sk_nadie00000000000000000000000') }), 401, 'unauthorized', 'Authorization');
        await expectError(await fetch(`${url}${path}`, { headers: bearer(agua.publicKey) }), 401, 'unauthorized', 'Authorization');
      }
    });

    it('limits a site token to its own site; the admin token reads all', async () => {
      await expectError(await fetch(`${url}/v1/export?site=salud-estado`, { headers: bearer(agua.token) }), 403, 'forbidden_site', 'site');
      await expectError(await fetch(`${url}/v1/export?site=no-existe`, { headers: bearer(ADMIN_TOKEN) }), 404, 'unknown_site', 'site');
      const own = SiteList.parse(await json(await fetch(`${url}/v1/sites`, { headers: bearer(agua.token) })));
      expect(own.sites).toEqual([{ id: 'agua-estado', name: 'Sitio agua-estado', origins: [ORIGIN] }]);
      const all = await json(await fetch(`${url}/v1/sites`, { headers: bearer(ADMIN_TOKEN) }));
      expect(SiteList.parse(all).sites.map((s) => s.id)).toEqual(['agua-estado', 'salud-estado']);
      expect(JSON.stringify(all)).not.toMatch(/sk_|pk_|token/);
    });
  });

  describe('GET /v1/feedback/stats', () => {
    it('gives per page totals, reasons per criterion and a monthly series, within from/to', async () => {
      const page = newPage();
      const at = (iso: string, useful: boolean, reasons: string[] = []) => record({ page, useful, reasons: reasons as never, createdAt: iso });
      const answers = [
        at('2026-01-15T10:00:00Z', true),
        at('2026-01-31T23:59:59.999Z', false, ['localizable']),
        at('2026-02-01T00:00:00Z', false, ['localizable', 'accesible']),
        at('2026-03-05T08:00:00+00:00'.replace('+00:00', 'Z'), true),
      ];
      for (const r of answers) expect((await postFeedback(url, r, agua.publicKey)).status).toBe(201);
      const stats = FeedbackStats.parse(await json(await fetch(`${url}/v1/feedback/stats?site=agua-estado&page=${encodeURIComponent(page)}`, { headers: bearer(agua.token) })));
      expect(stats.pages).toEqual([
        {
          site: 'agua-estado',
          page,
          total: 4,
          useful: 2,
          usefulRate: 0.5,
          reasons: { localizable: 2, accesible: 1 },
          series: [
            { period: '2026-01', total: 2, useful: 1 },
            { period: '2026-02', total: 1, useful: 0 },
            { period: '2026-03', total: 1, useful: 1 },
          ],
        },
      ]);
      const feb = FeedbackStats.parse(await json(await fetch(`${url}/v1/feedback/stats?page=${encodeURIComponent(page)}&from=2026-02&to=2026-02-28`, { headers: bearer(ADMIN_TOKEN) })));
      expect(feb.pages[0]).toMatchObject({ total: 1, reasons: { localizable: 1, accesible: 1 }, series: [{ period: '2026-02', total: 1, useful: 0 }] });
      const january = FeedbackStats.parse(await json(await fetch(`${url}/v1/feedback/stats?page=${encodeURIComponent(page)}&to=2026-01`, { headers: bearer(ADMIN_TOKEN) })));
      expect(january.pages[0]).toMatchObject({ total: 2, series: [{ period: '2026-01', total: 2, useful: 1 }] });
      await expectError(await fetch(`${url}/v1/feedback/stats?from=marzo`, { headers: bearer(ADMIN_TOKEN) }), 400, 'invalid_field', 'from');
      await expectError(await fetch(`${url}/v1/feedback/stats?bucket=week`, { headers: bearer(ADMIN_TOKEN) }), 400, 'invalid_field', 'bucket');
    });
  });

  describe('GET /v1/export', () => {
    const hostile = ['=HYPERLINK("http://evil.example","clic")', '+1+1', '-2', '@SUM(A1)', 'coma, "comillas" y\r\nsalto', 'ñandú «México» 😀'];

    it('exports JSON and the same records as RFC 4180 CSV, formula-injection safe', async () => {
      const page = newPage();
      const sent = hostile.map((comment, i) =>
        record({ page, comment, useful: i % 2 === 0, reasons: i % 2 ? ['comprensible', 'completa'] : [], createdAt: `2026-04-0${i + 1}T12:00:00.000Z` }),
      );
      for (const r of sent) expect((await postFeedback(url, r, agua.publicKey)).status).toBe(201);
      const query = `site=agua-estado&page=${encodeURIComponent(page)}`;
      const { records } = FeedbackExport.parse(await json(await fetch(`${url}/v1/export?${query}&format=json`, { headers: bearer(agua.token) })));
      expect(records.map((r) => [r.id, r.comment, r.useful, r.reasons])).toEqual(sent.map((r) => [r.id, r.comment, r.useful, r.reasons]));

      const response = await fetch(`${url}/v1/export?${query}&format=csv`, { headers: bearer(ADMIN_TOKEN) });
      expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="retroalimentacion-agua-estado.csv"/);
      const rows = parseCsv(await response.text());
      expect(rows[0]).toEqual(['id', 'sitio', 'pagina', 'util', 'motivos', 'comentario', 'idioma', 'creado', 'recibido']);
      expect(rows).toHaveLength(sent.length + 1);
      for (const [i, r] of sent.entries()) {
        const row = rows[i + 1]!;
        expect(row.slice(0, 5)).toEqual([r.id, 'agua-estado', page, String(r.useful), (r.reasons ?? []).join(';')]);
        const comment = r.comment!;
        expect(row[5]).toBe(/^[=+\-@\t\r]/.test(comment) ? `'${comment}` : comment);
      }
      const english = parseCsv(await (await fetch(`${url}/v1/export?${query}&format=csv&lang=en`, { headers: bearer(ADMIN_TOKEN) })).text());
      expect(english[0]![2]).toBe('page');
    });

    it('scrubs personal data from comments again before storing them', async () => {
      const page = newPage();
      const r = record({ page, comment: 'Mi CURP es GODE561231HDFRRN09, escríbanme a ana.perez@example.com o al 55 1234 5678' });
      expect((await postFeedback(url, r, agua.publicKey)).status).toBe(201);
      const { records } = FeedbackExport.parse(await json(await fetch(`${url}/v1/export?page=${encodeURIComponent(page)}`, { headers: bearer(ADMIN_TOKEN) })));
      expect(records[0]!.comment).toBe('Mi CURP es [CURP], escríbanme a [correo] o al [teléfono]');
    });

    it('filters by from/to on createdAt', async () => {
      const page = newPage();
      for (const day of ['2025-12-31T23:00:00Z', '2026-01-01T00:00:00Z', '2026-01-02T10:00:00Z']) {
        expect((await postFeedback(url, record({ page, createdAt: day }), agua.publicKey)).status).toBe(201);
      }
      const { records } = FeedbackExport.parse(await json(await fetch(`${url}/v1/export?page=${encodeURIComponent(page)}&from=2026-01-01&to=2026-01-01`, { headers: bearer(ADMIN_TOKEN) })));
      expect(records.map((r) => r.createdAt)).toEqual(['2026-01-01T00:00:00.000Z']);
    });
  });

  describe('audits and good practices', () => {
    it('round-trips a published audit, idempotently, for the site token and the admin', async () => {
      const page = newPage();
      const report = auditReport(`${page}?preview=1`, '2026-03-10T12:00:00.000Z');
      const post = (body: unknown, token: string) =>
        fetch(`${url}/v1/audits`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });
      const first = await post({ site: 'agua-estado', report }, agua.token);
      expect(first.status).toBe(201);
      const { id } = await json<{ id: string }>(first);
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      const again = await post({ site: 'agua-estado', report }, ADMIN_TOKEN);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual({ id, stored: false });
      await expectError(await post({ site: 'salud-estado', report }, agua.token), 403, 'forbidden_site', 'site');
      await expectError(await post({ site: 'agua-estado', report: { ...report, score: 'alto' } }, agua.token), 400, 'invalid_field', 'report.score');

      const later = auditReport(page, '2026-04-10T12:00:00.000Z');
      expect((await post({ site: 'agua-estado', report: later }, agua.token)).status).toBe(201);
      const list = AuditList.parse(await json(await fetch(`${url}/v1/audits?site=agua-estado&page=${encodeURIComponent(page)}`, { headers: bearer(agua.token) })));
      expect(list.audits.map((a) => a.auditedAt)).toEqual(['2026-03-10T12:00:00.000Z', '2026-04-10T12:00:00.000Z']);
      const entry = list.audits[0]!;
      expect(entry).toMatchObject({ id, site: 'agua-estado', page, score: report.score, band: report.band });
      expect(entry.report).toEqual(report);
      expect(entry.rules).toEqual({ id: report.rules!.id, version: report.rules!.version, hash: report.rules!.hash });
      expect(Object.keys(entry.criteria)).toHaveLength(10);
      expect(entry.criteria.actualizada).toBe(report.criteria.find((c) => c.id === 'actualizada')!.score);
      const april = AuditList.parse(await json(await fetch(`${url}/v1/audits?page=${encodeURIComponent(page)}&from=2026-04`, { headers: bearer(ADMIN_TOKEN) })));
      expect(april.audits).toHaveLength(1);
    });

    it('flags, lists (JSON and CSV) and unflags good practices', async () => {
      const page = newPage();
      const report = auditReport(page, '2026-05-01T09:00:00.000Z');
      const published = await fetch(`${url}/v1/audits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(agua.token) },
        body: JSON.stringify({ site: 'agua-estado', report }),
      });
      const { id: auditId } = await json<{ id: string }>(published);
      const flag = (body: unknown, token = ADMIN_TOKEN) =>
        fetch(`${url}/v1/good-practices`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer(token) }, body: JSON.stringify(body) });
      const created = await flag({ site: 'agua-estado', page: `${page}#top`, auditId, note: '=ejemplo de tarifas claras' });
      expect(created.status).toBe(201);
      const { id } = await json<{ id: string }>(created);
      expect((await flag({ site: 'agua-estado', page, auditId })).status).toBe(200);
      await expectError(await flag({ site: 'agua-estado', page, auditId: 'f'.repeat(64) }), 404, 'audit_not_found', 'auditId');
      await expectError(await flag({ site: 'agua-estado', page: newPage(), auditId }), 400, 'audit_mismatch', 'page');
      await expectError(await flag({ site: 'salud-estado', page, auditId }), 400, 'audit_mismatch', 'site');
      await expectError(await flag({ site: 'agua-estado', page, auditId }, salud.token), 403, 'forbidden_site', 'site');

      const list = GoodPracticeList.parse(await json(await fetch(`${url}/v1/good-practices?site=agua-estado`, { headers: bearer(agua.token) })));
      const mine = list.goodPractices.find((g) => g.id === id)!;
      expect(mine).toMatchObject({ site: 'agua-estado', page, auditId, note: '=ejemplo de tarifas claras', score: report.score, band: report.band, auditedAt: report.auditedAt });
      const csv = parseCsv(await (await fetch(`${url}/v1/good-practices?format=csv`, { headers: bearer(ADMIN_TOKEN) })).text());
      const row = csv.find((r) => r[0] === id)!;
      expect(row[2]).toBe(page);
      expect(row).toContain("'=ejemplo de tarifas claras");

      const remove = (token: string) => fetch(`${url}/v1/good-practices/${id}`, { method: 'DELETE', headers: bearer(token) });
      await expectError(await remove(salud.token), 404, 'good_practice_not_found', 'id');
      expect((await remove(agua.token)).status).toBe(204);
      await expectError(await remove(ADMIN_TOKEN), 404, 'good_practice_not_found', 'id');
    });
  });

  describe('errors', () => {
    it('answers unknown routes with a JSON 404', async () => {
      await expectError(await fetch(`${url}/v1/nada`), 404, 'not_found', null);
    });
  });

  describe('Node API', () => {
    it('validates at the boundary, migrates idempotently and shares data with a second store', async () => {
      const location = await freshLocation(engine);
      try {
        const store = await openStore(location.options);
        await store.registerSite(siteFixture('agua-estado'));
        const bad = await store.insertFeedback({ ...record(), reasons: ['nope' as never] }).catch((e: unknown) => e);
        expect(bad).toBeInstanceOf(InvalidInputError);
        expect((bad as InvalidInputError).issues[0]!.field).toBe('reasons.0');
        const r = record({ page: 'https://agua.example.gob.mx/a/?q=1' });
        expect(await store.insertFeedback(r)).toEqual({ id: r.id, stored: true });
        expect(await store.insertFeedback(r)).toEqual({ id: r.id, stored: false });
        await expect(store.registerSite({ ...siteFixture('otro-sitio'), publicKey: (await store.sites.site('agua-estado'))!.publicKey })).rejects.toThrow(/public key/);
        await store.close();
        const reopened = await openStore(location.options);
        expect((await reopened.summary('https://AGUA.example.gob.mx/a')).total).toBe(1);
        const scoped = await reopened.exportFeedback({ sites: ['agua-estado'], page: 'HTTPS://agua.EXAMPLE.gob.mx/a/#x', from: '2000-01-01', until: '2999-12-31T00:00:00+02:00' });
        expect(scoped.map((x) => x.id)).toEqual([r.id]);
        const badBound = await reopened.stats({ sites: 'all', from: 'ayer' }).catch((e: unknown) => e);
        expect((badBound as InvalidInputError).issues[0]!.field).toBe('from');
        expect((await reopened.listSites()).map((s) => s.id)).toEqual(['agua-estado']);
        await reopened.close();
      } finally {
        await location.dispose();
      }
    });
  });
});

describe.each(ENGINES)('rate limits on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('limitado');
  const other = siteFixture('limitado-dos');

  beforeAll(async () => {
    collector = await startTestCollector(engine, { rateLimit: { feedbackPerIp: 3, feedbackPerSite: 100, readsPerIp: 2, windowMs: 60_000 } });
    await collector.store.registerSite(site);
    await collector.store.registerSite(other);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  it('answers 429 with Retry-After over the per-IP limits', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await postFeedback(collector.url, record({ site: 'limitado' }), site.publicKey);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(ApiError.parse(await last!.json()).error.code).toBe('rate_limited');
    expect(last!.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);

    const page = encodeURIComponent('https://x.gob.mx/a');
    const reads = [];
    for (let i = 0; i < 3; i++) reads.push((await fetch(`${collector.url}/v1/summary?page=${page}`)).status);
    expect(reads).toEqual([200, 200, 429]);
  });

  it('answers 429 over the per-site limit, whatever the IP', async () => {
    const limited = await startTestCollector(engine, { rateLimit: { feedbackPerIp: 1_000, feedbackPerSite: 2 }, trustProxy: true });
    try {
      await limited.store.registerSite(site);
      await limited.store.registerSite(other);
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await postFeedback(limited.url, record({ site: 'limitado' }), site.publicKey, undefined, { 'x-forwarded-for': `10.0.0.${i}` })).status);
      }
      expect(statuses).toEqual([201, 201, 429]);
      expect((await postFeedback(limited.url, record({ site: 'limitado-dos' }), other.publicKey)).status).toBe(201);
    } finally {
      await limited.stop();
    }
  });
});
