import { defineCheck, fail, notApplicable, partial, pass } from '../define.js';
import { withoutProse } from './evidence.js';
import { textEvidence, valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal } from '../../signals/plain-language.js';

const MIN_WORDS = 30;

export const acronymsDefined = defineCheck(
  {
    id: 'acronyms-defined',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'Explica las siglas la primera vez', en: 'Expands acronyms at first use' },
    failureTitle: { es: 'Usa siglas sin explicarlas', en: 'Uses acronyms without expanding them' },
    description: {
      es: 'Cada sigla del texto principal se escribe completa la primera vez: "Instituto Nacional de Estadística y Geografía (INEGI)" o "INEGI (Instituto Nacional…)".',
      en: 'Each acronym in the main text is spelled out at first use: "Instituto Nacional de Estadística y Geografía (INEGI)" or "INEGI (Instituto Nacional…)".',
    },
    help: {
      es: 'Escriba el nombre completo seguido de la sigla entre paréntesis la primera vez que aparezca.',
      en: 'Write the full name followed by the acronym in parentheses the first time it appears.',
    },
  },
  (ctx) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < MIN_WORDS) {
      return withoutProse(ctx, { es: 'El texto principal es demasiado corto.', en: 'The main text is too short.' });
    }
    // A text without acronyms has nothing to expand: not a pass earned by explaining them.
    if (!info.acronyms.length) return notApplicable({ es: 'El texto principal no usa siglas.', en: 'The main text uses no acronyms.' });
    const undefinedOnes = info.acronyms.filter((a) => !a.defined);
    const evidence = [
      valueEvidence(`${undefinedOnes.length}/${info.acronyms.length}`, { es: 'Siglas sin explicar', en: 'Unexpanded acronyms' }),
      ...undefinedOnes.slice(0, 5).map((a) => textEvidence(a.context, { es: `Sigla sin explicar: ${a.acronym}`, en: `Unexpanded acronym: ${a.acronym}` })),
    ];
    if (!undefinedOnes.length) return pass(evidence);
    const share = undefinedOnes.length / info.acronyms.length;
    if (share <= 0.5) return partial(evidence, undefined, 1 - share);
    return fail(evidence);
  },
);
