import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueReport, INDICATORS, MAX_POINTS, catalogueCsv, catalogueTable, readCatalogue, scoreCatalogue, scoreDataset } from '../../../core/catalogue/index.js';
import { auditCatalogueInput } from '../../../core/node/catalogue-input.js';
import { parseCsv } from '../core/report-helpers.js';

const FIXTURES = resolve('tests/fixtures/catalogue');
const json = (name: string): unknown => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const indicator = (score: ReturnType<typeof scoreDataset>, id: string) => score.indicators.find((i) => i.id === id)!;

describe('catalogue metadata against the Mexican guide (MQA-style points)', () => {
  it('a DCAT data.json with missing mandatory fields: ranked, points per indicator, what to fill first', () => {
    const { format, datasets } = readCatalogue(json('data.json'));
    expect(format).toBe('dcat');
    expect(datasets).toHaveLength(3);
    const report = scoreCatalogue('data.json', format, datasets, { scoredAt: '2026-12-01T00:00:00.000Z' });
    CatalogueReport.parse(report);
    expect(report.datasets.map((d) => d.identifier)).toEqual(['sesa-solicitudes-2026', 'sesa-padron-proveedores', '']);
    const [best, middle, worst] = report.datasets;
    expect(best).toMatchObject({ points: MAX_POINTS, percent: 100, rating: 'excelente', mandatoryComplete: true, fillFirst: [] });
    expect(middle!.mandatoryComplete).toBe(false);
    // Missing mandatory fields come first, the ones worth most points before the others.
    expect(middle!.fillFirst.slice(0, 4)).toEqual(['landing-page', 'media-type', 'data-dictionary', 'modified']);
    expect(indicator(middle!, 'contact-point')).toMatchObject({ met: 'partly', points: 15, max: 30, found: 'Dirección de Adquisiciones' });
    expect(indicator(middle!, 'download-url')).toMatchObject({ met: 'partly', points: 15, found: '1/2 con downloadURL' });
    expect(indicator(middle!, 'description')).toMatchObject({ met: 'partly', points: 10 });
    expect(indicator(worst!, 'modified')).toMatchObject({ met: 'partly', found: 'marzo 2025' });
    expect(indicator(worst!, 'identifier').met).toBe('no');
    expect(worst!.rating).toBe('deficiente');
    // Across the catalogue: mandatory gaps first, most points lost first.
    expect(report.fillFirst[0]).toMatchObject({ id: 'download-url', mandatory: true, missing: 2 });
    expect(report.fillFirst.every((f, i, all) => i === 0 || !f.mandatory || all[i - 1]!.mandatory)).toBe(true);
    expect(best!.dimensions.findability).toEqual({ points: 110, max: 110 });
  });

  it('a CKAN package_show response', () => {
    const { format, datasets } = readCatalogue(json('ckan-package-show.json'));
    expect(format).toBe('ckan-package');
    const score = scoreDataset(datasets[0]!);
    expect(datasets[0]).toMatchObject({ identifier: '0b7c3f1e-6a1d-4c55-9d55-2b7d2f0c9a10', contactEmail: 'finanzas@example.gob.mx', accrualPeriodicity: 'R/P1M', publisher: 'Secretaría de Finanzas' });
    expect(indicator(score, 'licence')).toMatchObject({ met: 'yes', found: 'Creative Commons Attribution' });
    expect(indicator(score, 'modified').met).toBe('yes');
    expect(indicator(score, 'data-dictionary').met).toBe('no');
    expect(score.fillFirst[0]).toBe('data-dictionary');
    // The score names its publisher, so a catalogue spanning institutions can be read per institution.
    expect(score.publisher).toBe('Secretaría de Finanzas');
    expect(scoreDataset({ ...datasets[0]!, publisher: undefined }).publisher).toBeUndefined();
  });

  it('a CKAN package_search response ranks its results', () => {
    const { format, datasets } = readCatalogue(json('ckan-package-search.json'));
    expect(format).toBe('ckan-search');
    const report = scoreCatalogue('search', format, datasets);
    expect(report.datasets.map((d) => d.title)).toEqual(['Becas otorgadas', 'Obras públicas']);
    expect(report.datasets[1]!.percent).toBeLessThan(report.datasets[0]!.percent);
  });

  it('a dataset page with embedded JSON-LD (schema.org Dataset), broken scripts skipped', async () => {
    const report = await auditCatalogueInput(join(FIXTURES, 'dataset-page.html'), { maxBytes: 1_000_000, timeoutMs: 5_000 });
    expect(report.format).toBe('html');
    const [d] = report.datasets;
    expect(d!.title).toBe('Índice de calidad del aire');
    expect(indicator(d!, 'contact-point')).toMatchObject({ met: 'yes' });
    expect(indicator(d!, 'media-type').met).toBe('yes');
    expect(indicator(d!, 'accrual-periodicity').met).toBe('no');
  });

  it('refuses what is not a catalogue, with the shapes it expects', () => {
    expect(() => readCatalogue({ foo: 1 })).toThrow(/DCAT data.json/);
    expect(() => readCatalogue([{ a: 1 }])).toThrow(/not a catalogue/);
  });

  it('renders the ranking as a table and as CSV', () => {
    const { format, datasets } = readCatalogue(json('data.json'));
    const report = scoreCatalogue('data.json', format, datasets);
    const table = catalogueTable(report, 'es');
    expect(table).toMatch(/1\s+Solicitudes de información.*350\/350\s+100\s+excelente\s+completos/);
    expect(table).toContain('Qué llenar primero:');
    expect(table).toContain('URL de descarga directa (obligatorio): 2 conjuntos');
    const rows = parseCsv(catalogueCsv(report, 'en'));
    expect(rows[0]).toEqual(['rank', 'identifier', 'title', 'percent', 'rating', 'indicator', 'dimension', 'mandatory', 'points', 'max', 'met', 'found']);
    expect(rows).toHaveLength(1 + 3 * INDICATORS.length);
  });
});
