import { z } from 'zod';
import { CheckStatus } from '../schemas/check.js';
import { LocalizedText } from '../schemas/common.js';
import type { AuditReport } from '../schemas/report.js';
import type { ResourceKind, ResourceProfile } from './schema.js';
import { resourceStars } from './stars.js';

/** What reading a page's download found (`--inspect-downloads`): its real kind and its failed resource checks. */
export const DownloadInspection = z.object({
  kind: z.string().max(20),
  declared: z.string().max(20),
  stars: z.number().int().min(0).max(5),
  /** Readable as what it claims to be (not HTML for data, not a damaged file). */
  usable: z.boolean(),
  /** Short facts: rows × columns, encoding, pages with text… */
  summary: z.string().max(300),
  findings: z
    .array(z.object({ checkId: z.string().max(100), status: CheckStatus, title: LocalizedText, detail: LocalizedText.optional() }))
    .max(12),
});
export type DownloadInspection = z.infer<typeof DownloadInspection>;

const MIME: Partial<Record<ResourceKind, string>> = {
  csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json', xml: 'application/xml', pdf: 'application/pdf', html: 'text/html',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xls: 'application/vnd.ms-excel', ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The MIME type of what the bytes really are, for the page's format classification (a .csv serving HTML is HTML). */
export function effectiveContentType(profile: ResourceProfile): string | undefined {
  return MIME[profile.kind] ?? profile.contentType;
}

function summary(p: ResourceProfile): string {
  const parts = [p.kind.toUpperCase()];
  if (p.table) parts.push(`${p.table.rows} × ${p.table.columns}`);
  if (p.encoding) parts.push(p.encoding);
  if (p.delimiter) parts.push(`«${p.delimiter === '\t' ? 'TAB' : p.delimiter}»`);
  if (p.pdf) parts.push(`${p.pdf.pagesWithText}/${p.pdf.pagesRead} pág. con texto`, p.pdf.tagged ? 'etiquetado' : 'sin etiquetas');
  if (p.parseError) parts.push(p.parseError);
  return parts.join(', ').slice(0, 300);
}

/** Condenses a resource audit into what a page report shows under the download's link. */
export function inspectionOf(profile: ResourceProfile, report: AuditReport): DownloadInspection {
  const checks = report.criteria.flatMap((c) => c.checks);
  const realFormat = checks.find((c) => c.id === 'resource-real-format');
  return {
    kind: profile.kind,
    declared: profile.declared,
    stars: resourceStars(profile.kind, !profile.parseError),
    usable: realFormat?.status !== 'fail',
    summary: summary(profile),
    findings: checks
      .filter((c) => c.status === 'fail' || c.status === 'partial')
      .slice(0, 12)
      .map((c) => ({ checkId: c.id, status: c.status, title: c.failureTitle, ...(c.detail ? { detail: c.detail } : {}) })),
  };
}
