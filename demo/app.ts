/**
 * The running demo: the collector on the embedded database, the two sujetos obligados registered
 * for the portal's origin, the seeded history, the portal server and the dashboard server.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { AuditReport } from '../core/index.js';
import { startCollector, type Collector } from '../widgets/collector/index.js';
import { DEMO_AUDITOR, loadOrCreateCredentials, type Credentials } from './credentials.js';
import type { DemoConfig } from './config.js';
import { canonicalUrl, localPath, PAGES, siteList } from './portal/catalog.js';
import { isSeeded, readMarker } from './seed/marker.js';
import type { SeedResult } from './seed/seed.js';
import { createDashboardServer } from './server/dashboard-server.js';
import { closeServer, listenWithFallback, type Listening } from './server/listen.js';
import { createPortalServer } from './server/portal-server.js';

export interface RunningDemo {
  portal: Listening;
  dashboard: Listening;
  collector: Collector;
  collectorFellBack: boolean;
  credentials: Credentials;
  seed: SeedResult;
  close(): Promise<void>;
}

export interface DemoPaths {
  root: string;
  portalDir: string;
  widgetsDir: string;
  dashboardDir: string;
}

export const demoPaths = (root: string): DemoPaths => ({
  root,
  portalDir: join(root, 'demo/portal'),
  widgetsDir: join(root, 'widgets/dist'),
  dashboardDir: join(root, 'demo/dashboard/dist'),
});

async function collectorWithFallback(options: Parameters<typeof startCollector>[0] & { port: number }): Promise<{ collector: Collector; fellBack: boolean }> {
  try {
    return { collector: await startCollector(options), fellBack: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || options.port === 0) throw error;
    return { collector: await startCollector({ ...options, port: 0 }), fellBack: true };
  }
}

export async function startDemo(config: DemoConfig, paths: DemoPaths): Promise<RunningDemo> {
  mkdirSync(config.dataDir, { recursive: true });
  const credentials = loadOrCreateCredentials(config.dataDir);
  let collector: Collector | null = null;
  const collectorUrl = () => collector?.url ?? '';

  const latestReport = async (folder: string, slug: string): Promise<AuditReport | null> => {
    const page = PAGES.find((p) => p.site.folder === folder && p.slug === slug);
    if (!page || !collector) return null;
    const audits = await collector.store.listAudits({ sites: [page.site.id], page: canonicalUrl(page) });
    const latest = audits.at(-1);
    return latest?.report ?? null;
  };

  const servers: Server[] = [];
  const stopServers = async () => {
    await Promise.all(servers.map((s) => closeServer(s)));
  };
  try {
    const portalServer = createPortalServer({ portalDir: paths.portalDir, widgetsDir: paths.widgetsDir, collectorUrl, latestReport });
    servers.push(portalServer);
    const portal = await listenWithFallback(portalServer, config.host, config.ports.portal);
    const pageLinks = () => Object.fromEntries(PAGES.map((p) => [canonicalUrl(p), `${portal.url}${localPath(p)}`]));
    const dashboardServer = createDashboardServer({ distDir: paths.dashboardDir, collectorUrl, pageLinks });
    servers.push(dashboardServer);
    const dashboard = await listenWithFallback(dashboardServer, config.host, config.ports.dashboard);

    const started = await collectorWithFallback({
      host: config.host,
      port: config.ports.collector,
      dataDir: config.dataDir,
      adminToken: credentials.adminToken,
      dashboardOrigins: [dashboard.url],
    });
    collector = started.collector;
    const running = collector;
    for (const site of siteList()) {
      await running.store.registerSite({
        id: site.id,
        name: site.name,
        origins: [portal.url, portal.url.replace('127.0.0.1', 'localhost')],
        publicKey: site.publicKey,
        token: credentials.siteTokens[site.id]!,
      });
    }
    await running.store.registerAuditor({ ...DEMO_AUDITOR, token: credentials.auditorToken });
    // The seeder loads the whole core (audits); a warm start only reads the marker.
    const seed: SeedResult =
      isSeeded(config.dataDir) && readMarker(config.dataDir).campaigns !== undefined
        ? { seeded: false, resources: 0, catalogue: 0, campaigns: 0, ...readMarker(config.dataDir), ms: 0 }
        : await (await import('./seed/seed.js')).seedDemo(running.store, config.dataDir, paths.portalDir);
    let closing: Promise<void> | null = null;
    return {
      portal,
      dashboard,
      collector: running,
      collectorFellBack: started.fellBack,
      credentials,
      seed,
      close() {
        closing ??= (async () => {
          await stopServers();
          await running.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await stopServers();
    await collector?.close();
    throw error;
  }
}
