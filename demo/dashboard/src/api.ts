/**
 * The collector's read API (docs/collector-api.md) as the dashboard uses it: bearer token, JSON
 * answers validated with the shared zod schemas, errors carrying the collector's message.
 */
import type { z } from 'zod';
import { CampaignList, CampaignPageList, CampaignViewAnswer, type CampaignPage, type CampaignSummary } from '../../../campaigns/view-schema.js';
import {
  ApiError,
  AuditList,
  CatalogueAuditList,
  AuditReport,
  CreatedId,
  FeedbackStats,
  GoodPracticeList,
  RefusalList,
  SiteList,
  type AuditEntry,
  type CatalogueAuditEntry,
  type AuditReport as Report,
  type GoodPractice,
  type PageFeedbackStats,
  type PublicSite,
  type RefusalCount,
} from '../../../core/schemas/index.js';

export class CollectorError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface RangeQuery {
  from?: string | null;
  to?: string | null;
}

const query = (params: Record<string, string | null | undefined>): string => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : '';
};

export interface Collector {
  sites(): Promise<PublicSite[]>;
  audits(): Promise<AuditEntry[]>;
  stats(range: RangeQuery): Promise<PageFeedbackStats[]>;
  /** The latest audit of each open-data catalogue scored in the range. */
  catalogues(range: RangeQuery): Promise<CatalogueAuditEntry[]>;
  goodPractices(): Promise<GoodPractice[]>;
  /** Answers refused as spam per site, day and reason, in the range. */
  refusals(range: RangeQuery): Promise<RefusalCount[]>;
  /** The public address of a site's open data file (no token needed). */
  openDataUrl(site: string, file: 'datapackage.json' | 'utilidad.csv' | 'utilidad.json'): string;
  addGoodPractice(input: { site: string; page: string; auditId: string; note?: string }): Promise<string>;
  removeGoodPractice(id: string): Promise<void>;
  /** A raw export (good practices as CSV or JSON) for download. */
  download(path: string): Promise<Blob>;
  /** Campaigns (garante token only), oldest first. */
  campaigns(): Promise<CampaignSummary[]>;
  /** One campaign as the tablero shows it, with the tasa de variación against `compare`. */
  campaign(id: string, compare?: string | null): Promise<CampaignViewAnswer>;
  /** A sujeto obligado's audited pages in a campaign, worst first. */
  campaignPages(id: string, site: string): Promise<CampaignPage[]>;
  /** The stored report of a campaign's page (for its Documento de Recomendaciones). */
  campaignReport(id: string, url: string): Promise<Report>;
}

export function collectorClient(base: string, token: string, lang: string, fetcher: typeof fetch = (i, init) => fetch(i, init)): Collector {
  const request = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response;
    try {
      response = await fetcher(`${base}${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Accept-Language': lang, ...(init.headers ?? {}) },
      });
    } catch (error) {
      throw new CollectorError(error instanceof Error ? error.message : String(error), 0);
    }
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      const parsed = ApiError.safeParse(body);
      throw new CollectorError(parsed.success ? parsed.data.error.message : `HTTP ${response.status}`, response.status);
    }
    return response;
  };
  const json = async <T extends z.ZodType>(schema: T, path: string, init?: RequestInit): Promise<z.infer<T>> => {
    const response = await request(path, init);
    const parsed = schema.safeParse(await response.json());
    if (!parsed.success) throw new CollectorError(`respuesta inesperada de ${path}: ${parsed.error.issues[0]?.message ?? ''}`, response.status);
    return parsed.data;
  };
  return {
    sites: async () => (await json(SiteList, '/v1/sites')).sites,
    audits: async () => (await json(AuditList, '/v1/audits')).audits,
    stats: async (range) => (await json(FeedbackStats, `/v1/feedback/stats${query({ from: range.from, to: range.to, bucket: 'month' })}`)).pages,
    catalogues: async (range) => (await json(CatalogueAuditList, `/v1/catalogue-audits${query({ from: range.from, to: range.to })}`)).catalogues,
    goodPractices: async () => (await json(GoodPracticeList, '/v1/good-practices')).goodPractices,
    refusals: async (range) => (await json(RefusalList, `/v1/feedback/refusals${query({ from: range.from, to: range.to })}`)).refusals,
    openDataUrl: (site, file) => `${base}/v1/open-data/${encodeURIComponent(site)}/${file}`,
    addGoodPractice: async (input) =>
      (await json(CreatedId, '/v1/good-practices', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) })).id,
    removeGoodPractice: async (id) => {
      await request(`/v1/good-practices/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },
    download: async (path) => (await request(path)).blob(),
    campaigns: async () => (await json(CampaignList, '/v1/campaigns')).campaigns,
    campaign: (id, compare) => json(CampaignViewAnswer, `/v1/campaigns/${encodeURIComponent(id)}${query({ compare })}`),
    campaignPages: async (id, site) => (await json(CampaignPageList, `/v1/campaigns/${encodeURIComponent(id)}/results${query({ site })}`)).pages,
    campaignReport: (id, url) => json(AuditReport, `/v1/campaigns/${encodeURIComponent(id)}/report${query({ url })}`),
  };
}

/** The dashboard's runtime settings (config.json next to index.html). */
export interface DashboardConfig {
  collector: string;
  /** Optional: where each canonical page URL can be opened locally (the demo portal). */
  pageLinks?: Record<string, string>;
}

export async function loadConfig(fetcher: typeof fetch = (i, init) => fetch(i, init)): Promise<DashboardConfig> {
  const response = await fetcher('./config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new CollectorError(`config.json: HTTP ${response.status}`, response.status);
  const body = (await response.json()) as Partial<DashboardConfig>;
  if (typeof body.collector !== 'string' || !/^https?:\/\//.test(body.collector)) throw new CollectorError('config.json: collector is not an http(s) URL', 0);
  return { collector: body.collector.replace(/\/+$/, ''), ...(body.pageLinks ? { pageLinks: body.pageLinks } : {}) };
}
