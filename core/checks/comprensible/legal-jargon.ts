import { defineCheck, fail, partial, pass } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal, PLAIN_LANGUAGE_MIN_WORDS } from '../../signals/plain-language.js';
import { TOO_SHORT_TO_COUNT, withoutProse } from './evidence.js';

const PASS_PER_100 = 0.5;
const PARTIAL_PER_100 = 1.5;

export const legalJargon = defineCheck(
  {
    id: 'legal-jargon',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'Sin jerga legal', en: 'No legal jargon' },
    failureTitle: { es: 'Usa jerga legal o burocrática', en: 'Uses legal or bureaucratic jargon' },
    description: {
      es: 'Frecuencia de fórmulas legales ("de conformidad con", "en términos de", "fracción", "numeral", "mediante el cual"…) por cada 100 palabras del texto principal.',
      en: 'Frequency of legal formulas ("de conformidad con", "en términos de", "fracción", "numeral", "mediante el cual"…) per 100 words of main text.',
    },
    help: {
      es: 'Diga qué significa la norma para la persona en lugar de citarla; deje la cita legal en una nota al final.',
      en: 'Say what the rule means for the reader instead of quoting it; put the legal citation in a closing note.',
    },
  },
  (ctx) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < PLAIN_LANGUAGE_MIN_WORDS) return withoutProse(ctx, TOO_SHORT_TO_COUNT);
    const rate = Math.round(info.jargonPer100Words * 100) / 100;
    const evidence = [
      valueEvidence(rate, { es: 'Fórmulas legales por 100 palabras', en: 'Legal formulas per 100 words' }),
      ...info.jargon.slice(0, 5).map((j) => valueEvidence(`${j.term} ×${j.count}`, { es: 'Fórmula legal', en: 'Legal formula' })),
    ];
    if (rate <= PASS_PER_100) return pass(evidence);
    if (rate <= PARTIAL_PER_100) return partial(evidence);
    return fail(evidence);
  },
);
