import { describe, expect, it } from 'vitest';
import { cellDate, countHeaderRows, createTableProfiler, declaredKind, sniffKind } from '../../../core/resources/index.js';

const profile = (rows: string[][], maxRows = 1_000) => {
  const p = createTableProfiler({ maxRows });
  for (const row of rows) if (!p.push(row)) break;
  return p.result();
};

describe('table profiler', () => {
  it('reads ISO, day-first and year-first dates and rejects impossible ones', () => {
    expect(cellDate('2026-09-30')).toBe('2026-09-30');
    expect(cellDate('30/09/2026')).toBe('2026-09-30');
    expect(cellDate('2026/9/3')).toBe('2026-09-03');
    expect(cellDate('2026-09')).toBe('2026-09-01');
    expect(cellDate('31/02/2026')).toBeNull();
    expect(cellDate('12345678')).toBeNull();
  });

  it('finds one header, none, or a stacked header', () => {
    expect(countHeaderRows([['a', 'b'], ['x', '1'], ['y', '2']])).toBe(1);
    expect(countHeaderRows([['x', '1'], ['y', '2'], ['z', '3']])).toBe(0);
    expect(countHeaderRows([['Grupo', '', 'Otro', ''], ['a', 'b', 'c', 'd'], ['1', '2', '3', '4'], ['5', '6', '7', '8']])).toBe(2);
    // Text-only data: a row with gaps over a full row is a group header.
    expect(countHeaderRows([['Zona', ''], ['estado', 'municipio'], ['Jalisco', 'Zapopan'], ['Sonora', 'Nogales']])).toBe(2);
  });

  it('counts empty cells, empty columns, ragged rows and the latest date', () => {
    const t = profile([
      ['folio', 'fecha', 'nota'],
      ['1', '2024-01-02', ''],
      ['2', '2025-06-30', ''],
      ['3', ''],
    ]);
    expect(t).toMatchObject({ rows: 3, columns: 3, headerRows: 1, emptyColumns: ['nota'], ragged: 1 });
    expect(t.emptyCellRatio).toBeCloseTo(4 / 9, 3);
    expect(t.dateColumns).toEqual([{ name: 'fecha', latest: '2025-06-30', share: 1 }]);
  });

  it('stops at the row cap past the look-ahead too, with bounded state', () => {
    const rows = [['n', 'v'], ...Array.from({ length: 10_000 }, (_, i) => [String(i), String(i * 2)])];
    const t = profile(rows, 500);
    expect(t).toMatchObject({ rows: 500, rowCapped: true });
    expect(profile(rows.slice(0, 11), 10)).toMatchObject({ rows: 10, rowCapped: false });
  });
});

describe('sniffing what a file really is', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('trusts bytes over names', () => {
    expect(sniffKind(bytes('%PDF-1.7\n'), 'csv')).toBe('pdf');
    expect(sniffKind(bytes('  <!DOCTYPE html><html>'), 'csv')).toBe('html');
    expect(sniffKind(bytes('[{"a":1}]'), 'unknown')).toBe('json');
    expect(sniffKind(bytes('<?xml version="1.0"?><a/>'), 'unknown')).toBe('xml');
    expect(sniffKind(bytes('a,b\n1,2'), 'csv')).toBe('csv');
    expect(declaredKind('https://x.gob.mx/datos.XLSX?v=2')).toBe('xlsx');
    expect(declaredKind('descarga', 'text/csv; charset=utf-8')).toBe('csv');
  });
});

describe('auditResource boundaries', () => {
  it('refuses an invalid profile and contains a throwing check', async () => {
    const { AuditInputError } = await import('../../../core/index.js');
    const { auditResource, RESOURCE_CHECKS } = await import('../../../core/resources/index.js');
    expect(() => auditResource({ url: 'x', name: 'x', declared: 'csv', kind: 'nope' as 'csv', bytesRead: 0 })).toThrow(AuditInputError);
    const boom = { meta: RESOURCE_CHECKS[0]!.meta, params: RESOURCE_CHECKS[0]!.params, evaluate: () => { throw new Error('boom'); } };
    const report = auditResource({ url: 'file:///x.csv', name: 'x.csv', declared: 'csv', kind: 'csv', bytesRead: 0 }, { checks: [boom], fetchedAt: '2026-12-01T00:00:00.000Z' });
    const result = report.criteria.flatMap((c) => c.checks)[0]!;
    expect(result).toMatchObject({ status: 'needs-review', score: null, error: 'Error: boom' });
  });
});

describe('verification date', () => {
  it('judges content dates as of --as-of and records it', async () => {
    const { auditResource } = await import('../../../core/resources/index.js');
    const { AuditInputError } = await import('../../../core/index.js');
    const profile = {
      url: 'file:///x.csv', name: 'x.csv', declared: 'csv' as const, kind: 'csv' as const, bytesRead: 10,
      table: { rows: 1, columns: 1, header: ['fecha'], headerRows: 1, emptyCellRatio: 0, emptyColumns: [], ragged: 0, dateColumns: [{ name: 'fecha', latest: '2026-01-31', share: 1 }] },
    };
    const status = (asOf?: string) => {
      const report = auditResource(profile, { fetchedAt: '2026-12-01T00:00:00.000Z', ...(asOf ? { asOf } : {}) });
      return [report.asOf, report.criteria.flatMap((c) => c.checks).find((c) => c.id === 'content-up-to-date')!.status];
    };
    expect(status()).toEqual(['2026-12-01', 'partial']);
    expect(status('2026-03-01')).toEqual(['2026-03-01', 'pass']);
    expect(() => auditResource(profile, { asOf: '1 de marzo' })).toThrow(AuditInputError);
  });

  it('a CSV leaves the PDF-only criterion undecided (unmeasured), not scored 0 by the evidence floor', async () => {
    const { auditResource } = await import('../../../core/resources/index.js');
    const report = auditResource({ url: 'file:///x.csv', name: 'x.csv', declared: 'csv', kind: 'csv', bytesRead: 10, encoding: 'UTF-8', delimiter: ',', table: { rows: 3, columns: 2, header: ['a', 'b'], headerRows: 1, emptyCellRatio: 0, emptyColumns: [], ragged: 0, dateColumns: [] } }, { fetchedAt: '2026-12-01T00:00:00.000Z' });
    expect(report.criteria.find((c) => c.id === 'accesible')!.score).toBeNull();
    expect(report.criteria.find((c) => c.id === 'reutilizable')!.score).toBe(100);
  });
});
