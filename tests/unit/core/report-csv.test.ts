import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toCsvMany } from '../../../core/report/index.js';
import { HOSTILE, hostileReport, parseCsv, realReport } from './report-helpers.js';

const FORMULA = /^[=+\-@\t\r]/;

describe('toCsv', () => {
  it('has one row per check with the documented columns, and parses back (RFC 4180)', () => {
    const report = hostileReport();
    const rows = parseCsv(toCsv(report));
    const checks = report.criteria.flatMap((c) => c.checks.map((check) => ({ c, check })));
    expect(rows[0]).toEqual([
      'url', 'id del criterio', 'criterio', 'id de la verificación', 'verificación', 'modo', 'estado',
      'calificación', 'peso', 'evidencia', 'recomendación',
    ]);
    expect(rows).toHaveLength(checks.length + 1);
    rows.slice(1).forEach((row, i) => {
      const { c, check } = checks[i]!;
      expect(row).toHaveLength(11);
      expect(row[0]).toBe(report.url);
      expect(row[1]).toBe(c.id);
      expect(row[3]).toBe(check.id);
      expect(row[6]).toBe(check.status);
      expect(row[7]).toBe(check.score === null ? '' : String(check.score));
      expect(row[10] !== '').toBe(check.status === 'fail' || check.status === 'partial');
    });
  });

  it('keeps hostile strings intact inside cells (commas, quotes, newlines)', () => {
    const rows = parseCsv(toCsv(hostileReport()));
    const evidence = rows.find((r) => r[3] === 'echo-hostile')![9]!;
    expect(evidence).toContain('comma, "quote" and newline'.replace(' newline', ' newline'));
    expect(evidence).toContain('<script>alert(1)</script>');
  });

  it('neutralises formula injection in every cell', () => {
    for (const row of parseCsv(toCsv(hostileReport())).slice(1)) {
      for (const cell of row) expect(FORMULA.test(cell), cell).toBe(false);
    }
    for (const h of HOSTILE) {
      const cell = csvCell(h);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(FORMULA.test(unquoted)).toBe(false);
      if (FORMULA.test(h)) expect(unquoted).toBe(`'${h}`);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(0.5)).toBe('0.5');
    expect(csvCell(null)).toBe('');
  });

  it('uses English headers and titles with locale en', () => {
    const rows = parseCsv(toCsv(hostileReport(), 'en'));
    expect(rows[0]![1]).toBe('criterion id');
    expect(rows.find((r) => r[3] === 'echo-title')![4]).toBe('Failure echo-title');
    expect(rows.find((r) => r[3] === 'plain-pass')![4]).toBe('Title plain-pass');
  });
});

describe('toCsvMany', () => {
  it('writes one header then the rows of every report', () => {
    const a = hostileReport();
    const b = realReport();
    const rows = parseCsv(toCsvMany([a, b]));
    const count = (r: typeof a) => r.criteria.reduce((n, c) => n + c.checks.length, 0);
    expect(rows).toHaveLength(1 + count(a) + count(b));
    expect(rows.filter((r) => r[0] === 'url')).toHaveLength(1);
    expect(rows.at(-1)![0]).toBe(b.url);
  });
});
