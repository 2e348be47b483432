import type { Db as IDatabase } from 'pg-boss';
import { readPage, snapshotFromPage } from '../core/node/fetch-page.js';
import type { AuditReport } from '../core/schemas/index.js';
import { auditPage } from './audit-page.js';
import type { Campaign } from './campaigns.js';
import { acceptUrl, canonicalUrl, discoverLinks, sitemapUrls } from './links.js';
import type { PageJob } from './page-job.js';
import { checkPageDownloads } from './page-downloads.js';
import { politeGet, type PoliteContext } from './polite-fetch.js';
import { backoffMs } from './retry-after.js';
import { readText, type RobotsCache } from './robots.js';

/** What became of one page visit; the recorder writes it in the job's transaction. */
export type Visit =
  | { kind: 'done'; finalUrl: string; canonical: string; report: AuditReport; links: string[]; sitemapLinks: string[] }
  | { kind: 'defer'; afterMs: number; attempt: number; reason: string }
  | { kind: 'final'; state: 'failed' | 'excluded' | 'cancelled'; reason: string };

export interface VisitDeps {
  campaign: Campaign;
  /** Hosts of the page's site (its portals). */
  hosts: ReadonlySet<string>;
  robots: RobotsCache;
  /** Host slots in PostgreSQL (autocommit, not the job's transaction). */
  slots: IDatabase;
}

const HTML = 'text/html,application/xhtml+xml';
const SITEMAP_MAX_BYTES = 5 * 1024 * 1024;
const PAUSE_RECHECK_MS = 5_000;

/** Retryable trouble: try again later with backoff (or the server's Retry-After), until attempts run out. */
function retryOrFail(job: PageJob, campaign: Campaign, reason: string, afterMs?: number): Visit {
  if (job.attempt >= campaign.options.politeness.maxAttempts) return { kind: 'final', state: 'failed', reason: `${reason} (tras ${job.attempt} intentos)` };
  return { kind: 'defer', afterMs: afterMs ?? backoffMs(job.attempt), attempt: job.attempt + 1, reason };
}

/** One page: robots.txt, polite fetch, snapshot, its downloads when asked, audit, links (and the site's sitemap on its first page). No writes. */
export async function visitPage(job: PageJob, deps: VisitDeps): Promise<Visit> {
  const { campaign, hosts } = deps;
  if (campaign.status === 'cancelled') return { kind: 'final', state: 'cancelled', reason: 'campaña cancelada' };
  if (campaign.status === 'paused' || campaign.status === 'created') {
    return { kind: 'defer', afterMs: PAUSE_RECHECK_MS, attempt: job.attempt, reason: campaign.status === 'paused' ? 'campaña en pausa' : 'campaña sin iniciar' };
  }
  const { politeness, audit, crawl } = campaign.options;
  const context: PoliteContext = {
    slots: politeness.enabled ? deps.slots : null,
    userAgent: politeness.userAgent,
    intervalMs: politeness.enabled ? politeness.intervalMs : 0,
    timeoutMs: audit.timeoutMs,
    maxRedirects: politeness.maxRedirects,
    sameSite: (url) => hosts.has(url.host),
  };
  const origin = new URL(job.url).origin;
  let sitemaps: string[] = [];
  if (politeness.enabled) {
    const rules = await deps.robots.rules(origin, context);
    if (!rules.ok) return rules.retry ? retryOrFail(job, campaign, `robots.txt: ${rules.reason}`, rules.afterMs) : { kind: 'final', state: 'failed', reason: `robots.txt: ${rules.reason}` };
    if (!rules.value.allowed(job.url)) return { kind: 'final', state: 'excluded', reason: 'robots.txt lo prohíbe' };
    context.intervalMs = Math.max(context.intervalMs, rules.value.crawlDelayMs);
    sitemaps = rules.value.sitemaps;
  }
  const fetched = await politeGet(job.url, context, HTML, async (response, url, fetchedAt) =>
    snapshotFromPage(await readPage(response, url, fetchedAt, audit.maxBytes)),
  );
  if (!fetched.ok) return fetched.retry ? retryOrFail(job, campaign, fetched.reason, fetched.afterMs) : { kind: 'final', state: 'failed', reason: fetched.reason };
  // --head / --inspect-downloads: within this job, before anything is stored (exactly once).
  await checkPageDownloads(fetched.value, { campaign, robots: deps.robots, slots: context.slots });
  let report: AuditReport;
  try {
    report = auditPage(fetched.value, audit);
  } catch (error) {
    return { kind: 'final', state: 'failed', reason: `auditoría: ${error instanceof Error ? error.message : String(error)}` };
  }
  const document = fetched.value.document;
  const links = job.depth < crawl.depth ? discoverLinks(document, fetched.url, hosts, crawl) : [];
  const sitemapLinks = job.sitemap ? await readSitemaps(sitemaps.length > 0 ? sitemaps : [`${origin}/sitemap.xml`], context, hosts, campaign) : [];
  return { kind: 'done', finalUrl: fetched.url, canonical: canonicalUrl(document, fetched.url, hosts), report, links, sitemapLinks };
}

/** Page URLs from the site's sitemaps (at most three files, same site only); a sitemap that fails is skipped. */
async function readSitemaps(urls: readonly string[], context: PoliteContext, hosts: ReadonlySet<string>, campaign: Campaign): Promise<string[]> {
  const found: string[] = [];
  for (const url of urls.filter((u) => URL.canParse(u) && hosts.has(new URL(u).host)).slice(0, 3)) {
    const fetched = await politeGet(url, context, 'application/xml,text/xml', (response) => readText(response, SITEMAP_MAX_BYTES));
    if (fetched.ok) found.push(...sitemapUrls(fetched.value, campaign.options.crawl.maxPages).filter((u) => acceptUrl(u, hosts, campaign.options.crawl)));
  }
  return found;
}
