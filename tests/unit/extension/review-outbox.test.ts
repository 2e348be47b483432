/**
 * The extension's outbox of review answers against a real collector on loopback, through a proxy
 * that fails half the requests (errors, connections dropped before and after the collector stored
 * the answers): every submission is stored exactly once and re-scores its page, and a refusal
 * (the page is another auditor's) ends as a dead letter with the collector's reason.
 */
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescore } from '../../../core/index.js';
import { AuditReport, type ReviewSubmission } from '../../../core/schemas/index.js';
import { createReviewDelivery, type ReviewTarget } from '../../../extension/verification/outbox.js';
import { openIdbOutbox } from '../../../widgets/client/idb-outbox.js';
import { startCollector, type Collector } from '../../../widgets/collector/index.js';
import { startFlakyProxy, type FlakyProxy } from '../collector/flaky-proxy.js';
import { ADMIN_TOKEN, type Location } from '../collector/harness.js';
import { AGUA_HOME, AGUA_TARIFAS, AUDITOR_A, AUDITOR_B, CAMPAIGN, SALUD_HOME, seededLocation } from '../collector/verification-fixture.js';

const realClock = {
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

async function until(condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('review answers through the outbox', () => {
  let location: Location;
  let collector: Collector;
  let proxy: FlakyProxy;
  const A = { id: AUDITOR_A.id, name: AUDITOR_A.name };

  beforeAll(async () => {
    location = await seededLocation('sqlite');
    collector = await startCollector({ host: '127.0.0.1', port: 0, adminToken: ADMIN_TOKEN, rateLimit: false, spam: false, ...location.options });
    await collector.store.registerAuditor(AUDITOR_A);
    await collector.store.registerAuditor(AUDITOR_B);
    proxy = await startFlakyProxy(collector.url, 0.5, 12);
  });
  afterAll(async () => {
    await proxy?.close();
    await collector?.close();
    await location?.dispose();
  });

  it('stores each submission exactly once despite failures, and re-scores every page', async () => {
    const outbox = await openIdbOutbox<ReviewSubmission, ReviewTarget>(`review-outbox-${randomUUID()}`);
    const delivery = createReviewDelivery({ outbox, fetch: (input, init) => fetch(input, init), clock: realClock, backoff: { baseMs: 10, factor: 2, maxMs: 80 } });
    const target: ReviewTarget = { collectorUrl: proxy.url, campaignId: CAMPAIGN, token: AUDITOR_A.token };
    const submissions: ReviewSubmission[] = [];
    for (const page of [AGUA_HOME, AGUA_TARIFAS, SALUD_HOME]) {
      const claim = await collector.store.claimCampaignPage(CAMPAIGN, page, A);
      const answers = claim.report.criteria
        .flatMap((c) => c.checks)
        .filter((c) => c.mode === 'review')
        .map((c, i) => ({ checkId: c.id, answer: (i % 2 ? 'parcial' : 'si') as 'si' | 'parcial', answeredAt: new Date().toISOString() }));
      submissions.push({ id: randomUUID(), page, seenOthers: claim.seenOthers, answers });
    }
    const delivered: { id: string; stored: boolean }[] = [];
    delivery.subscribe((e) => {
      if (e.type === 'delivered') delivered.push({ id: e.id, stored: e.stored });
    });
    for (const s of submissions) await delivery.submit(s, target);
    await until(async () => (await outbox.all()).length === 0);
    delivery.stop();

    expect(proxy.counts['error-503'] + proxy.counts['drop-before'] + proxy.counts['drop-after-ack']).toBeGreaterThan(0);
    expect(await outbox.deadLetters()).toEqual([]);
    expect(new Set(delivered.map((d) => d.id))).toEqual(new Set(submissions.map((s) => s.id)));
    for (const s of submissions) {
      const report = AuditReport.parse(await collector.store.campaignReport(CAMPAIGN, s.page));
      const answered = report.criteria.flatMap((c) => c.checks).filter((c) => c.review);
      // One answer per review check: a retried submission was not stored twice.
      expect(answered.map((c) => c.id).sort()).toEqual(s.answers.map((a) => a.checkId).sort());
      expect(answered.every((c) => c.review!.reviewer === AUDITOR_A.name)).toBe(true);
      expect(report.score).toBe(rescore(report, { reviews: answered.map((c) => c.review!) }).score);
    }
    const [agua] = [await collector.store.campaignResults(CAMPAIGN, 'agua')];
    expect(agua!.every((p) => p.pendingReviews === 0 && p.reviewedBy.join() === AUDITOR_A.name)).toBe(true);
    outbox.close();
  });

  it('keeps a refused submission as a dead letter with the reason the collector gave', async () => {
    const outbox = await openIdbOutbox<ReviewSubmission, ReviewTarget>(`review-outbox-${randomUUID()}`);
    const delivery = createReviewDelivery({ outbox, fetch: (input, init) => fetch(input, init), clock: realClock, backoff: { baseMs: 10, factor: 2, maxMs: 80 } });
    // A holds AGUA_HOME (its lease from the test above is live); B's answers must not land.
    const submission: ReviewSubmission = { id: randomUUID(), page: AGUA_HOME, seenOthers: 1, answers: [{ checkId: 'demand-review', answer: 'no', answeredAt: new Date().toISOString() }] };
    await delivery.submit(submission, { collectorUrl: collector.url, campaignId: CAMPAIGN, token: AUDITOR_B.token });
    await until(async () => (await outbox.deadLetters()).length === 1);
    delivery.stop();
    const [dead] = await outbox.deadLetters();
    expect(dead!.reason).toMatchObject({ status: 409, code: 'page_taken', field: 'page' });
    expect(dead!.reason.message).toContain('Ana López');
    expect(await outbox.all()).toEqual([]);
    outbox.close();
  });
});
