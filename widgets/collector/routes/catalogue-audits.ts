import type { Hono } from 'hono';
import { CatalogueReport } from '../../../core/catalogue/schema.js';
import { SiteId } from '../../../core/schemas/index.js';
import { authenticate, readableSites } from '../http/auth.js';
import { readJsonBody } from '../http/body.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery, ReadQuery, timeRange } from '../http/query.js';
import { CATALOGUE_MAX_BYTES } from '../options.js';
import { parseInput } from '../validation.js';

const ListQuery = ReadQuery.pick({ from: true, to: true }).extend({ site: SiteId.optional() });

/**
 * POST /v1/catalogue-audits stores a catalogue report (the core's CatalogueReport, as
 * `proactiva catalogo --format json` writes it); the garante's token only, since a catalogue spans
 * sujetos obligados. GET /v1/catalogue-audits gives the latest report of each catalogue, with the
 * datasets the token may read.
 */
export function catalogueAuditRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/catalogue-audits', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    if (!reader.admin) throw new HttpError(403, 'admin_only_write');
    const report = parseInput(CatalogueReport, await readJsonBody(c, CATALOGUE_MAX_BYTES), undefined, c.get('locale'));
    const { id, stored } = await deps.store.insertCatalogueAudit(report);
    return c.json({ id, stored }, stored ? 201 : 200);
  });

  app.get('/v1/catalogue-audits', async (c) => {
    await enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    const query = parseQuery(c, ListQuery);
    const sites = await readableSites(reader, deps.store, query.site);
    const catalogues = await deps.store.listCatalogueAudits({ sites, ...timeRange(query) });
    c.header('Cache-Control', 'private, no-store');
    return c.json({ catalogues });
  });
}
