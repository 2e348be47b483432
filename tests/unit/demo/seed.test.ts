import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, FeedbackRecord } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { CATALOGUE_URL, canonicalUrl, PAGES, pageFile, SITES } from '../../../demo/portal/catalog.js';
import { catalogueAudit, CATALOGUE_SCORED_AT } from '../../../demo/seed/catalogue-audit.js';
import { auditPageAt, backdatedClock, pageVersion } from '../../../demo/seed/audit-history.js';
import { applyEdits } from '../../../demo/seed/edits.js';
import { feedbackHistory } from '../../../demo/seed/feedback-history.js';
import { versionEdits } from '../../../demo/seed/history.js';
import { isSeeded, seedDemo } from '../../../demo/seed/seed.js';
import { DEMO_RESOURCES, resourceAudits } from '../../../demo/seed/resource-audits.js';
import { AUDIT_ROUNDS, LAW_CHANGE, lastPublication, spanishDate } from '../../../demo/seed/timeline.js';
import { openStore } from '../../../widgets/collector/index.js';

const portal = join(import.meta.dirname, '../../../demo/portal');
const PAGE = `<!DOCTYPE html><html lang="es-MX"><head><title>t</title><script type="application/ld+json">{"dateModified": "2026-11-06"}</script></head><body><main>
<h1>Datos</h1><h2>Descarga</h2><table><tr><td><a href="d.csv">CSV</a></td></tr><tr><td><a href="d.json">JSON</a></td></tr></table>
<h2>Datos del conjunto</h2><dl class="meta"><dt>Fecha de actualización</dt><dd><time datetime="2026-11-06">6 de noviembre de 2026</time></dd><dt>Licencia</dt><dd>Libre Uso MX</dd></dl>
<h2>Preguntas frecuentes</h2><p>Una</p><p>Dos de octubre de 2026</p><section class="widgets"><h2>Opinión</h2></section></main></body></html>`;

describe('page versions (edits)', () => {
  it('removes sections up to the next heading, metadata pairs, download rows and JSON-LD', () => {
    const out = applyEdits(PAGE, [
      { kind: 'remove-section', heading: 'Preguntas frecuentes' },
      { kind: 'remove-meta', term: 'Licencia' },
      { kind: 'remove-links', hrefEndsWith: '.json' },
      { kind: 'remove-jsonld' },
    ]);
    expect(out).not.toContain('Preguntas frecuentes');
    expect(out).not.toContain('Una');
    expect(out).toContain('Opinión');
    expect(out).not.toContain('Libre Uso MX');
    expect(out).not.toContain('d.json');
    expect(out).toContain('d.csv');
    expect(out).not.toContain('ld+json');
  });

  it('sets the update date visibly and in JSON-LD, and replaces month phrases', () => {
    const out = applyEdits(PAGE, [
      { kind: 'set-updated', day: '2026-03-06' },
      { kind: 'replace-text', from: 'octubre de 2026', to: 'febrero de 2026' },
    ]);
    expect(out).toContain('<time datetime="2026-03-06">6 de marzo de 2026</time>');
    expect(out).toContain('"dateModified": "2026-03-06"');
    expect(out).toContain('Dos de febrero de 2026');
  });

  it('refuses an edit that matches nothing (the page changed under its history)', () => {
    expect(() => applyEdits(PAGE, [{ kind: 'remove-section', heading: 'No existe' }])).toThrow(/matched nothing/);
    expect(applyEdits(PAGE, [{ kind: 'replace-text', from: 'nada', to: 'x', optional: true }])).toContain('Datos');
  });

  it('dates: the last publication day before an audit, Spanish formatting', () => {
    expect(lastPublication('2026-03-16T10:00:00Z', 6)).toBe('2026-03-06');
    expect(lastPublication('2026-03-04T10:00:00Z', 6)).toBe('2026-02-06');
    expect(lastPublication('2026-01-03T10:00:00Z', 6)).toBe('2025-12-06');
    expect(spanishDate('2026-11-06')).toBe('6 de noviembre de 2026');
  });
});

