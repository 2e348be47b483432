import { defineCheck, fail, pass } from '../define.js';
import { hitEvidence } from '../../signals/hit-evidence.js';
import { purposeSignal } from '../../signals/purpose.js';

export const purposeStated = defineCheck(
  {
    id: 'purpose-stated',
    criterion: 'pertinente',
    mode: 'auto',
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
  },
  (ctx) => {
    const { purpose } = ctx.use(purposeSignal);
    if (!purpose.length) return fail();
    return pass(purpose.slice(0, 3).map((p) => hitEvidence(p.snippet, p.element, { es: 'Propósito', en: 'Purpose' })));
  },
);
