/**
 * `npm run collector` as an operator meets it: a fresh folder, no sites file. It must create the
 * credentials file (private), say where it listens, where the data and the credentials are, accept
 * feedback with the generated key, and stop cleanly on SIGTERM.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { promisify } from 'node:util';
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

  it('issues a named auditor token into the sites file, which the next start accepts; once removed, the next start refuses it', { timeout: 60_000 }, async () => {
    const data = join(dir, 'auditores');
    const first = await spawnCollector(['--data', data]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const run = (name: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'widgets/collector/main.ts', '--data', data, '--add-auditor', 'ana-lopez', '--auditor-name', name], {
        cwd: join(import.meta.dirname, '../../..'),
        env: { PATH: process.env.PATH ?? '' },
      });
    await run('Ana López');
    // Issued again (a lost token): the new token replaces the old one.
    const { stdout } = await run('Ana López Pérez');
    const token = /Token: (au_\S+)/.exec(stdout)?.[1];
    expect(token).toBeDefined();
    const sitesPath = join(data, 'sites.json');
    expect(statSync(sitesPath).mode & 0o777).toBe(0o600);
    const file = SitesFile.parse(JSON.parse(readFileSync(sitesPath, 'utf8')));
    expect(file.auditors).toEqual([{ id: 'ana-lopez', name: 'Ana López Pérez', token }]);
    expect(file.sites).toHaveLength(1);

    const collector = await spawnCollector(['--data', data]);
    try {
      expect(collector.output()).toContain('Auditores (cola de verificación): ana-lopez');
      const me = await fetch(`${collector.url}/v1/auditors/me`, { headers: bearer(token!) });
      expect(me.status).toBe(200);
      expect(((await me.json()) as { auditor: unknown }).auditor).toEqual({ id: 'ana-lopez', name: 'Ana López Pérez' });
    } finally {
      collector.child.kill('SIGTERM');
    }
    expect(await collector.exited).toBe(0);

    // Removed: the sites file forgets the auditor and the next start refuses the token.
    const remove = (id: string) =>
      promisify(execFile)(process.execPath, ['--import', 'tsx', 'widgets/collector/main.ts', '--data', data, '--remove-auditor', id], {
        cwd: join(import.meta.dirname, '../../..'),
        env: { PATH: process.env.PATH ?? '' },
      });
    expect((await remove('ana-lopez')).stdout).toContain('quitado(a)');
    await expect(remove('ana-lopez')).rejects.toMatchObject({ code: 1 });
    expect(SitesFile.parse(JSON.parse(readFileSync(sitesPath, 'utf8'))).auditors).toEqual([]);
    const after = await spawnCollector(['--data', data]);
    try {
      expect((await fetch(`${after.url}/v1/auditors/me`, { headers: bearer(token!) })).status).toBe(401);
    } finally {
      after.child.kill('SIGTERM');
    }
    expect(await after.exited).toBe(0);
  });
});
