/**
 * The panel export: one row per page and per month in which the page had an audit or answers
 * (the filters applied), RFC 4180 with CRLF, every cell neutralised against formula injection by
 * the core's csvCell. Numbers stay machine-readable (dot decimals, no units).
 */
import type { AuditEntry } from '../../../../core/schemas/index.js';
import { csvCell } from '../../../../core/report/csv.js';
import { rulesLabel, STRINGS, type Lang } from '../i18n.js';
import { auditChange, rulesOf } from './change.js';
import { CRITERIA, type PageView } from './panel.js';

type Cell = string | number | null;

const round1 = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : Math.round(n * 10) / 10);

const HEADERS: Record<Lang, string[]> = {
  'es-MX': ['Sujeto obligado', 'Sitio', 'Página', 'Título', 'Periodo', 'Fecha de auditoría', 'Calificación', 'Nivel', 'Variación (puntos)', 'Tasa de variación (%)', 'Reglas', 'Cambio de reglas'],
  en: ['Public body', 'Site', 'Page', 'Title', 'Period', 'Audit date', 'Score', 'Band', 'Change (points)', 'Rate of change (%)', 'Rules', 'Rule change'],
};
const TAIL: Record<Lang, string[]> = {
  'es-MX': ['Respuestas', 'Respuestas útiles', 'Tasa de utilidad (%)'],
  en: ['Answers', 'Useful answers', 'Usefulness rate (%)'],
};

function rowsOf(page: PageView, lang: Lang): Cell[][] {
  const byMonth = new Map<string, AuditEntry>();
  for (const audit of page.audits) byMonth.set(audit.auditedAt.slice(0, 7), audit); // oldest first: the month's last audit wins
  const periods = [...new Set([...byMonth.keys(), ...page.feedback.series.map((s) => s.period)])].sort();
  return periods.map((period) => {
    const audit = byMonth.get(period) ?? null;
    const index = audit ? page.audits.indexOf(audit) : -1;
    const change = audit && index > 0 ? auditChange(page.audits[index - 1], audit) : null;
    const answers = page.feedback.series.find((s) => s.period === period);
    return [
      page.site.name,
      page.site.id,
      page.page,
      page.title,
      period,
      audit?.auditedAt ?? null,
      round1(audit?.score),
      audit?.band ?? null,
      round1(change?.points),
      round1(change?.rate),
      audit ? rulesLabel(rulesOf(audit), null, lang) : null,
      change?.ruleChanges.map((c) => `${rulesLabel(c.from, c.to, lang)} → ${rulesLabel(c.to, c.from, lang)}`).join('; ') || null,
      ...CRITERIA.map((c) => round1(audit?.criteria[c])),
      answers?.total ?? 0,
      answers?.useful ?? 0,
      answers && answers.total ? round1((answers.useful / answers.total) * 100) : null,
    ];
  });
}

export function panelCsv(pages: readonly PageView[], lang: Lang): string {
  const header = [...HEADERS[lang], ...CRITERIA.map((c) => STRINGS[lang].criteriaShort[c]), ...TAIL[lang]];
  const lines = [header, ...pages.flatMap((page) => rowsOf(page, lang))].map((cells) => cells.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
