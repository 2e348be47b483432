import type { GoodPractice, Locale, StoredFeedback } from '../../core/schemas/index.js';
import { CRITERIA } from '../../core/criteria.js';
import { csvCell } from '../../core/report/csv.js';

type Column<T> = { es: string; en: string; value: (row: T) => string | number | null | undefined };

/** RFC 4180 (CRLF, quoted when needed) with the core's formula-injection guard on every cell. */
function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[], locale: Locale): string {
  const header = columns.map((col) => csvCell(locale === 'en' ? col.en : col.es)).join(',');
  const lines = rows.map((row) => columns.map((col) => csvCell(col.value(row))).join(','));
  return [header, ...lines].join('\r\n') + '\r\n';
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
