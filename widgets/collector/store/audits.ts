import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { AuditReport, Band, normalizePageUrl, type AuditEntry, type CreatedId, type CriterionScores } from '../../../core/schemas/index.js';
import type { AuditTable, Database } from './database.js';
import { insertOnce, isoNow, whereScope, type Scope } from './scope.js';

/** The audit id: sha256 of site, normalised page and auditedAt (UTC), so republishing is idempotent. */
export function auditId(site: string, page: string, auditedAt: string): string {
  return createHash('sha256').update(`${site}\n${page}\n${new Date(auditedAt).toISOString()}`).digest('hex');
}

export class AuditPageError extends Error {}

export function criterionScores(report: AuditReport): CriterionScores {
  return Object.fromEntries(report.criteria.map((c) => [c.id, c.score]));
}

/** Stores a validated report for a site; its page is the report URL, normalised. */
export async function writeAudit(db: Kysely<Database>, site: string, report: AuditReport): Promise<CreatedId> {
  const page = normalizePageUrl(report.url);
  if (page === null) throw new AuditPageError('report.url is not an http(s) URL');
  const auditedAt = new Date(report.auditedAt).toISOString();
  const rules = report.rules ?? null;
  const row: AuditTable = {
    id: auditId(site, page, auditedAt),
    site,
    page,
    audited_at: auditedAt,
    score: report.score,
    band: report.band,
    criteria: JSON.stringify(criterionScores(report)),
    report: JSON.stringify(report),
    received_at: isoNow(),
    rules_id: rules?.id ?? null,
    rules_version: rules?.version ?? null,
    rules_hash: rules?.hash ?? null,
  };
  return { id: row.id, stored: await insertOnce(db, 'audit', row) };
}

function toEntry(row: AuditTable): AuditEntry {
  return {
    id: row.id,
    site: row.site,
    page: row.page,
    auditedAt: row.audited_at,
    score: row.score === null ? null : Number(row.score),
    band: row.band === null ? null : Band.parse(row.band),
    criteria: JSON.parse(row.criteria) as CriterionScores,
    rules: row.rules_id && row.rules_version && row.rules_hash ? { id: row.rules_id, version: row.rules_version, hash: row.rules_hash } : null,
    report: AuditReport.parse(JSON.parse(row.report)),
  };
}

/** Audits in scope, oldest first. */
export async function listAudits(db: Kysely<Database>, scope: Scope): Promise<AuditEntry[]> {
  const rows = await whereScope(db.selectFrom('audit').selectAll(), scope, 'audited_at')
    .orderBy('audited_at')
    .orderBy('id')
    .execute();
  return rows.map(toEntry);
}

export async function findAudit(db: Kysely<Database>, id: string): Promise<AuditEntry | undefined> {
  const row = await db.selectFrom('audit').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}
