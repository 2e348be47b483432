import type { Hono } from 'hono';
import { AuditPublication } from '../../../core/schemas/index.js';
import { authenticate, readableSites } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';
import { AUDIT_MAX_BYTES } from '../options.js';
import { AuditPageError } from '../store/index.js';
import { parseInput } from '../validation.js';

/** POST /v1/audits publishes an auditor's report for a site; GET /v1/audits lists them, oldest first. */
export function auditRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/audits', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const body = parseInput(AuditPublication, await readJsonBody(c, AUDIT_MAX_BYTES), undefined, c.get('locale'));
    await readableSites(reader, deps.store, body.site);
    try {
      const { id, stored } = await deps.store.insertAudit(body.site, body.report);
      return c.json({ id, stored }, stored ? 201 : 200);
    } catch (error) {
      if (error instanceof AuditPageError) throw new HttpError(400, 'invalid_field', 'report.url', { detail: error.message });
      throw error;
    }
  });

  app.get('/v1/audits', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ReadQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const audits = await deps.store.listAudits({ sites, ...(query.page ? { page: query.page } : {}), ...timeRange(query) });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ audits });
  });
}
