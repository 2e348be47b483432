import { CRITERIA } from '../criteria.js';
import { BAND_LABELS } from '../scoring/band.js';
import type { SummaryRow } from '../report/index.js';
import { fixFirst } from '../scoring/fix-first.js';
import type { AuditReport } from '../schemas/index.js';

export interface FailedRow {
  input: string;
  reason: string;
}

/** Short column headers for the ten criteria (stable ids, shortened to fit a terminal). */
const SHORT: Record<string, string> = {
  pertinente: 'pert',
  actualizada: 'actu',
  confiable: 'conf',
  completa: 'comp',
  'formatos-abiertos': 'form',
  comprensible: 'lcla',
  accesible: 'acce',
  localizable: 'loca',
  reutilizable: 'reut',
  retroalimentacion: 'retr',
};

const fmt = (n: number | null): string => (n === null ? '—' : String(Math.round(n)));
const clipLeft = (text: string, max: number): string => (text.length > max ? `…${text.slice(text.length - max + 1)}` : text);

/** A plain-text table: page, score, band, coverage and the ten criterion scores; failed pages last. */
export function renderTable(rows: readonly { page: string; row: SummaryRow }[], failed: readonly FailedRow[], lang: 'es' | 'en'): string {
  const head = [lang === 'en' ? 'page' : 'página', lang === 'en' ? 'score' : 'calif.', lang === 'en' ? 'band' : 'nivel', lang === 'en' ? 'cover.' : 'cobert.', ...CRITERIA.map((c) => SHORT[c.id] ?? c.id)];
  const body = rows.map(({ page, row }) => [
    clipLeft(page, 48),
    fmt(row.score),
    row.band ? BAND_LABELS[row.band][lang] : '—',
    `${Math.round(row.coverage * 100)}%`,
    ...CRITERIA.map((c) => fmt(row.criteria[c.id])),
  ]);
  for (const f of failed) body.push([clipLeft(f.input, 48), lang === 'en' ? 'error' : 'error', '—', '—', ...CRITERIA.map(() => '—')]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const legend = CRITERIA.map((c) => `${SHORT[c.id]}=${c.id}`).join(' ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), '', legend].join('\n') + '\n';
}

const EFFORT_LABEL = { baja: ['baja', 'low'], media: ['media', 'medium'], alta: ['alta', 'high'] } as const;

/**
 * Under the table: the rules the pages were judged under, the essential gates that held a page
 * back, and what to fix first across the pages (points each fix adds to their average, ranked by
 * gain per effort).
 */
export function renderFixFirst(reports: readonly AuditReport[], lang: 'es' | 'en', limit = 10): string {
  if (!reports.length) return '';
  const en = lang === 'en';
  const lines: string[] = [''];
  const rules = [...new Set(reports.map((r) => (r.rules ? `${r.rules.id}@${r.rules.version} (${r.rules.hash.slice(0, 12)})` : en ? 'before rule sets' : 'anterior a los conjuntos de reglas')))];
  lines.push(`${en ? 'Rules' : 'Reglas'}: ${rules.join(', ')}`);
  for (const report of reports) {
    if (!report.gate?.heldBack) continue;
    lines.push(
      en
        ? `Essential gate: ${report.url} would score ${report.gate.uncappedScore}; held below the top band by ${report.gate.failing.join(', ')}`
        : `Puerta esencial: ${report.url} tendría ${report.gate.uncappedScore}; la retiene bajo el nivel más alto: ${report.gate.failing.join(', ')}`,
    );
  }
  const fixes = fixFirst(reports).slice(0, limit);
  if (fixes.length) {
    lines.push('', en ? 'What to fix first (points added to the average, effort):' : 'Qué corregir primero (puntos que suma al promedio, esfuerzo):');
    for (const fix of fixes) {
      const pages = reports.length > 1 ? (en ? ` — ${fix.pages} page(s)` : ` — ${fix.pages} página(s)`) : '';
      lines.push(`  +${fix.averageGain.toFixed(1).padStart(4)}  ${EFFORT_LABEL[fix.effort][en ? 1 : 0].padEnd(6)}  ${en ? fix.title.en : fix.title.es} (${fix.checkId})${pages}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
