import { describe, expect, it } from 'vitest';
import { AuditInputError, AuditReport } from '../../../core/index.js';
import { fromJson, toJson } from '../../../core/report/index.js';
import { hostileReport, realReport } from './report-helpers.js';

describe('toJson / fromJson', () => {
  it('writes pretty, schema-valid JSON that reads back identically', () => {
    for (const report of [hostileReport(), realReport()]) {
      const text = toJson(report);
      expect(text.startsWith('{\n  "schemaVersion": 2')).toBe(true);
      expect(AuditReport.safeParse(JSON.parse(text)).success).toBe(true);
      expect(fromJson(text)).toEqual(report);
    }
  });

  it('refuses an invalid report with a typed error naming the field', () => {
    const bad = { ...realReport(), score: 140 };
    expect(() => toJson(bad)).toThrow(AuditInputError);
    try {
      fromJson(JSON.stringify(bad));
    } catch (error) {
      expect((error as AuditInputError).issues.join()).toContain('score');
    }
    expect(() => fromJson('{not json')).toThrow(/not valid JSON/);
  });
});
