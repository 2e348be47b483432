import { defineCheck, fail, partial, pass } from '../define.js';
import { datesSignal } from '../../signals/dates.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { valueEvidence } from '../../signals/dom.js';

export const updatePeriodicity = defineCheck(
  {
    id: 'update-periodicity',
    criterion: 'actualizada',
    mode: 'auto',
    title: { es: 'Declara cada cuánto se actualiza', en: 'States how often it is updated' },
    failureTitle: { es: 'No declara cada cuánto se actualiza', en: 'Does not state how often it is updated' },
    description: {
      es: 'La página indica su periodicidad de actualización (mensual, trimestral, anual…), para saber cuándo esperar datos nuevos. Una serie regular en una tabla (una fila por año) sin periodicidad declarada cuenta como parcial.',
      en: 'The page states its update frequency (monthly, quarterly, yearly…), so people know when to expect new data. A regular series in a table (one row a year) without a declared frequency counts as partial.',
    },
    help: {
      es: 'Agregue "Periodicidad de actualización: trimestral" (o la que corresponda) junto a la fecha de actualización.',
      en: 'Add "Periodicidad de actualización: trimestral" (or whichever applies) next to the update date.',
    },
  },
  (ctx) => {
    const { periodicity, seriesPeriodicity: series } = ctx.use(datesSignal);
    if (!periodicity && series) {
      return partial([hitEvidence(series.snippet, series.element, { es: 'Serie de la tabla', en: "Table's series" }), valueEvidence(series.days, { es: 'Días entre filas', en: 'Days between rows' })], {
        es: `No declara cada cuándo se actualiza; la serie de la tabla sugiere una periodicidad ${series.name}.`,
        en: `It does not say how often it is updated; the table's series suggests a ${series.name} frequency.`,
      });
    }
    if (!periodicity) return fail([], { es: 'No se encontró una periodicidad declarada.', en: 'No declared update frequency was found.' });
    const evidence = [
      hitEvidence(periodicity.snippet, periodicity.element, { es: 'Periodicidad', en: 'Frequency' }),
      valueEvidence(periodicity.days, { es: 'Días entre actualizaciones', en: 'Days between updates' }),
    ];
    if (periodicity.source === 'json-ld') {
      return partial(evidence, {
        es: 'La periodicidad sólo está en los metadatos (JSON-LD), no a la vista.',
        en: 'The frequency is only in the metadata (JSON-LD), not visible.',
      });
    }
    return pass(evidence);
  },
);
