import { localize, type AuditReport, type CheckResult, type CriterionResult, type Locale } from '../schemas/index.js';
import { cleanText } from '../privacy/clean-text.js';
import { evidenceSummary } from './evidence.js';
import { t, type StringKey } from './strings.js';

const COLUMNS: readonly StringKey[] = [
  'colUrl',
  'colCriterionId',
  'colCriterionTitle',
  'colCheckId',
  'colTitle',
  'colMode',
  'colStatus',
  'colScore',
  'colWeight',
  'colEvidence',
  'colRecommendation',
];

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: control characters removed (core/privacy/clean-text.ts, so a file never carries
 * what the collector would not store), neutralised against formula injection, then quoted per
 * RFC 4180 when needed.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : cleanText(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: readonly (string | number | null | undefined)[]): string => cells.map(csvCell).join(',');

function checkRow(report: AuditReport, criterion: CriterionResult, check: CheckResult, locale: Locale): string {
  const failing = check.status === 'fail' || check.status === 'partial';
  return line([
    report.url,
    criterion.id,
    localize(criterion.title, locale),
    check.id,
    localize(failing ? check.failureTitle : check.title, locale),
    check.mode,
    check.status,
    check.score,
    check.weight,
    evidenceSummary(check.evidence, locale),
    failing ? localize(check.recommendation.what, locale) : '',
  ]);
}

function rows(report: AuditReport, locale: Locale): string[] {
  return report.criteria.flatMap((criterion) => criterion.checks.map((check) => checkRow(report, criterion, check, locale)));
}

/** Header row of the check table, in the locale. */
export function csvHeader(locale: Locale = 'es-MX'): string {
  return line(COLUMNS.map((key) => t(key, locale)));
}

/**
 * One row per check (RFC 4180, CRLF line ends). Raw values stay machine-readable: status and mode
 * as ids, score in [0,1] (empty when undecided); the recommendation cell is filled for failed and
 * partial checks only.
 */
export function toCsv(report: AuditReport, locale: Locale = 'es-MX'): string {
  return [csvHeader(locale), ...rows(report, locale)].join('\r\n') + '\r\n';
}

/** Batch runs: the same columns, one header, the rows of every report in order. */
export function toCsvMany(reports: readonly AuditReport[], locale: Locale = 'es-MX'): string {
  return [csvHeader(locale), ...reports.flatMap((report) => rows(report, locale))].join('\r\n') + '\r\n';
}
