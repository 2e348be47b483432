import { defineCheck, fail, partial, pass } from '../define.js';
import { ageInDays, datesSignal, lastUpdate } from '../../signals/dates.js';
import { hitEvidence, isoDay } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';

/** Without a declared periodicity, the law's minimum applies: at least quarterly (LGTAIP 2015, art. 62). */
export const DEFAULT_PERIOD_DAYS = 90;
/** Publication lag the Lineamientos allow after a period closes (30 natural days) before it counts as late. */
export const GRACE_DAYS = 30;

export const updateAge = defineCheck(
  {
    id: 'update-age',
    criterion: 'actualizada',
    mode: 'auto',
    weight: 3,
    title: { es: 'Está al día según su periodicidad', en: 'Is current for its update frequency' },
    failureTitle: { es: 'Está desactualizada', en: 'Is out of date' },
    description: {
      es: 'La última actualización no es más antigua que un periodo de actualización (o 90 días si no declara periodicidad). Hasta dos periodos cuenta como parcial.',
      en: 'The last update is no older than one update period (or 90 days when none is declared). Up to two periods counts as partial.',
    },
    help: {
      es: 'Actualice la información con la periodicidad que declara, y cambie la fecha de actualización cada vez.',
      en: 'Update the information as often as declared, and change the update date each time.',
    },
    recommendation: {
      what: { es: 'Actualizar la información y su fecha de actualización.', en: 'Update the information and its update date.' },
      why: {
        es: 'La información vencida lleva a decisiones equivocadas y obliga a presentar solicitudes de acceso.',
        en: 'Stale information leads to wrong decisions and forces people to file access requests.',
      },
      rule: { es: 'LGTAIP 2015, art. 62 (actualización al menos trimestral)', en: 'LGTAIP 2015, art. 62 (update at least quarterly)' },
    },
  },
  (ctx) => {
    const info = ctx.use(datesSignal);
    const last = lastUpdate(info);
    if (!last) {
      return fail([], {
        es: 'No hay ninguna fecha con la cual juzgar si la información está al día.',
        en: 'There is no date by which to judge whether the information is current.',
      });
    }
    const period = info.periodicity?.days ?? DEFAULT_PERIOD_DAYS;
    const age = Math.round(ageInDays(last.date, ctx.now));
    const ratio = Math.max(0, age - GRACE_DAYS) / period;
    const evidence = [
      hitEvidence(`${last.snippet} → ${isoDay(last.date)}`, last.element, { es: 'Última actualización', en: 'Last update' }),
      valueEvidence(age, { es: 'Antigüedad (días)', en: 'Age (days)' }),
      valueEvidence(period, {
        es: info.periodicity ? `Periodicidad declarada (${info.periodicity.name}, días)` : 'Periodicidad supuesta (trimestral, días)',
        en: info.periodicity ? `Declared frequency (${info.periodicity.name}, days)` : 'Assumed frequency (quarterly, days)',
      }),
    ];
    const detail = {
      es: `Actualizada hace ${age} días; periodo de ${period} días (${ratio.toFixed(1)} periodos).`,
      en: `Updated ${age} days ago; period of ${period} days (${ratio.toFixed(1)} periods).`,
    };
    if (ratio <= 1) return pass(evidence, detail);
    if (ratio <= 2) return partial(evidence, detail);
    return fail(evidence, detail);
  },
);
