import { CRITERIA } from '../../core/criteria.js';
import { csvCell } from '../../core/report/csv.js';
import { localize, type Locale } from '../../core/schemas/index.js';
import type { BatchRow } from '../batch/batch-state.js';
import { translate } from '../i18n/messages.js';
import type { ExportFile } from './report-files.js';

const score = (value: number | null | undefined): string | number => (value === null || value === undefined ? '' : Math.round(value * 10) / 10);

/**
 * The batch results table as CSV, one row per page: URL, title, overall score, band, coverage,
 * partial flag, error, then the ten criterion scores (RFC 4180 cells, formula injection
 * neutralised by the core's csvCell).
 */
export function batchTableCsv(rows: readonly BatchRow[], locale: Locale, now = new Date()): ExportFile {
  const header = [
    translate(locale, 'colPage'),
    translate(locale, 'colTitle'),
    translate(locale, 'colScore'),
    translate(locale, 'colBand'),
    translate(locale, 'colCoverage'),
    translate(locale, 'colPartial'),
    translate(locale, 'colError'),
    ...CRITERIA.map((c) => localize(c.title, locale)),
  ];
  const lines = rows.map((row) =>
    [
      row.url,
      row.title,
      score(row.score),
      row.band ?? '',
      Math.round(row.coverage * 100) / 100,
      row.truncated ? 'true' : 'false',
      row.error ?? '',
      ...CRITERIA.map((c) => score(row.criteria[c.id])),
    ]
      .map(csvCell)
      .join(','),
  );
  const text = `\uFEFF${[header.map(csvCell).join(','), ...lines].join('\r\n')}\r\n`;
  return { name: `proactiva-lote-resultados-${now.toISOString().slice(0, 16).replace(/[:T]/g, '-')}.csv`, mime: 'text/csv;charset=utf-8', text };
}
