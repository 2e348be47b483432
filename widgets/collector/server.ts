import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { WebOrigin } from '../../core/schemas/index.js';
import { createApp } from './app.js';
import { CommentRetentionDays, scheduleMaintenance } from './maintenance.js';
import { SpamRules, type RateLimitOptions, type SpamOptions } from './options.js';
import { readSitesFile } from './sites-file.js';
import { openStore, type Store } from './store/index.js';
import { parseInput } from './validation.js';

export interface CollectorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Embedded SQLite under this folder (default ./data) … */
  dataDir?: string;
  /** … or PostgreSQL when given. */
  databaseUrl?: string | undefined;
  /** JSON file of sites (registered on start) and optionally the admin token and dashboard origins. */
  sitesFile?: string | undefined;
  /** The garante's token; overrides the sites file's. */
  adminToken?: string | undefined;
  dashboardOrigins?: readonly string[];
  /** The auditors' extension origins, added to the sites file's (CORS for the verification queue). */
  extensionOrigins?: readonly string[];
  rateLimit?: RateLimitOptions | false | undefined;
  trustProxy?: boolean;
  /** Spam rules (widgets/collector/options.ts); `false` turns them off. */
  spam?: SpamOptions | false | undefined;
  /** Raw comments are emptied this many days after receipt (default 365), by a job in this process. */
  commentRetentionDays?: number | undefined;
  /** How long an auditor's claim on a campaign page lasts unless renewed (default 30 min). */
  reviewLeaseMs?: number | undefined;
  /** How often the maintenance job runs (default an hour). */
  maintenanceIntervalMs?: number | undefined;
}

export interface Collector {
  /** http://host:port, without a trailing slash. */
  url: string;
  store: Store;
  /** Stops accepting requests, lets those in flight finish (2 s at most), closes the store. */
  close(): Promise<void>;
}

/** Opens the store, registers the sites of the sites file, and serves the API. */
export async function startCollector(options: CollectorOptions = {}): Promise<Collector> {
  const host = options.host ?? '127.0.0.1';
  const file = options.sitesFile ? readSitesFile(options.sitesFile) : undefined;
  const dashboardOrigins = parseInput(z.array(WebOrigin), [...(options.dashboardOrigins ?? []), ...(file?.dashboardOrigins ?? [])], 'dashboardOrigins', 'en');
  // Options are checked before the store opens, so a bad one leaves nothing open behind it.
  const spam = options.spam === false ? false : parseInput(SpamRules, options.spam ?? {}, 'spam', 'en');
  const retentionDays = parseInput(CommentRetentionDays, options.commentRetentionDays, 'commentRetentionDays', 'en');
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { dataDir: options.dataDir ?? 'data' });
  try {
    for (const site of file?.sites ?? []) await store.registerSite(site);
    for (const auditor of file?.auditors ?? []) await store.registerAuditor(auditor);
    // The sites file is the list of auditors: one it no longer names has been removed.
    if (file) await store.revokeAuditorsExcept(file.auditors.map((a) => a.id));
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    store,
    adminToken: options.adminToken ?? file?.adminToken,
    dashboardOrigins,
    extensionOrigins: [...(options.extensionOrigins ?? []), ...(file?.extensionOrigins ?? [])],
    rateLimit: options.rateLimit,
    trustProxy: options.trustProxy ?? false,
    spam,
    reviewLeaseMs: options.reviewLeaseMs,
  });

  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8787 }) as Server;
      s.once('listening', () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const maintenance = scheduleMaintenance(store, retentionDays, options.maintenanceIntervalMs ? { intervalMs: options.maintenanceIntervalMs } : {});
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    store,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), 2_000);
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          server.closeIdleConnections();
        });
        await maintenance.stop();
        await store.close();
      })();
      return closing;
    },
  };
}
