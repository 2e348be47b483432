import { defineCheck, fail, partial, pass } from '../define.js';
import { textEvidence, valueEvidence } from '../../signals/dom.js';
import { LONG_SENTENCE_WORDS, plainLanguageSignal, PLAIN_LANGUAGE_MIN_WORDS } from '../../signals/plain-language.js';
import { TOO_SHORT_TO_COUNT, withoutProse } from './evidence.js';

const PASS_RATE = 0.1;
const PARTIAL_RATE = 0.25;

export const longSentences = defineCheck(
  {
    id: 'long-sentences',
    criterion: 'comprensible',
    mode: 'auto',
    weight: 1,
    title: { es: 'Pocas oraciones largas', en: 'Few long sentences' },
    failureTitle: { es: 'Demasiadas oraciones largas', en: 'Too many long sentences' },
    description: {
      es: `Proporción de oraciones de más de ${LONG_SENTENCE_WORDS} palabras en el texto principal: hasta 10 % cumple, hasta 25 % cumple parcialmente.`,
      en: `Share of sentences over ${LONG_SENTENCE_WORDS} words in the main text: up to 10% passes, up to 25% is partial.`,
    },
    help: {
      es: 'Divida las oraciones largas: una idea por oración, sujeto y verbo al principio.',
      en: 'Split long sentences: one idea per sentence, subject and verb first.',
    },
    recommendation: {
      what: { es: 'Dividir las oraciones de más de 30 palabras.', en: 'Split sentences longer than 30 words.' },
      why: {
        es: 'Las oraciones largas obligan a releer y se pierden entre incisos y subordinadas.',
        en: 'Long sentences force rereading and get lost in clauses and asides.',
      },
      rule: { es: 'Manual de Lenguaje Claro (SFP); LGTAIP 2015, art. 13', en: 'Manual de Lenguaje Claro (SFP); LGTAIP 2015, art. 13' },
    },
  },
  (ctx) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < PLAIN_LANGUAGE_MIN_WORDS || !info.sentences) return withoutProse(ctx, TOO_SHORT_TO_COUNT);
    const evidence = [
      valueEvidence(`${info.longSentences.length}/${info.sentences}`, { es: `Oraciones de más de ${LONG_SENTENCE_WORDS} palabras`, en: `Sentences over ${LONG_SENTENCE_WORDS} words` }),
      ...info.longSentences.slice(0, 3).map((s) => textEvidence(s, { es: 'Oración larga', en: 'Long sentence' })),
    ];
    const pct = Math.round(info.longRate * 100);
    const detail = { es: `${pct} % de las oraciones son largas.`, en: `${pct}% of sentences are long.` };
    if (info.longRate <= PASS_RATE) return pass(evidence, detail);
    if (info.longRate <= PARTIAL_RATE) return partial(evidence, detail);
    return fail(evidence, detail);
  },
);
