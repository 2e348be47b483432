import type { AuditReport, Locale } from '../../core/schemas/index.js';
import { toCsv, toCsvMany, toHtml, toJson } from '../../core/report/index.js';

export type ExportFormat = 'json' | 'csv' | 'html';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

function slug(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.pathname}`.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'pagina';
  } catch {
    return 'pagina';
  }
}

const stamp = (iso: string): string => iso.slice(0, 16).replace(/[:T]/g, '-');

/** One report as a file through the core's renderers (JSON validated both ways, CSV, printable HTML). */
export function reportFile(report: AuditReport, format: ExportFormat, locale: Locale): ExportFile {
  const base = `proactiva-${slug(report.url)}-${stamp(report.auditedAt)}`;
  if (format === 'json') return { name: `${base}.json`, mime: 'application/json', text: toJson(report) };
  if (format === 'csv') return { name: `${base}.csv`, mime: 'text/csv;charset=utf-8', text: `\uFEFF${toCsv(report, locale)}` };
  return { name: `${base}.html`, mime: 'text/html;charset=utf-8', text: toHtml(report, { locale }) };
}

/** The reports of a batch in one CSV (one row per check, the core's columns). */
export function batchCsvFile(reports: readonly AuditReport[], locale: Locale, now = new Date()): ExportFile {
  return { name: `proactiva-lote-${stamp(now.toISOString())}.csv`, mime: 'text/csv;charset=utf-8', text: `\uFEFF${toCsvMany(reports, locale)}` };
}
