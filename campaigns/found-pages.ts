import type { Db as IDatabase } from 'pg-boss';
import { enqueuePages, type NewPage } from './enqueue.js';
import type { Queue } from './queue.js';

/** Pages one audited page led to, in the order it found them. */
export interface FoundPages {
  campaignId: string;
  siteId: string;
  maxPages: number;
  pages: readonly NewPage[];
}

/**
 * Accepts the pages a batch's audited pages led to. Each page's own list is taken as enqueuePages
 * takes it (one entry per URL), then lists of one site are joined in the batch's order, the first
 * finder of a URL keeping it. URLs the campaign already has are dropped first, without locking
 * (what is committed there stays there), so a site whose pages are all known is not locked at
 * all; the rest go through enqueuePages, which counts the cap under the site's lock and checks
 * again. Sites are locked in one order (campaign, site), so two batches never wait on each other
 * crosswise.
 */
export async function enqueueFound(tx: IDatabase, queue: Queue, found: readonly FoundPages[]): Promise<void> {
  const bySite = new Map<string, { campaignId: string; siteId: string; maxPages: number; pages: Map<string, NewPage> }>();
  for (const f of found) {
    const key = `${f.campaignId}\n${f.siteId}`;
    let site = bySite.get(key);
    if (!site) bySite.set(key, (site = { campaignId: f.campaignId, siteId: f.siteId, maxPages: f.maxPages, pages: new Map() }));
    for (const page of new Map(f.pages.map((p) => [p.url, p])).values()) if (!site.pages.has(page.url)) site.pages.set(page.url, page);
  }
  const candidates = [...bySite.values()].flatMap((s) => [...s.pages.keys()].map((url) => [s.campaignId, url] as const));
  if (candidates.length === 0) return;
  const { rows } = await tx.executeSql(
    `select u.campaign_id, u.url from unnest($1::text[], $2::text[]) as u(campaign_id, url)
     where not exists (select 1 from campaign_page p where p.campaign_id = u.campaign_id and p.page_url = u.url)`,
    [candidates.map((c) => c[0]), candidates.map((c) => c[1])],
  );
  const unknown = new Set(rows.map((r: { campaign_id: string; url: string }) => `${r.campaign_id}\n${r.url}`));
  const sites = [...bySite.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [, site] of sites) {
    const pages = [...site.pages.values()].filter((p) => unknown.has(`${site.campaignId}\n${p.url}`));
    if (pages.length > 0) await enqueuePages(tx, queue, site.campaignId, site.siteId, site.maxPages, pages);
  }
}
