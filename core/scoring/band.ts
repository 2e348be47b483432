import type { Band } from '../schemas/index.js';

/** Bands of design §2: 0-49 insuficiente, 50-89 en desarrollo, 90-100 proactiva. */
export function bandFor(score: number | null): Band | null {
  if (score === null) return null;
  if (score >= TOP_BAND_MIN) return 'proactiva';
  if (score >= 50) return 'en-desarrollo';
  return 'insuficiente';
}

export const BAND_LABELS: Record<Band, { es: string; en: string }> = {
  insuficiente: { es: 'Insuficiente', en: 'Insufficient' },
  'en-desarrollo': { es: 'En desarrollo', en: 'Developing' },
  proactiva: { es: 'Proactiva', en: 'Proactive' },
};

/** The lowest score of the top band; an essential gate holds a page just below it. */
export const TOP_BAND_MIN = 90;
