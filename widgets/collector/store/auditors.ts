import type { Kysely } from 'kysely';
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
