import { z } from 'zod';
import { graded, needsReview } from '../../checks/define.js';
import { defineResourceCheck } from './define.js';
import { resourceFacts } from './evidence.js';

const DAY = 86_400_000;

/** The most recent date the content itself gives: date columns first, then the PDF's own dates. */
export function contentDate(r: { table?: { dateColumns: { latest: string }[] } | undefined; pdf?: { modified?: string | undefined; created?: string | undefined } | undefined }): string | null {
  const latest = r.table?.dateColumns.map((d) => d.latest).sort().at(-1);
  return latest ?? r.pdf?.modified ?? r.pdf?.created ?? null;
}

/** Age (days) of the latest date in the data that still scores fully, and from which it scores nothing (from the rule set). */
const DataDateParams = z.object({ freshDays: z.number().int().positive(), staleDays: z.number().int().positive() });

export const contentUpToDate = defineResourceCheck(
  {
    id: 'content-up-to-date',
    criterion: 'actualizada',
    mode: 'auto',
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
  },
  DataDateParams,
  ({ resource: r, now }, p) => {
    const facts = resourceFacts(r);
    const evidence = [...facts.dates(), ...facts.docDates(), ...facts.lastModified()];
    const date = contentDate(r);
    if (!date) {
      return needsReview(evidence, { es: 'El contenido no tiene fechas legibles: revise la fecha de corte.', en: 'The content has no readable dates: check the cut-off date.' });
    }
    const age = Math.max(0, (now.getTime() - Date.parse(date)) / DAY);
    const score = age <= p.freshDays ? 1 : age >= p.staleDays ? 0 : 1 - (age - p.freshDays) / (p.staleDays - p.freshDays);
    return graded(score, evidence, { es: `Fecha más reciente: ${date.slice(0, 10)} (${Math.round(age)} días).`, en: `Latest date: ${date.slice(0, 10)} (${Math.round(age)} days).` });
  },
);
