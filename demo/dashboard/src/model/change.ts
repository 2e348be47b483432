/**
 * Tasa de variación de calidad (the seed's indicator): the change of a page's score between two
 * audits, in points and as a rate relative to the earlier score.
 */
export interface QualityChange {
  from: number;
  to: number;
  points: number;
  /** Percent change relative to `from`; null when `from` is 0. */
  rate: number | null;
}

export function qualityChange(from: number | null | undefined, to: number | null | undefined): QualityChange | null {
  if (from === null || from === undefined || to === null || to === undefined) return null;
  return { from, to, points: to - from, rate: from === 0 ? null : ((to - from) / from) * 100 };
}

export const mean = (values: readonly (number | null | undefined)[]): number | null => {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};
