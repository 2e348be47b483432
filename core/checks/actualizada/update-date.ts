import { defineCheck, fail, partial, pass } from '../define.js';
import { datesSignal, type FoundDate } from '../../signals/dates.js';
import { hitEvidence, isoDay } from '../../signals/hit-evidence.js';

const evidenceOf = (d: FoundDate) => hitEvidence(`${d.snippet} → ${isoDay(d.date)}`, d.element, { es: `Fecha (${d.source})`, en: `Date (${d.source})` });

export const updateDate = defineCheck(
  {
    id: 'update-date',
    criterion: 'actualizada',
    mode: 'auto',
    title: { es: 'Muestra la fecha de actualización', en: 'Shows the date of last update' },
    failureTitle: { es: 'No muestra la fecha de actualización', en: 'Does not show the date of last update' },
    description: {
      es: 'La página dice a la vista cuándo se actualizó la información ("Fecha de actualización: 30/06/2024"), no sólo en metadatos.',
      en: 'The page visibly states when the information was last updated ("Fecha de actualización: 30/06/2024"), not only in metadata.',
    },
    help: {
      es: 'Agregue junto a la información una línea "Fecha de actualización: día/mes/año", de preferencia con <time datetime="AAAA-MM-DD">.',
      en: 'Add a line "Fecha de actualización: day/month/year" next to the information, ideally with <time datetime="YYYY-MM-DD">.',
    },
  },
  (ctx) => {
    const { dates } = ctx.use(datesSignal);
    const visible = dates.filter((d) => d.visible && (d.kind === 'modified' || d.kind === 'validated'));
    if (visible.length) return pass(visible.slice(0, 3).map(evidenceOf));
    const visibleOther = dates.filter((d) => d.visible);
    const machine = dates.filter((d) => !d.visible && d.kind === 'modified');
    if (visibleOther.length || machine.length) {
      return partial([...visibleOther, ...machine].slice(0, 4).map(evidenceOf), {
        es: visibleOther.length
          ? 'Hay una fecha visible, pero no se indica que sea la de actualización.'
          : 'La fecha de actualización sólo aparece en metadatos o en el encabezado HTTP, no a la vista.',
        en: visibleOther.length
          ? 'A date is visible, but it is not labelled as the update date.'
          : 'The update date appears only in metadata or the HTTP header, not visibly.',
      });
    }
    return fail([], { es: 'No se encontró ninguna fecha de actualización.', en: 'No update date was found.' });
  },
);
