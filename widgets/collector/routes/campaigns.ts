import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { OPEN_DATA_FILES } from '../../../campaigns/open-data-files.js';
import { authenticate } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery } from '../http/query.js';

const CampaignId = z.string().min(1).max(100);
const OpenDataFileName = z.enum(OPEN_DATA_FILES);
const ViewQuery = z.object({ compare: CampaignId.optional() });
/** A padrón id (campaigns/padron.ts). */
const ResultsQuery = z.object({ site: z.string().min(1).max(100).regex(/^[\w.-]+$/) });
/** The page URL exactly as the campaign stored it (queries kept: a crawled page may have one). */
const ReportQuery = z.object({ url: z.url({ protocol: /^https?$/ }).max(2048) });

/**
 * GET /v1/campaigns lists the campaigns; GET /v1/campaigns/:id gives one as the tablero shows it
 * (ranking, distribution, profiles by ámbito and entidad, and with ?compare=<id> the tasa de
 * variación). GET /v1/campaigns/:id/results?site= lists a sujeto obligado's audited pages and
 * GET /v1/campaigns/:id/report?url= gives one page's stored report (the tablero renders its
 * Documento de Recomendaciones); GET /v1/campaigns/:id/datos-abiertos/<file> gives one of its
 * open-data files (resultados.csv, resultados.json, sujetos-obligados.csv, datapackage.json). The garante's token only: a campaign spans every sujeto obligado.
 */
export function campaignRoutes(app: Hono<AppEnv>, deps: Deps): void {
  const adminOnly = async (c: Context<AppEnv>) => {
    enforce(deps.limits?.readsPerIp, c.get('ip'));
    const reader = await authenticate(c, deps.store, deps.adminTokenHash);
    if (!reader.admin) throw new HttpError(403, 'admin_only');
    c.header('Cache-Control', 'private, no-store');
  };

  app.get('/v1/campaigns', async (c) => {
    await adminOnly(c);
    return c.json({ campaigns: await deps.store.listCampaigns() });
  });

  const campaignId = (c: Context<AppEnv>): string => {
    const id = CampaignId.safeParse(c.req.param('id'));
    if (!id.success) throw new HttpError(400, 'invalid_field', 'id', { detail: id.error.issues[0]?.message ?? '' });
    return id.data;
  };

  /** A read of one campaign: the garante's token, the id and the query checked, 404 when `read` finds nothing. */
  const campaignRead = <S extends z.ZodType>(
    path: string,
    query: S,
    missing: { code: 'campaign_not_found' | 'campaign_result_not_found'; field: string },
    read: (id: string, query: z.output<S>) => Promise<unknown>,
  ) =>
    app.get(path, async (c) => {
      await adminOnly(c);
      const id = campaignId(c);
      const found = await read(id, parseQuery(c, query));
      if (found === undefined) throw new HttpError(404, missing.code, missing.field, { campaign: id });
      return c.json(found as object);
    });

  const noCampaign = { code: 'campaign_not_found', field: 'id' } as const;
  campaignRead('/v1/campaigns/:id/results', ResultsQuery, noCampaign, async (id, q) => {
    const pages = await deps.store.campaignResults(id, q.site);
    return pages && { campaign: id, site: q.site, pages };
  });
  campaignRead('/v1/campaigns/:id/report', ReportQuery, { code: 'campaign_result_not_found', field: 'url' }, (id, q) => deps.store.campaignReport(id, q.url));
  // The campaign as open data (the files `proactiva campaign export` writes): the garante downloads
  // them from the tablero and publishes them; datapackage.json names the others by relative path.
  app.get('/v1/campaigns/:id/datos-abiertos/:file', async (c) => {
    await adminOnly(c);
    const id = campaignId(c);
    const file = OpenDataFileName.safeParse(c.req.param('file'));
    if (!file.success) throw new HttpError(404, 'open_data_file_not_found', 'file', { files: OPEN_DATA_FILES.join(', ') });
    const body = await deps.store.campaignOpenData(id, file.data);
    if (body === undefined) throw new HttpError(404, 'campaign_not_found', 'id', { campaign: id });
    const type = file.data.endsWith('.csv') ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8';
    return c.body(body, 200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${file.data}"` });
  });
  campaignRead('/v1/campaigns/:id', ViewQuery, noCampaign, (id, q) => deps.store.campaignView(id, q.compare));
}
