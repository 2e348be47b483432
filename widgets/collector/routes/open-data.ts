import type { Context, Hono } from 'hono';
import { SiteId } from '../../../core/schemas/index.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { usefulnessCsvHeader, usefulnessCsvRow, usefulnessDataPackage } from '../open-data/package.js';
import { openRow } from '../open-data/suppress.js';
import type { SiteRecord } from '../store/index.js';

/** An hour: the figures change slowly, and caches spare the database. */
const CACHE = 'public, max-age=3600';

async function publicSite(c: Context<AppEnv>, deps: Deps): Promise<SiteRecord> {
  await enforce(deps.limits?.readsPerIp, c.get('ip'));
  const id = SiteId.safeParse(c.req.param('site'));
  const site = id.success ? await deps.store.sites.site(id.data) : undefined;
  if (!site) throw new HttpError(404, 'unknown_site', 'site', { site: c.req.param('site') ?? '' });
  // Open data: any page may read it, with no credentials.
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Cache-Control', CACHE);
  return site;
}

/**
 * Usefulness as open data (docs/collector-api.md): per site, answers per page and month as CSV
 * and JSON, described by a Frictionless datapackage.json; counts below the site's k suppressed,
 * comments never published. No authentication.
 */
export function openDataRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const rows = async (site: SiteRecord) => (await deps.store.monthlyUsefulness(site.id)).map((m) => openRow(site.id, m, site.openDataK));

  app.get('/v1/open-data/:site/datapackage.json', async (c) => {
    const site = await publicSite(c, deps);
    return c.json(usefulnessDataPackage(site, new Date()));
  });
  app.get('/v1/open-data/:site/utilidad.json', async (c) => {
    const site = await publicSite(c, deps);
    return c.json(await rows(site));
  });
  app.get('/v1/open-data/:site/utilidad.csv', async (c) => {
    const site = await publicSite(c, deps);
    const body = usefulnessCsvHeader() + (await rows(site)).map(usefulnessCsvRow).join('');
    c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
    c.header('Content-Disposition', `inline; filename="utilidad-${site.id}.csv"`);
    return c.body(body);
  });
}
