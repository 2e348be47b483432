/**
 * The campaigns' verification queue on every engine of this run: named auditor tokens, the queue
 * by sujeto obligado with who holds each page, leases that one auditor at a time gets (atomically,
 * in the database) and that expire, answers stored once per uuid and re-scored by the core, and
 * the campaign's result (view, ranking, pages) showing the new score and who answered.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { rescore } from '../../../core/index.js';
import { AuditorSession, AuditReport, Claim, ReviewAck, VerificationQueue } from '../../../core/schemas/index.js';
import { openStore, startCollector, type Collector } from '../../../widgets/collector/index.js';
import { removeAuditor } from '../../../widgets/collector/sites-file.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';
import { PageChangedError, PageTakenError, type Store } from '../../../widgets/collector/store/index.js';
import { ADMIN_TOKEN, bearer, ENGINES, freshLocation, json, siteFixture, type Location } from './harness.js';
import { AGUA_HOME, AGUA_TARIFAS, AUDITOR_A, AUDITOR_B, CAMPAIGN, SALUD_HOME, seededLocation } from './verification-fixture.js';

const SITE = siteFixture('agua-estado');
const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

const seeded = seededLocation;

const answersFor = (report: AuditReport, answer: 'si' | 'parcial' | 'no' = 'si') =>
  report.criteria
    .flatMap((c) => c.checks)
    .filter((c) => c.mode === 'review')
    .map((c) => ({ checkId: c.id, answer, answeredAt: '2026-03-11T10:00:00.000Z' }));

describe.each(ENGINES)('verification queue over HTTP on %s', (engine) => {
  let location: Location;
  let dir: string;
  let collector: Collector;
  const call = (method: string, path: string, token: string, body?: unknown) =>
    fetch(`${collector.url}${path}`, {
      method,
      headers: { ...bearer(token), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const queue = async (token = AUDITOR_B.token) => VerificationQueue.parse(await json(await call('GET', `/v1/campaigns/${CAMPAIGN}/queue`, token)));

  beforeAll(async () => {
    location = await seeded(engine);
    dir = mkdtempSync(join(tmpdir(), 'proactiva-verification-'));
    // Auditor A comes from the sites file, as the garante issues tokens; B through the store.
    const sitesFile = join(dir, 'sites.json');
    writeFileSync(sitesFile, JSON.stringify({ sites: [SITE], auditors: [AUDITOR_A] }));
    collector = await startCollector({ host: '127.0.0.1', port: 0, adminToken: ADMIN_TOKEN, rateLimit: false, spam: false, sitesFile, extensionOrigins: [EXTENSION], ...location.options });
    await collector.store.registerAuditor(AUDITOR_B);
  });

  afterAll(async () => {
    await collector?.close();
    await location?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says who an auditor token is and which campaigns wait; a site token is refused', async () => {
    const me = AuditorSession.parse(await json(await call('GET', '/v1/auditors/me', AUDITOR_A.token)));
    expect(me).toEqual({ auditor: { id: AUDITOR_A.id, name: AUDITOR_A.name }, campaigns: [{ id: CAMPAIGN, name: 'Verificación diagnóstica 2026', createdAt: '2026-03-10T00:00:00.000Z', pendingPages: 3 }] });
    const site = await call('GET', '/v1/auditors/me', SITE.token);
    expect(site.status).toBe(403);
    expect((await json(site)).error.code).toBe('auditor_or_admin');
    expect((await call('GET', '/v1/auditors/me', 'au_' + 'x'.repeat(40))).status).toBe(401);
    expect((await fetch(`${collector.url}/v1/auditors/me`)).status).toBe(401);
  });

  it('lets the auditors\' extension origin through CORS, and no other extension', async () => {
    const preflight = (origin: string) =>
      fetch(`${collector.url}/v1/campaigns/${CAMPAIGN}/claims`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const allowed = await preflight(EXTENSION);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EXTENSION);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect((await preflight('chrome-extension://otraextension')).status).toBe(403);
    const me = await fetch(`${collector.url}/v1/auditors/me`, { headers: { ...bearer(AUDITOR_A.token), origin: EXTENSION } });
    expect(me.headers.get('access-control-allow-origin')).toBe(EXTENSION);
  });

  it('lists pending pages grouped by sujeto obligado, and 404 for an unknown campaign', async () => {
    const q = await queue();
    expect(q.campaign).toEqual({ id: CAMPAIGN, name: 'Verificación diagnóstica 2026' });
    expect(q.sites.map((s) => [s.name, s.pages.map((p) => [p.pageUrl, p.pending, p.holder])])).toEqual([
      ['Comisión Estatal del Agua', [[AGUA_HOME, 9, null], [AGUA_TARIFAS, 9, null]]],
      ['Secretaría de Salud', [[SALUD_HOME, 9, null]]],
    ]);
    expect(q.truncated).toBe(false);
    const salud = VerificationQueue.parse(await json(await call('GET', `/v1/campaigns/${CAMPAIGN}/queue?site=salud`, ADMIN_TOKEN)));
    expect(salud.sites.map((s) => s.siteId)).toEqual(['salud']);
    const missing = await call('GET', '/v1/campaigns/nada/queue', AUDITOR_A.token);
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('campaign_not_found');
  });

  it('gives a page to one auditor: the other gets 409 with who and until when, and sees it taken', async () => {
    const before = Date.now();
    const claim = await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_A.token, { page: AGUA_TARIFAS });
    expect(claim.status).toBe(200);
    const granted = Claim.parse(await json(claim));
    expect(granted).toMatchObject({ campaignId: CAMPAIGN, siteId: 'agua', page: AGUA_TARIFAS, seenOthers: 0, lease: { auditor: { id: AUDITOR_A.id, name: AUDITOR_A.name } } });
    const expires = Date.parse(granted.lease.expiresAt) - before;
    expect(expires).toBeGreaterThan(29 * 60_000);
    expect(expires).toBeLessThanOrEqual(30 * 60_000 + 5_000);
    expect(granted.report.url).toBe(AGUA_TARIFAS);
    expect(granted.report.criteria.flatMap((c) => c.checks).some((c) => c.evidence.length > 0)).toBe(true);

    const taken = await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_B.token, { page: AGUA_TARIFAS });
    expect(taken.status).toBe(409);
    const refusal = (await json(taken)).error;
    expect(refusal).toMatchObject({ code: 'page_taken', field: 'page', holder: { auditor: { name: AUDITOR_A.name }, expiresAt: granted.lease.expiresAt } });
    expect(refusal.message).toContain('Ana López');

    const page = (await queue()).sites[0]!.pages.find((p) => p.pageUrl === AGUA_TARIFAS)!;
    expect(page.holder).toEqual(granted.lease);

    // A renews its own lease; the garante reads the queue but takes no page.
    expect((await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_A.token, { page: AGUA_TARIFAS })).status).toBe(200);
    const admin = await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, ADMIN_TOKEN, { page: AGUA_TARIFAS });
    expect(admin.status).toBe(403);
    expect((await json(admin)).error.code).toBe('auditor_only');
    const unknown = await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_A.token, { page: 'https://agua.example.gob.mx/nada' });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe('campaign_result_not_found');
  });

  it('refuses answers to a page another auditor holds', async () => {
    const response = await call('POST', `/v1/campaigns/${CAMPAIGN}/answers`, AUDITOR_B.token, {
      id: randomUUID(),
      page: AGUA_TARIFAS,
      seenOthers: 0,
      answers: [{ checkId: 'demand-review', answer: 'no', answeredAt: new Date().toISOString() }],
    });
    expect(response.status).toBe(409);
    expect((await json(response)).error).toMatchObject({ code: 'page_taken', holder: { auditor: { id: AUDITOR_A.id } } });
  });

  it('stores answers once per uuid, re-scores with the core, and the campaign view shows score and who answered', async () => {
    const claim = Claim.parse(await json(await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_A.token, { page: AGUA_TARIFAS })));
    const answers = answersFor(claim.report);
    expect(answers).toHaveLength(9);
    const expected = rescore(claim.report, { reviews: answers.map((a) => ({ ...a, reviewer: AUDITOR_A.name })) });
    expect(expected.score).not.toBe(claim.report.score);
    const before = await json(await call('GET', `/v1/campaigns/${CAMPAIGN}`, ADMIN_TOKEN));

    const submission = { id: randomUUID(), page: AGUA_TARIFAS, seenOthers: claim.seenOthers, answers };
    const first = await call('POST', `/v1/campaigns/${CAMPAIGN}/answers`, AUDITOR_A.token, submission);
    expect(first.status).toBe(201);
    const ack = ReviewAck.parse(await json(first));
    expect(ack).toEqual({ id: submission.id, stored: true, page: AGUA_TARIFAS, score: expected.score, band: expected.band, pending: 0 });
    const again = await call('POST', `/v1/campaigns/${CAMPAIGN}/answers`, AUDITOR_A.token, submission);
    expect(again.status).toBe(200);
    expect(ReviewAck.parse(await json(again))).toEqual({ ...ack, stored: false });

    const stored = AuditReport.parse(await json(await call('GET', `/v1/campaigns/${CAMPAIGN}/report?url=${encodeURIComponent(AGUA_TARIFAS)}`, ADMIN_TOKEN)));
    expect(stored.score).toBe(expected.score);
    const reviewed = stored.criteria.flatMap((c) => c.checks).filter((c) => c.mode === 'review');
    expect(reviewed.every((c) => c.review?.reviewer === AUDITOR_A.name && c.status === 'pass')).toBe(true);

    const results = await json(await call('GET', `/v1/campaigns/${CAMPAIGN}/results?site=agua`, ADMIN_TOKEN));
    const row = results.pages.find((p: { pageUrl: string }) => p.pageUrl === AGUA_TARIFAS);
    expect(row).toMatchObject({ score: expected.score, pendingReviews: 0, reviewedBy: [AUDITOR_A.name] });
    expect(Date.parse(row.reviewedAt)).toBeGreaterThan(Date.now() - 60_000);

    const after = await json(await call('GET', `/v1/campaigns/${CAMPAIGN}`, ADMIN_TOKEN));
    const agua = (view: any) => view.ranking.find((s: { siteId: string }) => s.siteId === 'agua').score;
    expect(agua(after)).not.toBe(agua(before));

    // Answered in full, the page leaves the queue; the other pages stay.
    expect((await queue()).sites.flatMap((s) => s.pages.map((p) => p.pageUrl))).toEqual([AGUA_HOME, SALUD_HOME]);
  });

  it('validates answers: unknown review check, bad body', async () => {
    await call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_B.token, { page: SALUD_HOME });
    const wrong = await call('POST', `/v1/campaigns/${CAMPAIGN}/answers`, AUDITOR_B.token, {
      id: randomUUID(),
      page: SALUD_HOME,
      seenOthers: 0,
      answers: [{ checkId: 'https-used', answer: 'si', answeredAt: new Date().toISOString() }],
    });
    expect(wrong.status).toBe(400);
    expect((await json(wrong)).error).toMatchObject({ code: 'not_a_review_check', field: 'answers.0.checkId' });
    const bad = await call('POST', `/v1/campaigns/${CAMPAIGN}/answers`, AUDITOR_B.token, { id: 'no-uuid', page: SALUD_HOME, seenOthers: 0, answers: [] });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.code).toBe('invalid_field');
    // B gives the page back: nobody holds it any more.
    const released = await call('DELETE', `/v1/campaigns/${CAMPAIGN}/claims?page=${encodeURIComponent(SALUD_HOME)}`, AUDITOR_B.token);
    expect(await json(released)).toEqual({ released: true });
    expect((await queue()).sites.find((s) => s.siteId === 'salud')!.pages[0]!.holder).toBeNull();
  });

  it('of many simultaneous claims by two auditors, exactly one auditor gets the page', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 12 }, (_, i) => call('POST', `/v1/campaigns/${CAMPAIGN}/claims`, i % 2 ? AUDITOR_B.token : AUDITOR_A.token, { page: AGUA_HOME })),
    );
    const winners = new Set<string>();
    for (const response of attempts) {
      const body = await json(response);
      if (response.status === 200) winners.add(body.lease.auditor.id);
      else expect([response.status, body.error.code]).toEqual([409, 'page_taken']);
    }
    expect(winners.size).toBe(1);
  });
});

describe.each(ENGINES)('removing an auditor on %s', (engine) => {
  it('the collector started without them in the sites file refuses their token and frees their page; the others keep theirs', async () => {
    const location = await seeded(engine);
    const dir = mkdtempSync(join(tmpdir(), 'proactiva-revoke-'));
    const sitesFile = join(dir, 'sites.json');
    writeFileSync(sitesFile, JSON.stringify({ sites: [SITE], auditors: [AUDITOR_A, AUDITOR_B] }));
    const start = () => startCollector({ host: '127.0.0.1', port: 0, adminToken: ADMIN_TOKEN, rateLimit: false, spam: false, sitesFile, ...location.options });
    const call = (collector: Collector, method: string, path: string, token: string, body?: unknown) =>
      fetch(`${collector.url}${path}`, { method, headers: { ...bearer(token), 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    let collector = await start();
    try {
      expect((await call(collector, 'POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_B.token, { page: AGUA_TARIFAS })).status).toBe(200);
      await collector.close();
      expect(removeAuditor(sitesFile, AUDITOR_B.id)).toBe(true);
      expect(removeAuditor(sitesFile, AUDITOR_B.id)).toBe(false);
      collector = await start();
      expect((await call(collector, 'GET', '/v1/auditors/me', AUDITOR_B.token)).status).toBe(401);
      expect((await call(collector, 'GET', '/v1/auditors/me', AUDITOR_A.token)).status).toBe(200);
      const page = VerificationQueue.parse(await json(await call(collector, 'GET', `/v1/campaigns/${CAMPAIGN}/queue`, AUDITOR_A.token)))
        .sites.flatMap((s) => s.pages)
        .find((p) => p.pageUrl === AGUA_TARIFAS)!;
      expect(page.holder ?? null).toBeNull();
      expect((await call(collector, 'POST', `/v1/campaigns/${CAMPAIGN}/claims`, AUDITOR_A.token, { page: AGUA_TARIFAS })).status).toBe(200);
    } finally {
      await collector.close();
      await location.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(ENGINES)('verification leases in the store on %s', (engine) => {
  let location: Location;
  let store: Store;
  const A = { id: AUDITOR_A.id, name: AUDITOR_A.name };
  const B = { id: AUDITOR_B.id, name: AUDITOR_B.name };
  const t0 = new Date('2026-03-11T10:00:00.000Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const lease = { leaseMs: 60_000 };

  beforeAll(async () => {
    location = await seeded(engine);
    store = await openStore(location.options);
  });
  afterAll(async () => {
    await store?.close();
    await location?.dispose();
  });

  it('an expired lease is free to take, and its holder can then no longer answer', async () => {
    await store.claimCampaignPage(CAMPAIGN, AGUA_HOME, A, { now: t0, ...lease });
    await expect(store.claimCampaignPage(CAMPAIGN, AGUA_HOME, B, { now: at(59_000), ...lease })).rejects.toBeInstanceOf(PageTakenError);
    const b = await store.claimCampaignPage(CAMPAIGN, AGUA_HOME, B, { now: at(60_000), ...lease });
    expect(b.lease).toEqual({ auditor: B, claimedAt: at(60_000).toISOString(), expiresAt: at(120_000).toISOString() });
    const late = { id: randomUUID(), page: AGUA_HOME, seenOthers: 0, answers: [{ checkId: 'demand-review', answer: 'no' as const, answeredAt: at(1_000).toISOString() }] };
    await expect(store.answerCampaignPage(CAMPAIGN, A, late, { now: at(61_000), ...lease })).rejects.toMatchObject({ holder: { auditor: B } });
  });

  it('answers sent after another auditor answered meanwhile are refused until the page is seen again', async () => {
    // A claimed SALUD_HOME and went offline; the lease expired, B took it and answered.
    const a = await store.claimCampaignPage(CAMPAIGN, SALUD_HOME, A, { now: t0, ...lease });
    expect(a.seenOthers).toBe(0);
    await store.claimCampaignPage(CAMPAIGN, SALUD_HOME, B, { now: at(70_000), ...lease });
    const byB = await store.answerCampaignPage(CAMPAIGN, B, { id: randomUUID(), page: SALUD_HOME, seenOthers: 0, answers: [{ checkId: 'demand-review', answer: 'no', answeredAt: at(71_000).toISOString() }] }, { now: at(71_000), ...lease });
    expect(byB).toMatchObject({ stored: true, pending: 8 });
    // B's lease ran out; A's outbox now delivers what A answered offline, before seeing B's answer.
    const offline = { id: randomUUID(), page: SALUD_HOME, seenOthers: a.seenOthers, answers: [{ checkId: 'demand-review', answer: 'si' as const, answeredAt: at(30_000).toISOString() }] };
    const refused = store.answerCampaignPage(CAMPAIGN, A, offline, { now: at(200_000), ...lease });
    await expect(refused).rejects.toBeInstanceOf(PageChangedError);
    await expect(refused).rejects.toMatchObject({ by: [B.name] });
    // Opened again, A sees B's answer (in the report, with B's name) and may answer.
    const seen = await store.claimCampaignPage(CAMPAIGN, SALUD_HOME, A, { now: at(201_000), ...lease });
    expect(seen.seenOthers).toBe(1);
    const demand = seen.report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'demand-review')!;
    expect(demand.review).toMatchObject({ answer: 'no', reviewer: B.name });
    const ack = await store.answerCampaignPage(CAMPAIGN, A, { ...offline, id: randomUUID(), seenOthers: seen.seenOthers, answers: [{ ...offline.answers[0]!, answeredAt: at(202_000).toISOString() }] }, { now: at(202_000), ...lease });
    expect(ack).toMatchObject({ stored: true, pending: 8 });
    const results = await store.campaignResults(CAMPAIGN, 'salud');
    expect(results![0]).toMatchObject({ reviewedBy: [A.name, B.name] });
    const report = AuditReport.parse(await store.campaignReport(CAMPAIGN, SALUD_HOME));
    expect(report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'demand-review')!.review).toMatchObject({ answer: 'si', reviewer: A.name });

    // A withdraws the answer: the check is undecided again and the page is back in the queue with 9 pending.
    const withdrawn = await store.answerCampaignPage(CAMPAIGN, A, { id: randomUUID(), page: SALUD_HOME, seenOthers: 1, answers: [{ checkId: 'demand-review', answer: null, answeredAt: at(203_000).toISOString() }] }, { now: at(203_000), ...lease });
    expect(withdrawn).toMatchObject({ stored: true, pending: 9 });
    const back = AuditReport.parse(await store.campaignReport(CAMPAIGN, SALUD_HOME));
    const demandBack = back.criteria.flatMap((c) => c.checks).find((c) => c.id === 'demand-review')!;
    expect([demandBack.status, demandBack.review]).toEqual(['needs-review', undefined]);
    const queue = await store.verificationQueue(CAMPAIGN, { site: 'salud', now: at(204_000) });
    expect(queue!.sites[0]!.pages.map((p) => [p.pageUrl, p.pending])).toEqual([[SALUD_HOME, 9]]);
  });
});

describe.each(ENGINES)('migration 0006 on %s', (engine) => {
  it('counts the unanswered review checks of campaign results stored before it', async () => {
    const location = await freshLocation(engine);
    const { db, engine: kind } = connect(location.options);
    try {
      await migrate(db, kind, '0005_catalogue_audit');
      const campaigns = db as unknown as Kysely<any>;
      // A 0005 row has no pending_reviews column: write it as the worker then did.
      const { auditReport } = await import('./audit-fixture.js');
      const report = auditReport(AGUA_HOME);
      await campaigns.insertInto('campaign').values({ id: CAMPAIGN, name: 'x', status: 'running', options: '{}', created_at: t() }).execute();
      await campaigns
        .insertInto('campaign_result')
        .values({ campaign_id: CAMPAIGN, page_url: AGUA_HOME, site_id: 'agua', final_url: AGUA_HOME, canonical_url: AGUA_HOME, audited_at: t(), score: report.score, band: report.band, criteria: '{}', report: JSON.stringify(report) })
        .execute();
      await campaigns
        .insertInto('campaign_result')
        .values({ campaign_id: CAMPAIGN, page_url: SALUD_HOME, site_id: 'salud', final_url: SALUD_HOME, canonical_url: SALUD_HOME, audited_at: t(), score: 50, band: null, criteria: '{}', report: '{"url":"hecho a mano"}' })
        .execute();
      await migrate(db, kind);
      const rows = await campaigns.selectFrom('campaign_result').select(['page_url', 'pending_reviews']).orderBy('page_url').execute();
      expect(rows.map((r: { page_url: string; pending_reviews: unknown }) => [r.page_url, Number(r.pending_reviews)])).toEqual([
        [AGUA_HOME, 9],
        [SALUD_HOME, 0],
      ]);
    } finally {
      await db.destroy();
      await location.dispose();
    }
  });
});

const t = () => new Date().toISOString();
