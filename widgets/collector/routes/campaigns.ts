import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { authenticate } from '../http/auth.js';
import type { AppEnv, Deps } from '../http/context.js';
import { HttpError } from '../http/errors.js';
import { enforce } from '../http/limit.js';
import { parseQuery } from '../http/query.js';

const CampaignId = z.string().min(1).max(100);
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
 * Documento de Recomendaciones). The garante's token only: a campaign spans every sujeto obligado.
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

  app.get('/v1/campaigns/:id/results', async (c) => {
    await adminOnly(c);
    const id = campaignId(c);
    const query = parseQuery(c, ResultsQuery);
    const pages = await deps.store.campaignResults(id, query.site);
    if (!pages) throw new HttpError(404, 'campaign_not_found', 'id', { campaign: id });
    return c.json({ campaign: id, site: query.site, pages });
  });

  app.get('/v1/campaigns/:id/report', async (c) => {
    await adminOnly(c);
    const id = campaignId(c);
    const query = parseQuery(c, ReportQuery);
    const report = await deps.store.campaignReport(id, query.url);
    if (report === undefined) throw new HttpError(404, 'campaign_result_not_found', 'url', { campaign: id });
    return c.json(report);
  });

  app.get('/v1/campaigns/:id', async (c) => {
    await adminOnly(c);
    const id = campaignId(c);
    const query = parseQuery(c, ViewQuery);
    const view = await deps.store.campaignView(id, query.compare);
    if (!view) throw new HttpError(404, 'campaign_not_found', 'id', { campaign: id });
    return c.json(view);
  });
}
