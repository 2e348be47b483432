import type { Insertable, Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from './database.js';
import { normalizePageUrl } from '../../../core/schemas/index.js';
import { InvalidInputError } from '../validation.js';

/** What a read covers: the sites the caller may read, optionally one page and a time range. */
export interface Scope {
  /** Site ids, or 'all' for the admin token. */
  sites: readonly string[] | 'all';
  page?: string;
  /** Inclusive lower bound, UTC ISO 8601. */
  from?: string;
  /** Exclusive upper bound, UTC ISO 8601. */
  until?: string;
}

/**
 * Applies a scope to a query on a table with site, page and the given time column; `table`
 * qualifies the column names when the query joins tables.
 */
export function whereScope<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  scope: Scope,
  timeColumn: string,
  table = '',
): SelectQueryBuilder<DB, TB, O> {
  const col = (name: string) => (table ? `${table}.${name}` : name);
  // Column names are fixed by the callers; Kysely's typing of dynamic column refs is loose here.
  let q = query as SelectQueryBuilder<any, any, O>;
  if (scope.sites !== 'all') q = scope.sites.length > 0 ? q.where(col('site'), 'in', [...scope.sites]) : q.where((eb) => eb.val(1), '=', 0);
  if (scope.page !== undefined) q = q.where(col('page'), '=', scope.page);
  if (scope.from !== undefined) q = q.where(col(timeColumn), '>=', scope.from);
  if (scope.until !== undefined) q = q.where(col(timeColumn), '<', scope.until);
  return q as SelectQueryBuilder<DB, TB, O>;
}

export const isoNow = (): string => new Date().toISOString();

/** Counts come back as bigint strings from PostgreSQL and numbers from SQLite. */
export const toCount = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * A scope from a Node API caller, made safe to query with: the page normalised like stored pages,
 * the bounds as UTC ISO strings (so they compare as stored dates do). Throws InvalidInputError.
 */
export function normalizeScope(scope: Scope): Scope {
  const out: Scope = { sites: scope.sites };
  if (scope.page !== undefined) {
    const page = normalizePageUrl(scope.page);
    if (page === null) throw new InvalidInputError([{ field: 'page', code: 'custom', message: 'an absolute http(s) URL is expected' }]);
    out.page = page;
  }
  for (const key of ['from', 'until'] as const) {
    const value = scope[key];
    if (value === undefined) continue;
    const time = Date.parse(value);
    if (Number.isNaN(time)) throw new InvalidInputError([{ field: key, code: 'custom', message: 'an ISO 8601 date-time is expected' }]);
    out[key] = new Date(time).toISOString();
  }
  return out;
}

/** The tables whose rows are keyed by an `id` made from their content (idempotent writes). */
type KeyedTable = 'audit' | 'catalogue_audit' | 'feedback' | 'good_practice';

/** Inserts a row unless one with its id is stored; true when this call stored it. */
export async function insertOnce<T extends KeyedTable>(db: Kysely<Database>, table: T, row: Insertable<Database[T]>): Promise<boolean> {
  // Kysely cannot follow a table name that is a type parameter; the row's type is checked above.
  const result = await (db as Kysely<any>)
    .insertInto(table)
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
