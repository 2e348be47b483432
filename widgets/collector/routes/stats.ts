import type { Hono } from 'hono';
import { z } from 'zod';
import { authenticate, readableSites } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';

const StatsQuery = ReadQuery.extend({ bucket: z.literal('month').default('month') });

/** GET /v1/feedback/stats: per page, totals, reasons per criterion and a monthly series. */
export function statsRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/feedback/stats', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, StatsQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const pages = await deps.store.stats({ sites, ...(query.page ? { page: query.page } : {}), ...timeRange(query) });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ pages });
  });
}
