/** The catalogue's ratings: the EU MQA's bands and their names in both languages (small on purpose: the tablero imports it). */
import type { LocalizedText } from '../schemas/common.js';
import type { Rating } from './schema.js';

/** The EU MQA's bands, as shares of the maximum (351/405, 221/405, 121/405). */
export function ratingFor(percent: number): Rating {
  if (percent >= 86.7) return 'excelente';
  if (percent >= 54.6) return 'buena';
  if (percent >= 29.9) return 'suficiente';
  return 'deficiente';
}

/** The ratings as the CLI and the tablero name them. */
export const RATING_LABELS: Record<Rating, LocalizedText> = {
  excelente: { es: 'excelente', en: 'excellent' },
  buena: { es: 'buena', en: 'good' },
  suficiente: { es: 'suficiente', en: 'sufficient' },
  deficiente: { es: 'deficiente', en: 'bad' },
};
