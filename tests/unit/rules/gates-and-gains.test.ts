import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, CRITERIA, rescore, type AuditReport, type Check } from '../../../core/index.js';
import { defineCheck, fail, pass } from '../../../core/checks/define.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { fixturePages } from '../core/page-expectation.js';
import { rulesFor } from '../core/test-rules.js';

const meta = (id: string, criterion: Check['meta']['criterion']) => ({
  id,
  criterion,
  mode: 'auto' as const,
  title: { es: `Título ${id}`, en: `Title ${id}` },
  failureTitle: { es: `Falla ${id}`, en: `Failure ${id}` },
  description: { es: 'Descripción', en: 'Description' },
  help: { es: 'Ayuda', en: 'Help' },
});

/** One passing check per criterion, plus a light check that fails in "reutilizable". */
const PASSING = CRITERIA.map((c) => defineCheck(meta(`ok-${c.id}`, c.id), () => pass()));
const WALL = defineCheck(meta('wall', 'reutilizable'), () => fail());
const CHECKS = [...PASSING, WALL];
const PAGE = snapshotFromHtml('<!doctype html><html lang="es"><head><title>t</title></head><body><p>x</p></body></html>', {
  url: 'https://www.gob.mx/x',
  fetchedAt: '2026-06-15T12:00:00.000Z',
});

describe('essential gates', () => {
  it('hold a page that would be proactiva just below the top band while an essential check fails', () => {
    const plain = audit(PAGE, { checks: CHECKS, rules: rulesFor(CHECKS, { wall: { weight: 0.1 } }) });
    expect(plain.band).toBe('proactiva');
    expect(plain.gate).toEqual({ failing: [], heldBack: false });

    const gated = audit(PAGE, { checks: CHECKS, rules: rulesFor(CHECKS, { wall: { weight: 0.1, essential: true } }) });
    expect(gated.score).toBe(89.9);
    expect(gated.band).toBe('en-desarrollo');
    expect(gated.gate).toEqual({ failing: ['wall'], heldBack: true, uncappedScore: plain.score });
    // Fixing the essential check lifts the gate: from 89.9 to 100 (every check then passes).
    expect(gated.recommendations[0]).toMatchObject({ checkId: 'wall', gain: 10.1 });
  });

  it('lift when the auditor confirms the essential check passes', () => {
    const gated = audit(PAGE, { checks: CHECKS, rules: rulesFor(CHECKS, { wall: { weight: 0.1, essential: true } }) });
    const answered = rescore(gated, { reviews: [{ checkId: 'wall', answer: 'si', answeredAt: '2026-06-16T00:00:00.000Z' }] });
    expect(answered.score).toBe(100);
    expect(answered.gate).toEqual({ failing: [], heldBack: false });
  });

  it('list failing essential checks even when they do not change the band', () => {
    const LOW = [...CRITERIA.map((c) => defineCheck(meta(`ko-${c.id}`, c.id), () => fail())), WALL];
    const report = audit(PAGE, { checks: LOW, rules: rulesFor(LOW, { wall: { essential: true } }) });
    expect(report.gate).toEqual({ failing: ['wall'], heldBack: false });
  });
});

const answerYes = (report: AuditReport, checkId: string) =>
  rescore(report, { reviews: [{ checkId, answer: 'si', answeredAt: '2026-06-16T00:00:00.000Z' }] });

describe('recommendations ranked by gain', () => {
  const reports = fixturePages()
    .slice(0, 8)
    .flatMap((page) =>
      (['mx-lgtaip-2015', 'mx-cdmx-2025'] as const).map(
        (rules) => [`${page.name} (${rules})`, audit(snapshotFromHtml(page.html, { url: page.expected.url, fetchedAt: page.expected.fetchedAt }), { rules })] as const,
      ),
    );

  it.each(reports)('%s: each gain equals the re-scored difference when that check passes', (_name, report) => {
    expect(report.recommendations.length).toBeGreaterThan(0);
    for (const rec of report.recommendations) {
      const after = answerYes(report, rec.checkId);
      expect(rec.gain, rec.checkId).toBe(Math.round(((after.score ?? 0) - (report.score ?? 0)) * 10) / 10);
    }
  });

  it.each(reports)('%s: sorted by gain per effort', (_name, report) => {
    const cost = { baja: 1, media: 2, alta: 3 } as const;
    for (const rec of report.recommendations) expect(rec.priority).toBeCloseTo(rec.gain! / cost[rec.effort!], 3);
    const priorities = report.recommendations.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });
});

describe('check modules hold logic only', () => {
  const root = join(import.meta.dirname, '../../../core');
  const files = ['checks', 'resources/checks', 'resources/page-checks'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join(root, dir, f)),
  );

  it.each(files.map((f) => [f.slice(root.length + 1), f]))('%s has no legal citation and no weight', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/\bweight\s*:/);
    expect(source).not.toMatch(/LGTAIP|LTAIP|\bDOF\b|Lineamientos|\barts?\.\s*\d|\bfr\.\s*[IVXL]/);
    expect(source).not.toMatch(/recommendation\s*:/);
  });
});

describe('the Documento de Recomendaciones', () => {
  it('names its rules, says which gate held the page back and lists fixes by gain per effort', async () => {
    const { toHtml } = await import('../../../core/report/index.js');
    const { parseHTML } = await import('linkedom');
    const gated = audit(PAGE, { checks: CHECKS, rules: rulesFor(CHECKS, { wall: { weight: 0.1, essential: true, effort: 'alta' } }) });
    const doc = parseHTML(toHtml(gated)).document;
    const text = doc.body.textContent!.replace(/\s+/g, ' ');
    expect(text).toMatch(/Conjunto de reglas ?Reglas de prueba — reglas-de-prueba 1\.0\.0 \(sha256 [0-9a-f]{12}\)/);
    expect(text).toContain('Puerta esencial');
    expect(text).toMatch(/Sin ella tendría \d+(\.\d)?\./);
    expect(text).toContain('Falla wall');
    expect(text).toMatch(/Suma 10\.1 puntos · Esfuerzo: alto/);
    const real = audit(snapshotFromHtml(fixturePages()[0]!.html, { url: 'https://www.gob.mx/x', fetchedAt: '2026-06-15T12:00:00.000Z' }));
    const items = [...parseHTML(toHtml(real, { locale: 'en' })).document.querySelectorAll('ol.recommendations > li')];
    const order = items.map((li) => li.querySelector('h4')!.textContent!.replace(/ Essential$/, '').trim());
    const expected = real.recommendations.map((r) => r.title.en);
    expect(order).toEqual(expected);
    expect(items[0]!.textContent).toMatch(/Adds \d+(\.\d)? points · Effort: (low|medium|high)/);
  });
});
