import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, type AuditEntry, type AuditReport, type PageFeedbackStats, type PublicSite } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { auditChange, qualityChange, RULES_BEFORE_RULE_SETS } from '../../../demo/dashboard/src/model/change.js';
import { panelCsv } from '../../../demo/dashboard/src/model/csv.js';
import { diagnose } from '../../../demo/dashboard/src/model/diagnosis.js';
import { siteFixFirst } from '../../../demo/dashboard/src/model/fix-first.js';
import { filtersFromQuery, filtersToQuery, NO_FILTERS } from '../../../demo/dashboard/src/model/filters.js';
import { buildPanel, shortTitle } from '../../../demo/dashboard/src/model/panel.js';
import { parseCsv as csvRows } from '../../support/csv.js';

const html = readFileSync(join(import.meta.dirname, '../../../demo/portal/agua/tarifas.html'), 'utf8');
const realReport: AuditReport = audit(snapshotFromHtml(html, { url: 'https://agua.example.gob.mx/tarifas', fetchedAt: '2026-11-20T12:00:00.000Z' }));

const A: PublicSite = { id: 'sitio-a', name: 'Sujeto A', origins: [] };
const B: PublicSite = { id: 'sitio-b', name: 'Sujeto B', origins: [] };

const RULES_2025 = { id: realReport.rules!.id, version: realReport.rules!.version, hash: realReport.rules!.hash };

function entry(site: string, page: string, auditedAt: string, score: number, title = 'Página de prueba | Institución', rules: AuditEntry['rules'] = RULES_2025): AuditEntry {
  const criteria = Object.fromEntries(realReport.criteria.map((c) => [c.id, c.id === 'comprensible' ? score - 10 : score]));
  const report = { ...realReport, title, url: page };
  return { id: `${site}-${page}-${auditedAt}`, site, page, auditedAt, score, band: score >= 90 ? 'proactiva' : score >= 50 ? 'en-desarrollo' : 'insuficiente', criteria, rules, report };
}

const stats = (site: string, page: string, series: { period: string; total: number; useful: number }[], reasons: PageFeedbackStats['reasons'] = {}): PageFeedbackStats => {
  const total = series.reduce((n, s) => n + s.total, 0);
  const useful = series.reduce((n, s) => n + s.useful, 0);
  return { site, page, total, useful, usefulRate: total ? useful / total : null, reasons, series };
};

const P1 = 'https://a.gob.mx/uno';
const P2 = 'https://a.gob.mx/dos';
const P3 = 'https://b.gob.mx/tres';
const AUDITS = [
  entry('sitio-a', P1, '2026-01-10T10:00:00.000Z', 40, 'Uno | A'),
  entry('sitio-a', P1, '2026-05-10T10:00:00.000Z', 60, 'Uno | A'),
  entry('sitio-a', P1, '2026-09-10T10:00:00.000Z', 90, 'Uno | A'),
  entry('sitio-a', P2, '2026-05-12T10:00:00.000Z', 30, 'Dos | A'),
  entry('sitio-b', P3, '2026-09-01T10:00:00.000Z', 80, 'Tres | B'),
];
const STATS = [
  stats('sitio-a', P1, [{ period: '2026-05', total: 4, useful: 1 }, { period: '2026-10', total: 6, useful: 5 }], { actualizada: 2, comprensible: 3 }),
  stats('sitio-b', P3, [{ period: '2026-09', total: 10, useful: 8 }], { confiable: 2 }),
  stats('sitio-b', 'https://b.gob.mx/sin-auditoria', [{ period: '2026-10', total: 2, useful: 0 }], { pertinente: 2 }),
];

describe('tasa de variación de calidad', () => {
  it('is the change in points and relative to the earlier score', () => {
    expect(qualityChange(40, 60)).toEqual({ from: 40, to: 60, points: 20, rate: 50, ruleChanges: [] });
    expect(qualityChange(80, 60)!.rate).toBe(-25);
    expect(qualityChange(0, 10)!.rate).toBeNull();
    expect(qualityChange(null, 10)).toBeNull();
  });
});

