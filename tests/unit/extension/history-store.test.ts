import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { HistoryStore } from '../../../extension/history/history-store.js';
import { answered, fixtureReport } from './sample-reports.js';

let names = 0;
const stores: HistoryStore[] = [];
async function fresh(): Promise<{ store: HistoryStore; name: string }> {
  const name = `history-test-${++names}`;
  const store = await HistoryStore.open(name);
  stores.push(store);
  return { store, name };
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

describe('HistoryStore', () => {
  it('saves audits and lists them by site and page, newest first', async () => {
    const { store } = await fresh();
    const a = fixtureReport('presupuesto-ciudadano', { url: 'https://a.gob.mx/presupuesto#seccion' });
    const b = fixtureReport('municipio-pdf-solo', { url: 'https://b.gob.mx/obligaciones' });
    const first = await store.save(a, 'panel', { now: new Date('2026-03-01T00:00:00Z') });
    const second = await store.save(answered(a, 'si'), 'panel', { now: new Date('2026-03-02T00:00:00Z') });
    await store.save(b, 'batch', { batchId: 'lote-1', now: new Date('2026-03-03T00:00:00Z') });

    expect(first.url).toBe('https://a.gob.mx/presupuesto');
    expect(first.site).toBe('https://a.gob.mx');
    expect(second.reviewed).toBeGreaterThan(0);
    const byUrl = await store.byUrl('https://a.gob.mx/presupuesto');
    expect(byUrl.map((s) => s.id)).toEqual([second.id, first.id]);
    const sites = await store.bySite();
    expect(sites.map((s) => s.site)).toEqual(['https://b.gob.mx', 'https://a.gob.mx']);
    expect(sites[1]!.pages[0]!.audits).toHaveLength(2);
    const opened = await store.get(first.id);
    expect(opened?.report).toEqual(a);
    expect(await store.count()).toBe(3);
  });

  it('updates answers in place and deletes', async () => {
    const { store } = await fresh();
    const report = fixtureReport('presupuesto-ciudadano');
    const saved = await store.save(report, 'panel');
    const updated = await store.update(saved.id, answered(report, 'no'));
    expect(updated.id).toBe(saved.id);
    expect((await store.get(saved.id))?.reviewed).toBeGreaterThan(0);
    await store.delete(saved.id);
    expect(await store.get(saved.id)).toBeUndefined();
    await expect(store.update('missing', report)).rejects.toThrow(/no saved audit/);
  });

  it('refuses an invalid report and skips a tampered record instead of showing it', async () => {
    const { store, name } = await fresh();
    const report = fixtureReport('presupuesto-ciudadano');
    await expect(store.save({ ...report, score: 250 }, 'panel')).rejects.toThrow();
    const saved = await store.save(report, 'panel');
    const raw = await openDB(name);
    const record = await raw.get('audits', saved.id);
    await raw.put('audits', { ...record, id: 'tampered', score: 'lots', report: { evil: true } });
    raw.close();
    expect(await store.get('tampered')).toBeUndefined();
    expect((await store.bySite())[0]!.pages[0]!.audits.map((a) => a.id)).toEqual([saved.id]);
  });

  it('keeps batch snapshots and marks abandoned runs interrupted', async () => {
    const { store } = await fresh();
    const base = {
      source: { kind: 'crawl' as const, seed: 'https://a.gob.mx/' },
      total: 3,
      done: 1,
      failed: 0,
      inFlight: ['https://a.gob.mx/p2'],
      rows: [],
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    await store.saveBatch({ ...base, batchId: 'old', status: 'done', startedAt: '2026-03-01T00:00:00.000Z' });
    await store.saveBatch({ ...base, batchId: 'new', status: 'running', startedAt: '2026-03-02T00:00:00.000Z' });
    expect((await store.latestBatch())?.batchId).toBe('new');
    expect(await store.interruptStaleBatches(new Date('2026-03-03T00:00:00Z'))).toBe(1);
    expect(await store.getBatch('new')).toMatchObject({ status: 'interrupted', inFlight: [] });
    expect((await store.getBatch('old'))?.status).toBe('done');
  });
});
