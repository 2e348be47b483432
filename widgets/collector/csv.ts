import type { GoodPractice, Locale, StoredFeedback } from '../../core/schemas/index.js';
import { CRITERIA } from '../../core/criteria.js';
import { csvCell } from '../../core/report/csv.js';

type Column<T> = { es: string; en: string; value: (row: T) => string | number | null | undefined };

const csvHeader = <T>(columns: readonly Column<T>[], locale: Locale): string => `${columns.map((col) => csvCell(locale === 'en' ? col.en : col.es)).join(',')}\r\n`;
const csvLines = <T>(columns: readonly Column<T>[], rows: readonly T[]): string => rows.map((row) => `${columns.map((col) => csvCell(col.value(row))).join(',')}\r\n`).join('');

/** RFC 4180 (CRLF, quoted when needed) with the core's formula-injection guard on every cell. */
function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[], locale: Locale): string {
  return csvHeader(columns, locale) + csvLines(columns, rows);
}

const FEEDBACK_COLUMNS: readonly Column<StoredFeedback>[] = [
  { es: 'id', en: 'id', value: (r) => r.id },
  { es: 'sitio', en: 'site', value: (r) => r.site },
  { es: 'pagina', en: 'page', value: (r) => r.page },
  { es: 'util', en: 'useful', value: (r) => (r.useful ? 'true' : 'false') },
  { es: 'motivos', en: 'reasons', value: (r) => r.reasons.join(';') },
  { es: 'comentario', en: 'comment', value: (r) => r.comment },
  { es: 'idioma', en: 'locale', value: (r) => r.locale },
  { es: 'creado', en: 'createdAt', value: (r) => r.createdAt },
  { es: 'recibido', en: 'receivedAt', value: (r) => r.receivedAt },
];

/** One row per feedback record; reasons are criterion ids joined with `;`. */
export const feedbackCsv = (records: readonly StoredFeedback[], locale: Locale = 'es-MX'): string => toCsv(FEEDBACK_COLUMNS, records, locale);
/** The same CSV in pieces, for a streamed export: the header line, then the lines of each batch. */
export const feedbackCsvHeader = (locale: Locale = 'es-MX'): string => csvHeader(FEEDBACK_COLUMNS, locale);
export const feedbackCsvLines = (records: readonly StoredFeedback[]): string => csvLines(FEEDBACK_COLUMNS, records);

const GOOD_PRACTICE_COLUMNS: readonly Column<GoodPractice>[] = [
  { es: 'id', en: 'id', value: (r) => r.id },
  { es: 'sitio', en: 'site', value: (r) => r.site },
  { es: 'pagina', en: 'page', value: (r) => r.page },
  { es: 'auditoria', en: 'auditId', value: (r) => r.auditId },
  { es: 'auditada', en: 'auditedAt', value: (r) => r.auditedAt },
  { es: 'puntaje', en: 'score', value: (r) => r.score },
  { es: 'nivel', en: 'band', value: (r) => r.band },
  ...CRITERIA.map((criterion): Column<GoodPractice> => ({ es: criterion.id, en: criterion.id, value: (r) => r.criteria[criterion.id] ?? null })),
  { es: 'nota', en: 'note', value: (r) => r.note },
  { es: 'marcada', en: 'createdAt', value: (r) => r.createdAt },
];

/** One row per flagged page with its audit score, band and the ten criterion scores. */
export const goodPracticesCsv = (list: readonly GoodPractice[], locale: Locale = 'es-MX'): string => toCsv(GOOD_PRACTICE_COLUMNS, list, locale);
