import type { Hono } from 'hono';
import { authenticate, readableSites } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';

/** GET /v1/feedback/refusals: answers refused as spam, per site, UTC day and reason (counts only). */
export function refusalRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/feedback/refusals', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ReadQuery.omit({ page: true }));
    const sites = await readableSites(reader, deps.store, query.site);
    const refusals = await deps.store.refusals({ sites, ...timeRange(query) });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ refusals });
  });
}