describe('audit history', () => {
  it('every page has a version at every round, and the last round is the page as served', () => {
    for (const page of PAGES) {
      const rounds = AUDIT_ROUNDS[page.site.id]!;
      expect(rounds).toHaveLength(5);
      expect(rounds.map((at) => at >= LAW_CHANGE)).toEqual([false, true, true, true, true]);
      rounds.forEach((at, round) => expect(() => pageVersion(portal, page, round, at)).not.toThrow());
      const last = rounds.length - 1;
      const served = audit(snapshotFromHtml(readFileSync(join(portal, pageFile(page)), 'utf8'), { url: canonicalUrl(page), fetchedAt: rounds[last]! }));
      expect(auditPageAt(portal, page, last, rounds[last]!).score, page.slug).toBeCloseTo(served.score!, 5);
    }
  });

  it('back-dates fetchedAt and auditedAt to the round, and good pages improved over the year', () => {
    const tarifas = PAGES.find((p) => p.slug === 'tarifas')!;
    const [first, lastAt] = [AUDIT_ROUNDS[tarifas.site.id]![0]!, AUDIT_ROUNDS[tarifas.site.id]![4]!];
    const early = auditPageAt(portal, tarifas, 0, first);
    const late = auditPageAt(portal, tarifas, 4, lastAt);
    expect(early.fetchedAt).toBe(first);
    expect(Date.parse(early.auditedAt) - Date.parse(first)).toBeGreaterThanOrEqual(60_000);
    expect(Date.parse(early.auditedAt) - Date.parse(first)).toBeLessThan(120_000);
    expect(late.score! - early.score!).toBeGreaterThan(15);
    expect(versionEdits(tarifas, 4, lastAt)).toEqual([]);
  });

  it('a back-dated clock keeps real elapsed time', () => {
    const clock = backdatedClock('2026-01-01T00:00:00.000Z', 0);
    const a = clock();
    expect(a).toBeGreaterThanOrEqual(Date.parse('2026-01-01T00:00:00.000Z'));
    expect(clock()).toBeGreaterThanOrEqual(a);
  });
});

describe('citizens’ answers', () => {
  const page = PAGES.find((p) => p.slug === 'abasto-medicamentos')!;
  const audits = AUDIT_ROUNDS[page.site.id]!.map((at, round) => auditPageAt(portal, page, round, at));
  const records = feedbackHistory(page, audits);

  it('are valid, deterministic, keyed by the canonical URL, with reasons only on "not useful"', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) {
      expect(FeedbackRecord.safeParse(r).success).toBe(true);
      expect(r.page).toBe(canonicalUrl(page));
      if (r.useful) expect(r.reasons).toEqual([]);
      else expect(r.reasons.length).toBeGreaterThan(0);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(feedbackHistory(page, audits)).toEqual(records);
  });

  it('follow the audit (more useful after the page improved) and the public’s own complaints', () => {
    const split = Date.parse(audits[2]!.fetchedAt);
    const rate = (rs: typeof records) => rs.filter((r) => r.useful).length / rs.length;
    expect(rate(records.filter((r) => Date.parse(r.createdAt) >= split))).toBeGreaterThan(rate(records.filter((r) => Date.parse(r.createdAt) < split)));
    const reasons = records.flatMap((r) => r.reasons);
    const confiable = reasons.filter((r) => r === 'confiable').length;
    for (const other of new Set(reasons)) expect(confiable).toBeGreaterThanOrEqual(reasons.filter((r) => r === other).length);
  });
});

describe('seedDemo on a real store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proactiva-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fills an empty database once, then leaves it alone', async () => {
    const store = await openStore({ dataDir: dir });
    try {
      const pages = PAGES.filter((p) => p.slug === 'tarifas' || p.slug === 'licitaciones');
      for (const site of new Set(pages.map((p) => p.site)))
        await store.registerSite({ id: site.id, name: site.name, origins: ['http://127.0.0.1:8080'], publicKey: site.publicKey, token: `sk_${'x'.repeat(30)}` });
      const first = await seedDemo(store, dir, portal, pages);
      // tarifas links four of the demo's audited downloads (CSV, JSON, dictionary, last year's broken CSV).
      expect(first).toMatchObject({ seeded: true, audits: 10, resources: 4, goodPractices: 1 });
      expect(isSeeded(dir)).toBe(true);
      const audits = await store.listAudits({ sites: 'all' });
      expect(audits).toHaveLength(14);
      expect(audits.filter((a) => a.page.endsWith('.csv') || a.page.endsWith('.json')).map((a) => a.auditedAt.slice(0, 16))).toEqual(Array(4).fill('2026-11-23T17:16'));
      expect(audits.map((a) => a.auditedAt.slice(0, 10))).toContain('2025-02-17');
      // The history crosses the 2025 law: the first round under the 2015 rules, the rest under the 2025 ones.
      const tarifas = audits.filter((a) => a.page === canonicalUrl(pages[0]!));
      expect(tarifas.map((a) => a.rules?.id)).toEqual(['mx-lgtaip-2015', 'mx-lgtaip-2025', 'mx-lgtaip-2025', 'mx-lgtaip-2025', 'mx-lgtaip-2025']);
      const answers = await store.exportFeedback({ sites: 'all' });
      expect(answers).toHaveLength(first.feedback);
      expect((await store.listGoodPractices({ sites: 'all' }))[0]!.page).toBe(canonicalUrl(pages[0]!));
      // The open-data catalogue is audited once, whole (both sujetos obligados), each dataset matched to its site.
      const catalogues = await store.listCatalogueAudits({ sites: 'all' });
      expect(catalogues).toHaveLength(1);
      expect(catalogues[0]).toMatchObject({ source: CATALOGUE_URL, scoredAt: CATALOGUE_SCORED_AT, total: first.catalogue });
      expect(first.catalogue).toBeGreaterThan(8);
      // Only the water commission is registered here: the health ministry's datasets have no site yet.
      const sitesOf = new Map(catalogues[0]!.datasets.map((d) => [d.publisher, d.site]));
      expect(Object.fromEntries(sitesOf)).toEqual({ [SITES.agua.name]: SITES.agua.id, [SITES.salud.name]: null });

      const second = await seedDemo(store, dir, portal, pages);
      expect(second).toMatchObject({ seeded: false, audits: 10, resources: 4, catalogue: first.catalogue, feedback: first.feedback });
      expect(await store.listAudits({ sites: 'all' })).toHaveLength(14);
      expect(await store.listCatalogueAudits({ sites: 'all' })).toHaveLength(1);
      expect(await store.exportFeedback({ sites: 'all' })).toHaveLength(first.feedback);
    } finally {
      await store.close();
    }
  });
});

