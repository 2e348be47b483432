import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../../../campaigns/audit-page.js';
import { campaignView } from '../../../campaigns/campaign-view.js';
import { pageReport } from '../../../campaigns/campaign-results.js';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { CampaignAuditOptions } from '../../../campaigns/options.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { AuditReport } from '../../../core/schemas/index.js';
import { PAGES } from '../../../demo/portal/catalog.js';
import { backdatedClock, pageVersion } from '../../../demo/seed/audit-history.js';
import { DEMO_CAMPAIGNS } from '../../../demo/seed/campaign-ids.js';
import { DEMO_PADRON, demoPageUrl, seedCampaigns } from '../../../demo/seed/campaigns.js';
import { AUDIT_ROUNDS } from '../../../demo/seed/timeline.js';
import { readMarker, writeMarker } from '../../../demo/seed/marker.js';
import { seedDemo } from '../../../demo/seed/seed.js';
import { openStore } from '../../../widgets/collector/index.js';
import { connect } from '../../../widgets/collector/store/connect.js';
import { migrate } from '../../../widgets/collector/store/migrations.js';

const portal = join(import.meta.dirname, '../../../demo/portal');

describe('demo seed: two finished campaigns over the demo padrón, audited by the worker’s auditPage', () => {
  let dir: string;
  let db: Kysely<CampaignDatabase>;
  let stored: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'proactiva-demo-campaigns-'));
    const connection = connect({ dataDir: dir });
    await migrate(connection.db, connection.engine);
    db = connection.db as unknown as Kysely<CampaignDatabase>;
    stored = await seedCampaigns(db, portal);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every page of both padrones, each campaign finished, and seeds only once', async () => {
    const now = DEMO_PADRON.reduce((n, e) => n + e.slugs.length, 0);
    const before = DEMO_PADRON.filter((e) => e.before !== null).reduce((n, e) => n + e.slugs.length, 0);
    expect(stored).toBe(now + before);
    const view = (await campaignView(db, DEMO_CAMPAIGNS.now.id, DEMO_CAMPAIGNS.before.id))!;
    expect(view.pages).toMatchObject({ queued: 0, done: now, failed: 0 });
    expect(view.ranking).toHaveLength(DEMO_PADRON.length);
    expect(view.ranking.every((s) => s.coverage === 1 && s.score !== null)).toBe(true);
    expect(await seedCampaigns(db, portal)).toBe(0);
  });

  it('spreads the sujetos obligados over several entidades and scores, and the tasa de variación comes from the pages’ history', async () => {
    const view = (await campaignView(db, DEMO_CAMPAIGNS.now.id, DEMO_CAMPAIGNS.before.id))!;
    expect(view.byEntidad.length).toBeGreaterThanOrEqual(10);
    expect(new Set(view.ranking.map((s) => s.band)).size).toBe(3);
    expect(new Set(view.ranking.map((s) => Math.round(s.score!))).size).toBeGreaterThan(6);
    // Zacatecas joined the padrón in the second campaign: no rate for it.
    expect(view.variation!.map((v) => v.siteId)).not.toContain('ficticio-salud-zacatecas');
    expect(view.variation).toHaveLength(DEMO_PADRON.length - 1);
    const rates = view.variation!.map((v) => v.rate!);
    expect(rates.some((r) => r > 5)).toBe(true);
    // The same pages at the same round in both campaigns score alike (only the cut-off date moved).
    const yucatan = view.variation!.find((v) => v.siteId === 'ficticio-agua-yucatan')!;
    expect(Math.abs(yucatan.rate!)).toBeLessThan(15);
  });

  it('each stored result is what auditPage gives for that page version on the campaign date', async () => {
    const entry = DEMO_PADRON.find((e) => e.id === 'ficticio-agua-jalisco')!;
    const page = PAGES.find((p) => p.slug === 'tarifas')!;
    const url = demoPageUrl(entry, page);
    const stored = AuditReport.parse(await pageReport(db, DEMO_CAMPAIGNS.now.id, url));
    const at = `${DEMO_CAMPAIGNS.now.asOf}T16:00:00.000Z`;
    const html = pageVersion(portal, page, entry.now, AUDIT_ROUNDS[page.site.id]![entry.now]!);
    const again = auditPage(snapshotFromHtml(html, { url, fetchedAt: at }), CampaignAuditOptions.parse({ asOf: DEMO_CAMPAIGNS.now.asOf }), backdatedClock(at));
    expect(stored.url).toBe(url);
    expect(stored.score).toBe(again.score);
    expect(stored.auditedAt.slice(0, 10)).toBe(DEMO_CAMPAIGNS.now.asOf);
    expect(url).toBe('https://agua-jalisco.ficticio.gob.mx/tarifas');
  });
});

describe('demo seed: a data folder seeded before campaigns existed', () => {
  it('gets the campaigns once, its marker says so, and nothing else is seeded again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'proactiva-demo-old-seed-'));
    const store = await openStore({ dataDir: dir });
    try {
      writeMarker(dir, { audits: 70, resources: 6, feedback: 300, goodPractices: 1, seededAt: '2026-11-01T00:00:00.000Z' });
      const first = await seedDemo(store, dir, portal);
      expect(first).toMatchObject({ seeded: true, audits: 70, feedback: 300 });
      expect(first.campaigns).toBeGreaterThan(100);
      expect(readMarker(dir).campaigns).toBe(first.campaigns);
      // Only the campaigns: no page audit or answer was written.
      expect(await store.listAudits({ sites: 'all' })).toHaveLength(0);
      expect((await store.listCampaigns()).map((c) => c.id)).toEqual([DEMO_CAMPAIGNS.before.id, DEMO_CAMPAIGNS.now.id]);
      expect(await seedDemo(store, dir, portal)).toMatchObject({ seeded: false, campaigns: first.campaigns });
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
