import { CRITERIA } from '../criteria.js';
import { BAND_LABELS } from '../scoring/band.js';
import type { SummaryRow } from '../report/index.js';

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
