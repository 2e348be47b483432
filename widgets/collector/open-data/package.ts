import { OpenUsefulnessRow, type FeedbackReason } from '../../../core/schemas/index.js';
import { csvCell } from '../../../core/report/csv.js';
import { CRITERIA } from '../../../core/criteria.js';

type Field = { name: keyof OpenUsefulnessRow; type: 'string' | 'yearmonth' | 'integer'; title: string; description: string; format?: 'uri'; constraints: { required?: true; minimum?: 0 } };

const criterionTitle = (id: string) => CRITERIA.find((c) => c.id === id)?.title.es ?? id;

const countField = (name: keyof OpenUsefulnessRow, title: string, description: string): Field => ({
  name,
  type: 'integer',
  title,
  description: `${description} Vacío cuando es menor que k (suprimido).`,
  constraints: { minimum: 0 },
});

/** The Table Schema of the usefulness table, in the order of OpenUsefulnessRow's fields. */
export const USEFULNESS_FIELDS: readonly Field[] = Object.keys(OpenUsefulnessRow.shape).map((name): Field => {
  const key = name as keyof OpenUsefulnessRow;
  if (key === 'sitio') return { name: key, type: 'string', title: 'Sitio', description: 'Identificador del sitio del sujeto obligado.', constraints: { required: true } };
  if (key === 'pagina') return { name: key, type: 'string', format: 'uri', title: 'Página', description: 'Dirección de la página, sin parámetros ni fragmento.', constraints: { required: true } };
  if (key === 'mes') return { name: key, type: 'yearmonth', title: 'Mes', description: 'Mes de las respuestas (UTC).', constraints: { required: true } };
  if (key === 'respuestas') return countField(key, 'Respuestas', 'Respuestas sobre la página en el mes.');
  if (key === 'utiles') return countField(key, 'Útil', 'Respuestas «Sí, me fue útil».');
  if (key === 'no_utiles') return countField(key, 'No útil', 'Respuestas «No me fue útil».');
  const reason = key.slice('motivo_'.length).replace(/_/g, '-') as FeedbackReason;
  return countField(key, `Motivo: ${criterionTitle(reason)}`, `Menciones del criterio «${criterionTitle(reason)}» como motivo de que no fue útil.`);
});

export const USEFULNESS_SCHEMA = { fields: USEFULNESS_FIELDS, missingValues: [''], primaryKey: ['pagina', 'mes'] };

/** The CSV resource: a header of field names, CRLF, empty cells for suppressed counts. */
export function usefulnessCsvHeader(): string {
  return `${USEFULNESS_FIELDS.map((f) => csvCell(f.name)).join(',')}\r\n`;
}
export function usefulnessCsvRow(row: OpenUsefulnessRow): string {
  return `${USEFULNESS_FIELDS.map((f) => csvCell(row[f.name])).join(',')}\r\n`;
}

/** The Frictionless (Tabular) Data Package describing a site's two files, relative to its own URL. */
export function usefulnessDataPackage(site: { id: string; name: string; openDataK: number }, now: Date) {
  const resource = (format: 'csv' | 'json') => ({
    name: `utilidad-${format}`,
    path: `utilidad.${format}`,
    profile: 'tabular-data-resource',
    title: `Utilidad según la ciudadanía (${format.toUpperCase()})`,
    format,
    mediatype: format === 'csv' ? 'text/csv' : 'application/json',
    encoding: 'utf-8',
    ...(format === 'csv' ? { dialect: { delimiter: ',', lineTerminator: '\r\n', header: true } } : {}),
    schema: USEFULNESS_SCHEMA,
  });
  return {
    profile: 'tabular-data-package',
    name: `proactiva-utilidad-${site.id}`,
    title: `Utilidad de la información según la ciudadanía — ${site.name}`,
    description:
      `Respuestas a «¿Te fue útil esta información?» por página y por mes, con los motivos de que no fue útil (criterios del Decálogo de Transparencia Proactiva). ` +
      `Las cifras menores que k = ${site.openDataK} respuestas se suprimen (celda vacía) para proteger a quienes respondieron; los comentarios libres nunca se publican.`,
    keywords: ['transparencia proactiva', 'utilidad', 'retroalimentación ciudadana'],
    licenses: [{ name: 'Libre-Uso-MX', title: 'Términos de Libre Uso MX', path: 'https://datos.gob.mx/libreusomx' }],
    created: now.toISOString(),
    sources: [{ title: 'Widget de retroalimentación de Proactiva' }],
    proactiva: { k: site.openDataK },
    resources: [resource('csv'), resource('json')],
  };
}
