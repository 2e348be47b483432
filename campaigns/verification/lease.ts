import type { Kysely, Transaction } from 'kysely';
import type { Auditor, PageHolder } from '../../core/schemas/index.js';
import type { CampaignDatabase } from '../tables.js';
import { PageTakenError } from './errors.js';

/** How long a claim holds a page unless renewed (claiming again, or answering, renews it). */
export const DEFAULT_LEASE_MS = 30 * 60_000;

type Db = Kysely<CampaignDatabase> | Transaction<CampaignDatabase>;

export interface LeaseRequest {
  campaignId: string;
  page: string;
  auditor: Auditor;
  now: Date;
  leaseMs: number;
}

const holderOf = (row: { auditor_id: string; auditor_name: string; claimed_at: string; expires_at: string }): PageHolder => ({
  auditor: { id: row.auditor_id, name: row.auditor_name },
  claimedAt: row.claimed_at,
  expiresAt: row.expires_at,
});

/**
 * Takes or renews the lease on a page in one statement: insert, or on conflict update only when the
 * row is the same auditor's or its lease has expired. The database decides (no lock in this
 * process), so of two auditors claiming at once exactly one gets the page. Throws PageTakenError
 * with the holder otherwise.
 */
export async function takeLease(db: Db, request: LeaseRequest): Promise<PageHolder> {
  const claimedAt = request.now.toISOString();
  const expiresAt = new Date(request.now.getTime() + request.leaseMs).toISOString();
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await db
      .insertInto('campaign_claim')
      .values({ campaign_id: request.campaignId, page_url: request.page, auditor_id: request.auditor.id, auditor_name: request.auditor.name, claimed_at: claimedAt, expires_at: expiresAt })
      .onConflict((oc) =>
        oc
          .columns(['campaign_id', 'page_url'])
          .doUpdateSet((eb) => ({
            auditor_id: eb.ref('excluded.auditor_id'),
            auditor_name: eb.ref('excluded.auditor_name'),
            claimed_at: eb.ref('excluded.claimed_at'),
            expires_at: eb.ref('excluded.expires_at'),
          }))
          .where((eb) => eb.or([eb('campaign_claim.auditor_id', '=', request.auditor.id), eb('campaign_claim.expires_at', '<=', claimedAt)])),
      )
      .returningAll()
      .executeTakeFirst();
    if (row) return holderOf(row);
    const holder = await currentHolder(db, request.campaignId, request.page, request.now);
    // Released between the two statements: try again.
    if (holder) throw new PageTakenError(holder);
  }
  throw new Error(`lease on ${request.page} kept changing hands`);
}

/** The live lease on a page (null when nobody holds it or the lease expired). */
export async function currentHolder(db: Db, campaignId: string, page: string, now: Date): Promise<PageHolder | null> {
  const row = await db
    .selectFrom('campaign_claim')
    .selectAll()
    .where('campaign_id', '=', campaignId)
    .where('page_url', '=', page)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row ? holderOf(row) : null;
}

/** Gives a page back (only the holder's own lease); true when there was one to give back. */
export async function releaseLease(db: Db, campaignId: string, page: string, auditorId: string): Promise<boolean> {
  const result = await db.deleteFrom('campaign_claim').where('campaign_id', '=', campaignId).where('page_url', '=', page).where('auditor_id', '=', auditorId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export { holderOf };

/** Releases every page the given auditors hold (they were revoked); returns how many. */
export async function releaseLeasesOf(db: Db, auditorIds: readonly string[]): Promise<number> {
  if (auditorIds.length === 0) return 0;
  const result = await db.deleteFrom('campaign_claim').where('auditor_id', 'in', auditorIds).executeTakeFirst();
  return Number(result.numDeletedRows);
}
