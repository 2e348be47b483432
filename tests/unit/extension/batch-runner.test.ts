import { describe, expect, it } from 'vitest';
import { audit, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { BatchRun } from '../../../extension/batch/batch-runner.js';
import { BatchSnapshot } from '../../../extension/batch/batch-state.js';

const limits = { maxPages: 10, maxDepth: 2, concurrency: 2, timeoutMs: 5_000, maxBytes: 1_000_000 };

/** A fake web site (the outside world): page n links to 2n and 2n+1. */
function site(pages: number, fail: (url: string) => boolean = () => false) {
  let inFlight = 0;
  let maxInFlight = 0;
  const auditPage = async (item: { url: string }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    inFlight--;
    if (fail(item.url)) throw new Error('HTTP 500');
    const n = Number(/p(\d+)$/.exec(item.url)?.[1] ?? 1);
    const links = [2 * n, 2 * n + 1].filter((m) => m <= pages).map((m) => `/p${m}`);
    const html = `<html lang="es"><head><title>Página ${n}</title></head><body><h1>Página ${n}</h1>${links.map((l) => `<a href="${l}">${l}</a>`).join('')}</body></html>`;
    const report = audit(snapshotFromHtml(html, { url: item.url, fetchedAt: '2026-03-15T18:00:00.000Z' }));
    return { report, finalUrl: item.url, links };
  };
  return { auditPage, maxInFlight: () => maxInFlight };
}

function harness(pages: number, fail?: (url: string) => boolean) {
  const fake = site(pages, fail);
  const snapshots: BatchSnapshot[] = [];
  const saved: AuditReport[] = [];
  let ids = 0;
  return {
    fake,
    snapshots,
    saved,
    deps: {
      auditPage: fake.auditPage,
      saveReport: async (report: AuditReport) => {
        saved.push(report);
        return `a${++ids}`;
      },
      publish: (s: BatchSnapshot) => {
        snapshots.push(BatchSnapshot.parse(s));
      },
      newId: () => 'batch-1',
    },
  };
}

describe('BatchRun', () => {
  it('crawls a site to its limits with bounded concurrency and publishes valid progress', async () => {
    const h = harness(40);
    const run = BatchRun.create({ kind: 'crawl', seed: 'https://a.mx/p1' }, limits, h.deps);
    const final = await run.finished;
    expect(final.status).toBe('done');
    // Depth 0: p1; 1: p2,p3; 2: p4..p7 → 7 pages (maxDepth 2), under maxPages 10.
    expect(final.rows.map((r) => r.url).sort()).toEqual(['https://a.mx/p1', 'https://a.mx/p2', 'https://a.mx/p3', 'https://a.mx/p4', 'https://a.mx/p5', 'https://a.mx/p6', 'https://a.mx/p7']);
    expect(final.done).toBe(7);
    expect(final.total).toBe(7);
    expect(final.rows.every((r) => r.ok && r.auditId && r.score !== null)).toBe(true);
    expect(h.saved).toHaveLength(7);
    expect(h.fake.maxInFlight()).toBeLessThanOrEqual(2);
    expect(h.snapshots.length).toBeGreaterThan(7);
    const dones = h.snapshots.map((s) => s.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('records unreadable pages as failed rows and goes on', async () => {
    const h = harness(10, (url) => url.endsWith('/p2'));
    const run = BatchRun.create({ kind: 'list', urls: ['https://a.mx/p1', 'https://a.mx/p2', 'https://a.mx/p3', 'javascript:alert(1)'] }, limits, h.deps);
    const final = await run.finished;
    expect(final.status).toBe('done');
    const byUrl = Object.fromEntries(final.rows.map((r) => [r.url, r]));
    expect(byUrl['https://a.mx/p2']).toMatchObject({ ok: false, error: 'HTTP 500', score: null });
    expect(byUrl['javascript:alert(1)']).toMatchObject({ ok: false, error: 'url: not-http' });
    expect(final.failed).toBe(2);
    expect(final.done).toBe(4);
  });

  it('pauses between pages, resumes, and cancels', async () => {
    const h = harness(100);
    const run = BatchRun.create({ kind: 'list', urls: Array.from({ length: 10 }, (_, i) => `https://a.mx/p${i + 1}`) }, { ...limits, concurrency: 1 }, h.deps);
    expect(run.control('pause')).toBe(true);
    expect(run.control('pause')).toBe(false);
    await new Promise((r) => setTimeout(r, 40));
    const paused = run.snapshot();
    expect(paused.status).toBe('paused');
    // At most the page in flight when paused finished.
    expect(paused.done).toBeLessThanOrEqual(1);
    expect(run.control('resume')).toBe(true);
    await new Promise((r) => setTimeout(r, 15));
    expect(run.control('cancel')).toBe(true);
    const final = await run.finished;
    expect(final.status).toBe('cancelled');
    expect(final.done).toBeLessThan(10);
    expect(run.control('resume')).toBe(false);
  });
});
