import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { BAND_LABELS, FERNANDEZ_HUERTA_FORMULA, fernandezHuertaBand, readabilitySignal, type FernandezHuertaBand } from '../../signals/readability.js';
import { countsEvidence, TOO_SHORT, withoutProse } from './evidence.js';

/** Score per band: "normal" (60) or easier is the target for text aimed at the public. */
const BAND_SCORE: Record<FernandezHuertaBand, number> = {
  'muy-facil': 1,
  facil: 1,
  'algo-facil': 1,
  normal: 1,
  'algo-dificil': 0.75,
  dificil: 0.4,
  'muy-dificil': 0,
};

export const readabilityFernandezHuerta = defineCheck(
  {
    id: 'readability-fernandez-huerta',
    criterion: 'comprensible',
    mode: 'auto',
    weight: 2,
    title: { es: 'Lecturabilidad Fernández-Huerta normal o más fácil', en: 'Fernández-Huerta readability standard or easier' },
    failureTitle: { es: 'El texto es difícil de leer (Fernández-Huerta)', en: 'The text is hard to read (Fernández-Huerta)' },
    description: {
      es: 'Índice de Fernández-Huerta del texto principal: 206.84 − 60·(sílabas/palabras) − 1.02·(palabras/oraciones). 60 o más ("normal") cumple; "algo difícil" y "difícil" cumplen parcialmente.',
      en: 'Fernández-Huerta index of the main text: 206.84 − 60·(syllables/words) − 1.02·(words/sentences). 60 or more ("standard") passes; "fairly difficult" and "difficult" are partial.',
    },
    help: {
      es: 'Acorte las oraciones (una idea por oración) y prefiera palabras cortas y comunes.',
      en: 'Shorten sentences (one idea each) and prefer short, common words.',
    },
    recommendation: {
      what: { es: 'Reescribir el texto con oraciones cortas y palabras comunes.', en: 'Rewrite the text with short sentences and common words.' },
      why: {
        es: 'Un texto difícil excluye a buena parte del público al que va dirigida la información.',
        en: 'Hard text shuts out much of the audience the information is meant for.',
      },
      rule: { es: 'LGTAIP 2015, art. 13 (lenguaje sencillo); Manual de Lenguaje Claro (SFP)', en: 'LGTAIP 2015, art. 13 (plain language); Manual de Lenguaje Claro (SFP)' },
    },
  },
  (ctx) => {
    const info = ctx.use(readabilitySignal);
    if (!info.applicable || info.fernandezHuerta === null) return withoutProse(ctx, TOO_SHORT, countsEvidence(info));
    const band = fernandezHuertaBand(info.fernandezHuerta);
    return graded(
      BAND_SCORE[band],
      [valueEvidence(info.fernandezHuerta, { es: `Fernández-Huerta (${BAND_LABELS[band].es})`, en: `Fernández-Huerta (${BAND_LABELS[band].en})` }), valueEvidence(FERNANDEZ_HUERTA_FORMULA, { es: 'Fórmula', en: 'Formula' }), ...countsEvidence(info)],
      { es: `Índice ${info.fernandezHuerta}: ${BAND_LABELS[band].es}.`, en: `Index ${info.fernandezHuerta}: ${BAND_LABELS[band].en}.` },
    );
  },
);
