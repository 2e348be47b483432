import { defineCheck, fail, partial, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { purposeSignal } from '../../signals/purpose.js';

export const audienceDefined = defineCheck(
  {
    id: 'audience-defined',
    criterion: 'pertinente',
    mode: 'auto',
    title: { es: 'Dice a quién va dirigida', en: 'Says who it is for' },
    failureTitle: { es: 'No dice a quién va dirigida', en: 'Does not say who it is for' },
    description: {
      es: 'La página identifica a su público («dirigido a», «población objetivo», «para productores…») o responde sus preguntas frecuentes.',
      en: 'The page names its audience ("aimed at", "target population", "for farmers…") or answers its frequent questions.',
    },
    help: {
      es: 'Indique a quién sirve la información (personas usuarias del servicio, periodistas, investigadores) y agregue preguntas frecuentes.',
      en: 'State whom the information serves (service users, journalists, researchers) and add frequent questions.',
    },
  },
  (ctx) => {
    const { audience, faq } = ctx.use(purposeSignal);
    if (audience.length) return pass(audience.slice(0, 3).map((a) => hitEvidence(a.snippet, a.element, { es: 'Público', en: 'Audience' })));
    if (faq.length) {
      return partial(faq.slice(0, 2).map((f) => hitEvidence(f.snippet, f.element, { es: 'Preguntas frecuentes', en: 'FAQ' })), {
        es: 'Responde preguntas frecuentes, pero no nombra a su público.',
        en: 'It answers frequent questions, but does not name its audience.',
      }, 0.6);
    }
    return fail();
  },
);
