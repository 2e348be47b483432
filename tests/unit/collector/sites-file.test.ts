import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSitesFile, readSitesFile, SitesFileError } from '../../../widgets/collector/index.js';

const dir = mkdtempSync(join(tmpdir(), 'proactiva-sites-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sites file', () => {
  it('creates a private starter file with fresh credentials, and never overwrites it', () => {
    const path = join(dir, 'nuevo', 'sites.json');
    const created = createSitesFile(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readSitesFile(path)).toEqual(created);
    const site = created.sites[0]!;
    expect(site.publicKey).toMatch(/^pk_[A-Za-z0-9_-]{24}$/);
    expect(site.token).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
    expect(created.adminToken).toMatch(/^at_[A-Za-z0-9_-]{43}$/);
    expect(createSitesFile(join(dir, 'otro.json')).sites[0]!.token).not.toBe(site.token);
    expect(() => createSitesFile(path)).toThrow(/EEXIST/);
    expect(JSON.parse(readFileSync(path, 'utf8')).sites[0].id).toBe('sitio-local');
  });

  it('removes control characters from site names (the text policy of the collector)', () => {
    const path = join(dir, 'controls.json');
    writeFileSync(path, JSON.stringify([{ id: 'educacion', name: 'Educación\u0000\u0007', origins: ['https://sep.gob.mx'], publicKey: `pk_${'c'.repeat(20)}`, token: `sk_${'d'.repeat(30)}` }]));
    expect(readSitesFile(path).sites[0]!.name).toBe('Educación');
  });

  it('accepts a bare array of sites', () => {
    const path = join(dir, 'array.json');
    writeFileSync(path, JSON.stringify([{ id: 'agua', name: 'Agua', origins: ['https://agua.gob.mx/'], publicKey: `pk_${'a'.repeat(20)}`, token: `sk_${'b'.repeat(30)}` }]));
    expect(readSitesFile(path)).toMatchObject({ dashboardOrigins: [], sites: [{ id: 'agua', origins: ['https://agua.gob.mx'] }] });
  });

  it('names the file and the field at fault', () => {
    const path = join(dir, 'malo.json');
    writeFileSync(path, JSON.stringify({ sites: [{ id: 'agua', name: 'Agua', origins: ['https://agua.gob.mx/ruta'], publicKey: 'pk_corta', token: `sk_${'b'.repeat(30)}` }] }));
    const error = (() => {
      try {
        readSitesFile(path);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(SitesFileError);
    expect(error!.message).toContain(path);
    expect(error!.message).toMatch(/sites\.0\.origins\.0/);
    expect(error!.message).toMatch(/sites\.0\.publicKey/);
    writeFileSync(path, '{ no json');
    expect(() => readSitesFile(path)).toThrow(/not valid JSON/);
    expect(() => readSitesFile(join(dir, 'no-existe.json'))).toThrow(/cannot read sites file/);
  });
});
