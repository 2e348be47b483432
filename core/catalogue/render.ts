import { csvCell } from '../report/csv.js';
import { RATING_LABELS } from './rating.js';
import type { CatalogueReport } from './schema.js';

type Lang = 'es' | 'en';

const pad = (text: string, width: number): string => (text.length >= width ? `${text.slice(0, width - 2)}… ` : text.padEnd(width));

/** The ranking as a plain-text table, then what to fill first across the catalogue. */
export function catalogueTable(report: CatalogueReport, lang: Lang = 'es'): string {
  const es = lang === 'es';
  const lines = [
    `${es ? 'Catálogo' : 'Catalogue'}: ${report.source} (${report.format}, ${report.datasets.length} ${es ? 'conjuntos' : 'datasets'})`,
    `${es ? 'Promedio' : 'Mean'}: ${report.percent ?? '—'}% ${report.rating ? RATING_LABELS[report.rating][lang] : ''}`.trimEnd(),
    '',
    `${pad('#', 4)}${pad(es ? 'Conjunto de datos' : 'Dataset', 44)}${pad(es ? 'Puntos' : 'Points', 11)}${pad('%', 7)}${pad(es ? 'Calificación' : 'Rating', 13)}${es ? 'Obligatorios' : 'Mandatory'}`,
  ];
  report.datasets.forEach((d, i) => {
    lines.push(
      `${pad(String(i + 1), 4)}${pad(d.title || d.identifier || '—', 44)}${pad(`${d.points}/${d.max}`, 11)}${pad(String(d.percent), 7)}${pad(RATING_LABELS[d.rating][lang], 13)}${d.mandatoryComplete ? (es ? 'completos' : 'complete') : `${es ? 'faltan' : 'missing'}: ${d.indicators.filter((r) => r.mandatory && r.met !== 'yes').map((r) => r.id).join(', ')}`}`,
    );
  });
  if (report.skipped) lines.push(`(${report.skipped} ${es ? 'conjuntos más no se evaluaron (tope)' : 'more datasets not scored (cap)'})`);
  if (report.fillFirst.length) {
    lines.push('', es ? 'Qué llenar primero:' : 'What to fill first:');
    for (const f of report.fillFirst.slice(0, 10)) {
      lines.push(`  - ${f.title[lang]}${f.mandatory ? (es ? ' (obligatorio)' : ' (mandatory)') : ''}: ${f.missing} ${es ? 'conjuntos' : 'datasets'}, ${f.pointsLost} ${es ? 'puntos' : 'points'}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** One row per dataset and indicator (RFC 4180, CRLF, formula-safe cells), ranked. */
export function catalogueCsv(report: CatalogueReport, lang: Lang = 'es'): string {
  const es = lang === 'es';
  const header = es
    ? ['posicion', 'identificador', 'titulo', 'porcentaje', 'calificacion', 'indicador', 'dimension', 'obligatorio', 'puntos', 'maximo', 'cumple', 'encontrado']
    : ['rank', 'identifier', 'title', 'percent', 'rating', 'indicator', 'dimension', 'mandatory', 'points', 'max', 'met', 'found'];
  const rows = report.datasets.flatMap((d, i) =>
    d.indicators.map((r) => [i + 1, d.identifier, d.title, d.percent, RATING_LABELS[d.rating][lang], r.id, r.dimension, r.mandatory ? 1 : 0, r.points, r.max, r.met, r.found ?? '']),
  );
  return [header, ...rows].map((row) => row.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}
