import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/**
 * The salt of this database's network and address hashes: drawn once, by whichever collector
 * process opens the database first, and shared by every other (so their counters agree).
 */
export async function networkSalt(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto('collector_setting')
    .values({ name: 'network_salt', value: randomBytes(32).toString('hex') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('collector_setting').select('value').where('name', '=', 'network_salt').executeTakeFirstOrThrow();
  return row.value;
}