describe('resource audits (the portal\'s downloads)', () => {
  const failed = (report: { criteria: { checks: { id: string; status: string }[] }[] }) =>
    report.criteria.flatMap((c) => c.checks).filter((c) => c.status === 'fail' || c.status === 'partial').map((c) => c.id);

  it('each audited file is linked from its page', () => {
    for (const r of DEMO_RESOURCES) {
      const page = PAGES.find((p) => p.slug === r.slug)!;
      expect(readFileSync(join(portal, pageFile(page)), 'utf8'), r.file).toContain(`href="${r.file.split('/').slice(1).join('/')}"`);
    }
  });

  it('finds the scanned PDF, the broken CSV and the good dataset for what they are, at canonical URLs', async () => {
    const seeded = await resourceAudits(portal);
    expect(seeded).toHaveLength(DEMO_RESOURCES.length);
    const byUrl = new Map(seeded.map((s) => [s.report.url, s.report]));
    const scanned = byUrl.get('https://salud.valleesmeralda.gob.mx/documentos/reglamento-interior.pdf')!;
    expect(failed(scanned)).toEqual(expect.arrayContaining(['pdf-text-layer', 'pdf-tagged']));
    const broken = byUrl.get('https://agua.valleesmeralda.gob.mx/datos/tarifas-2025.csv')!;
    expect(failed(broken)).toEqual(expect.arrayContaining(['text-utf8', 'csv-standard-delimiter', 'table-single-header']));
    const good = byUrl.get('https://agua.valleesmeralda.gob.mx/datos/tarifas-2026.csv')!;
    expect(failed(good).filter((id) => id !== 'resource-openness-stars' && id !== 'content-up-to-date')).toEqual([]);
    expect(good.score!).toBeGreaterThan(broken.score! + 20);
    expect(scanned.auditedAt.slice(0, 10)).toBe('2026-11-24');
  });
});

describe('catalogue audit (the portal\'s datos.json)', () => {
  const report = catalogueAudit(portal);

  it('is the core\'s score of datos.json, as of the last audit round, each dataset naming a demo sujeto obligado', () => {
    expect(report).toMatchObject({ source: CATALOGUE_URL, format: 'dcat', scoredAt: '2026-11-24T16:30:00.000Z', skipped: 0 });
    expect(catalogueAudit(portal)).toEqual(report);
    const names: string[] = [SITES.agua.name, SITES.salud.name];
    expect(report.datasets.every((d) => names.includes(d.publisher!))).toBe(true);
    expect(new Set(report.datasets.map((d) => d.publisher)).size).toBe(2);
  });

  it('ranks last year\'s copies, which lack mandatory fields, below the current series', () => {
    const rank = (id: string) => report.datasets.findIndex((d) => d.identifier === id);
    expect(rank('tarifas-2025')).toBeGreaterThan(rank('tarifas-2026'));
    const old = report.datasets.find((d) => d.identifier === 'tarifas-2025')!;
    expect(old.mandatoryComplete).toBe(false);
    expect(old.fillFirst.slice(0, 3)).toEqual(expect.arrayContaining(['landing-page', 'accrual-periodicity', 'data-dictionary']));
    expect(report.datasets.find((d) => d.identifier === 'tarifas-2026')!.mandatoryComplete).toBe(true);
  });
});