describe('tasa de variación across a rule change', () => {
  const RULES_2015 = { id: 'mx-lgtaip-2015', version: '1.0.0', hash: 'a'.repeat(64) };
  const before = entry('sitio-a', P1, '2025-02-10T10:00:00.000Z', 40, 'Uno | A', RULES_2015);
  const legacy = entry('sitio-a', P1, '2024-06-10T10:00:00.000Z', 35, 'Uno | A', null);
  const after = entry('sitio-a', P1, '2026-05-10T10:00:00.000Z', 60, 'Uno | A');
  const later = entry('sitio-a', P1, '2026-09-10T10:00:00.000Z', 70, 'Uno | A');

  it('is like for like between audits under the same rule set', () => {
    expect(auditChange(after, later)!.ruleChanges).toEqual([]);
  });

  it('names the rules on each side when the rule sets differ (by hash)', () => {
    const change = auditChange(before, after)!;
    expect(change.points).toBe(20);
    expect(change.ruleChanges).toEqual([
      { from: { id: 'mx-lgtaip-2015', version: '1.0.0', key: RULES_2015.hash }, to: { id: RULES_2025.id, version: RULES_2025.version, key: RULES_2025.hash } },
    ]);
    const bumped = entry('sitio-a', P1, '2026-10-10T10:00:00.000Z', 70, 'Uno | A', { ...RULES_2025, version: '1.1.0', hash: 'b'.repeat(64) });
    expect(auditChange(later, bumped)!.ruleChanges[0]!.to.version).toBe('1.1.0');
  });

  it('counts a report without rules as the 2015 rules before rule sets, apart from the mx-lgtaip-2015 set', () => {
    expect(auditChange(legacy, before)!.ruleChanges).toEqual([{ from: RULES_BEFORE_RULE_SETS, to: { id: 'mx-lgtaip-2015', version: '1.0.0', key: RULES_2015.hash } }]);
    expect(auditChange(legacy, { ...legacy, id: 'otra' })!.ruleChanges).toEqual([]);
  });

  it('flags page and aggregate changes that cross a rule change, and only those', () => {
    const panel = buildPanel([A, B], [before, after, later, ...AUDITS.filter((a) => a.page !== P1)], STATS, NO_FILTERS);
    const uno = panel.pages.find((p) => p.page === P1)!;
    expect(uno.periodChange).toMatchObject({ from: 40, to: 70, ruleChanges: [{ from: { id: 'mx-lgtaip-2015' }, to: { id: RULES_2025.id } }] });
    expect(uno.change!.ruleChanges).toEqual([]);
    const siteA = panel.sites.find((s) => s.site.id === 'sitio-a')!.aggregate;
    expect(siteA.periodChange!.ruleChanges).toHaveLength(1);
    expect(siteA.change!.ruleChanges).toEqual([]);
    const inRange = buildPanel([A, B], [before, after, later], STATS, { ...NO_FILTERS, from: '2026-01-01' });
    expect(inRange.aggregate.periodChange!.ruleChanges).toEqual([]);
  });
});

