import type { Hono } from 'hono';
import { z } from 'zod';
import { feedbackCsv } from '../csv.js';
import { authenticate, readableSites } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';

const ExportQuery = ReadQuery.extend({ format: z.enum(['json', 'csv']).default('json') });

/** GET /v1/export: every feedback record in scope, as JSON `{ records }` or CSV (one row per record). */
export function exportRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/export', async (c) => {
    enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ExportQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const records = await deps.store.exportFeedback({ sites, ...(query.page ? { page: query.page } : {}), ...timeRange(query) });
    c.header('Cache-Control', 'private, no-store');
    if (query.format === 'json') return c.json({ records });
    const name = `retroalimentacion-${query.site ?? 'todos'}.csv`;
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(feedbackCsv(records, c.get('locale')));
  });
}
