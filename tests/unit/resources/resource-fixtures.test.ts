/**
 * One fixture per resource finding (issue 13, "Done when"): each file in
 * tests/fixtures/resources/ is read by the real libraries and the finding is asserted on the
 * profile and on the check that scores it.
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuditReport, type CheckResult } from '../../../core/index.js';
import { DEFAULT_RESOURCE_LIMITS, profileResource } from '../../../core/node/resources/profile-resource.js';
import { auditResource } from '../../../core/resources/audit-resource.js';

const FIXTURES = resolve('tests/fixtures/resources');
const AUDITED_AT = '2026-12-01T00:00:00.000Z';

async function audited(name: string, limits = DEFAULT_RESOURCE_LIMITS) {
  const { profile } = await profileResource(join(FIXTURES, name), limits);
  const report = AuditReport.parse(auditResource(profile, { fetchedAt: AUDITED_AT }));
  const check = (id: string): CheckResult => {
    const found = report.criteria.flatMap((c) => c.checks).find((c) => c.id === id);
    if (!found) throw new Error(`no check ${id}`);
    return found;
  };
  const evidence = (id: string) => check(id).evidence.map((e) => `${e.label?.en}: ${e.value}`);
  return { profile, report, check, evidence };
}

describe('resource findings, one fixture each', () => {
  it('a CSV in Latin-1 with ";" as delimiter: not UTF-8, non-standard delimiter, still read right', async () => {
    const { profile, check, evidence } = await audited('latin1-semicolon.csv');
    expect(profile.kind).toBe('csv');
    expect(profile.encoding).toMatch(/ISO-8859-1|windows-1252/i);
    expect(profile.delimiter).toBe(';');
    expect(profile.table?.header).toEqual(['Entidad', 'Población', 'Fecha de corte']);
    expect(profile.table).toMatchObject({ rows: 4, columns: 3, headerRows: 1 });
    expect(check('text-utf8').status).toBe('fail');
    expect(evidence('text-utf8').join()).toMatch(/Encoding: (ISO-8859-1|windows-1252)/);
    expect(check('csv-standard-delimiter').status).toBe('partial');
    expect(profile.table?.dateColumns).toEqual([{ name: 'Fecha de corte', latest: '2026-09-30', share: 1 }]);
  });

  it('a CSV with two header rows: stacked header found and named by its parts', async () => {
    const { profile, check } = await audited('two-header-rows.csv');
    expect(profile.table?.headerRows).toBe(2);
    expect(profile.table?.header).toContain('Población 2024 / Mujeres');
    expect(profile.table?.rows).toBe(4);
    expect(check('table-single-header').status).toBe('partial');
    expect(check('text-utf8').status).toBe('pass');
  });

  it('an XLSX with merged header cells: merges counted, header flagged', async () => {
    const { profile, check, evidence } = await audited('merged-header.xlsx');
    expect(profile.kind).toBe('xlsx');
    expect(profile.table?.mergedHeaderCells).toBe(3);
    expect(profile.table?.dateColumns[0]).toMatchObject({ name: 'Fecha de corte', latest: '2026-09-30' });
    expect(check('table-single-header').status).toBe('partial');
    expect(evidence('table-single-header').join()).toContain('Merged header cells: 3');
    expect(check('resource-openness-stars').evidence[0]?.value).toBe(2);
  });

  it('an ODS with one header row reads as a 3-star table', async () => {
    const { profile, check } = await audited('simple.ods');
    expect(profile.kind).toBe('ods');
    expect(profile.table).toMatchObject({ rows: 3, columns: 4, headerRows: 1, mergedHeaderCells: 0 });
    expect(check('table-single-header').status).toBe('pass');
    expect(check('resource-openness-stars').evidence[0]?.value).toBe(3);
  });

  it('a JSON array of records: a table with its keys as columns and its latest date', async () => {
    const { profile, check } = await audited('records.json');
    expect(profile.structure).toBe('array of records');
    expect(profile.table).toMatchObject({ rows: 3, columns: 4, header: ['clave', 'programa', 'beneficiarios', 'fecha_actualizacion'] });
    expect(profile.table?.dateColumns[0]?.latest).toBe('2026-09-30');
    expect(check('resource-real-format').status).toBe('pass');
    expect(check('content-up-to-date').status).toBe('pass');
  });

  it('a broken JSON file: the parser error is the finding', async () => {
    const { profile, check } = await audited('broken.json');
    expect(profile.parseError).toMatch(/JSON/);
    expect(check('resource-real-format').status).toBe('fail');
    expect(check('resource-openness-stars').score).toBe(0);
  });

  it('an XML list of records: its repeated element becomes the rows', async () => {
    const { profile } = await audited('records.xml');
    expect(profile.structure).toContain('contratos.contrato[]');
    expect(profile.table).toMatchObject({ rows: 3, columns: 4 });
  });

  it('an image-only PDF: no text layer, not tagged', async () => {
    const { profile, check } = await audited('image-only.pdf');
    expect(profile.pdf).toMatchObject({ pages: 2, pagesRead: 2, pagesWithText: 0, tagged: false });
    expect(profile.pdf?.created).toBe('2026-10-01T12:00:00.000Z');
    expect(check('pdf-text-layer').status).toBe('fail');
    expect(check('pdf-tagged').status).toBe('fail');
  });

  it('a tagged PDF: text layer, structure tree, language and title', async () => {
    const { profile, report, check } = await audited('tagged.pdf');
    expect(profile.pdf).toMatchObject({ pages: 1, pagesWithText: 1, tagged: true, lang: 'es-MX' });
    expect(report.title).toBe('Informe trimestral de transparencia proactiva');
    expect(check('pdf-tagged').status).toBe('pass');
    expect(check('pdf-text-layer').status).toBe('pass');
  });

  it('a PDF with text but no tags fails only the tagging check', async () => {
    const { check } = await audited('untagged-text.pdf');
    expect(check('pdf-text-layer').status).toBe('pass');
    expect(check('pdf-tagged').status).toBe('fail');
  });

  it('an HTML page saved as .csv is not a CSV', async () => {
    const { profile, check, report } = await audited('html-served-as.csv');
    expect(profile).toMatchObject({ declared: 'csv', kind: 'html' });
    expect(check('resource-real-format').status).toBe('fail');
    expect(check('resource-real-format').detail?.en).toContain('serves an HTML page');
    expect(report.score).toBe(0);
  });

  it('a CSV with empty columns: ratio and names in the evidence', async () => {
    const { profile, check } = await audited('empty-columns.csv');
    expect(profile.table?.emptyColumns).toEqual(['observaciones', 'area']);
    expect(profile.table?.emptyCellRatio).toBe(0.55);
    expect(check('table-no-empty-cells').status).toBe('fail');
    expect(check('content-up-to-date').status).toBe('fail');
  });

  it('a TSV is read with the tab and a good CSV passes the table checks', async () => {
    const tsv = await audited('tabs.tsv');
    expect(tsv.profile).toMatchObject({ kind: 'tsv', delimiter: '\t' });
    const good = await audited('good.csv');
    for (const id of ['resource-real-format', 'table-no-empty-cells', 'table-consistent-rows', 'table-single-header', 'text-utf8', 'csv-standard-delimiter', 'content-up-to-date']) {
      expect(good.check(id).status, id).toBe('pass');
    }
    // Criteria a file cannot show (pertinente, localizable…) stay undecided.
    expect(good.report.criteria.find((c) => c.id === 'pertinente')?.score).toBeNull();
  });

  it('caps rows and bytes and says so in the report', async () => {
    const rows = await audited('good.csv', { ...DEFAULT_RESOURCE_LIMITS, maxRows: 2 });
    expect(rows.profile.table).toMatchObject({ rows: 2, rowCapped: true });
    expect(rows.report.truncation).toContain('rows: stopped at 2');
    const bytes = await audited('merged-header.xlsx', { ...DEFAULT_RESOURCE_LIMITS, maxBytes: 1_000 });
    expect(bytes.profile.bytesRead).toBe(1_000);
    expect(bytes.profile.parseError).toContain('cap');
    expect(bytes.report.truncated).toBe(true);
  });
});
