import type { Db as IDatabase } from 'pg-boss';
import type { Queue } from './queue.js';

export interface NewPage {
  url: string;
  depth: number;
  sitemap?: boolean;
}

/**
 * Accepts new pages of one site into the campaign, within the site's page cap, and queues a job for
 * each page that was not already there: the page rows (UNIQUE campaign_id, page_url) and their
 * jobs are written through `tx`, so they exist together or not at all. The site row is locked
 * while counting, so workers discovering links of one site at once cannot pass the cap.
 * Returns the URLs accepted.
 */
export async function enqueuePages(tx: IDatabase, queue: Queue, campaignId: string, siteId: string, maxPages: number, pages: readonly NewPage[]): Promise<string[]> {
  const unique = [...new Map(pages.map((p) => [p.url, p])).values()];
  if (unique.length === 0) return [];
  const { rows: site } = await tx.executeSql('select pages from campaign_site where campaign_id = $1 and site_id = $2 for update', [campaignId, siteId]);
  const room = maxPages - Number(site[0]?.pages ?? maxPages);
  if (room <= 0) return [];
  const { rows } = await tx.executeSql(
    `with candidate as (
       select u.url, u.depth, u.n from unnest($3::text[], $4::int[]) with ordinality as u(url, depth, n)
       where not exists (select 1 from campaign_page p where p.campaign_id = $1 and p.page_url = u.url)
       order by u.n limit $5
     )
     insert into campaign_page (campaign_id, page_url, site_id, depth, state, attempts, updated_at)
     select $1, c.url, $2, c.depth, 'queued', 0, $6 from candidate c order by c.n
     on conflict do nothing returning page_url`,
    [campaignId, siteId, unique.map((p) => p.url), unique.map((p) => p.depth), room, new Date().toISOString()],
  );
  const accepted = new Set(rows.map((r: { page_url: string }) => r.page_url));
  const chosen = unique.filter((p) => accepted.has(p.url));
  if (chosen.length === 0) return [];
  await tx.executeSql('update campaign_site set pages = pages + $3 where campaign_id = $1 and site_id = $2', [campaignId, siteId, chosen.length]);
  await queue.insertPages(
    tx,
    chosen.map((p) => ({ campaignId, siteId, url: p.url, depth: p.depth, attempt: 1, sitemap: p.sitemap ?? false })),
  );
  return chosen.map((p) => p.url);
}
