import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { feedbackSignal } from '../../signals/feedback.js';

export const usefulnessQuestion = defineCheck(
  {
    id: 'usefulness-question',
    criterion: 'retroalimentacion',
    mode: 'auto',
    title: { es: 'Pregunta si la información fue útil', en: 'Asks whether the information was useful' },
    failureTitle: { es: 'No pregunta si la información fue útil', en: 'Does not ask whether the information was useful' },
    description: {
      es: 'La página mide su utilidad con una pregunta directa («¿Te fue útil esta información?»), base del diagnóstico de utilidad.',
      en: 'The page measures its usefulness with a direct question ("Was this information useful?"), the basis of the usefulness diagnosis.',
    },
    help: {
      es: 'Use <proactiva-feedback>: pregunta Sí/No, recoge motivos ligados a los criterios del Decálogo y no pide datos personales.',
      en: 'Use <proactiva-feedback>: it asks Yes/No, collects reasons tied to the Decálogo’s criteria and asks no personal data.',
    },
  },
  (ctx) => {
    const { mechanisms } = ctx.use(feedbackSignal);
    const direct = mechanisms.filter((m) => m.kind === 'proactiva-widget' || m.kind === 'usefulness-question');
    if (direct.length) return pass(direct.slice(0, 2).map((m) => hitEvidence(m.snippet, m.element, { es: 'Pregunta de utilidad', en: 'Usefulness question' })));
    if (mechanisms.length) {
      return partial(mechanisms.slice(0, 2).map((m) => hitEvidence(m.snippet, m.element, { es: 'Otro mecanismo', en: 'Other mechanism' })), {
        es: 'Hay encuesta o formulario, pero no pregunta directamente por la utilidad.',
        en: 'There is a survey or form, but it does not ask directly about usefulness.',
      });
    }
    return fail();
  },
);
