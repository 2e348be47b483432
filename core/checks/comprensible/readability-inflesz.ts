import { z } from 'zod';
import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { BAND_LABELS, infleszBand, readabilitySignal, SZIGRISZT_PAZOS_FORMULA, type InfleszBand } from '../../signals/readability.js';
import { countsEvidence, TOO_SHORT, withoutProse } from './evidence.js';


/** Score per INFLESZ band (from the rule set). */
const BandScoreParams = z.object({ bandScores: z.record(z.enum(['muy-facil', 'bastante-facil', 'normal', 'algo-dificil', 'muy-dificil']), z.number().min(0).max(1)) });

export const readabilityInflesz = defineCheck(
  {
    id: 'readability-inflesz',
    criterion: 'comprensible',
    mode: 'auto',
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
  },
  BandScoreParams,
  (ctx, p) => {
    const info = ctx.use(readabilitySignal);
    if (!info.applicable || info.szigrisztPazos === null) return withoutProse(ctx, TOO_SHORT, countsEvidence(info));
    const band = infleszBand(info.szigrisztPazos);
    return graded(
      p.bandScores[band],
      [valueEvidence(info.szigrisztPazos, { es: `Szigriszt-Pazos / INFLESZ (${BAND_LABELS[band].es})`, en: `Szigriszt-Pazos / INFLESZ (${BAND_LABELS[band].en})` }), valueEvidence(SZIGRISZT_PAZOS_FORMULA, { es: 'Fórmula', en: 'Formula' }), ...countsEvidence(info)],
      { es: `Índice ${info.szigrisztPazos}: ${BAND_LABELS[band].es}.`, en: `Index ${info.szigrisztPazos}: ${BAND_LABELS[band].en}.` },
    );
  },
);
