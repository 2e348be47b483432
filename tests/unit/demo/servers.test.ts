import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, type AuditReport } from '../../../core/index.js';
import { snapshotFromHtml } from '../../../core/node/snapshot.js';
import { isFresh, newestSource, type BuildStep } from '../../../demo/build.js';
import { readConfig, ConfigError } from '../../../demo/config.js';
import { createDashboardServer } from '../../../demo/server/dashboard-server.js';
import { closeServer, listenWithFallback } from '../../../demo/server/listen.js';
import { createPortalServer, portalFile, withCollector } from '../../../demo/server/portal-server.js';
import { resolveInside } from '../../../demo/server/static-files.js';

const portalDir = join(import.meta.dirname, '../../../demo/portal');
const tmp = mkdtempSync(join(tmpdir(), 'proactiva-servers-'));
const report: AuditReport = audit(snapshotFromHtml('<html lang="es"><head><title>Prueba</title></head><body><h1>Prueba</h1></body></html>', { url: 'https://agua.valleesmeralda.gob.mx/tarifas' }));

let portal: Server;
let dashboard: Server;
let portalUrl = '';
let dashboardUrl = '';

beforeAll(async () => {
  mkdirSync(join(tmp, 'widgets'));
  writeFileSync(join(tmp, 'widgets/proactiva-widgets.js'), 'export {};');
  mkdirSync(join(tmp, 'dist/assets'), { recursive: true });
  writeFileSync(join(tmp, 'dist/index.html'), '<!DOCTYPE html><title>tablero</title>');
  writeFileSync(join(tmp, 'dist/assets/app.js'), 'console.log(1)');
  portal = createPortalServer({
    portalDir,
    widgetsDir: join(tmp, 'widgets'),
    collectorUrl: () => 'http://127.0.0.1:9999',
    latestReport: async (folder, slug) => (folder === 'agua' && slug === 'tarifas' ? report : null),
  });
  dashboard = createDashboardServer({ distDir: join(tmp, 'dist'), collectorUrl: () => 'http://127.0.0.1:9999', pageLinks: () => ({ a: 'b' }) });
  portalUrl = (await listenWithFallback(portal, '127.0.0.1', 0)).url;
  dashboardUrl = (await listenWithFallback(dashboard, '127.0.0.1', 0)).url;
});

afterAll(async () => {
  await closeServer(portal);
  await closeServer(dashboard);
  rmSync(tmp, { recursive: true, force: true });
});

describe('portal server', () => {
  it('serves clean URLs with the widgets pointed at the running collector', async () => {
    const res = await fetch(`${portalUrl}/agua/tarifas`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('endpoint="http://127.0.0.1:9999"');
    expect(html).not.toContain('endpoint="http://127.0.0.1:8787"');
    expect((await fetch(`${portalUrl}/agua`, { redirect: 'manual' })).headers.get('location')).toBe('/agua/');
    expect((await fetch(`${portalUrl}/agua/`)).status).toBe(200);
    expect((await fetch(`${portalUrl}/widgets/proactiva-widgets.js`)).headers.get('content-type')).toContain('javascript');
  });

  it('serves the latest audit as JSON and as the Documento de Recomendaciones, 404 without one', async () => {
    const json = (await (await fetch(`${portalUrl}/agua/reportes/tarifas.json`)).json()) as AuditReport;
    expect(json.url).toBe(report.url);
    const doc = await fetch(`${portalUrl}/agua/reportes/tarifas.html`);
    expect(doc.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await doc.text()).toContain('Documento de Recomendaciones');
    expect((await fetch(`${portalUrl}/agua/reportes/pipas.json`)).status).toBe(404);
  });

  it('never serves files outside its folders and only answers GET and HEAD', async () => {
    expect((await fetch(`${portalUrl}/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${portalUrl}/widgets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${portalUrl}/agua/tarifas`, { method: 'POST' })).status).toBe(405);
    expect(resolveInside('/srv/portal', '/../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/portal', '/%2e%2e/etc')).toBeNull();
    expect(resolveInside('/srv/portal', '/agua/x.csv')).toBe('/srv/portal/agua/x.csv');
  });

  it('maps paths and rewrites only the documented default collector', () => {
    expect(portalFile('/agua/')).toBe('/agua/index.html');
    expect(portalFile('/agua/tarifas')).toBe('/agua/tarifas.html');
    expect(portalFile('/agua/datos/x.csv')).toBe('/agua/datos/x.csv');
    expect(withCollector('endpoint="http://127.0.0.1:8787"', 'http://127.0.0.1:8787')).toBe('endpoint="http://127.0.0.1:8787"');
  });
});

describe('dashboard server', () => {
  it('serves config.json, assets, and index.html for app routes with a strict CSP', async () => {
    expect(await (await fetch(`${dashboardUrl}/config.json`)).json()).toEqual({ collector: 'http://127.0.0.1:9999', pageLinks: { a: 'b' } });
    const index = await fetch(`${dashboardUrl}/?site=x`);
    expect(index.headers.get('content-security-policy')).toContain('connect-src \'self\' http://127.0.0.1:9999');
    expect(await index.text()).toContain('tablero');
    expect((await fetch(`${dashboardUrl}/assets/app.js`)).status).toBe(200);
    expect((await fetch(`${dashboardUrl}/assets/none.js`)).status).toBe(404);
  });
});

describe('ports, builds, settings', () => {
  it('falls back to a free port when the configured one is taken', async () => {
    const first = createServer();
    const other = createServer();
    const bound = await listenWithFallback(first, '127.0.0.1', 0);
    const taken = await listenWithFallback(other, '127.0.0.1', bound.port);
    expect(taken.fellBack).toBe(true);
    expect(taken.port).not.toBe(bound.port);
    await closeServer(other);
    await closeServer(first);
  });

  it('a build is fresh only when its output is newer than every source', () => {
    const root = join(tmp, 'repo');
    mkdirSync(join(root, 'src/deep'), { recursive: true });
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'src/deep/a.ts'), 'a');
    writeFileSync(join(root, 'out/bundle.js'), 'b');
    const step: BuildStep = { name: 't', script: 't', output: 'out/bundle.js', sources: ['src'], requires: 'src', optional: false };
    utimesSync(join(root, 'src/deep/a.ts'), 1000, 1000);
    utimesSync(join(root, 'out/bundle.js'), 2000, 2000);
    expect(isFresh(root, step)).toBe(true);
    utimesSync(join(root, 'src/deep/a.ts'), 3000, 3000);
    expect(newestSource(root, ['src'])).toBe(3_000_000);
    expect(isFresh(root, step)).toBe(false);
    expect(isFresh(root, { ...step, output: 'out/missing.js' })).toBe(false);
  });

  it('reads ports and the data folder from the environment, refusing bad values', () => {
    expect(readConfig({}, '/w').ports).toEqual({ portal: 8080, dashboard: 8081, collector: 8787 });
    expect(readConfig({}, '/w').dataDir).toBe('/w/data');
    expect(readConfig({ PROACTIVA_PORTAL_PORT: '0', PROACTIVA_DATA_DIR: '/tmp/x' }, '/w')).toMatchObject({ dataDir: '/tmp/x', ports: { portal: 0 } });
    expect(() => readConfig({ PROACTIVA_DASHBOARD_PORT: 'ochenta' })).toThrow(ConfigError);
    expect(() => readConfig({ PROACTIVA_COLLECTOR_PORT: '70000' })).toThrow(ConfigError);
  });
});
