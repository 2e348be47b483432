import { z } from 'zod';
import { defineCheck, fail, partial, pass } from '../define.js';
import { datesSignal } from '../../signals/dates.js';
import { hitEvidence, isoDay } from '../../signals/hit-evidence.js';


/** Days after the latest period's end beyond which the page only half-covers its period (from the rule set). */
const PeriodCoveredParams = z.object({ staleAfterDays: z.number().int().positive() });

export const periodCovered = defineCheck(
  {
    id: 'period-covered',
    criterion: 'actualizada',
    mode: 'auto',
    title: { es: 'Indica el periodo que cubre la información', en: 'States the period the information covers' },
    failureTitle: { es: 'No indica el periodo que cubre la información', en: 'Does not state the period the information covers' },
    description: {
      es: 'La página dice qué periodo informa ("primer trimestre de 2024", "ejercicio 2023", "enero a marzo de 2024").',
      en: 'The page says which period it reports ("primer trimestre de 2024", "ejercicio 2023", "enero a marzo de 2024").',
    },
    help: {
      es: 'Agregue "Periodo que se informa: …" con el trimestre, mes o ejercicio fiscal que cubren los datos.',
      en: 'Add "Periodo que se informa: …" with the quarter, month or fiscal year the data cover.',
    },
  },
  PeriodCoveredParams,
  (ctx, p) => {
    const { periods } = ctx.use(datesSignal);
    if (!periods.length) return fail([], { es: 'No se encontró un periodo informado.', en: 'No reported period was found.' });
    const evidence = periods.slice(0, 4).map((p) =>
      hitEvidence(`${p.text} (${isoDay(p.start)} – ${isoDay(p.end)})`, p.element, { es: 'Periodo', en: 'Period' }),
    );
    const latestEnd = Math.max(...periods.map((p) => p.end.getTime()));
    const staleDays = Math.round((ctx.now.getTime() - latestEnd) / 86_400_000);
    if (staleDays > p.staleAfterDays) {
      return partial(evidence, {
        es: `El periodo más reciente terminó hace ${staleDays} días.`,
        en: `The latest period ended ${staleDays} days ago.`,
      }, 0.3);
    }
    if (periods.some((p) => p.source !== 'json-ld')) return pass(evidence);
    return partial(evidence, {
      es: 'El periodo sólo aparece en los metadatos (temporalCoverage), no a la vista.',
      en: 'The period only appears in the metadata (temporalCoverage), not visibly.',
    });
  },
);
