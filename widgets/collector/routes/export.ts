import type { Hono } from 'hono';
import { z } from 'zod';
import { feedbackCsvHeader, feedbackCsvLines } from '../csv.js';
import { authenticate, readableSites } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';
import { primed, streamBody } from '../http/stream-body.js';

const ExportQuery = ReadQuery.extend({ format: z.enum(['json', 'csv']).default('json') });

/**
 * GET /v1/export: every feedback record in scope, as JSON `{ records }` or CSV (one row per
 * record), streamed: records are read from the database in batches as the client takes them.
 */
export function exportRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.get('/v1/export', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ExportQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const batches = await primed(deps.store.streamFeedback({ sites, ...(query.page ? { page: query.page } : {}), ...timeRange(query) }));
    c.header('Cache-Control', 'private, no-store');
    if (query.format === 'json') {
      c.header('Content-Type', 'application/json');
      const records = (batch: unknown[], first: boolean) => (first ? '' : ',') + batch.map((r) => JSON.stringify(r)).join(',');
      return c.body(streamBody('{"records":[', batches, records, ']}'));
    }
    const name = `retroalimentacion-${query.site ?? 'todos'}.csv`;
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `attachment; filename="${name}"`);
    return c.body(streamBody(feedbackCsvHeader(c.get('locale')), batches, feedbackCsvLines, ''));
  });
}
