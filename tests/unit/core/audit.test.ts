import { describe, expect, it } from 'vitest';
import { audit, AuditInputError, AuditReport, rescore } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { NO_PARAMS } from '../../../core/checks/define.js';
import { rulesFor } from './test-rules.js';

const page = (html: string) => snapshotFromHtml(html, { url: 'https://www.gob.mx/x', fetchedAt: '2026-01-15T12:00:00.000Z' });

describe('audit', () => {
  it('returns a schema-valid report with ten criteria', () => {
    const report = audit(page('<!doctype html><html lang="es-MX"><head><title>T</title></head><body><p>Hola</p></body></html>'));
    expect(AuditReport.safeParse(report).success).toBe(true);
    expect(report.criteria).toHaveLength(10);
    expect(report.title).toBe('T');
  });

  it('throws a typed error for an invalid snapshot', () => {
    expect(() => audit({ url: 'not a url', fetchedAt: 'x', document: {} as Document })).toThrow(AuditInputError);
  });

  it('contains a throwing check in its result', () => {
    const boom = {
      meta: { ...findMeta() },
      params: NO_PARAMS,
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const report = audit(page('<html></html>'), { checks: [boom], rules: rulesFor([boom]) });
    const check = report.criteria.flatMap((c) => c.checks)[0]!;
    expect(check.status).toBe('needs-review');
    expect(check.error).toContain('boom');
  });

  it('rescore applies and withdraws answers', () => {
    const report = audit(page('<html><body></body></html>'));
    const lang = report.criteria.find((c) => c.id === 'accesible')!.checks.find((c) => c.id === 'html-lang')!;
    expect(lang.status).toBe('fail');
    const answered = rescore(report, { reviews: [{ checkId: 'html-lang', answer: 'si', answeredAt: '2026-01-15T12:00:00.000Z' }] });
    expect(answered.criteria.find((c) => c.id === 'accesible')!.checks.find((c) => c.id === 'html-lang')!.status).toBe('pass');
    const withdrawn = rescore(answered, { reviews: [] });
    expect(withdrawn.criteria.find((c) => c.id === 'accesible')!.checks.find((c) => c.id === 'html-lang')!.status).toBe('fail');
  });
});

function findMeta() {
  return {
    id: 'boom',
    criterion: 'accesible' as const,
    mode: 'auto' as const,
    title: { es: 't', en: 't' },
    failureTitle: { es: 't', en: 't' },
    description: { es: 't', en: 't' },
    help: { es: 't', en: 't' },
  };
}
