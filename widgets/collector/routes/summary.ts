import type { Hono } from 'hono';
import { z } from 'zod';
import { PageUrl } from '../../../core/schemas/index.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';
import { parseQuery } from '../http/query.js';

const SummaryQuery = z.object({ page: PageUrl });

/** GET /v1/summary?page=: the public aggregate of a page, cacheable for a minute. */
export function summaryRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/summary', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const { page } = parseQuery(c, SummaryQuery);
    const summary = await deps.store.summary(page);
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(summary);
  });
}
