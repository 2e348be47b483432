import { defineCheck, needsReview } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { completenessSignal } from '../../signals/completeness.js';
import { datesSignal } from '../../signals/dates.js';

export const missingReview = defineCheck(
  {
    id: 'missing-review',
    criterion: 'completa',
    mode: 'review',
    title: { es: 'No falta nada evidente', en: 'Nothing obvious is missing' },
    failureTitle: { es: 'Falta información evidente', en: 'Obvious information is missing' },
    description: {
      es: 'La persona auditora revisa si falta algo que cualquiera esperaría: periodos, regiones, desgloses, anexos o documentos citados.',
      en: 'The auditor checks whether anything anyone would expect is missing: periods, regions, breakdowns, annexes or cited documents.',
    },
    help: {
      es: 'Compare con lo que la ley o el programa obligan a informar y con lo que la propia página promete.',
      en: 'Compare with what the law or programme requires to be reported and with what the page itself promises.',
    },
    question: { es: '¿Falta algo evidente en la información publicada?', en: 'Is anything obviously missing from the published information?' },
    guidance: {
      es: '"Sí" (completa) si no falta nada; "Parcial" si falta un periodo, región o anexo; "No" si faltan partes sustanciales. Anote qué falta.',
      en: '"Yes" (complete) if nothing is missing; "Partial" if a period, region or annex is missing; "No" if substantial parts are missing. Note what is missing.',
    },
  },
  (ctx) => {
    const info = ctx.use(completenessSignal);
    const periods = ctx.use(datesSignal).periods;
    return needsReview([
      valueEvidence(info.dataLinks.length, { es: 'Archivos enlazados', en: 'Files linked' }),
      ...(info.linkYears.length ? [valueEvidence(info.linkYears.join(', '), { es: 'Años en las descargas', en: 'Years in the downloads' })] : []),
      ...(periods.length ? [valueEvidence(periods.slice(0, 5).map((p) => p.text).join('; '), { es: 'Periodos mencionados', en: 'Periods mentioned' })] : []),
    ]);
  },
);
