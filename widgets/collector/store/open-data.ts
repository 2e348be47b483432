import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toCount } from './scope.js';

/** A site's answers counted per page and month (UTC, by createdAt), before any suppression. */
export interface MonthlyUsefulness {
  page: string;
  month: string;
  total: number;
  useful: number;
  reasons: Record<string, number>;
}

/** Counts per page and month for one site, ordered by page then month. Reads no comment. */
export async function monthlyUsefulness(db: Kysely<Database>, site: string): Promise<MonthlyUsefulness[]> {
  const month = (eb: any) => eb.fn('substr', ['created_at', eb.val(1), eb.val(7)]);
  const totals = await db
    .selectFrom('feedback')
    .select((eb) => ['page', month(eb).as('month'), eb.fn.countAll().as('total'), eb.fn.sum<number>('useful').as('useful')])
    .where('site', '=', site)
    .groupBy(['page', 'month'])
    .execute();
  const reasons = await db
    .selectFrom('feedback_reason')
    .select((eb) => ['page', month(eb).as('month'), 'reason', eb.fn.countAll().as('count')])
    .where('site', '=', site)
    .groupBy(['page', 'month', 'reason'])
    .execute();
  const key = (page: string, m: unknown) => `${page}\u0000${String(m)}`;
  const rows = new Map<string, MonthlyUsefulness>();
  for (const t of totals) rows.set(key(t.page, t.month), { page: t.page, month: String(t.month), total: toCount(t.total), useful: toCount(t.useful), reasons: {} });
  for (const r of reasons) {
    const row = rows.get(key(r.page, r.month));
    if (row) row.reasons[r.reason] = toCount(r.count);
  }
  return [...rows.values()].sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.month.localeCompare(b.month)));
}