describe('buildPanel', () => {
  const panel = buildPanel([A, B], AUDITS, STATS, NO_FILTERS);

  it('lists every audited page and every page with answers, with its latest and previous audit', () => {
    expect(panel.pages.map((p) => p.title)).toEqual(['Dos', 'Uno', 'sin-auditoria', 'Tres']);
    const uno = panel.pages.find((p) => p.page === P1)!;
    expect(uno.latest?.score).toBe(90);
    expect(uno.change).toEqual({ from: 60, to: 90, points: 30, rate: 50, ruleChanges: [] });
    expect(uno.periodChange).toEqual({ from: 40, to: 90, points: 50, rate: 125, ruleChanges: [] });
    expect(uno.feedback.total).toBe(10);
    expect(uno.feedback.reasons.comprensible).toBe(3);
    expect(panel.pages.find((p) => p.title === 'sin-auditoria')!.latest).toBeNull();
  });

  it('aggregates per sujeto obligado and overall: mean latest score, answers, reasons, usefulness', () => {
    const a = panel.sites.find((s) => s.site.id === 'sitio-a')!.aggregate;
    expect(a.meanScore).toBe(60);
    expect(a.feedback).toMatchObject({ total: 10, useful: 6, usefulRate: 0.6 });
    expect(panel.aggregate.feedback.total).toBe(22);
    expect(panel.aggregate.topReasons[0]).toEqual({ reason: 'comprensible', count: 3 });
    expect(panel.aggregate.criteria.comprensible).toBeCloseTo((80 + 20 + 70) / 3);
  });

  it('builds a monthly trend of audit scores and usefulness', () => {
    const trend = panel.aggregate.trend;
    expect(trend.map((t) => t.period)).toEqual(['2026-01', '2026-05', '2026-09', '2026-10']);
    expect(trend.find((t) => t.period === '2026-05')).toMatchObject({ score: 45, audits: 2, answers: 4, useful: 1, usefulRate: 0.25 });
    expect(trend.find((t) => t.period === '2026-10')).toMatchObject({ score: null, audits: 0, answers: 8 });
  });

  it('filters by sujeto obligado, page and date range', () => {
    expect(buildPanel([A, B], AUDITS, STATS, { ...NO_FILTERS, site: 'sitio-b' }).pages.map((p) => p.site.id)).toEqual(['sitio-b', 'sitio-b']);
    const one = buildPanel([A, B], AUDITS, STATS, { ...NO_FILTERS, site: 'sitio-a', page: P1 });
    expect(one.pages).toHaveLength(1);
    const ranged = buildPanel([A, B], AUDITS, STATS, { ...NO_FILTERS, from: '2026-05-01', to: '2026-05-31' });
    const uno = ranged.pages.find((p) => p.page === P1)!;
    expect(uno.audits).toHaveLength(1);
    expect(uno.change).toBeNull();
    expect(ranged.pages.find((p) => p.page === P3)!.latest).toBeNull();
  });

  it('shortens titles and falls back to the path', () => {
    expect(shortTitle('Tarifas 2026 | Comisión', 'https://x.mx/t')).toBe('Tarifas 2026');
    expect(shortTitle('', 'https://x.mx/datos/t')).toBe('datos/t');
  });
});

describe('diagnóstico de utilidad', () => {
  it('puts audit and citizens on the same ten criteria and says where they agree', () => {
    const panel = buildPanel([A, B], AUDITS, STATS, { ...NO_FILTERS, site: 'sitio-a', page: P1 });
    const rows = Object.fromEntries(diagnose(panel.aggregate).map((r) => [r.criterion, r]));
    expect(Object.keys(rows)).toHaveLength(10);
    expect(rows.comprensible).toMatchObject({ auditScore: 80, mentions: 3, share: 0.3, verdict: 'citizens-only' });
    expect(rows.confiable!.verdict).toBe('agree-strength');
    expect(rows.reutilizable!.verdict).toBe('no-citizen-signal');
    const weak = buildPanel([A, B], AUDITS, STATS, { ...NO_FILTERS, page: P2 });
    expect(diagnose(weak.aggregate).find((r) => r.criterion === 'actualizada')!.verdict).toBe('no-citizen-signal');
    const poor = buildPanel([A, B], [entry('sitio-a', P1, '2026-09-10T10:00:00.000Z', 30)], STATS, { ...NO_FILTERS, page: P1 });
    const verdicts = Object.fromEntries(diagnose(poor.aggregate).map((r) => [r.criterion, r.verdict]));
    expect(verdicts.comprensible).toBe('agree-weakness');
    expect(verdicts.localizable).toBe('audit-only');
  });
});

