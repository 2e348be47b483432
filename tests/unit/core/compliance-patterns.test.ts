/**
 * Compliance-only pages (issue: calibration, item 4): each fixture, modelled on a real pattern and
 * written here, must land in the lowest band, name its pattern and tell the sujeto obligado what to do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';

const dir = join(import.meta.dirname, '../../fixtures/compliance');

const CASES: [file: string, pattern: string | null][] = [
  ['transcripcion-articulo-70.html', 'law-transcription'],
  ['indice-de-fracciones.html', 'fracciones-index'],
  ['listado-de-carpeta.html', 'file-listing'],
  ['no-hay-informacion.html', 'no-information'],
  ['estados-financieros-trimestrales.html', 'statements-list'],
  ['tabla-llenada-con-javascript.html', null],
];

function auditFixture(file: string) {
  const html = readFileSync(join(dir, file), 'utf8');
  return audit(snapshotFromHtml(html, { url: 'https://www.sanandres.gob.mx/transparencia/pagina', fetchedAt: '2025-06-15T12:00:00.000Z' }));
}

describe.each(CASES)('compliance-only page %s', (file, pattern) => {
  const report = auditFixture(file);
  const checks = report.criteria.flatMap((c) => c.checks);
  const beyond = checks.find((c) => c.id === 'beyond-compliance')!;

  it('lands in the lowest band (insuficiente)', () => {
    expect(report.band).toBe('insuficiente');
    expect(report.score!).toBeLessThan(50);
  });

  it('fails "beyond compliance" naming what it found', () => {
    expect(beyond.status).toBe('fail');
    if (pattern) expect(beyond.evidence.some((e) => e.label?.en === `Compliance pattern: ${pattern}`)).toBe(true);
    expect(beyond.detail?.es.length ?? 0).toBeGreaterThan(40);
  });

  it('tells the sujeto obligado to write useful information, with the points it gains', () => {
    const priorities = report.recommendations.map((r) => r.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    const rec = report.recommendations.find((r) => r.checkId === 'beyond-compliance')!;
    expect(rec.what.es).toMatch(/información útil/);
    expect(rec.gain).toBeGreaterThan(0);
  });

  it('does not count the site menu and footer downloads as the page’s data', () => {
    const machineReadable = checks.find((c) => c.id === 'machine-readable-download')!;
    expect(machineReadable.status).not.toBe('pass');
  });
});

describe('a table filled by JavaScript', () => {
  const report = auditFixture('tabla-llenada-con-javascript.html');
  const noEmpty = report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'no-empty-sections')!;

  it('is not judged empty; the report says the served HTML could not show it', () => {
    expect(noEmpty.evidence.some((e) => e.label?.en === 'Table filled by JavaScript (empty in the served HTML)')).toBe(true);
    expect(noEmpty.evidence.some((e) => e.label?.en === 'Empty table')).toBe(false);
    expect(report.truncation.some((t) => t.startsWith('script:'))).toBe(true);
    expect(`${noEmpty.detail?.es}`).toMatch(/JavaScript/);
  });
});
