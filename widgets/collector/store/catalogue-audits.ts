import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { CatalogueReport } from '../../../core/catalogue/schema.js';
import type { CatalogueAuditEntry, CreatedId } from '../../../core/schemas/index.js';
import type { CatalogueAuditTable, Database } from './database.js';
import { insertOnce, isoNow, type Scope } from './scope.js';

/** The catalogue audit id: sha256 of source and scoredAt (UTC), so republishing a report is idempotent. */
export function catalogueAuditId(source: string, scoredAt: string): string {
  return createHash('sha256').update(`catalogue\n${source}\n${new Date(scoredAt).toISOString()}`).digest('hex');
}

/** Stores a validated catalogue report; a report with the same source and scoredAt is kept once. */
export async function writeCatalogueAudit(db: Kysely<Database>, report: CatalogueReport): Promise<CreatedId> {
  const scoredAt = new Date(report.scoredAt).toISOString();
  const row: CatalogueAuditTable = {
    id: catalogueAuditId(report.source, scoredAt),
    source: report.source,
    format: report.format,
    scored_at: scoredAt,
    datasets: report.datasets.length,
    percent: report.percent,
    rating: report.rating,
    report: JSON.stringify(report),
    received_at: isoNow(),
  };
  return { id: row.id, stored: await insertOnce(db, 'catalogue_audit', row) };
}

/** A name as publisher and site names are compared: NFC, spaces collapsed, case folded. */
export const publisherKey = (name: string): string => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('es');

/**
 * The latest audit of each catalogue source scored in the scope's range, oldest source first by
 * name. Each dataset is given the registered site whose name is its publisher (null when none);
 * a scope of some sites keeps only their datasets, and leaves out catalogues with none of them.
 */
export async function listCatalogueAudits(db: Kysely<Database>, scope: Scope, sites: readonly { id: string; name: string }[]): Promise<CatalogueAuditEntry[]> {
  let latest = db.selectFrom('catalogue_audit').select((eb) => ['source', eb.fn.max('scored_at').as('latest')]).groupBy('source');
  if (scope.from !== undefined) latest = latest.where('scored_at', '>=', scope.from);
  if (scope.until !== undefined) latest = latest.where('scored_at', '<', scope.until);
  const rows = await db
    .selectFrom('catalogue_audit as a')
    .innerJoin(latest.as('l'), (join) => join.onRef('a.source', '=', 'l.source').onRef('a.scored_at', '=', 'l.latest'))
    .selectAll('a')
    .orderBy('a.source')
    .execute();
  const siteOf = new Map(sites.map((s) => [publisherKey(s.name), s.id]));
  const entries: CatalogueAuditEntry[] = [];
  for (const row of rows) {
    const report = CatalogueReport.parse(JSON.parse(row.report));
    const datasets = report.datasets
      .map((d) => ({ ...d, site: (d.publisher && siteOf.get(publisherKey(d.publisher))) || null }))
      .filter((d) => scope.sites === 'all' || (d.site !== null && scope.sites.includes(d.site)));
    if (scope.sites !== 'all' && datasets.length === 0) continue;
    entries.push({
      id: row.id,
      source: report.source,
      format: report.format,
      scoredAt: row.scored_at,
      receivedAt: row.received_at,
      skipped: report.skipped,
      total: report.datasets.length,
      datasets,
    });
  }
  return entries;
}
