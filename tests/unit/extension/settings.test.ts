import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, profileOf, readSettings } from '../../../extension/settings/settings.js';
import { auditOptions, batchHeadChecks } from '../../../extension/ui/audit-options.js';

describe('settings', () => {
  it('defaults to es-MX, equal weights, HEAD checks on and bounded batches', () => {
    expect(DEFAULT_SETTINGS.locale).toBe('es-MX');
    expect(DEFAULT_SETTINGS.weights).toEqual({});
    expect(DEFAULT_SETTINGS.headChecks).toMatchObject({ enabled: true, concurrency: 4, timeoutMs: 5_000 });
    expect(DEFAULT_SETTINGS.batch).toMatchObject({ maxPages: 25, maxDepth: 2, concurrency: 2 });
    expect(DEFAULT_SETTINGS.collector).toEqual({ url: '', site: '', token: '', auditorToken: '' });
    expect(profileOf(DEFAULT_SETTINGS).id).toBe('decalogo-default');
  });

  it('keeps every valid section of damaged settings and defaults the rest', () => {
    const read = readSettings({ locale: 'en', batch: { maxPages: 10_000 }, collector: { url: 'javascript:alert(1)' }, weights: { accesible: 3 } });
    expect(read.locale).toBe('en');
    expect(read.weights).toEqual({ accesible: 3 });
    expect(read.batch).toEqual(DEFAULT_SETTINGS.batch);
    expect(read.collector).toEqual(DEFAULT_SETTINGS.collector);
    expect(readSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(readSettings('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps an auditor token only in its au_ form; settings saved before it existed read as empty', () => {
    const token = `au_${'x'.repeat(43)}`;
    expect(readSettings({ collector: { url: 'http://127.0.0.1:8787', auditorToken: token } }).collector).toEqual({ url: 'http://127.0.0.1:8787', site: '', token: '', auditorToken: token });
    expect(readSettings({ collector: { url: 'http://127.0.0.1:8787', site: 'agua', token: 'sk_x' } }).collector.auditorToken).toBe('');
    expect(readSettings({ collector: { url: 'http://127.0.0.1:8787', auditorToken: 'sk_no-es-de-auditor-000000000' } }).collector).toEqual(DEFAULT_SETTINGS.collector);
  });

  it('turns custom weights into a named profile', () => {
    const profile = profileOf(readSettings({ weights: { accesible: 3, reutilizable: 0 } }));
    expect(profile.id).toBe('proactiva-extension-custom');
    expect(profile.weights).toEqual({ accesible: 3, reutilizable: 0 });
  });

  it('leaves «Inspeccionar descargas» off by default; settings saved before it existed read as off', () => {
    expect(DEFAULT_SETTINGS.headChecks.inspect).toBe(false);
    expect(readSettings({ headChecks: { enabled: true, concurrency: 2, timeoutMs: 3_000, maxResources: 10 } }).headChecks).toEqual({ enabled: true, concurrency: 2, timeoutMs: 3_000, maxResources: 10, inspect: false });
    expect(readSettings({ headChecks: { ...DEFAULT_SETTINGS.headChecks, inspect: 'yes' } }).headChecks).toEqual(DEFAULT_SETTINGS.headChecks);
  });

  it('turns the download step on when inspection is on, even with HEAD checks off; a batch may choose its own', () => {
    const off = readSettings({ headChecks: { enabled: false } });
    expect(auditOptions(off).headChecks).toBeNull();
    expect(auditOptions(readSettings({ headChecks: { enabled: false, inspect: true, concurrency: 2 } })).headChecks).toMatchObject({ enabled: true, inspect: true, concurrency: 2 });
    expect(batchHeadChecks(null, false)).toBeNull();
    expect(batchHeadChecks(null, true)).toMatchObject({ enabled: true, inspect: true, concurrency: 4 });
    expect(batchHeadChecks(auditOptions(DEFAULT_SETTINGS).headChecks, true)).toMatchObject({ enabled: true, inspect: true });
  });
});
