import type { Job } from 'pg-boss';
import { getCampaign, type Campaign } from './campaigns.js';
import type { CampaignEngine } from './engine.js';
import { siteHosts } from './links.js';
import { PageJob } from './page-job.js';
import { recordVisits } from './record-visit.js';
import { RobotsCache } from './robots.js';
import { fromKysely as asIDatabase } from 'pg-boss';
import { visitPage, type Visit } from './visit.js';

export interface WorkerOptions {
  /** Batches of pages taken at once by this process (each batch holds up to 4 pages). */
  concurrency: number;
  /** Called after each page is recorded (progress, tests). */
  onPage?: (job: PageJob, visit: Visit) => void;
  onError?: (error: unknown) => void;
}

/** Campaign status is read at most once a second per process, so pause and cancel take effect within about a second. */
const STATUS_TTL_MS = 1_000;

/**
 * A campaign worker: takes page jobs from pg-boss and runs snapshot → audit → store for each.
 * Pages of a batch are visited concurrently without writing anything; then their outcomes are
 * written in the transaction pg-boss completes the batch in (exactly once, see recordVisits).
 */
export async function startWorker(engine: CampaignEngine, options: WorkerOptions): Promise<void> {
  const campaigns = new Map<string, { campaign: Campaign; at: number }>();
  const sites = new Map<string, Set<string>>();
  const slots = asIDatabase(engine.db);
  const robots = new Map<string, RobotsCache>();

  const campaignOf = async (id: string): Promise<Campaign> => {
    const cached = campaigns.get(id);
    if (cached && Date.now() - cached.at < STATUS_TTL_MS) return cached.campaign;
    const campaign = await getCampaign(engine.db, id);
    campaigns.set(id, { campaign, at: Date.now() });
    return campaign;
  };
  const hostsOf = async (campaignId: string, siteId: string): Promise<Set<string>> => {
    const key = `${campaignId}\n${siteId}`;
    let hosts = sites.get(key);
    if (!hosts) {
      const row = await engine.db.selectFrom('campaign_site').select('urls').where('campaign_id', '=', campaignId).where('site_id', '=', siteId).executeTakeFirstOrThrow();
      hosts = siteHosts(JSON.parse(row.urls) as string[]);
      sites.set(key, hosts);
    }
    return hosts;
  };
  const robotsFor = (campaign: Campaign) => {
    let cache = robots.get(campaign.id);
    if (!cache) robots.set(campaign.id, (cache = new RobotsCache(campaign.options.politeness.userAgent.split('/')[0]!)));
    return cache;
  };

  await engine.queue.work(options.concurrency, async (jobs: Job<unknown>[], tx) => {
    const pages = jobs.flatMap((job) => {
      const parsed = PageJob.safeParse(job.data);
      if (!parsed.success) options.onError?.(new Error(`job ${job.id} con datos inválidos: ${parsed.error.message}`));
      return parsed.success ? [parsed.data] : [];
    });
    const { rows } = await slots.executeSql(
      `select page_url from campaign_page where state = 'queued' and (campaign_id, page_url) in (select * from unnest($1::text[], $2::text[]))`,
      [pages.map((p) => p.campaignId), pages.map((p) => p.url)],
    );
    const queued = new Set(rows.map((r: { page_url: string }) => r.page_url));
    const visits = await Promise.all(
      pages.filter((page) => queued.has(page.url)).map(async (page) => {
        const campaign = await campaignOf(page.campaignId);
        const visit = await visitPage(page, { campaign, hosts: await hostsOf(page.campaignId, page.siteId), robots: robotsFor(campaign), slots });
        return { job: page, campaign, visit };
      }),
    );
    await recordVisits(tx, engine.queue, visits);
    for (const { job, visit } of visits) options.onPage?.(job, visit);
  });
}
