import { graded, needsReview } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

const DAY = 86_400_000;
/** Quarterly updates (LGTAIP art. 62) plus a month's grace earn full marks; over 400 days is stale. */
const FRESH_DAYS = 120;
const STALE_DAYS = 400;

/** The most recent date the content itself gives: date columns first, then the PDF's own dates. */
export function contentDate(r: { table?: { dateColumns: { latest: string }[] } | undefined; pdf?: { modified?: string | undefined; created?: string | undefined } | undefined }): string | null {
  const latest = r.table?.dateColumns.map((d) => d.latest).sort().at(-1);
  return latest ?? r.pdf?.modified ?? r.pdf?.created ?? null;
}

export const contentUpToDate = defineResourceCheck(
  {
    id: 'content-up-to-date',
    criterion: 'actualizada',
    mode: 'auto',
    weight: 2,
    title: { es: 'El contenido tiene fechas recientes', en: 'The content carries recent dates' },
    failureTitle: { es: 'El contenido no muestra fechas recientes', en: 'The content shows no recent dates' },
    description: {
      es: 'La fecha más reciente dentro del archivo (columnas de fecha o fechas del documento PDF) se compara con la fecha de la auditoría.',
      en: 'The latest date inside the file (date columns or the PDF’s document dates) is compared with the audit date.',
    },
    help: {
      es: 'Incluya una columna de fecha en formato ISO 8601 (AAAA-MM-DD) y actualice el archivo al menos cada trimestre.',
      en: 'Include a date column in ISO 8601 (YYYY-MM-DD) and update the file at least quarterly.',
    },
    recommendation: {
      what: { es: 'Actualizar los datos y fechar cada registro en formato ISO 8601.', en: 'Update the data and date each record in ISO 8601.' },
      why: { es: 'Sin fechas en los datos no se sabe si siguen vigentes.', en: 'Without dates in the data nobody knows whether it is still current.' },
      rule: { es: 'LGTAIP 2015, art. 62 (actualización trimestral); Guía de Implementación de la Política de Datos Abiertos', en: 'LGTAIP 2015, art. 62 (quarterly updates); Mexican Open Data Policy implementation guide' },
    },
  },
  ({ resource: r, now }) => {
    const facts = resourceFacts(r);
    const evidence = [...facts.dates(), ...facts.docDates(), ...facts.lastModified()];
    const date = contentDate(r);
    if (!date) {
      return needsReview(evidence, { es: 'El contenido no tiene fechas legibles: revise la fecha de corte.', en: 'The content has no readable dates: check the cut-off date.' });
    }
    const age = Math.max(0, (now.getTime() - Date.parse(date)) / DAY);
    const score = age <= FRESH_DAYS ? 1 : age >= STALE_DAYS ? 0 : 1 - (age - FRESH_DAYS) / (STALE_DAYS - FRESH_DAYS);
    return graded(score, evidence, { es: `Fecha más reciente: ${date.slice(0, 10)} (${Math.round(age)} días).`, en: `Latest date: ${date.slice(0, 10)} (${Math.round(age)} days).` });
  },
);
