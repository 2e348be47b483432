import { defineCheck, fail, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { purposeSignal } from '../../signals/purpose.js';

export const purposeStated = defineCheck(
  {
    id: 'purpose-stated',
    criterion: 'pertinente',
    mode: 'auto',
    weight: 2,
    title: { es: 'Explica para qué sirve la información', en: 'Explains what the information is for' },
    failureTitle: { es: 'No explica para qué sirve la información', en: 'Does not explain what the information is for' },
    description: {
      es: 'La página dice qué necesidad atiende («¿Para qué sirve?», «con estos datos puedes…», «objetivo:»).',
      en: 'The page says what need it meets ("What is it for?", "with this data you can…", "purpose:").',
    },
    help: {
      es: 'Agregue al inicio un apartado «¿Para qué sirve esta información?» con dos o tres usos concretos.',
      en: 'Add near the top a "What is this information for?" section with two or three concrete uses.',
    },
    recommendation: {
      what: { es: 'Explicar al inicio para qué sirve la información, con usos concretos.', en: 'Explain near the top what the information is for, with concrete uses.' },
      why: {
        es: 'La transparencia proactiva publica información útil para resolver necesidades; decir para qué sirve ayuda a que se use.',
        en: 'Proactive transparency publishes information useful to meet needs; saying what it is for helps it get used.',
      },
      rule: { es: 'LGTAIP 2015, art. 56 (información útil y focalizada); Decálogo: información pertinente', en: 'LGTAIP 2015, art. 56 (useful, targeted information); Decálogo: relevant information' },
    },
  },
  (ctx) => {
    const { purpose } = ctx.use(purposeSignal);
    if (!purpose.length) return fail();
    return pass(purpose.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Propósito', en: 'Purpose' })));
  },
);