describe('what to fix first per sujeto obligado', () => {
  const poorHtml = '<!doctype html><html lang="es"><head><title>Informe</title></head><body><h1>Informe</h1><p>Consulte el <a href="informe.pdf">PDF</a>.</p></body></html>';
  const poor = audit(snapshotFromHtml(poorHtml, { url: P2, fetchedAt: '2026-11-20T12:00:00.000Z' }));
  const withReport = (e: AuditEntry, report: AuditReport): AuditEntry => ({ ...e, score: report.score, report: { ...report, url: e.page } });
  const audits = [
    withReport(entry('sitio-a', P1, '2026-01-10T10:00:00.000Z', 40, 'Uno | A'), poor),
    withReport(entry('sitio-a', P1, '2026-09-10T10:00:00.000Z', 90, 'Uno | A'), realReport),
    withReport(entry('sitio-a', P2, '2026-05-12T10:00:00.000Z', 30, 'Dos | A'), poor),
    withReport(entry('sitio-b', P3, '2026-09-01T10:00:00.000Z', 80, 'Tres | B'), poor),
  ];
  const site = buildPanel([A, B], audits, STATS, { ...NO_FILTERS, site: 'sitio-a' });
  const fixes = siteFixFirst(site.pages);

  it('adds up the re-scored gains of the latest audit of each of the site’s pages, over the site’s audited pages', () => {
    expect(fixes.length).toBeGreaterThan(0);
    const latest = [realReport, poor]; // P1's September audit and P2's only one; P1's January audit and site B do not count
    for (const fix of fixes) {
      const recs = latest.flatMap((r) => r.recommendations.filter((rec) => rec.checkId === fix.checkId));
      const sum = recs.reduce((n, rec) => n + rec.gain!, 0);
      expect(fix.averageGain).toBe(Math.round((sum / 2) * 10) / 10);
      expect(fix.pages).toBe(recs.length);
    }
  });

  it('is sorted by points per unit of effort', () => {
    const priorities = fixes.map((x) => x.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(fixes.some((x) => x.pages === 2)).toBe(true);
  });
});

describe('panel CSV', () => {
  const hostile = [...AUDITS, entry('sitio-b', 'https://b.gob.mx/f', '2026-10-01T10:00:00.000Z', 50, '=HYPERLINK("http://x","y") | B')];
  const text = panelCsv(buildPanel([A, B], hostile, STATS, NO_FILTERS).pages, 'es-MX');
  const [header, ...rows] = csvRows(text);

  it('has one row per page and month with an audit or answers, CRLF line ends', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(header).toHaveLength(25);
    expect(header![0]).toBe('Sujeto obligado');
    expect(rows.map((r) => `${r[3]} ${r[4]}`)).toEqual([
      'Dos 2026-05',
      'Uno 2026-01',
      'Uno 2026-05',
      'Uno 2026-09',
      'Uno 2026-10',
      `'=HYPERLINK("http://x","y") 2026-10`,
      'sin-auditoria 2026-10',
      'Tres 2026-09',
    ]);
  });

  it('writes scores, changes and usefulness as plain numbers', () => {
    const sept = rows.find((r) => r[3] === 'Uno' && r[4] === '2026-09')!;
    expect(sept.slice(6, 12)).toEqual(['90', 'proactiva', '30', '50', `${RULES_2025.id} ${RULES_2025.version}`, '']);
    const oct = rows.find((r) => r[3] === 'Uno' && r[4] === '2026-10')!;
    expect(oct[6]).toBe('');
    expect(oct.slice(-3)).toEqual(['6', '5', '83.3']);
  });

  it('names each audit’s rules and the rule change a variation crosses', () => {
    const legacy = entry('sitio-a', P1, '2024-12-10T10:00:00.000Z', 20, 'Uno | A', null);
    const [, ...crossed] = csvRows(panelCsv(buildPanel([A, B], [legacy, ...AUDITS], STATS, NO_FILTERS).pages, 'en'));
    const jan = crossed.find((r) => r[3] === 'Uno' && r[4] === '2026-01')!;
    expect(jan.slice(10, 12)).toEqual([`${RULES_2025.id} ${RULES_2025.version}`, `mx-lgtaip-2015 (before rule sets) → ${RULES_2025.id}`]);
    expect(crossed.find((r) => r[3] === 'Uno' && r[4] === '2024-12')![10]).toBe('mx-lgtaip-2015 (before rule sets)');
  });

  it('neutralises formulas and quotes per RFC 4180', () => {
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  });

  it('has English headers in English', () => {
    expect(csvRows(panelCsv([], 'en'))[0]!.slice(0, 3)).toEqual(['Public body', 'Site', 'Page']);
  });
});

describe('filters in the address', () => {
  it('round-trips and drops malformed dates', () => {
    const f = { site: 'sitio-a', page: P1, from: '2026-01-01', to: null };
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f);
    expect(filtersFromQuery('?from=ayer&to=2026-13')).toEqual({ ...NO_FILTERS, to: null, from: null });
    expect(filtersToQuery(NO_FILTERS)).toBe('');
  });
});
