import { describe, expect, it } from 'vitest';
import { audit, AuditInputError } from '../../../core/index.js';
import { parseCli, UsageError } from '../../../core/node/cli-args.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { fromJson } from '../../../core/report/index.js';

const page = `<!doctype html><html lang="es"><head><title>Tarifas de agua potable 2019</title></head><body><main>
<h1>Tarifas de agua potable 2019</h1><p>Fecha de actualización: 15 de marzo de 2019</p><p>Periodicidad: trimestral</p></main></body></html>`;

const snapshot = () => snapshotFromHtml(page, { url: 'https://www.agua.gob.mx/tarifas', fetchedAt: '2026-12-02T12:00:00.000Z' });
const updateAge = (asOf?: string) =>
  audit(snapshot(), asOf ? { asOf } : {}).criteria.flatMap((c) => c.checks).find((c) => c.id === 'update-age')!;

describe('verification date (asOf)', () => {
  it('judges freshness as of the verification date, not the day the page was read', () => {
    expect(updateAge().status).toBe('fail');
    expect(updateAge('2019-04-30').status).toBe('pass');
  });

  it('records the verification date in the report, today by default', () => {
    expect(audit(snapshot(), { asOf: '2019-04-30' }).asOf).toBe('2019-04-30');
    expect(audit(snapshot()).asOf).toBe('2026-12-02');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => audit(snapshot(), { asOf: '30/04/2019' })).toThrow(AuditInputError);
    expect(() => audit(snapshot(), { asOf: '2019-02-30' })).toThrow(AuditInputError);
  });

  it('is the CLI option --as-of, validated', () => {
    expect(parseCli(['audit', 'a.html', '--as-of', '2019-04-30']).asOf).toBe('2019-04-30');
    expect(() => parseCli(['audit', 'a.html', '--as-of', 'ayer'])).toThrow(UsageError);
  });

  it('keeps reports made before it existed loadable', () => {
    const { asOf: _asOf, ...old } = audit(snapshot());
    expect(fromJson(JSON.stringify(old)).asOf).toBeUndefined();
  });
});
