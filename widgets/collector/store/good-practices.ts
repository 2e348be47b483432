import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Band, type CreatedId, type CriterionScores, type GoodPractice, type GoodPracticeInput } from '../../../core/schemas/index.js';
import type { Database } from './database.js';
import { insertOnce, isoNow, whereScope, type Scope } from './scope.js';

export function goodPracticeId(site: string, page: string, auditId: string): string {
  return createHash('sha256').update(`${site}\n${page}\n${auditId}`).digest('hex');
}

/** Why a good practice could not be flagged; field names the input at fault. */
export class GoodPracticeError extends Error {
  constructor(
    message: string,
    readonly field: 'auditId' | 'page' | 'site',
  ) {
    super(message);
  }
}

/** Flags an audited page as a good practice; the audit must exist for that site and page. Idempotent. */
export async function addGoodPractice(db: Kysely<Database>, input: GoodPracticeInput): Promise<CreatedId> {
  const audit = await db.selectFrom('audit').select(['site', 'page']).where('id', '=', input.auditId).executeTakeFirst();
  if (!audit) throw new GoodPracticeError('no audit with this id', 'auditId');
  if (audit.site !== input.site) throw new GoodPracticeError('the audit belongs to another site', 'site');
  if (audit.page !== input.page) throw new GoodPracticeError(`the audit is of ${audit.page}`, 'page');
  const id = goodPracticeId(input.site, input.page, input.auditId);
  const stored = await insertOnce(db, 'good_practice', { id, site: input.site, page: input.page, audit_id: input.auditId, note: input.note || null, created_at: isoNow() });
  return { id, stored };
}

/** Removes a flag; returns false when no flag with that id is in scope. */
export async function removeGoodPractice(db: Kysely<Database>, id: string, scope: Scope): Promise<boolean> {
  let query = db.deleteFrom('good_practice').where('id', '=', id);
  if (scope.sites !== 'all') query = query.where('site', 'in', scope.sites.length > 0 ? [...scope.sites] : ['\u0000']);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Flagged pages in scope with their audit's score, band and criteria, newest flag first. */
export async function listGoodPractices(db: Kysely<Database>, scope: Scope): Promise<GoodPractice[]> {
  const query = db
    .selectFrom('good_practice')
    .innerJoin('audit', 'audit.id', 'good_practice.audit_id')
    .select([
      'good_practice.id as id',
      'good_practice.site as site',
      'good_practice.page as page',
      'good_practice.audit_id as auditId',
      'good_practice.note as note',
      'good_practice.created_at as createdAt',
      'audit.audited_at as auditedAt',
      'audit.score as score',
      'audit.band as band',
      'audit.criteria as criteria',
    ]);
  const rows = await whereScope(query, { ...scope, from: undefined, until: undefined }, 'created_at', 'good_practice')
    .orderBy('good_practice.created_at', 'desc')
    .orderBy('good_practice.id')
    .execute();
  return rows.map((row) => ({
    ...row,
    score: row.score === null ? null : Number(row.score),
    band: row.band === null ? null : Band.parse(row.band),
    criteria: JSON.parse(row.criteria) as CriterionScores,
  }));
}
