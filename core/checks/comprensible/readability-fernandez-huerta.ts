import { z } from 'zod';
import { defineCheck, graded } from '../define.js';
import { valueEvidence } from '../../signals/dom.js';
import { BAND_LABELS, FERNANDEZ_HUERTA_FORMULA, fernandezHuertaBand, readabilitySignal, type FernandezHuertaBand } from '../../signals/readability.js';
import { countsEvidence, TOO_SHORT, withoutProse } from './evidence.js';


/** Score per Fernández-Huerta band (from the rule set): "normal" (60) or easier is the usual target for the public. */
const BandScoreParams = z.object({ bandScores: z.record(z.enum(['muy-facil', 'facil', 'algo-facil', 'normal', 'algo-dificil', 'dificil', 'muy-dificil']), z.number().min(0).max(1)) });

export const readabilityFernandezHuerta = defineCheck(
  {
    id: 'readability-fernandez-huerta',
    criterion: 'comprensible',
    mode: 'auto',
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
  },
  BandScoreParams,
  (ctx, p) => {
    const info = ctx.use(readabilitySignal);
    if (!info.applicable || info.fernandezHuerta === null) return withoutProse(ctx, TOO_SHORT, countsEvidence(info));
    const band = fernandezHuertaBand(info.fernandezHuerta);
    return graded(
      p.bandScores[band],
      [valueEvidence(info.fernandezHuerta, { es: `Fernández-Huerta (${BAND_LABELS[band].es})`, en: `Fernández-Huerta (${BAND_LABELS[band].en})` }), valueEvidence(FERNANDEZ_HUERTA_FORMULA, { es: 'Fórmula', en: 'Formula' }), ...countsEvidence(info)],
      { es: `Índice ${info.fernandezHuerta}: ${BAND_LABELS[band].es}.`, en: `Index ${info.fernandezHuerta}: ${BAND_LABELS[band].en}.` },
    );
  },
);
