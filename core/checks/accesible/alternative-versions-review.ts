import { defineCheck, needsReview } from '../define.js';
import { elementEvidence } from '../../signals/dom.js';
import { a11yBasicsSignal } from '../../signals/a11y-basics.js';

export const alternativeVersionsReview = defineCheck(
  {
    id: 'alternative-versions-review',
    criterion: 'accesible',
    mode: 'review',
    title: { es: 'Hay versiones accesibles para el público al que va dirigida', en: 'Accessible versions exist for its audience' },
    failureTitle: { es: 'Faltan versiones accesibles para su público', en: 'Accessible versions for its audience are missing' },
    description: {
      es: 'Una persona valora si la información se ofrece en lenguas indígenas, lectura fácil, Lengua de Señas Mexicana, audio o subtítulos cuando su público lo requiere.',
      en: 'A person judges whether the information is offered in Indigenous languages, easy-read, Mexican Sign Language, audio or captions when its audience needs it.',
    },
    help: {
      es: 'Considere a quién va dirigida: programas en comunidades indígenas requieren versiones en sus lenguas; videos, subtítulos y LSM.',
      en: 'Consider the audience: programmes in Indigenous communities need versions in their languages; videos need captions and LSM.',
    },
    question: {
      es: '¿La información está en las lenguas y formatos accesibles que necesita su público (lenguas indígenas, lectura fácil, LSM, audio, subtítulos)?',
      en: 'Is the information available in the languages and accessible formats its audience needs (Indigenous languages, easy-read, LSM, audio, captions)?',
    },
    guidance: {
      es: 'Sí: existen las versiones que su público necesita. Parcial: algunas. No: ninguna, aunque el público las requiere. No aplica: público general sin necesidades específicas y sin multimedia.',
      en: 'Yes: the versions its audience needs exist. Partial: some. No: none, though needed. N/A: general audience with no specific needs and no media.',
    },
  },
  (ctx) => {
    const info = ctx.use(a11yBasicsSignal);
    return needsReview([
      ...info.alternativeVersions.slice(0, 4).map((a) => elementEvidence(a.element, { es: 'Versión alternativa', en: 'Alternative version' }, a.snippet)),
      ...info.mediaWithoutCaptions.slice(0, 2).map((m) => elementEvidence(m.element, { es: 'Video sin subtítulos', en: 'Video without captions' }, m.snippet)),
    ]);
  },
);
