/**
 * Retention (issue 11, item 4): raw comments are set to null N days after receipt (default 365)
 * by a maintenance pass; the answers stay, so aggregates and open data do not change. The clock
 * is injected: a pass "a year later" runs now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMaintenance, scheduleMaintenance } from '../../../widgets/collector/maintenance.js';
import { ENGINES, record, siteFixture, startTestCollector, type TestCollector } from './harness.js';

const DAY = 24 * 60 * 60 * 1000;

describe.each(ENGINES)('comment retention on %s', (engine) => {
  let collector: TestCollector;
  const site = siteFixture('agua-estado');
  const page = 'http://127.0.0.1:8080/datos/retencion';

  beforeAll(async () => {
    collector = await startTestCollector(engine);
    await collector.store.registerSite(site);
  });
  afterAll(async () => {
    await collector?.stop();
  });

  const comments = async () => (await collector.store.exportFeedback({ sites: [site.id], page })).map((r) => r.comment ?? null);

  it('keeps comments up to N days after receipt, then empties them and keeps the answers', async () => {
    await collector.store.insertFeedback(record({ site: site.id, page, useful: false, reasons: ['completa'], comment: 'Falta el padrón de 2025' }));
    await collector.store.insertFeedback(record({ site: site.id, page, useful: true }));
    const summary = await collector.store.summary(page);
    const now = Date.now();

    expect(await runMaintenance(collector.store, 365, new Date(now + 364 * DAY))).toMatchObject({ commentsForgotten: 0 });
    expect(await comments()).toEqual(['Falta el padrón de 2025', null]);
    expect(await runMaintenance(collector.store, 30, new Date(now + 29 * DAY))).toMatchObject({ commentsForgotten: 0 });

    expect(await runMaintenance(collector.store, 365, new Date(now + 366 * DAY))).toMatchObject({ commentsForgotten: 1 });
    expect(await comments()).toEqual([null, null]);
    const after = await collector.store.summary(page);
    expect({ ...after, updatedAt: null }).toEqual({ ...summary, updatedAt: null });
    expect(await runMaintenance(collector.store, 365, new Date(now + 400 * DAY))).toMatchObject({ commentsForgotten: 0 });
  });

  it('the scheduled job runs at once and then on its interval, with the clock it is given, until stopped', async () => {
    await collector.store.insertFeedback(record({ site: site.id, page, useful: false, comment: 'Otro comentario' }));
    let clock = Date.now();
    const passes: Date[] = [];
    const job = scheduleMaintenance(collector.store, 10, {
      intervalMs: 20,
      now: () => {
        passes.push(new Date(clock));
        return new Date(clock);
      },
    });
    await expect.poll(() => passes.length).toBeGreaterThanOrEqual(1);
    expect(await comments()).toContain('Otro comentario');
    clock += 11 * DAY;
    await expect.poll(comments).toEqual([null, null, null]);
    await job.stop();
    const count = passes.length;
    await new Promise((r) => setTimeout(r, 60));
    expect(passes.length).toBe(count);
  });

  it('refuses a retention that is not a whole number of days ≥ 1', async () => {
    await expect(runMaintenance(collector.store, 0)).rejects.toThrow();
    await expect(runMaintenance(collector.store, 1.5)).rejects.toThrow();
  });
});
