import type { Hono } from 'hono';
import { authenticate } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';

/** GET /v1/sites: the sites the token can read (no credentials). */
export function siteRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/sites', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const sites = await deps.store.listSites({ sites: reader.admin ? 'all' : [reader.site.id] });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ sites });
  });
}
