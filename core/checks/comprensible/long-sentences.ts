import { z } from 'zod';
import { defineCheck, fail, partial, pass } from '../define.js';
import { textEvidence, valueEvidence } from '../../signals/dom.js';
import { plainLanguageSignal, PLAIN_LANGUAGE_MIN_WORDS } from '../../signals/plain-language.js';
import { readabilitySignal } from '../../signals/readability.js';
import { words } from '../../signals/spanish-text.js';
import { TOO_SHORT_TO_COUNT, withoutProse } from './evidence.js';

/** From the rule set: what a long sentence is, and the shares of them that still pass or are partial. */
const LongSentencesParams = z.object({
  longSentenceWords: z.number().int().positive(),
  passShare: z.number().min(0).max(1),
  partialShare: z.number().min(0).max(1),
});

export const longSentences = defineCheck(
  {
    id: 'long-sentences',
    criterion: 'comprensible',
    mode: 'auto',
    title: { es: 'Pocas oraciones largas', en: 'Few long sentences' },
    failureTitle: { es: 'Demasiadas oraciones largas', en: 'Too many long sentences' },
    description: {
      es: 'Proporción de oraciones de más de {longSentenceWords} palabras en el texto principal: hasta {passShare%} cumple, hasta {partialShare%} cumple parcialmente.',
      en: 'Share of sentences over {longSentenceWords} words in the main text: up to {passShare%} passes, up to {partialShare%} is partial.',
    },
    help: {
      es: 'Divida las oraciones largas: una idea por oración, sujeto y verbo al principio.',
      en: 'Split long sentences: one idea per sentence, subject and verb first.',
    },
  },
  LongSentencesParams,
  (ctx, p) => {
    const info = ctx.use(plainLanguageSignal);
    if (info.words < PLAIN_LANGUAGE_MIN_WORDS || !info.sentences) return withoutProse(ctx, TOO_SHORT_TO_COUNT);
    const long = ctx.use(readabilitySignal).sentenceList.filter((s) => words(s).length > p.longSentenceWords);
    const share = long.length / info.sentences;
    const evidence = [
      valueEvidence(`${long.length}/${info.sentences}`, { es: `Oraciones de más de ${p.longSentenceWords} palabras`, en: `Sentences over ${p.longSentenceWords} words` }),
      ...long.slice(0, 3).map((s) => textEvidence(s, { es: 'Oración larga', en: 'Long sentence' })),
    ];
    const pct = Math.round(share * 100);
    const detail = { es: `${pct} % de las oraciones son largas.`, en: `${pct}% of sentences are long.` };
    if (share <= p.passShare) return pass(evidence, detail);
    if (share <= p.partialShare) return partial(evidence, detail);
    return fail(evidence, detail);
  },
);
