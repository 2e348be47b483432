import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { toCsv, toHtml, toJson } from '../../../core/report/index.js';
import { fcRuns, hostileHtml, pageUrl } from './hostile-html.js';

const RUNS = fcRuns(300);

describe('audit() on malformed and hostile HTML (fast-check)', () => {
  it(`never throws and returns a schema-valid report (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(hostileHtml, pageUrl, fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), (html, url, date) => {
        const snapshot = snapshotFromHtml(html, { url, fetchedAt: date.toISOString(), maxBytes: 2_000_000 });
        const report = audit(snapshot, { budget: { maxMs: 2_000 } });
        const parsed = AuditReport.safeParse(report);
        if (!parsed.success) throw new Error(parsed.error.message);
        expect(report.criteria).toHaveLength(10);
        // Renderers accept whatever the audit produced.
        expect(toJson(report).length).toBeGreaterThan(0);
        expect(toCsv(report).endsWith('\r\n')).toBe(true);
        expect(toHtml(report)).not.toMatch(/<script/i);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`no check errors out on hostile input (${RUNS} runs): a contained error is still a check bug`, () => {
    fc.assert(
      fc.property(hostileHtml, pageUrl, (html, url) => {
        const report = audit(snapshotFromHtml(html, { url, fetchedAt: '2026-03-15T18:00:00.000Z', maxBytes: 2_000_000 }), { budget: { maxMs: 60_000 } });
        const errors = report.criteria.flatMap((c) => c.checks).filter((c) => c.error).map((c) => `${c.id}: ${c.error}`);
        expect(errors).toEqual([]);
      }),
      {
        numRuns: RUNS,
        // Shapes fast-check found before, kept so every run tries them.
        examples: [
          [`<html lang="${'x'.repeat(600)}"><body><p>hola</p></body></html>`, 'https://www.gob.mx/a'],
          [`<html lang="es"><body><p id="${'y'.repeat(3_000)}" class="${'z '.repeat(1_000)}">hola</p></body></html>`, 'https://www.gob.mx/b'],
        ],
      },
    );
  }, 600_000);

  it('the generator really produces the hostile shapes it claims', () => {
    const sample = fc.sample(hostileHtml, { numRuns: 400, seed: 42 });
    expect(sample.some((h) => h.includes('<script'))).toBe(true);
    expect(sample.some((h) => h.length > 20_000)).toBe(true);
    expect(sample.some((h) => /\uFFFD|[\u0080-\u00FF]/.test(h))).toBe(true);
    expect(sample.some((h) => h === '')).toBe(true);
  });
});
