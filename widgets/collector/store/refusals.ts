import type { Kysely } from 'kysely';
import { RefusalReason, type RefusalCount } from '../../../core/schemas/index.js';
import type { Database } from './database.js';
import { toCount, type Scope } from './scope.js';

/** Counts one refused answer for its site, UTC day and reason (an atomic upsert on both engines). */
export async function countRefusal(db: Kysely<Database>, site: string, reason: RefusalReason, now: Date): Promise<void> {
  await db
    .insertInto('feedback_refusal')
    .values({ site, day: now.toISOString().slice(0, 10), reason, count: 1 })
    .onConflict((oc) => oc.columns(['site', 'day', 'reason']).doUpdateSet((eb) => ({ count: eb('feedback_refusal.count', '+', 1) })))
    .execute();
}

/** Refusal counts in scope (by day; `from`/`until` compare with the day's start), oldest day first. */
export async function listRefusals(db: Kysely<Database>, scope: Scope): Promise<RefusalCount[]> {
  let query = db.selectFrom('feedback_refusal').select(['site', 'day', 'reason', 'count']);
  if (scope.sites !== 'all') query = scope.sites.length > 0 ? query.where('site', 'in', [...scope.sites]) : query.where((eb) => eb.val(1), '=', 0);
  if (scope.from !== undefined) query = query.where('day', '>=', scope.from.slice(0, 10));
  if (scope.until !== undefined) query = query.where('day', '<', untilDay(scope.until));
  const rows = await query.orderBy('day').orderBy('site').orderBy('reason').execute();
  return rows.flatMap((row) => {
    const reason = RefusalReason.safeParse(row.reason);
    return reason.success ? [{ site: row.site, day: row.day, reason: reason.data, count: toCount(row.count) }] : [];
  });
}

/** An exclusive upper bound as a day: midnight bounds itself, any later instant keeps its own day. */
function untilDay(instant: string): string {
  if (instant.endsWith('T00:00:00.000Z')) return instant.slice(0, 10);
  const day = new Date(`${instant.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}
