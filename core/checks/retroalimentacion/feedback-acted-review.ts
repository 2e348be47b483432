import { defineCheck, needsReview } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { feedbackSignal } from '../../signals/feedback.js';

export const feedbackActedReview = defineCheck(
  {
    id: 'feedback-acted-review',
    criterion: 'retroalimentacion',
    mode: 'review',
    title: { es: 'La opinión recibida se atiende y se informa', en: 'Feedback received is acted on and reported' },
    failureTitle: { es: 'No hay evidencia de que la opinión se atienda', en: 'No evidence that feedback is acted on' },
    description: {
      es: 'Una persona verifica que el sujeto obligado revisa la retroalimentación, mejora la información en consecuencia e informa de los cambios.',
      en: 'A person checks that the body reviews feedback, improves the information accordingly and reports the changes.',
    },
    help: {
      es: 'Busque una bitácora de cambios, un informe de resultados de la encuesta o respuestas a comentarios; pregunte al enlace de transparencia.',
      en: 'Look for a change log, a survey results report or answers to comments; ask the transparency liaison.',
    },
    question: {
      es: '¿Hay evidencia de que la retroalimentación recibida se revisa y produce mejoras que se informan?',
      en: 'Is there evidence that the feedback received is reviewed and produces improvements that are reported?',
    },
    guidance: {
      es: 'Sí: bitácora de cambios o informe de resultados que cita la retroalimentación. Parcial: se recoge opinión pero no se informa qué se hizo. No: no se recoge o no se revisa.',
      en: 'Yes: change log or results report citing the feedback. Partial: feedback is collected but no action is reported. No: not collected or not reviewed.',
    },
  },
  (ctx) => {
    const info = ctx.use(feedbackSignal);
    return needsReview([
      ...info.mechanisms.slice(0, 2).map((m) => hitEvidence(m.snippet, m.element, { es: 'Mecanismo', en: 'Mechanism' })),
      ...info.reuseSections.slice(0, 1).map((r) => hitEvidence(r.snippet, r.element, { es: 'Reutilización', en: 'Reuse' })),
    ]);
  },
);
