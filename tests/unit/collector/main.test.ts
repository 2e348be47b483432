/**
 * `npm run collector` as an operator meets it: a fresh folder, no sites file. It must create the
 * credentials file (private), say where it listens, where the data and the credentials are, accept
 * feedback with the generated key, and stop cleanly on SIGTERM.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SitesFile } from '../../../core/schemas/index.js';
import { spawnCollector } from './child-collector.js';
import { bearer, postFeedback, record } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'proactiva-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run collector', () => {
  it('creates credentials on first run, prints where everything is, serves, and stops on SIGTERM', { timeout: 60_000 }, async () => {
    const data = join(dir, 'datos');
    const collector = await spawnCollector(['--data', data]);
    try {
      const sitesPath = join(data, 'sites.json');
      const file = SitesFile.parse(JSON.parse(readFileSync(sitesPath, 'utf8')));
      expect(statSync(sitesPath).mode & 0o777).toBe(0o600);
      const out = collector.output();
      expect(out).toContain(`escuchando en ${collector.url}`);
      expect(out).toContain(join(data, 'proactiva.db'));
      expect(out).toContain(sitesPath);
      expect(out).toMatch(/Límites de solicitudes: \{"windowMs":60000/);

      const site = file.sites[0]!;
      const r = record({ site: site.id });
      expect((await postFeedback(collector.url, r, site.publicKey, site.origins[0])).status).toBe(201);
      const exported = await fetch(`${collector.url}/v1/export?format=json`, { headers: bearer(file.adminToken!) });
      expect(((await exported.json()) as { records: { id: string }[] }).records.map((x) => x.id)).toEqual([r.id]);
    } finally {
      collector.child.kill('SIGTERM');
    }
    expect(await collector.exited).toBe(0);

    // A second start reuses the file and the data.
    const again = await spawnCollector(['--data', data]);
    try {
      expect(again.output()).not.toContain('creado ahora');
    } finally {
      again.child.kill('SIGTERM');
    }
    expect(await again.exited).toBe(0);
  });
});
