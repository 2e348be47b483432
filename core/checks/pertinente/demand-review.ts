import { defineCheck, needsReview } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { purposeSignal } from '../../signals/purpose.js';

export const demandReview = defineCheck(
  {
    id: 'demand-review',
    criterion: 'pertinente',
    mode: 'review',
    title: { es: 'Responde a una demanda identificada', en: 'Answers an identified demand' },
    failureTitle: { es: 'No responde a una demanda identificada', en: 'Does not answer an identified demand' },
    description: {
      es: 'Una persona valora si la información atiende una demanda conocida: solicitudes de acceso frecuentes, consultas, quejas o necesidades del sector al que se dirige.',
      en: 'A person judges whether the information meets a known demand: frequent access requests, consultations, complaints or needs of its sector.',
    },
    help: {
      es: 'Compare el tema con las solicitudes de información más frecuentes del sujeto obligado (PNT) y con sus consultas públicas.',
      en: 'Compare the topic with the body’s most frequent access requests (PNT) and its public consultations.',
    },
    question: {
      es: '¿Esta información responde a una demanda identificada (solicitudes frecuentes, consultas, necesidades de su público)?',
      en: 'Does this information answer an identified demand (frequent requests, consultations, its audience’s needs)?',
    },
    guidance: {
      es: 'Sí: hay evidencia de la demanda (estadística de solicitudes, diagnóstico, consulta). Parcial: el tema es plausible pero sin evidencia. No: es información de trámite interno sin público. No aplica: página de navegación.',
      en: 'Yes: the demand is evidenced (request statistics, diagnosis, consultation). Partial: plausible but unevidenced. No: internal paperwork with no audience. N/A: a navigation page.',
    },
  },
  (ctx) => {
    const info = ctx.use(purposeSignal);
    return needsReview([
      ...info.purpose.slice(0, 2).map((p) => hitEvidence(p.snippet, p.element, { es: 'Propósito', en: 'Purpose' })),
      ...info.audience.slice(0, 2).map((a) => hitEvidence(a.snippet, a.element, { es: 'Público', en: 'Audience' })),
      ...info.faq.slice(0, 1).map((f) => hitEvidence(f.snippet, f.element, { es: 'Preguntas frecuentes', en: 'FAQ' })),
    ]);
  },
);
