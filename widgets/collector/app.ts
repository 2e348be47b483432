import { Hono } from 'hono';
import { z } from 'zod';
import { ExtensionOrigin } from '../../core/schemas/index.js';
import type { Store } from './store/index.js';
import { corsForRegisteredOrigins } from './http/cors.js';
import type { AppEnv, Deps } from './http/context.js';
import { clientIp } from './http/client-ip.js';
import { errorResponse, HttpError } from './http/errors.js';
import { requestLocale } from './http/locale.js';
import { RateLimiter, type RateRule } from './http/rate-limit.js';
import { SharedRateLimiter } from './http/shared-rate-limit.js';
import type { Limiter } from './http/limit.js';
import { hashToken } from './store/sites.js';
import { rateRules, SpamRules, type RateLimitOptions, type SpamOptions } from './options.js';
import { parseInput } from './validation.js';
import { auditRoutes } from './routes/audits.js';
import { campaignRoutes } from './routes/campaigns.js';
import { catalogueAuditRoutes } from './routes/catalogue-audits.js';
import { exportRoutes } from './routes/export.js';
import { feedbackFormRoutes } from './routes/feedback-form.js';
import { feedbackRoutes } from './routes/feedback.js';
import { goodPracticeRoutes } from './routes/good-practices.js';
import { refusalRoutes } from './routes/refusals.js';
import { healthRoutes } from './routes/health.js';
import { openDataRoutes } from './routes/open-data.js';
import { siteRoutes } from './routes/sites.js';
import { statsRoutes } from './routes/stats.js';
import { summaryRoutes } from './routes/summary.js';
import { verificationRoutes } from './routes/verification.js';
import { DEFAULT_LEASE_MS } from './store/index.js';

export interface AppOptions {
  store: Store;
  /** The garante's token: reads every site. */
  adminToken?: string | undefined;
  /** Origins (besides the sites' own) allowed to call the API from a browser, e.g. the dashboard's. */
  dashboardOrigins?: readonly string[];
  /** The auditors' extension origins (chrome-extension://<id>, moz-extension://<uuid>), allowed by CORS too. */
  extensionOrigins?: readonly string[];
  rateLimit?: RateLimitOptions | false | undefined;
  /** Behind exactly one reverse proxy: take the client IP from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Spam rules (defaults in SpamRules); `false` turns them off. */
  spam?: SpamOptions | false | undefined;
  /** How long an auditor's claim on a campaign page lasts unless renewed (default 30 min). */
  reviewLeaseMs?: number | undefined;
}

/** The collector's HTTP API (docs/collector-api.md) as a Hono app. */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const rules = rateRules(options.rateLimit);
  const { counters, salt } = options.store;
  // On PostgreSQL the counters live in the database: every process sharing it enforces one limit.
  const limiter = (name: string, rule: RateRule): Limiter => (counters.shared ? new SharedRateLimiter(name, rule, counters, salt) : new RateLimiter(rule));
  const deps: Deps = {
    store: options.store,
    adminTokenHash: options.adminToken ? hashToken(options.adminToken) : null,
    trustProxy: options.trustProxy ?? false,
    leaseMs: parseInput(z.number().int().min(1_000).max(24 * 3_600_000), options.reviewLeaseMs ?? DEFAULT_LEASE_MS, 'reviewLeaseMs', 'en'),
    spam: options.spam === false ? null : parseInput(SpamRules, options.spam ?? {}, 'spam', 'en'),
    limits: rules && {
      feedbackPerIp: limiter('feedback-ip', rules.feedbackPerIp),
      feedbackPerSite: limiter('feedback-site', rules.feedbackPerSite),
      readsPerIp: limiter('reads-ip', rules.readsPerIp),
    },
  };
  const dashboardOrigins = new Set([...(options.dashboardOrigins ?? []), ...parseInput(z.array(ExtensionOrigin), options.extensionOrigins ?? [], 'extensionOrigins', 'en')]);

  const app = new Hono<AppEnv>();
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new HttpError(404, 'not_found')));
  app.use(async (c, next) => {
    c.set('locale', requestLocale(c));
    c.set('ip', clientIp(c, deps.trustProxy));
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
    // Refused before its body was read (bad key, origin, size…): close the connection rather than
    // leave unread bytes on it, or a keep-alive client could reuse a socket about to be dropped.
    const incoming = c.env?.incoming;
    if (incoming && !incoming.readableEnded && c.req.method !== 'GET' && c.req.method !== 'HEAD') c.res.headers.set('Connection', 'close');
  });
  app.use('/v1/*', corsForRegisteredOrigins(async (origin) => dashboardOrigins.has(origin) || (await deps.store.sites.knowsOrigin(origin))));

  healthRoutes(app, deps);
  feedbackRoutes(app, deps);
  feedbackFormRoutes(app, deps);
  summaryRoutes(app, deps);
  auditRoutes(app, deps);
  catalogueAuditRoutes(app, deps);
  exportRoutes(app, deps);
  siteRoutes(app, deps);
  statsRoutes(app, deps);
  refusalRoutes(app, deps);
  openDataRoutes(app, deps);
  goodPracticeRoutes(app, deps);
  campaignRoutes(app, deps);
  verificationRoutes(app, deps);
  return app;
}
