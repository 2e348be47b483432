import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { findCampaign } from './campaign-results.js';
import type { CampaignEngine } from './engine.js';
import { enqueuePages, type NewPage } from './enqueue.js';
import { CampaignOptions, type CampaignOptionsInput } from './options.js';
import type { PadronEntry } from './padron.js';
import { fromKysely as asIDatabase } from 'pg-boss';
import type { CampaignDatabase, CampaignStatus } from './tables.js';

export interface Campaign {
  id: string;
  name: string;
  status: CampaignStatus;
  options: CampaignOptions;
  createdAt: string;
}

export class CampaignNotFoundError extends Error {}

/** The start pages of a portal: each start path resolved on it (absolute start URLs only on their own host). */
export function startPages(portal: string, start: readonly string[]): string[] {
  const host = new URL(portal).host;
  const urls = start.map((s) => new URL(s, portal)).filter((u) => u.host === host);
  return [...new Set(urls.map((u) => (u.hash = '', u.href)))];
}

/**
 * Creates a campaign from a validated padrón: the campaign, its sites, their start pages and
 * their jobs in one transaction (a crash leaves no half-created campaign).
 */
export async function createCampaign(
  engine: CampaignEngine,
  name: string,
  entries: readonly PadronEntry[],
  input: CampaignOptionsInput,
  id: string = randomUUID(),
  /** 'running' lets workers start at once; 'created' waits for `run` or `resume`. */
  status: 'created' | 'running' = 'created',
): Promise<Campaign> {
  const options = CampaignOptions.parse(input);
  const createdAt = new Date().toISOString();
  await engine.db.transaction().execute(async (trx) => {
    await trx.insertInto('campaign').values({ id, name, status, options: JSON.stringify(options), created_at: createdAt }).execute();
    const tx = asIDatabase(trx);
    for (const entry of entries) {
      await trx
        .insertInto('campaign_site')
        .values({ campaign_id: id, site_id: entry.id, name: entry.name, ambito: entry.ambito, entidad: entry.entidad, urls: JSON.stringify(entry.urls), pages: 0 })
        .execute();
      const pages: NewPage[] = entry.urls.flatMap((portal) => startPages(portal, options.crawl.start)).map((url, i) => ({ url, depth: 0, sitemap: i === 0 && options.crawl.sitemaps }));
      await enqueuePages(tx, engine.queue, id, entry.id, options.crawl.maxPages, pages);
    }
  });
  return { id, name, status, options, createdAt };
}

export async function getCampaign(db: Kysely<CampaignDatabase>, id: string): Promise<Campaign> {
  const campaign = await findCampaign(db, id);
  if (!campaign) throw new CampaignNotFoundError(`no existe la campaña ${id}`);
  return campaign;
}

export class CampaignStateError extends Error {}

/**
 * pause, resume (and run) and cancel: workers read the status before each page. Cancelling also
 * marks every waiting page cancelled at once (their jobs then find nothing to do). A cancelled
 * campaign stays cancelled.
 */
export async function setStatus(db: Kysely<CampaignDatabase>, id: string, status: CampaignStatus): Promise<Campaign> {
  const current = await getCampaign(db, id);
  if (current.status === 'cancelled' && status !== 'cancelled') throw new CampaignStateError(`la campaña ${id} está cancelada`);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('campaign').set({ status }).where('id', '=', id).execute();
    if (status === 'cancelled') {
      await trx
        .updateTable('campaign_page')
        .set({ state: 'cancelled', reason: 'campaña cancelada', updated_at: new Date().toISOString() })
        .where('campaign_id', '=', id)
        .where('state', '=', 'queued')
        .execute();
    }
  });
  return { ...current, status };
}

export async function listCampaigns(db: Kysely<CampaignDatabase>): Promise<{ id: string; name: string; status: CampaignStatus; createdAt: string }[]> {
  const rows = await db.selectFrom('campaign').select(['id', 'name', 'status', 'created_at']).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, createdAt: r.created_at }));
}
