import { z } from 'zod';
import { AuditReport, Band } from '../../core/schemas/index.js';

/** Where a saved audit came from. */
export const AuditSource = z.enum(['panel', 'batch', 'import']);
export type AuditSource = z.infer<typeof AuditSource>;

/** One saved audit: the full report (reviews included) plus what the history lists sort by. */
export const SavedAudit = z.object({
  id: z.string().min(1).max(100),
  /** Page URL without fragment: audits of the same page line up for comparison. */
  url: z.string().max(4_096),
  /** Origin of the page (the "site" the history groups by). */
  site: z.string().max(300),
  title: z.string().max(500),
  savedAt: z.iso.datetime(),
  auditedAt: z.iso.datetime(),
  score: z.number().min(0).max(100).nullable(),
  band: Band.nullable(),
  coverage: z.number().min(0).max(1),
  reviewed: z.number().int().min(0),
  source: AuditSource,
  batchId: z.string().max(100).optional(),
  report: AuditReport,
});
export type SavedAudit = z.infer<typeof SavedAudit>;
export type AuditSummary = Omit<SavedAudit, 'report'>;

/** Page key of a URL: no fragment (the query stays, it can name a different page). */
export function pageKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}

export function siteKey(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'unknown';
  }
}

/** Builds the record for a report (validated: a broken report is refused, never stored). */
export function toSavedAudit(report: AuditReport, meta: { id: string; source: AuditSource; savedAt: string; batchId?: string }): SavedAudit {
  const valid = AuditReport.parse(report);
  return SavedAudit.parse({
    id: meta.id,
    url: pageKey(valid.url),
    site: siteKey(valid.url),
    title: valid.title,
    savedAt: meta.savedAt,
    auditedAt: valid.auditedAt,
    score: valid.score,
    band: valid.band,
    coverage: valid.coverage,
    reviewed: valid.criteria.reduce((n, c) => n + c.checks.filter((k) => k.review).length, 0),
    source: meta.source,
    ...(meta.batchId ? { batchId: meta.batchId } : {}),
    report: valid,
  });
}

export function summaryOf(saved: SavedAudit): AuditSummary {
  const { report: _report, ...summary } = saved;
  return summary;
}
