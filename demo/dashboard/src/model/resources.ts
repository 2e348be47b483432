/**
 * Audits of downloads (datasets and documents) as the tablero shows them: apart from the pages,
 * one row per file with its latest audit and the checks it failed. A resource audit is told
 * apart by its address, which names a data or document file (core's isResourceName).
 */
import type { AuditEntry, CheckStatus, LocalizedText, PublicSite } from '../../../../core/schemas/index.js';
import { extensionOf, isResourceName } from '../../../../core/resources/sniff.js';
import { inRange, type Filters } from './filters.js';

export interface ResourceFinding {
  checkId: string;
  status: Extract<CheckStatus, 'fail' | 'partial'>;
  title: LocalizedText;
}

export interface ResourceView {
  site: PublicSite;
  url: string;
  /** File name from the address. */
  name: string;
  /** Format announced by the name (CSV, JSON, PDF…). */
  format: string;
  latest: AuditEntry;
  /** Failed checks first, then partial ones. */
  findings: ResourceFinding[];
}

export const isResourceAudit = (audit: Pick<AuditEntry, 'page'>): boolean => isResourceName(audit.page);

/** Page audits and resource audits, each kept in the collector's order. */
export function splitAudits(audits: readonly AuditEntry[]): { pages: AuditEntry[]; resources: AuditEntry[] } {
  return { pages: audits.filter((a) => !isResourceAudit(a)), resources: audits.filter(isResourceAudit) };
}

function findings(audit: AuditEntry): ResourceFinding[] {
  const checks = audit.report.criteria.flatMap((c) => c.checks);
  const of = (status: 'fail' | 'partial') => checks.filter((c) => c.status === status).map((c) => ({ checkId: c.id, status, title: c.failureTitle }));
  return [...of('fail'), ...of('partial')];
}

/**
 * The latest audit of each file in the filters (sujeto obligado and date range), worst first:
 * what to fix first. A page filter keeps its sujeto obligado's files (audits do not record which
 * page links a file).
 */
export function resourceViews(sites: readonly PublicSite[], audits: readonly AuditEntry[], filters: Filters): ResourceView[] {
  const latest = new Map<string, AuditEntry>();
  for (const audit of audits) {
    if (!isResourceAudit(audit) || (filters.site && audit.site !== filters.site) || !inRange(audit.auditedAt, filters)) continue;
    const key = `${audit.site} ${audit.page}`;
    const seen = latest.get(key);
    if (!seen || audit.auditedAt > seen.auditedAt) latest.set(key, audit);
  }
  const views: ResourceView[] = [];
  for (const audit of latest.values()) {
    const site = sites.find((s) => s.id === audit.site);
    if (!site) continue;
    const name = decodeURIComponent(new URL(audit.page).pathname.split('/').pop() ?? audit.page);
    views.push({ site, url: audit.page, name, format: extensionOf(audit.page).toUpperCase(), latest: audit, findings: findings(audit) });
  }
  return views.sort((a, b) => (a.latest.score ?? 101) - (b.latest.score ?? 101) || a.url.localeCompare(b.url));
}
