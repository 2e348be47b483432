import type { AuditReport, Band, CriterionId } from '../schemas/index.js';

/** One line of a batch summary table: a page and its scores. */
export interface SummaryRow {
  url: string;
  title: string;
  score: number | null;
  band: Band | null;
  coverage: number;
  truncated: boolean;
  criteria: Record<CriterionId, number | null>;
}

/** The data of a summary table (page, score, band, coverage, the ten criterion scores). */
export function summaryRows(reports: readonly AuditReport[]): SummaryRow[] {
  return reports.map((report) => ({
    url: report.url,
    title: report.title,
    score: report.score,
    band: report.band,
    coverage: report.coverage,
    truncated: report.truncated,
    criteria: Object.fromEntries(report.criteria.map((c) => [c.id, c.score])) as Record<CriterionId, number | null>,
  }));
}
