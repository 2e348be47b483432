import type { Kysely, Transaction } from 'kysely';
import { releaseLeasesOf } from '../../../campaigns/verification/lease.js';
import type { CampaignDatabase } from '../../../campaigns/tables.js';
import { AuditorRegistration, type Auditor } from '../../../core/schemas/index.js';
import { parseInput } from '../validation.js';
import type { Database } from './database.js';
import { isoNow } from './scope.js';
import { hashToken } from './sites.js';

/** Inserts or updates a named auditor by id (name and token replaced); the token is kept only as its hash. */
export async function upsertAuditor(db: Kysely<Database>, input: AuditorRegistration): Promise<Auditor> {
  const auditor = parseInput(AuditorRegistration, input, 'auditor');
  const now = isoNow();
  const values = { name: auditor.name, token_hash: hashToken(auditor.token), updated_at: now };
  await db
    .insertInto('auditor')
    .values({ id: auditor.id, created_at: now, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  return { id: auditor.id, name: auditor.name };
}

/** The auditor a token belongs to, if any (looked up by the token's hash). */
export async function auditorByToken(db: Kysely<Database>, token: string): Promise<Auditor | undefined> {
  const row = await db.selectFrom('auditor').select(['id', 'name']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
  return row && { id: row.id, name: row.name };
}

/**
 * Revokes every auditor not in `keep` (the sites file's list): their rows go, so their tokens are
 * refused, and their claims are released. Their answers stay, with their names. Returns the ids revoked.
 */
export async function revokeAuditorsExcept(db: Kysely<Database>, keep: readonly string[]): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    let gone = tx.selectFrom('auditor').select('id');
    if (keep.length > 0) gone = gone.where('id', 'not in', keep);
    const ids = (await gone.execute()).map((r) => r.id);
    if (ids.length === 0) return [];
    await releaseLeasesOf(tx as unknown as Transaction<CampaignDatabase>, ids);
    await tx.deleteFrom('auditor').where('id', 'in', ids).execute();
    return ids;
  });
}
