import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, profileOf, readSettings } from '../../../extension/settings/settings.js';

describe('settings', () => {
  it('defaults to es-MX, equal weights, HEAD checks on and bounded batches', () => {
    expect(DEFAULT_SETTINGS.locale).toBe('es-MX');
    expect(DEFAULT_SETTINGS.weights).toEqual({});
    expect(DEFAULT_SETTINGS.headChecks).toMatchObject({ enabled: true, concurrency: 4, timeoutMs: 5_000 });
    expect(DEFAULT_SETTINGS.batch).toMatchObject({ maxPages: 25, maxDepth: 2, concurrency: 2 });
    expect(DEFAULT_SETTINGS.collector).toEqual({ url: '', site: '', token: '' });
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

  it('turns custom weights into a named profile', () => {
    const profile = profileOf(readSettings({ weights: { accesible: 3, reutilizable: 0 } }));
    expect(profile.id).toBe('proactiva-extension-custom');
    expect(profile.weights).toEqual({ accesible: 3, reutilizable: 0 });
  });
});
