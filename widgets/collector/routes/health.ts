import type { Hono } from 'hono';
import type { AppEnv, Deps } from '../http/context.js';

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function healthRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await deps.store.ping();
      return c.json({ ok: true, db: deps.store.engine });
    } catch {
      return c.json({ ok: false, db: deps.store.engine }, 503);
    }
  });
}
