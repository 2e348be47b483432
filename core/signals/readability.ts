import { defineSignal } from '../context.js';
import { mainTextSignal, type MainTextSource } from './main-text.js';
import { countText, SPLITTER_ID, type TextCounts } from './spanish-text.js';

/** Below this many words of main text readability scores are not meaningful (design §2). */
export const READABILITY_MIN_WORDS = 100;

export const FERNANDEZ_HUERTA_FORMULA = 'Fernández-Huerta (corregida): 206.84 − 60 × (sílabas/palabras) − 1.02 × (palabras/oraciones)';
export const SZIGRISZT_PAZOS_FORMULA = 'Szigriszt-Pazos: 206.835 − 62.3 × (sílabas/palabras) − (palabras/oraciones)';

/** Corrected Fernández-Huerta: 206.84 − 60·(syllables/words) − 1.02·(words/sentences). */
export function fernandezHuerta(c: TextCounts): number {
  return 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences);
}

/** Szigriszt-Pazos perspicuity: 206.835 − 62.3·(syllables/words) − (words/sentences). */
export function szigrisztPazos(c: TextCounts): number {
  return 206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences;
}

export type FernandezHuertaBand = 'muy-facil' | 'facil' | 'algo-facil' | 'normal' | 'algo-dificil' | 'dificil' | 'muy-dificil';
export type InfleszBand = 'muy-facil' | 'bastante-facil' | 'normal' | 'algo-dificil' | 'muy-dificil';

/** Fernández-Huerta bands: ≥90 muy fácil, 80 fácil, 70 algo fácil, 60 normal, 50 algo difícil, 30 difícil, <30 muy difícil. */
export function fernandezHuertaBand(score: number): FernandezHuertaBand {
  if (score >= 90) return 'muy-facil';
  if (score >= 80) return 'facil';
  if (score >= 70) return 'algo-facil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'algo-dificil';
  if (score >= 30) return 'dificil';
  return 'muy-dificil';
}

/** INFLESZ scale for Szigriszt-Pazos: <40 muy difícil, 40-55 algo difícil, 55-65 normal, 65-80 bastante fácil, ≥80 muy fácil. */
export function infleszBand(score: number): InfleszBand {
  if (score >= 80) return 'muy-facil';
  if (score >= 65) return 'bastante-facil';
  if (score >= 55) return 'normal';
  if (score >= 40) return 'algo-dificil';
  return 'muy-dificil';
}

export const BAND_LABELS: Record<FernandezHuertaBand | InfleszBand, { es: string; en: string }> = {
  'muy-facil': { es: 'muy fácil', en: 'very easy' },
  facil: { es: 'fácil', en: 'easy' },
  'algo-facil': { es: 'algo fácil', en: 'fairly easy' },
  'bastante-facil': { es: 'bastante fácil', en: 'quite easy' },
  normal: { es: 'normal', en: 'standard' },
  'algo-dificil': { es: 'algo difícil', en: 'fairly difficult' },
  dificil: { es: 'difícil', en: 'difficult' },
  'muy-dificil': { es: 'muy difícil', en: 'very difficult' },
};

export interface ReadabilityInfo extends TextCounts {
  /** False under READABILITY_MIN_WORDS words: scores are then null. */
  applicable: boolean;
  fernandezHuerta: number | null;
  szigrisztPazos: number | null;
  sentenceList: string[];
  splitter: string;
  source: MainTextSource;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Readability of the page's main text (counts, both formulas, the splitter used). */
export const readabilitySignal = defineSignal<ReadabilityInfo>('readability', (ctx) => {
  const main = ctx.use(mainTextSignal);
  const counts = countText(main.paragraphs);
  const applicable = counts.words >= READABILITY_MIN_WORDS && counts.sentences > 0;
  return {
    ...counts,
    applicable,
    fernandezHuerta: applicable ? round1(fernandezHuerta(counts)) : null,
    szigrisztPazos: applicable ? round1(szigrisztPazos(counts)) : null,
    splitter: SPLITTER_ID,
    source: main.source,
  };
});
