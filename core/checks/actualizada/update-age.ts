import { z } from 'zod';
import { defineCheck, fail, partial, pass } from '../define.js';
import { ageInDays, datesSignal, lastUpdate } from '../../signals/dates.js';
import { hitEvidence, isoDay } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';

/** Thresholds from the rule set: the period assumed when none is declared, the publication lag allowed, and how many periods still count as partial. */
export const UpdateAgeParams = z.object({
  defaultPeriodDays: z.number().int().positive(),
  graceDays: z.number().int().min(0),
  partialPeriods: z.number().min(1),
});

export const updateAge = defineCheck(
  {
    id: 'update-age',
    criterion: 'actualizada',
    mode: 'auto',
    title: { es: 'Está al día según su periodicidad', en: 'Is current for its update frequency' },
    failureTitle: { es: 'Está desactualizada', en: 'Is out of date' },
    description: {
      es: 'La última actualización no es más antigua que un periodo de actualización (o {defaultPeriodDays} días si no declara periodicidad), más {graceDays} días para publicar. Hasta {partialPeriods} periodos cuenta como parcial.',
      en: 'The last update is no older than one update period (or {defaultPeriodDays} days when none is declared), plus {graceDays} days to publish. Up to {partialPeriods} periods counts as partial.',
    },
    help: {
      es: 'Actualice la información con la periodicidad que declara, y cambie la fecha de actualización cada vez.',
      en: 'Update the information as often as declared, and change the update date each time.',
    },
  },
  UpdateAgeParams,
  (ctx, p) => {
    const info = ctx.use(datesSignal);
    const last = lastUpdate(info);
    if (!last) {
      return fail([], {
        es: 'No hay ninguna fecha con la cual juzgar si la información está al día.',
        en: 'There is no date by which to judge whether the information is current.',
      });
    }
    const period = info.periodicity?.days ?? info.seriesPeriodicity?.days ?? p.defaultPeriodDays;
    const age = Math.round(ageInDays(last.date, ctx.now));
    const ratio = Math.max(0, age - p.graceDays) / period;
    const evidence = [
      hitEvidence(`${last.snippet} → ${isoDay(last.date)}`, last.element, { es: 'Última actualización', en: 'Last update' }),
      valueEvidence(age, { es: 'Antigüedad (días)', en: 'Age (days)' }),
      valueEvidence(period, {
        es: info.periodicity
          ? `Periodicidad declarada (${info.periodicity.name}, días)`
          : info.seriesPeriodicity
            ? `Periodicidad de la serie de la tabla (${info.seriesPeriodicity.name}, días)`
            : 'Periodicidad supuesta (días)',
        en: info.periodicity
          ? `Declared frequency (${info.periodicity.name}, days)`
          : info.seriesPeriodicity
            ? `Frequency of the table's series (${info.seriesPeriodicity.name}, days)`
            : 'Assumed frequency (days)',
      }),
    ];
    const detail = {
      es: `Actualizada hace ${age} días; periodo de ${period} días (${ratio.toFixed(1)} periodos).`,
      en: `Updated ${age} days ago; period of ${period} days (${ratio.toFixed(1)} periods).`,
    };
    if (ratio <= 1) return pass(evidence, detail);
    if (ratio <= p.partialPeriods) return partial(evidence, detail);
    return fail(evidence, detail);
  },
);
