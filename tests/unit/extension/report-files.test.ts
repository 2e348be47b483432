import { describe, expect, it } from 'vitest';
import { csvHeader, fromJson } from '../../../core/report/index.js';
import { batchCsvFile, reportFile } from '../../../extension/export/report-files.js';
import { answered, fixtureReport } from './sample-reports.js';

describe('report files', () => {
  const report = answered(fixtureReport('presupuesto-ciudadano', { url: 'https://finanzas.edomex.gob.mx/transparencia/presupuesto?x=1' }), 'parcial', 'revisado');

  it('exports JSON that reads back as the same report', () => {
    const file = reportFile(report, 'json', 'es-MX');
    expect(file.name).toBe('proactiva-finanzas-edomex-gob-mx-transparencia-presupuesto-2026-03-15-18-00.json');
    expect(fromJson(file.text)).toEqual(report);
  });

  it('exports CSV with a BOM for spreadsheets, the core header and one row per check', () => {
    const file = reportFile(report, 'csv', 'es-MX');
    expect(file.text.startsWith('\uFEFF')).toBe(true);
    const lines = file.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(csvHeader('es-MX'));
    expect(lines.length).toBeGreaterThan(1 + report.criteria.length);
  });

  it('exports the printable HTML report in the chosen language', () => {
    const html = reportFile(report, 'html', 'en').text;
    expect(html).toContain('Recommendations Document');
    expect(html).not.toMatch(/<script/i);
  });

  it('joins a batch into one CSV', () => {
    const other = fixtureReport('municipio-pdf-solo');
    const file = batchCsvFile([report, other], 'en', new Date('2026-03-16T09:30:00Z'));
    expect(file.name).toBe('proactiva-lote-2026-03-16-09-30.csv');
    expect(file.text.match(/\r\n/g)!.length).toBe(1 + report.criteria.flatMap((c) => c.checks).length + other.criteria.flatMap((c) => c.checks).length);
  });
});
