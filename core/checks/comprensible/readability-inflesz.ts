import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { BAND_LABELS, infleszBand, readabilitySignal, SZIGRISZT_PAZOS_FORMULA, type InfleszBand } from '../../signals/readability.js';
import { countsEvidence, TOO_SHORT, withoutProse } from './evidence.js';

const BAND_SCORE: Record<InfleszBand, number> = {
  'muy-facil': 1,
  'bastante-facil': 1,
  normal: 1,
  'algo-dificil': 0.5,
  'muy-dificil': 0,
};

export const readabilityInflesz = defineCheck(
  {
    id: 'readability-inflesz',
    criterion: 'comprensible',
    mode: 'auto',
    weight: 2,
    title: { es: 'Lecturabilidad INFLESZ normal o más fácil', en: 'INFLESZ readability standard or easier' },
    failureTitle: { es: 'El texto es difícil de leer (INFLESZ)', en: 'The text is hard to read (INFLESZ)' },
    description: {
      es: 'Índice de Szigriszt-Pazos del texto principal, leído en la escala INFLESZ: 55 o más ("normal") cumple; 40-55 ("algo difícil") cumple parcialmente; menos de 40 ("muy difícil") no cumple.',
      en: 'Szigriszt-Pazos index of the main text, read on the INFLESZ scale: 55 or more ("standard") passes; 40-55 ("fairly difficult") is partial; under 40 ("very difficult") fails.',
    },
    help: {
      es: 'Use oraciones de menos de 20 palabras en promedio y cambie términos técnicos por palabras cotidianas.',
      en: 'Keep sentences under 20 words on average and swap technical terms for everyday words.',
    },
    recommendation: {
      what: { es: 'Simplificar la redacción hasta una lecturabilidad "normal" o más fácil.', en: 'Simplify the wording to "standard" readability or easier.' },
      why: {
        es: 'La escala INFLESZ se calibró con textos en español: por debajo de 55 la mayoría de los lectores necesita esfuerzo extra.',
        en: 'The INFLESZ scale was calibrated on Spanish texts: below 55 most readers need extra effort.',
      },
      rule: { es: 'LGTAIP 2015, art. 13 (lenguaje sencillo); Manual de Lenguaje Claro (SFP)', en: 'LGTAIP 2015, art. 13 (plain language); Manual de Lenguaje Claro (SFP)' },
    },
  },
  (ctx) => {
    const info = ctx.use(readabilitySignal);
    if (!info.applicable || info.szigrisztPazos === null) return withoutProse(ctx, TOO_SHORT, countsEvidence(info));
    const band = infleszBand(info.szigrisztPazos);
    return graded(
      BAND_SCORE[band],
      [valueEvidence(info.szigrisztPazos, { es: `Szigriszt-Pazos / INFLESZ (${BAND_LABELS[band].es})`, en: `Szigriszt-Pazos / INFLESZ (${BAND_LABELS[band].en})` }), valueEvidence(SZIGRISZT_PAZOS_FORMULA, { es: 'Fórmula', en: 'Formula' }), ...countsEvidence(info)],
      { es: `Índice ${info.szigrisztPazos}: ${BAND_LABELS[band].es}.`, en: `Index ${info.szigrisztPazos}: ${BAND_LABELS[band].en}.` },
    );
  },
);
