import type { Kysely, Transaction } from 'kysely';
import {
  FeedbackReason,
  type FeedbackAck,
  type FeedbackRecord,
  type FeedbackSummary,
  type PageFeedbackStats,
  type StoredFeedback,
} from '../../../core/schemas/index.js';
import type { Database, FeedbackTable } from './database.js';
import { insertOnce, isoNow, toCount, whereScope, type Scope } from './scope.js';

/** Writes one validated, normalised record; stored is false when its uuid is already there. */
export async function writeFeedback(trx: Transaction<Database>, record: FeedbackRecord): Promise<FeedbackAck> {
  const createdAt = new Date(record.createdAt).toISOString();
  const row: FeedbackTable = {
    id: record.id,
    site: record.site,
    page: record.page,
    useful: record.useful ? 1 : 0,
    reasons: JSON.stringify(record.reasons),
    comment: record.comment ?? null,
    locale: record.locale,
    created_at: createdAt,
    received_at: isoNow(),
  };
  const stored = await insertOnce(trx, 'feedback', row);
  const reasons = [...new Set(record.reasons)];
  if (stored && reasons.length > 0) {
    await trx
      .insertInto('feedback_reason')
      .values(reasons.map((reason) => ({ feedback_id: record.id, reason, site: record.site, page: record.page, created_at: createdAt })))
      .execute();
  }
  return { id: record.id, stored };
}

/** The public aggregate of one (normalised) page. */
export async function pageSummary(db: Kysely<Database>, page: string): Promise<FeedbackSummary> {
  const totals = await db
    .selectFrom('feedback')
    .select((eb) => [eb.fn.countAll().as('total'), eb.fn.sum<number>('useful').as('useful'), eb.fn.max('received_at').as('updated')])
    .where('page', '=', page)
    .executeTakeFirstOrThrow();
  const reasons = await db
    .selectFrom('feedback_reason')
    .select((eb) => ['reason', eb.fn.countAll().as('count')])
    .where('page', '=', page)
    .groupBy('reason')
    .execute();
  const total = toCount(totals.total);
  const useful = toCount(totals.useful);
  return {
    page,
    total,
    useful,
    usefulRate: total > 0 ? useful / total : null,
    reasons: reasons
      .flatMap((r) => {
        const reason = FeedbackReason.safeParse(r.reason);
        return reason.success ? [{ reason: reason.data, count: toCount(r.count) }] : [];
      })
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    updatedAt: totals.updated ?? null,
  };
}

const toStored = (row: FeedbackTable): StoredFeedback => ({
  id: row.id,
  site: row.site,
  page: row.page,
  useful: row.useful === 1 || Number(row.useful) === 1,
  reasons: JSON.parse(row.reasons) as FeedbackRecord['reasons'],
  ...(row.comment === null ? {} : { comment: row.comment }),
  locale: row.locale as FeedbackRecord['locale'],
  createdAt: row.created_at,
  receivedAt: row.received_at,
});

/** Every record in scope, oldest first (by createdAt, then id). */
export async function exportFeedback(db: Kysely<Database>, scope: Scope): Promise<StoredFeedback[]> {
  const rows = await whereScope(db.selectFrom('feedback').selectAll(), scope, 'created_at')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toStored);
}

/**
 * The same records as exportFeedback, in batches of `batchSize`, read by keyset pagination on
 * (createdAt, id): each batch is one short query, so memory stays bounded however many records
 * there are, and no connection is held (nor SQLite's single one blocked) between batches.
 */
export async function* streamFeedback(db: Kysely<Database>, scope: Scope, batchSize = 1_000): AsyncGenerator<StoredFeedback[]> {
  let after: { createdAt: string; id: string } | null = null;
  for (;;) {
    let query = whereScope(db.selectFrom('feedback').selectAll(), scope, 'created_at');
    if (after) {
      const { createdAt, id } = after;
      // A row-value comparison, which both engines turn into a range scan of feedback_created_id
      // (an OR of the two conditions makes PostgreSQL walk the index from the start every batch).
      query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), '>', eb.tuple(createdAt, id)));
    }
    const rows = await query.orderBy('created_at').orderBy('id').limit(batchSize).execute();
    if (rows.length === 0) return;
    yield rows.map(toStored);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { createdAt: last.created_at, id: last.id };
  }
}

/** Per site and page: totals, reasons per criterion and a monthly series, in scope. */
export async function feedbackStats(db: Kysely<Database>, scope: Scope): Promise<PageFeedbackStats[]> {
  const months = await whereScope(
    db
      .selectFrom('feedback')
      .select((eb) => [
        'site',
        'page',
        eb.fn<string>('substr', ['created_at', eb.val(1), eb.val(7)]).as('period'),
        eb.fn.countAll().as('total'),
        eb.fn.sum<number>('useful').as('useful'),
      ]),
    scope,
    'created_at',
  )
    .groupBy(['site', 'page', 'period'])
    .execute();
  const reasons = await whereScope(
    db.selectFrom('feedback_reason').select((eb) => ['site', 'page', 'reason', eb.fn.countAll().as('count')]),
    scope,
    'created_at',
  )
    .groupBy(['site', 'page', 'reason'])
    .execute();

  const pages = new Map<string, PageFeedbackStats>();
  const key = (site: string, page: string) => `${site}\u0000${page}`;
  for (const m of months) {
    const k = key(m.site, m.page);
    let entry = pages.get(k);
    if (!entry) {
      entry = { site: m.site, page: m.page, total: 0, useful: 0, usefulRate: null, reasons: {}, series: [] };
      pages.set(k, entry);
    }
    const total = toCount(m.total);
    const useful = toCount(m.useful);
    entry.total += total;
    entry.useful += useful;
    entry.series.push({ period: String(m.period), total, useful });
  }
  for (const r of reasons) {
    const entry = pages.get(key(r.site, r.page));
    const reason = FeedbackReason.safeParse(r.reason);
    if (entry && reason.success) entry.reasons[reason.data] = toCount(r.count);
  }
  return [...pages.values()]
    .map((entry) => ({
      ...entry,
      usefulRate: entry.total > 0 ? entry.useful / entry.total : null,
      series: entry.series.sort((a, b) => a.period.localeCompare(b.period)),
    }))
    .sort((a, b) => a.site.localeCompare(b.site) || a.page.localeCompare(b.page));
}

/** How many other pages of a site got exactly this comment since a time (the repeated-comment rule). */
export async function pagesWithComment(db: Kysely<Database>, q: { site: string; comment: string; since: string; exceptPage: string }): Promise<number> {
  const row = await db
    .selectFrom('feedback')
    .select((eb) => eb.fn.count<number>('page').distinct().as('pages'))
    .where('site', '=', q.site)
    .where('received_at', '>=', q.since)
    .where('comment', '=', q.comment)
    .where('page', '!=', q.exceptPage)
    .executeTakeFirst();
  return toCount(row?.pages);
}

/** Retention: empties the comment of every answer received before a time; returns how many. */
export async function forgetComments(db: Kysely<Database>, receivedBefore: string): Promise<number> {
  const result = await db.updateTable('feedback').set({ comment: null }).where('comment', 'is not', null).where('received_at', '<', receivedBefore).executeTakeFirst();
  return Number(result.numUpdatedRows);
}
