import type { Kysely } from 'kysely';
import type { AuditReport } from '../core/schemas/index.js';
import { CampaignOptions, type CampaignOptionsInput } from './options.js';
import type { PadronEntry } from './padron.js';
import { resultRow } from './result-row.js';
import type { CampaignDatabase, CampaignStatus } from './tables.js';

export interface AuditedPage {
  siteId: string;
  url: string;
  report: AuditReport;
}

export interface AuditedCampaign {
  id: string;
  name: string;
  options: CampaignOptionsInput;
  createdAt: string;
  entries: readonly PadronEntry[];
  pages: readonly AuditedPage[];
  status?: CampaignStatus;
}

/**
 * Stores a campaign whose pages were already audited (by `auditPage`, outside the job queue): the
 * campaign, its padrón, every page `done` and its result row as the worker writes it
 * (`resultRow`), in one transaction. The demo uses it on the embedded SQLite store, where there is
 * no pg-boss queue; a campaign that already exists is left as it is (returns false).
 */
export async function recordAuditedCampaign(db: Kysely<CampaignDatabase>, campaign: AuditedCampaign): Promise<boolean> {
  const options = CampaignOptions.parse(campaign.options);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('campaign').select('id').where('id', '=', campaign.id).executeTakeFirst();
    if (existing) return false;
    await trx
      .insertInto('campaign')
      .values({ id: campaign.id, name: campaign.name, status: campaign.status ?? 'running', options: JSON.stringify(options), created_at: campaign.createdAt })
      .execute();
    for (const entry of campaign.entries) {
      const pages = campaign.pages.filter((p) => p.siteId === entry.id);
      await trx
        .insertInto('campaign_site')
        .values({ campaign_id: campaign.id, site_id: entry.id, name: entry.name, ambito: entry.ambito, entidad: entry.entidad, urls: JSON.stringify(entry.urls), pages: pages.length })
        .execute();
      for (const page of pages) {
        const updatedAt = new Date(page.report.auditedAt).toISOString();
        await trx
          .insertInto('campaign_page')
          .values({ campaign_id: campaign.id, page_url: page.url, site_id: entry.id, depth: 0, state: 'done', attempts: 1, reason: null, updated_at: updatedAt })
          .execute();
        await trx.insertInto('campaign_result').values(resultRow({ campaignId: campaign.id, siteId: entry.id, pageUrl: page.url, finalUrl: page.url, canonical: page.url }, page.report)).execute();
      }
    }
    return true;
  });
}
